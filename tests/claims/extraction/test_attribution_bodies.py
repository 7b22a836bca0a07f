"""Bodies that speak through someone: spokespeople, owners, French "on", agencies and their acronyms."""

from __future__ import annotations

from tests.claims.extraction.claim_lookup import claims_of, only


def test_an_unnamed_spokesperson_for_a_company_speaks_for_the_company():
    claims = claims_of(
        "Norland Foods said on Monday that it had withdrawn two batches of yoghurt. "
        "No customer has fallen ill, according to a spokesperson for the company.",
        "en",
    )
    assert only(claims, "fallen ill").speaker.name == "Norland Foods"


def test_an_unnamed_council_spokesman_speaks_for_the_council_named_before():
    claims = claims_of(
        "Wessex County Council closed the library on Tuesday. "
        "The building will reopen after the repairs, a council spokesman said.",
        "en",
    )
    assert only(claims, "reopen").speaker.name == "Wessex County Council"


def test_a_spokesperson_for_a_named_body_is_that_body():
    claims = claims_of(
        "The bloc has frozen the funds until March, a spokesperson for the European Commission said.",
        "en",
    )
    assert only(claims, "frozen").speaker.name == "European Commission"


def test_a_possessive_owner_before_a_name_is_not_part_of_the_name():
    claims = claims_of("Jefferies' Omar Al-Rashid said the merger would cut 900 jobs.", "en")
    assert only(claims, "merger").speaker.name == "Omar Al-Rashid"


def test_a_titled_name_after_a_quote_wins_over_its_possessive_title():
    claims = claims_of(
        '"We will refund every customer," the firm\'s finance director, Ruth Okoye, said in a statement.',
        "en",
    )
    assert only(claims, "refund").speaker.name == "Ruth Okoye"


def test_it_adds_refers_to_the_organisation_that_spoke_last():
    claims = claims_of(
        "The toll has risen to 80, the civil defence agency Sivil says. "
        "More than 300 people have been injured, it adds.",
        "en",
    )
    assert only(claims, "injured").speaker.name == "Sivil"


def test_which_says_gives_the_word_to_the_antecedent_of_the_relative_clause():
    claims = claims_of(
        "The trial was paid for by the Wellcome Trust, which says the drug could save 5,000 lives a year.",
        "en",
    )
    assert only(claims, "drug").speaker.name == "Wellcome Trust"


def test_an_organisation_saying_that_someone_found_something_is_not_a_relay():
    claims = claims_of(
        "The Food Standards Agency said inspectors had found mould in three of the kitchens.",
        "en",
    )
    claim = only(claims, "mould")
    assert claim.speaker.name == "Food Standards Agency"
    assert claim.relayed_by == ""


def test_a_parenthesised_acronym_does_not_cut_the_subject():
    claims = claims_of("The Health and Safety Executive (HSE) said the crane had not been inspected.", "en")
    assert only(claims, "crane").speaker.name == "Health and Safety Executive"


def test_a_t_on_appris_aupres_de_names_the_source():
    claims = claims_of(
        "Trois personnes ont été évacuées, a-t-on appris auprès de la gendarmerie de l’Orne.",
        "fr",
    )
    assert only(claims, "évacuées").speaker.name == "gendarmerie de l'Orne"


def test_indique_t_on_a_la_prefecture_names_the_prefecture():
    claims = claims_of(
        "La route restera fermée jusqu’à lundi, indique-t-on à la préfecture du Cantal.",
        "fr",
    )
    assert only(claims, "route").speaker.name == "préfecture du Cantal"


def test_selon_nos_informations_is_the_outlet_own_reporting_not_a_claim():
    claims = claims_of("Selon nos informations, le club envisage de changer d’entraîneur.", "fr")
    assert claims == []


def test_fait_etat_de_reports_a_figure_but_not_a_vague_object():
    claims = claims_of(
        "L’agence régionale de santé fait état, dans son bilan, d’une hausse de 12 % des cas de grippe. "
        "Santé publique France fait état d’une situation comparable ailleurs.",
        "fr",
    )
    assert only(claims, "12 %").speaker.name == "agence régionale de santé"
    assert not [c for c in claims if "comparable" in c.text]


def test_la_direction_designates_the_company_named_before():
    claims = claims_of(
        "Dorval Emballages a annoncé lundi qu’elle fermerait son site de Rouen. "
        "Selon la direction, les ventes ont reculé de 8 % cette année.",
        "fr",
    )
    assert only(claims, "ventes").speaker.name == "Dorval Emballages"


def test_a_company_named_after_a_family_is_not_the_person_with_that_surname():
    claims = claims_of(
        "La fromagerie Pradel indique qu’un lot de 3 000 fromages a été retiré. "
        "« Personne n’est tombé malade », souligne son gérant, Luc Pradel.",
        "fr",
    )
    assert only(claims, "lot de").speaker.name == "fromagerie Pradel"
    assert only(claims, "malade").speaker.name == "Luc Pradel"
