"""The seed article (French, Express-style) yields its attributed statements and no page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction import extract_text
from claims.extraction.speakers import speaker_key

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_5cd07c1ed0724f90.txt"


@pytest.fixture(scope="module")
def result():
    return extract_text(SEED.read_text(encoding="utf-8"))


def claim_containing(result, fragment):
    found = [c for c in result.claims if fragment in c.text]
    assert found, f"no claim contains {fragment!r}"
    return found[0]


def test_it_detects_french(result):
    assert result.language == "fr"


def test_every_claim_slices_back_to_the_text(result):
    for claim in result.claims:
        assert result.text[claim.start : claim.end] == claim.text


def test_zelensky_reported_claim_has_channel_and_title(result):
    claim = claim_containing(result, "avaient libéré environ 700 miles carrés")
    assert claim.kind == "reported"
    assert claim.speaker.name == "Zelensky" and claim.speaker.type == "person"
    assert claim.speaker.title == "président"
    assert claim.channel == "discours vidéo nocturne"
    assert not claim.text.startswith("Le président")
    assert claim.text.endswith("au début du mois")


def test_zelensky_quote_over_three_paragraphs_is_attributed_after_il_a_declare(result):
    pieces = [
        claim_containing(result, "A ce jour, dans le cadre"),
        claim_containing(result, "Ces jours-ci, l’armée russe"),
        claim_containing(result, "Il n’y a, et il n’y aura pas de place"),
    ]
    for claim in pieces:
        assert claim.kind == "direct"
        assert speaker_key(claim.speaker.name) == speaker_key("Zelensky")
        assert "unclosed_quote" not in claim.flags
    assert pieces[2].text.endswith("en Ukraine.")


def test_tass_citing_the_ministry_gives_speaker_and_relay(result):
    claim = claim_containing(result, "ordonné aux troupes de quitter les environs")
    assert claim.kind == "reported"
    assert claim.speaker.name == "ministère russe de la Défense"
    assert claim.speaker.type == "organization"
    assert claim.relayed_by == "TASS"


def test_tass_report_of_the_kharkiv_official_keeps_scare_quote_inside(result):
    claim = claim_containing(result, "évacuer la province")
    assert speaker_key(claim.speaker.name) == speaker_key("chef de l'administration russe à Kharkiv")
    assert claim.speaker.type == "person"
    assert claim.relayed_by == "TASS"
    assert "“sauver des vies”" in claim.text
    assert not any(c.text == "sauver des vies" for c in result.claims)


def test_witnesses_are_a_collective_person_speaker(result):
    claim = claim_containing(result, "des embouteillages de voitures")
    assert claim.kind == "reported"
    assert claim.speaker.name == "témoins" and claim.speaker.type == "person"


def test_m_yermak_resolves_to_the_full_name_with_twitter_channel(result):
    claim = claim_containing(result, "L’armée russe revendique le titre")
    assert claim.kind == "direct"
    assert claim.speaker.name == "Andriy Yermak"
    assert claim.channel == "Twitter"
    assert claim.text.endswith("continuez à courir !")


def test_m_zelensky_reported_claim(result):
    claim = claim_containing(result, "continuaient d’avancer dans différentes zones")
    assert claim.kind == "reported"
    assert speaker_key(claim.speaker.name) == speaker_key("Zelensky")


def test_mixed_marks_quote_of_the_ministry_via_tass(result):
    claim = claim_containing(result, "Pour atteindre les objectifs déclarés")
    assert claim.kind == "direct"
    assert claim.speaker.name == "ministère russe de la Défense"
    assert claim.relayed_by == "TASS"
    assert claim.text.endswith("Donetsk. direction.")


def test_malyar_warning_is_reported_and_prises_is_not_a_claim(result):
    claim = claim_containing(result, "à ne pas signaler prématurément")
    assert claim.kind == "reported"
    assert claim.speaker.name == "Hanna Malyar"
    assert claim.speaker.title == "vice-ministre ukrainienne de la Défense"
    assert "« prises »" in claim.text
    assert not any(c.text.strip() == "prises" for c in result.claims)


def test_malyar_quote_after_elle_a_declare_is_flagged_unclosed(result):
    claim = claim_containing(result, "nous avons enfin établi le contrôle de la ville")
    assert claim.kind == "direct"
    assert claim.speaker.name == "Hanna Malyar"
    assert "unclosed_quote" in claim.flags
    assert "Related Articles" not in claim.text


@pytest.mark.parametrize(
    "furniture",
    [
        "Des véhicules blindés détruits jonchent la route",
        "Les pompiers éteignent un incendie",
        "Un homme à vélo passe",
        "Les forces ukrainiennes patrouillent",
        "This website uses cookies",
        "Related Articles",
        "Ukraine EN DIRECT",
        "En savoir plus",
        "par Jessie Neal",
        "Tournant alors que Zelensky salue",
        "raisin sec",
        "INFO",
    ],
)
def test_page_furniture_yields_no_claim(result, furniture):
    assert not any(furniture in c.text for c in result.claims)


def test_plain_narration_is_not_a_claim(result):
    assert not any("Le retrait russe est intervenu" in c.text for c in result.claims)
    assert not any("Taïwan a porté un autre coup" in c.text for c in result.claims)


def test_claims_carry_quantities_with_document_offsets(result):
    claim = claim_containing(result, "avaient libéré environ 700 miles carrés")
    assert claim.quantities
    for quantity in claim.quantities:
        assert result.text[quantity.start : quantity.end] == quantity.text
    assert 0.0 <= claim.checkworthiness.score <= 1.0
