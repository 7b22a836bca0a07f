"""People behind pronouns, gendered descriptions and titles; cue verbs; what is no part of a speaker."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_a_person_whose_title_names_a_court_or_a_school_stays_a_person():
    claims = claims_of(
        "Ruth Okonjo, a 47-year-old primary school teacher from Ikeja, said she lost her savings.\n\n"
        "Priya Venkatesan, a High Court advocate who follows the sector, said the ruling was rare. She "
        'added that other lenders were watching. "Nobody expected this," she said.',
        "en",
    )
    assert said_by(claims, "other lenders")[0] == "Priya Venkatesan"
    assert said_by(claims, "Nobody expected")[0] == "Priya Venkatesan"
    assert only(claims, "lost her savings").speaker.type == "person"


def test_a_name_its_apposition_and_a_relative_clause_before_the_verb():
    claims = claims_of(
        "Carla Mendes, secretary of Unite Branch 12, which represents bus drivers, told BBC Radio Leeds that "
        "drivers had not been consulted.",
        "en",
    )
    assert said_by(claims, "not been consulted")[0] == "Carla Mendes"


def test_a_researcher_at_a_university_is_a_person_for_he_says():
    claims = claims_of(
        "Maren Olsvik at the University of Bergen says the results are striking.\n\n"
        "Others are more cautious. Pablo Ferreiro at the University of Vigo, who was not involved in the "
        "work, says the sample was small.\n\n"
        "“A larger trial is needed before anyone changes practice,” he says.",
        "en",
    )
    assert said_by(claims, "larger trial")[0] == "Pablo Ferreiro"


def test_less_common_verbs_after_a_quote_in_both_languages():
    claims = claims_of(
        "« Le prix du blé ne remontera pas avant deux ans », analyse Odile Ferrand, économiste.\n\n"
        "« Ce budget est une insulte aux familles », fustige Marc Tellier, élu d'opposition.",
        "fr",
    )
    assert said_by(claims, "prix du blé")[0] == "Odile Ferrand"
    assert said_by(claims, "insulte aux familles")[0] == "Marc Tellier"
    claims = claims_of(
        '"Nobody reads the small print until it is too late," grumbled Ken Doyle, a landlord.', "en"
    )
    assert said_by(claims, "small print")[0] == "Ken Doyle"


def test_she_after_a_woman_named_with_her_title_outside_the_subject():
    claims = claims_of(
        "La présidente du tribunal, Anne Corbière, a ouvert l'audience à 9 heures.\n\n"
        "Le prévenu a nié les faits. Une version qui n'a pas convaincu la procureure, Isabelle Marsan. "
        "« Les factures parlent d'elles-mêmes », a-t-elle relevé.",
        "fr",
    )
    assert said_by(claims, "factures parlent")[0] == "Isabelle Marsan"


def test_the_defendant_is_not_the_woman_who_presides():
    claims = claims_of(
        "Une vingtaine de vignerons sont venus voir comparaître Gérard Pujol, 61 ans, gérant d'une cave.\n\n"
        "La présidente du tribunal, Sylvie Marquet, a rappelé les peines encourues.\n\n"
        "À la barre, le prévenu a reconnu que des vins importés avaient « pu être mélangés ».",
        "fr",
    )
    assert said_by(claims, "vins importés")[0] == "Gérard Pujol"


def test_whoever_heads_the_body_named_before():
    claims = claims_of(
        "« La demande dépasse la production », a expliqué le directeur général de la SNEB, Issa Ouattara, "
        "lors d'une conférence de presse.\n\n"
        "Le premier responsable de la SNEB a, par ailleurs, indiqué que 30 forages seraient creusés.",
        "fr",
    )
    assert said_by(claims, "30 forages")[0] == "Issa Ouattara"


def test_how_the_words_reached_the_paper_is_no_part_of_the_speaker():
    claims = claims_of(
        "Quinze circuits sont suspendus, a indiqué le Centre de services scolaire des Sommets par voie de "
        "communiqué.\n\n"
        "« Personne ne nous a rien demandé », lance une habitante de Vuiteboeuf croisée sur la place.",
        "fr",
    )
    assert said_by(claims, "Quinze circuits")[0] == "Centre de services scolaire des Sommets"
    assert said_by(claims, "Personne ne nous")[0] == "habitante de Vuiteboeuf"


def test_a_pronoun_subject_before_a_saying_participle():
    claims = claims_of(
        "Pressure would be reduced at night, Lin said.\n\n"
        "He rejected suggestions that the agency had delayed the alert, saying the timing was based on data.",
        "en",
    )
    assert said_by(claims, "timing was based")[0] == "Lin"


def test_she_after_a_lawyer_named_with_her_title():
    claims = claims_of(
        "La procureure, Odile Vasseur, a requis deux ans de prison.\n\n"
        "L'avocate du prévenu, Me Inès Carrel, a plaidé la clémence. Elle fait valoir que l'expertise ne "
        "prouve rien.",
        "fr",
    )
    assert said_by(claims, "expertise ne")[0] == "Inès Carrel"


def test_elle_after_a_french_agency_and_an_expert_report_for_its_author():
    claims = claims_of(
        "Le maire, Julie Brassac, a fermé la plage.\n\n"
        "L'Agence régionale de santé de Normandie a recommandé aux baigneurs de rester à distance. Elle "
        "indique que douze personnes ont consulté.",
        "fr",
    )
    assert said_by(claims, "douze personnes")[0] == "Agence régionale de santé de Normandie"
    claims = claims_of(
        "Selon l'expertise de l'Institut national de police scientifique, la voiture roulait à 95 km/h.", "fr"
    )
    assert said_by(claims, "95 km/h")[0] == "Institut national de police scientifique"


def test_her_readings_a_judge_ruling_and_a_bracketed_name_with_et():
    claims = claims_of(
        "« Nous n'avions rien vu de tel », explique la biologiste Maëva Lallah. Selon ses relevés, l'eau a "
        "atteint 31 °C.",
        "fr",
    )
    assert said_by(claims, "31 °C")[0] == "Maëva Lallah"
    claims = claims_of(
        "Judge Hannah Ferrier ruled Wednesday that the landlord had failed to repair the alarms.", "en"
    )
    assert said_by(claims, "failed to repair")[0] == "Hannah Ferrier"
    claims = claims_of(
        "L'Association des pêcheurs et plaisanciers du Morbihan (APPM) indique que 40 bateaux sont à quai.",
        "fr",
    )
    assert said_by(claims, "40 bateaux")[0] == "Association des pêcheurs et plaisanciers du Morbihan"


def test_a_plural_noun_that_spells_like_a_verb_is_no_cue():
    claims = claims_of(
        "Pour la procureure Ana Delvaux, le prévenu tenait « un véritable commerce », écoulant ses chiots via "
        "des petites annonces en ligne. Elle affirme qu'il aurait encaissé 90.000 euros.",
        "fr",
    )
    assert said_by(claims, "90.000 euros")[0] == "Ana Delvaux"


def test_an_inverted_tempete_t_elle_after_a_quote():
    claims = claims_of(
        "Sa présidente, Hina Teriitahi, réclame un prix plancher. « On nous laisse tomber », tempête-t-elle.",
        "fr",
    )
    assert said_by(claims, "laisse tomber")[0] == "Hina Teriitahi"
