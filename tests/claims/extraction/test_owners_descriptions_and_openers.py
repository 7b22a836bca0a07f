"""Documents described before their noun, bodies named with lists, places and acronyms, descriptions that
point back to the person a paragraph is about, sentence openers that name no one, and pronouns after a
claim that names someone else."""

from tests.claims.extraction.claim_lookup import claims_of, said_by

# ---- documents and their owners ------------------------------------------------------------------


def test_statistics_described_before_their_noun_are_the_publisher_s():
    claims = claims_of(
        "According to crime statistics released by the Metropolitan Transit Police in May, "
        "bag thefts on the night trains rose by 40 per cent.",
        "en",
    )
    assert said_by(claims, "bag thefts")[0] == "Metropolitan Transit Police"


def test_a_survey_of_counted_people_is_not_their_statement():
    claims = claims_of(
        "The Harlow Valley School District voted on Tuesday to shorten the week.\n\n"
        "According to a district survey of 1,420 parents, 57% backed the change.",
        "en",
    )
    assert said_by(claims, "57% backed")[0] == "Harlow Valley School District"


def test_a_body_named_before_what_it_measured_speaks_for_its_surveys():
    claims = claims_of(
        "Bus fares rose sharply last month, according to Office of Transport Statistics price surveys.",
        "en",
    )
    assert said_by(claims, "Bus fares")[0] == "Office of Transport Statistics"


def test_a_new_university_study_and_its_researchers_are_the_university_s():
    claims = claims_of(
        "One in four orchard workers has a skin condition caused by sprays, according to a new Mid Plains "
        "University study.\n\n"
        "The researchers found that only 18 per cent wore gloves every day.",
        "en",
    )
    assert said_by(claims, "One in four")[0] == "Mid Plains University"
    assert said_by(claims, "wore gloves")[0] == "Mid Plains University"


def test_a_company_s_annual_report_and_financial_statements_are_the_company_s():
    claims = claims_of(
        "La société Minerais du Haut-Lomami a publié ses comptes vendredi.\n\n"
        "Le rapport annuel indique que la production de cuivre a reculé de 12 %.",
        "fr",
    )
    assert said_by(claims, "production de cuivre")[0] == "Minerais du Haut-Lomami"


def test_a_short_adverbial_before_according_to_leaves_the_claim_after_the_source():
    claims = claims_of(
        "Dans les faits, selon l'enquête de la brigade financière de Namur, la moitié des factures "
        "étaient fictives.",
        "fr",
    )
    assert said_by(claims, "moitié des factures")[0] == "brigade financière de Namur"
    assert [c.text for c in claims] == ["la moitié des factures étaient fictives"]


# ---- names of bodies -----------------------------------------------------------------------------


def test_a_french_ministry_listing_its_remits_stays_whole_before_an_aside():
    claims = claims_of(
        "Le ministère de l'Énergie, des Mines et de l'Eau, joint par nos soins, indique que deux barrages "
        "seront achevés en 2027.",
        "fr",
    )
    assert said_by(claims, "deux barrages")[0] == "ministère de l'Énergie, des Mines et de l'Eau"


def test_a_chamber_of_commerce_and_industry_is_one_name():
    claims = claims_of(
        "La Chambre de commerce et d'industrie de Basse-Terre a indiqué dans un communiqué que les "
        "commerçants attendaient un délai.",
        "fr",
    )
    assert (
        said_by(claims, "commerçants attendaient")[0] == "Chambre de commerce et d'industrie de Basse-Terre"
    )


def test_a_lowercase_place_after_an_acronym_is_part_of_the_name():
    claims = claims_of(
        "L'Agence régionale de santé (ARS) La Martinique assure que 14 postes seront créés. L'agence "
        "indique avoir reçu 40 candidatures.",
        "fr",
    )
    assert said_by(claims, "14 postes")[0] == "Agence régionale de santé La Martinique"
    assert said_by(claims, "40 candidatures")[0] == "Agence régionale de santé La Martinique"


def test_an_acronym_defined_after_a_clause_takes_no_verb_into_its_name():
    claims = claims_of(
        "Harbourline Retail Trust (HRT) reported a weaker half.\n\n"
        "In a filing on Monday, the trust said rents rose 3.1%, while net operating income (NOI) fell.\n\n"
        "Interest costs climbed 18% to $12.4 million, according to the filing.",
        "en",
    )
    assert said_by(claims, "Interest costs")[0] == "Harbourline Retail Trust"


def test_a_nickname_in_brackets_after_a_body_stands_for_it():
    claims = claims_of(
        "He was arrested by the Directorate for Organised Fraud (the Falcons) in March.\n\n"
        "The Falcons said in a statement that the cash had been found in a safe.",
        "en",
    )
    assert said_by(claims, "the cash")[0] == "Directorate for Organised Fraud"


def test_a_study_owner_in_a_headline_is_the_full_name_given_below():
    claims = claims_of(
        "Diabète : les amputations reculent, selon une étude du CHU\n\n"
        "Une équipe du CHU de Pointe-à-Pitre publie une étude sur 4 000 dossiers.\n\n"
        "Selon l'étude, le nombre d'amputations a baissé de 11 %.",
        "fr",
    )
    assert said_by(claims, "baissé de 11 %")[0] == "CHU de Pointe-à-Pitre"


def test_a_two_word_country_owner_is_dropped_from_the_body_s_name():
    claims = claims_of(
        "More than 80 boats were seized, Costa Rica's Ministry of Agriculture and Livestock said.",
        "en",
    )
    assert said_by(claims, "80 boats")[0] == "Ministry of Agriculture and Livestock"


def test_a_list_of_remits_after_the_claim_stays_one_name():
    claims = claims_of(
        "Fuel prices will be reviewed in June, Mr Obeng-Asante told the Ministry of Energy, Mines and "
        "Petroleum.\n\n"
        "The two countries agreed to lift the levy, the Ministry of Trade, Industry and Tourism said on Monday.",
        "en",
    )
    assert said_by(claims, "lift the levy")[0] == "Ministry of Trade, Industry and Tourism"


# ---- people: titles, subjects and descriptions ----------------------------------------------------


def test_magistrates_and_finance_officers_are_titles():
    claims = claims_of(
        "Senior Magistrate Thandiwe Mokoena-Pillay said the accused was a flight risk.\n\n"
        "CFO Rohan Desai-Whitford said net debt had fallen to $210 million.",
        "en",
    )
    assert said_by(claims, "flight risk")[0] == "Thandiwe Mokoena-Pillay"
    assert said_by(claims, "net debt")[0] == "Rohan Desai-Whitford"


def test_a_six_word_titled_subject_then_he_is_that_person():
    claims = claims_of(
        'Western Cape Provincial Health Minister Lwazi Mthembu-Adams took a hard line. "The clinics will '
        'stay open," he said.',
        "en",
    )
    assert said_by(claims, "clinics will")[0] == "Lwazi Mthembu-Adams"


def test_a_place_opening_the_sentence_is_not_the_speaker_of_saying():
    claims = claims_of(
        "In Kisumu, county health executive Achieng Odhiambo-Were wrote to the ministry on Friday, saying "
        "the stocks of vaccine had run out.",
        "en",
    )
    assert said_by(claims, "stocks of vaccine")[0] == "Achieng Odhiambo-Were"


def test_an_adverb_before_a_name_is_not_part_of_it():
    claims = claims_of(
        "For an hour, Eastgate looked beaten. Then Marisol Quintero-Haas scored twice.\n\n"
        "She said she had played through a knee injury.",
        "en",
    )
    assert said_by(claims, "knee injury")[0] == "Marisol Quintero-Haas"


def test_a_role_before_the_name_in_the_first_piece_keeps_the_name():
    claims = claims_of(
        "Liberal transport critic Ines Vasquez-Boyle, the MLA for Saint Andrews Bay, said the fares were "
        "too high.",
        "en",
    )
    assert said_by(claims, "fares were")[0] == "Ines Vasquez-Boyle"


def test_a_description_after_a_quote_is_the_person_the_paragraph_named():
    claims = claims_of(
        "Le président du groupe DP, Marc Weydig, a pris ses distances jeudi. « Nous ne voterons pas ce texte "
        "en l'état », écrit le député du Centre.",
        "fr",
    )
    assert said_by(claims, "ne voterons pas")[0] == "Marc Weydig"


def test_the_boss_of_a_company_is_its_director_general_met_before():
    claims = claims_of(
        "« Nous avons doublé nos volumes », s'est félicité son directeur général, Aimé Nzigou-Boussougou.\n\n"
        "Le patron de Bois du Komo a toutefois tempéré. Selon lui, la marge a reculé à 6 %.",
        "fr",
    )
    assert said_by(claims, "marge a reculé")[0] == "Aimé Nzigou-Boussougou"


def test_le_dg_is_the_director_general_named_before():
    claims = claims_of(
        "Le directeur général, Issa Kaboré-Sanou, a expliqué que les volumes avaient augmenté.\n\n"
        "Le DG a également confirmé qu'une seconde usine serait construite.",
        "fr",
    )
    assert said_by(claims, "seconde usine")[0] == "Issa Kaboré-Sanou"


def test_the_counsel_with_whom_a_participle_goes_is_the_speaker():
    claims = claims_of(
        "Drayton had pleaded not guilty, with his barrister, Nuala Fennelly, arguing that the footage "
        "showed nothing.",
        "en",
    )
    assert said_by(claims, "footage")[0] == "Nuala Fennelly"


def test_a_masculine_article_outweighs_an_adjective_ending_in_e():
    claims = claims_of(
        "Un responsable sécuritaire tunisien a assuré à l'AFP que le bateau était parti de la plage de "
        "Cheikh Salem. Chaque passager aurait payé 4 000 dinars, a-t-il ajouté.",
        "fr",
    )
    assert said_by(claims, "4 000 dinars")[0] == "responsable sécuritaire tunisien"


def test_nothing_is_no_speaker_and_pour_leur_part_sits_between_auxiliary_and_verb():
    claims = claims_of(
        "Pour Anne-Sophie Wamytan, qui a mené l'opposition, rien ne garantit que les prix baisseront.\n\n"
        "Les autorités portuaires ont pour leur part indiqué que 300 conteneurs attendaient.",
        "fr",
    )
    assert said_by(claims, "prix baisseront")[0] == "Anne-Sophie Wamytan"
    assert said_by(claims, "300 conteneurs")[0] == "autorités portuaires"


def test_a_titled_name_before_au_stops_at_the_name():
    claims = claims_of(
        "« On n'avait rien à perdre », a raconté l'entraîneur guingampais Erwan Le Goffic-Morvan au coup "
        "de sifflet final.",
        "fr",
    )
    assert said_by(claims, "rien à perdre")[0] == "Erwan Le Goffic-Morvan"


def test_malay_honorifics_are_titles_and_the_given_name_finds_the_full_name():
    claims = claims_of(
        "Dayang Rosnah binti Haji Ahmad, the ministry's director, said exports had doubled.\n\n"
        '"Our buyers now call us first," Dayang Rosnah said.',
        "en",
    )
    assert said_by(claims, "buyers now call")[0] == "Rosnah binti Haji Ahmad"


def test_an_auxiliary_or_a_statement_before_a_participle_is_not_part_of_the_name():
    french = claims_of(
        "Le cabinet du gouverneur a publié un communiqué précisant que les écoles rouvriraient lundi.", "fr"
    )
    english = claims_of(
        "The Ministry of Works later issued a statement saying the bridge would reopen in May.", "en"
    )
    assert said_by(french, "écoles rouvriraient")[0] == "cabinet du gouverneur"
    assert said_by(english, "bridge would reopen")[0] == "Ministry of Works"


def test_a_report_after_a_possessive_is_a_noun_and_its_owner_speaks():
    claims = claims_of(
        "The Auditor General's latest report on district councils, tabled in March, found that six councils "
        "could not account for D4.1 million.",
        "en",
    )
    assert said_by(claims, "six councils")[0] == "Auditor General"
