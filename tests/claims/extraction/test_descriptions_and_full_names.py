"""Fifth round: descriptions after relative clauses, nationalities, compounds, acronyms, name cleanup."""

from __future__ import annotations

from claims.extraction.entities import find_acronyms
from claims.extraction.names import drop_union_noun, split_affiliation, split_role_before_name
from tests.claims.extraction.claim_lookup import claims_of, only


def test_a_subject_with_a_relative_clause_is_a_candidate_for_a_later_description():
    claims = claims_of(
        "Marta Kowalczyk, who has coached the team since 2019, was calm after the draw. "
        '"We created enough chances to win twice over," the Pole said after the game.',
        "en",
    )
    assert only(claims, "enough chances").speaker.name == "Marta Kowalczyk"


def test_un_sujet_suivi_d_une_relative_est_candidat_pour_une_description():
    claims = claims_of(
        "Hugo Lambert, qui préside le club depuis dix ans, a quitté la réunion avant la fin. "
        "Le dirigeant affirme que le budget du club a baissé de 12 % cette saison.",
        "fr",
    )
    assert only(claims, "budget").speaker.name == "Hugo Lambert"


def test_a_nationality_noun_designates_the_person_named_before():
    claims = claims_of(
        "Lars Brandt, who lost in three sets, did not hide his disappointment. "
        '"My legs were gone after the first hour, there is no secret," the Dane told reporters.',
        "en",
    )
    assert only(claims, "legs were gone").speaker.name == "Lars Brandt"


def test_un_nom_compose_avec_en_avant_un_nom_reste_dans_la_description():
    claims = claims_of(
        "« Le décor tient dans une camionnette et c’est tout l’intérêt », explique son metteur en scène, "
        "Romain Delorme. Le quadragénaire affirme que la pièce a déjà été jouée dans 40 villages.",
        "fr",
    )
    assert only(claims, "camionnette").speaker.name == "Romain Delorme"
    assert only(claims, "40 villages").speaker.name == "Romain Delorme"


def test_la_metteuse_en_scene_designe_la_femme_nommee_avant():
    claims = claims_of(
        "« Nous avons vendu toutes les places en deux jours », se réjouit sa directrice, Claire Vidal. "
        "La metteuse en scène, qui dirige la troupe depuis 2015, reconnaît que les subventions ont baissé.",
        "fr",
    )
    assert only(claims, "subventions").speaker.name == "Claire Vidal"


def test_le_retraite_designe_la_personne_nommee_avant():
    claims = claims_of(
        "« L’eau est entrée dans la cuisine en dix minutes », raconte Marcel Ribes, 74 ans. "
        "Le retraité affirme que la digue n’avait pas été entretenue depuis vingt ans.",
        "fr",
    )
    assert only(claims, "digue").speaker.name == "Marcel Ribes"


def test_an_acronym_written_in_title_case_is_found_when_its_letters_follow_the_initials():
    found = find_acronyms(
        "The Department for Energy and Trade Affairs (Deta) said so. L'Agence nationale pour les sols (Anps) aussi."
    )
    assert found["Deta"] == "Department for Energy and Trade Affairs"
    assert found["Anps"] == "Agence nationale pour les sols"


def test_a_party_label_in_brackets_is_not_an_acronym_of_the_words_before_it():
    assert "LR" not in find_acronyms("Le député de la circonscription, Paul Marchal (LR), a écrit.")


def test_a_body_cut_short_by_the_name_regex_is_named_by_the_full_name_its_acronym_defines():
    claims = claims_of(
        "Scientists at the International Council for the Protection of Rivers (ICPR) met in June. "
        "The council estimates that salmon numbers have fallen by 40% since 2010.",
        "en",
    )
    assert only(claims, "salmon").speaker.name == "International Council for the Protection of Rivers"


def test_l_organisme_designe_l_organisation_definie_par_son_sigle():
    claims = claims_of(
        "Le Conseil national de l’eau (CNE) a rendu son avis mardi. "
        "L’organisme estime que 30 % des nappes sont sous leur niveau normal.",
        "fr",
    )
    assert only(claims, "nappes").speaker.name == "Conseil national de l'eau"


def test_a_commission_of_a_body_speaks_for_that_body():
    claims = claims_of(
        "The Orbis Cycling Union (OCU) banned the rider for a year. "
        "OCU's anti-doping commission said the samples showed a banned substance.",
        "en",
    )
    assert only(claims, "samples").speaker.name == "Orbis Cycling Union"


def test_a_capitalised_health_body_is_an_organisation_for_the_agency_that_follows():
    claims = claims_of(
        "Measles cases doubled in October, according to figures from Public Health Ulster. "
        "The agency said uptake of the second dose had fallen to 84%.",
        "en",
    )
    assert only(claims, "second dose").speaker.name == "Public Health Ulster"


def test_the_noun_union_after_a_union_name_is_dropped():
    assert drop_union_noun("Unite union") == "Unite"
    assert drop_union_noun("FNV Havens union") == "FNV Havens"
    assert drop_union_noun("European Union") == "European Union"


def test_an_age_or_an_occupation_before_a_name_is_a_description_not_part_of_the_name():
    assert split_role_before_name("72-year-old Agnes Fairley") == ("72-year-old", "Agnes Fairley")
    assert split_role_before_name("crane operator Jan van Dam") == ("crane operator", "Jan van Dam")


def test_an_analyst_of_a_named_securities_house_keeps_only_the_person_name():
    assert split_affiliation("Olga Perrin of Marlow Securities") == ("Olga Perrin", "of Marlow Securities")
    assert split_affiliation("British Chambers of Commerce") == ("British Chambers of Commerce", "")


def test_une_apposition_suivie_d_un_verbe_en_d_donne_le_sujet_d_un_pronom_ulterieur():
    claims = claims_of(
        "« Le pont a tenu, c’est un miracle », lance Julien Serre, 66 ans. "
        "La préfète, Nadia Morel, défend le dispositif. Elle assure que 120 personnes ont été relogées.",
        "fr",
    )
    assert only(claims, "relogées").speaker.name == "Nadia Morel"


def test_an_apposition_followed_by_a_verb_without_auxiliary_gives_the_subject_for_a_later_pronoun():
    claims = claims_of(
        '"The water came in through the floor," said Peter Hale, 70. '
        "The harbour master, Joan Ross, admits the crews were right. She said the quay would reopen on Friday.",
        "en",
    )
    assert only(claims, "quay").speaker.name == "Joan Ross"


def test_an_acronym_may_take_several_letters_from_the_start_of_a_word():
    found = find_acronyms("Le Syndicat national des éditeurs de presse (Syndep) a réagi.")
    assert found["Syndep"] == "Syndicat national des éditeurs de presse"


def test_un_organisme_defini_par_son_sigle_en_tete_de_phrase_est_repris_par_une_description():
    claims = claims_of(
        "Le Conseil supérieur de la forêt (CSF) publie son bilan annuel. "
        "L’organisme estime que 8 % des chênes de la région sont dépérissants.",
        "fr",
    )
    assert only(claims, "chênes").speaker.name == "Conseil supérieur de la forêt"


def test_a_body_defined_at_the_start_of_a_sentence_is_taken_up_by_the_council():
    claims = claims_of(
        "The National Council for Rivers and Lakes (NCRL) publishes its report every spring. "
        "The council estimates that 12% of lakes are too warm for trout.",
        "en",
    )
    assert only(claims, "trout").speaker.name == "National Council for Rivers and Lakes"


def test_une_phrase_ouverte_par_recue_garde_son_sujet_pour_le_pronom_suivant():
    claims = claims_of(
        "Reçue mardi à l’Élysée, la présidente de la FNSEA, Agnès Roux, est repartie déçue. "
        "Elle a assuré que 3 000 exploitations avaient fermé depuis janvier.",
        "fr",
    )
    assert only(claims, "exploitations").speaker.name == "Agnès Roux"


def test_a_website_name_is_one_organisation_taken_up_by_the_platform():
    claims = claims_of(
        "The Orbis Cycling Union (OCU) opened an inquiry in May. "
        "Ridetrack.com, which streams the races, said it had suspended the account in June. "
        "The platform said its own review had reached the same conclusion as the OCU.",
        "en",
    )
    assert only(claims, "suspended").speaker.name == "Ridetrack.com"
    assert only(claims, "own review").speaker.name == "Ridetrack.com"


def test_un_site_web_est_une_organisation_reprise_par_la_plateforme():
    claims = claims_of(
        "Locatio.fr, qui gère des offres de location, a indiqué que les loyers avaient augmenté de 4 %. "
        "La plateforme assure que 2 000 offres ont été retirées en un mois.",
        "fr",
    )
    assert only(claims, "loyers").speaker.name == "Locatio.fr"
    assert only(claims, "offres ont").speaker.name == "Locatio.fr"
