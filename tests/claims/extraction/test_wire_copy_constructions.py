"""Constructions met in wire and newspaper copy: relays after a name, issuers, descriptions before names."""

import pytest

from tests.claims.extraction.claim_lookup import claims_of, only


def speaker(claims, fragment):
    claim = only(claims, fragment)
    return claim.speaker.name if claim.speaker else None


def test_a_surname_after_a_titled_full_name_is_the_full_name():
    claims = claims_of(
        "At a briefing, Chair Lena Hoffmann said the bank could wait. "
        '"We are not in a hurry," Hoffmann said.',
        "en",
    )
    assert speaker(claims, "hurry") == "Lena Hoffmann"


def test_a_quote_over_two_paragraphs_belongs_to_the_speaker_named_after_its_last_piece():
    claims = claims_of(
        "The clinic said it had run out of beds.\n\n"
        '"People walk for hours through the water to get here. Some arrive too late.\n\n'
        '"We have 80 beds and 130 patients," said Tomas Okoro, the clinic\'s director.',
        "en",
    )
    assert speaker(claims, "walk for hours") == "Tomas Okoro"
    assert speaker(claims, "80 beds") == "Tomas Okoro"


def test_a_unit_speaks_for_its_owner():
    claims = claims_of(
        "The World Health Organization (WHO) is watching. "
        "The WHO's regional office for Europe said the risk of spread was low.",
        "en",
    )
    assert speaker(claims, "risk of spread") == "World Health Organization"


def test_selon_x_qui_cite_y_gives_the_speaker_and_the_relay():
    claims = claims_of(
        "Le navire transportait 20 000 tonnes de blé, selon l'agence Ukrinform, qui cite le porte-parole "
        "de la marine, Ivan Petrenko.",
        "fr",
    )
    claim = only(claims, "20 000 tonnes")
    assert (claim.speaker.name, claim.relayed_by) == ("Ivan Petrenko", "Ukrinform")


def test_an_inverted_subject_citing_a_source_relays_it():
    claims = claims_of(
        "Des exercices navals débuteront la semaine prochaine, a affirmé l'agence TASS, citant une source "
        "militaire.",
        "fr",
    )
    claim = only(claims, "exercices navals")
    assert (claim.speaker.name, claim.relayed_by) == ("source militaire", "TASS")


def test_said_adding_that_keeps_the_speaker_of_the_sentence():
    claims = claims_of(
        "Russia launched 60 drones overnight, the Ukrainian air force said, adding that 52 had been "
        "shot down.",
        "en",
    )
    assert speaker(claims, "60 drones") == "Ukrainian air force"
    assert speaker(claims, "52 had been") == "Ukrainian air force"


def test_a_that_deep_inside_the_clause_is_not_the_complementizer():
    claims = claims_of(
        "Police said two men had been arrested after a crowd attacked a team that was spraying homes.",
        "en",
    )
    assert only(claims, "two men").text.startswith("two men had been arrested")


def test_a_concessive_clause_with_its_own_speaker_is_a_second_claim():
    claims = claims_of(
        "Beijing has repeatedly said it is neutral, though Western governments say Chinese firms supply parts.",
        "en",
    )
    assert only(claims, "neutral").text == "it is neutral"
    assert speaker(claims, "Chinese firms") == "Western governments"


@pytest.mark.parametrize(
    ("sentence", "language", "fragment", "name"),
    [
        (
            "Le communiqué de la préfecture du Jura souligne que les routes restent fermées.",
            "fr",
            "routes",
            "préfecture du Jura",
        ),
        (
            "La direction de Verlac Industrie assure que l'usine rouvrira en mai.",
            "fr",
            "usine",
            "Verlac Industrie",
        ),
        ("Selon un sondage Ifop pour le JDD, 58 % des Français approuvent le texte.", "fr", "58 %", "Ifop"),
        (
            "Fewer homes were sold, according to an analysis by the Daily Ledger.",
            "en",
            "Fewer homes",
            "Daily Ledger",
        ),
        ("Regional Minister Ana Ruiz's office said the roads would reopen.", "en", "roads", "Ana Ruiz"),
    ],
)
def test_a_statement_a_poll_or_an_office_speaks_for_whoever_issued_it(sentence, language, fragment, name):
    assert speaker(claims_of(sentence, language), fragment) == name


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("NTSB investigator-in-charge Dana Kowal said the bolts were missing.", "Dana Kowal", "person"),
        ("German charity Seehilfe said 40 people had been rescued.", "Seehilfe", "organization"),
        ("Retiree Mdm Tan Bee Lin said she had received three calls.", "Tan Bee Lin", "person"),
        ("Crown attorney Helen Marsh said the Crown would oppose bail.", "Helen Marsh", "person"),
        ("US-owned drugmaker Veltrax said the plant would stay open.", "Veltrax", "organization"),
    ],
)
def test_a_description_written_straight_before_a_name_is_its_title(sentence, name, kind):
    claim = claims_of(sentence, "en")[0]
    assert (claim.speaker.name, claim.speaker.type) == (name, kind)


def test_a_clipped_body_name_and_a_short_police_name_are_the_full_names():
    claims = claims_of(
        "WASHINGTON (AP) — The Federal Reserve left rates unchanged on Wednesday.\n\n"
        "The Fed said in a statement that inflation remained elevated.\n\n"
        "Halton Regional Police said on Monday they had recovered 40 cars.\n\n"
        "Halton police said more arrests were expected.",
        "en",
    )
    assert speaker(claims, "inflation") == "Federal Reserve"
    assert speaker(claims, "more arrests") == "Halton Regional Police"


def test_a_name_defined_by_an_acronym_that_goes_on_after_it_is_one_body():
    claims = claims_of(
        "L'Agence régionale de santé (ARS) des Hauts-de-France a annoncé que la maternité fermerait. "
        "Selon l'ARS, 60 % des femmes accouchent déjà ailleurs.",
        "fr",
    )
    assert speaker(claims, "maternité") == "Agence régionale de santé des Hauts-de-France"
    assert speaker(claims, "60 %") == "Agence régionale de santé des Hauts-de-France"


def test_a_capital_only_at_sentence_starts_is_not_a_subject_for_he():
    claims = claims_of(
        "Mr. Garner, a senator who ran with the backing of the oil industry, conceded late on Tuesday. "
        "Turnout was about 20 percent, the Harris County Clerk's Office said.\n\n"
        '"The voters have spoken," he said.',
        "en",
    )
    assert speaker(claims, "voters") == "Garner"


def test_the_subject_of_a_sentence_inside_a_quote_is_not_a_narrative_subject():
    claims = claims_of(
        '"This is not a fine on innovation. Europeans are free to choose," Lucia Ferri, the '
        "commission's vice-president in charge of competition, told a news conference. "
        '"We saw rivals lose customers," she said.',
        "en",
    )
    assert speaker(claims, "rivals") == "Lucia Ferri"


def test_a_french_source_and_an_infinitive_after_a_channel():
    claims = claims_of(
        "Une arme a été retrouvée dans un étang, a-t-on appris de source proche de l'enquête. "
        "L'armée libanaise a indiqué sur X avoir déployé des renforts autour du village.",
        "fr",
    )
    assert speaker(claims, "étang") == "source proche de l'enquête"
    assert only(claims, "renforts").text.startswith("avoir déployé")


def test_le_premier_ministre_right_after_a_named_person_is_that_person():
    claims = claims_of(
        "Dans un entretien publié mardi, Paul Verdier raconte la formation de son équipe. "
        "« Chacun sait pourquoi il est là », confie le Premier ministre.",
        "fr",
    )
    assert speaker(claims, "Chacun sait") == "Paul Verdier"


def test_a_capital_used_for_its_government_is_an_organisation():
    claims = claims_of("Kyiv says thousands of its soldiers remain in captivity.", "en")
    claim = only(claims, "thousands")
    assert (claim.speaker.name, claim.speaker.type) == ("Kyiv", "organization")
