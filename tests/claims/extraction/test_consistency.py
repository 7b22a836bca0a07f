"""Consistency flags: a stated conversion that is wrong, a figure whose unit dimension slipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction.consistency import add_quantity_flags, tolerance
from claims.extraction.quantities import find_quantities
from claims.extraction.types import ClaimKind, ExtractedClaim

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_5cd07c1ed0724f90.txt"

REPORTED = (
    "les forces armées ukrainiennes avaient libéré environ 700 miles carrés (2 000 kilomètres carrés) "
    "de territoire depuis le début d’une contre-offensive contre la Russie au début du mois"
)
QUOTED = (
    "A ce jour, dans le cadre d’actions actives depuis début septembre, environ 2 000 kilomètres de "
    "notre territoire ont déjà été libérés."
)


def claim_in(document: str, text: str, *, kind: ClaimKind = "direct", language: str = "fr") -> ExtractedClaim:
    start = document.index(text)
    return ExtractedClaim(
        text=text,
        kind=kind,
        speaker=None,
        channel="",
        relayed_by="",
        start=start,
        end=start + len(text),
        language=language,
    )


def flags_of(text: str, language: str = "fr") -> list[str]:
    claim = claim_in(text, text, language=language)
    add_quantity_flags([claim], text, language)
    return claim.flags


@pytest.fixture
def seed_claims():
    document = SEED.read_text(encoding="utf-8")
    reported = claim_in(document, REPORTED, kind="reported")
    quoted = claim_in(document, QUOTED)
    add_quantity_flags([reported, quoted], document, "fr")
    return reported, quoted


def test_the_seed_reported_claim_is_flagged_for_a_wrong_conversion(seed_claims):
    reported, _ = seed_claims
    assert reported.flags == [
        "quantity_mismatch: 700 miles carrés = 1,813 km², not 2 000 kilomètres carrés (2,000 km², 10.3% off)"
    ]


def test_the_seed_quote_is_flagged_for_giving_an_area_as_a_length(seed_claims):
    _, quoted = seed_claims
    assert quoted.flags == [
        "unit_dimension_mismatch: 2 000 kilomètres (length) here; "
        "the document gives 2 000 kilomètres carrés (area)"
    ]


def test_running_the_checks_twice_adds_no_duplicate_flag(seed_claims):
    reported, quoted = seed_claims
    document = SEED.read_text(encoding="utf-8")
    add_quantity_flags([reported, quoted], document, "fr")
    assert len(reported.flags) == 1
    assert len(quoted.flags) == 1


def test_a_correct_rounded_conversion_is_not_flagged():
    assert flags_of("ils ont libéré 700 miles carrés (1 800 kilomètres carrés)") == []
    assert flags_of("they took 700 square miles (1,813 km²)", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "ils ont libéré 700 miles carrés, soit 2 000 kilomètres carrés",
        "ils ont libéré 700 miles carrés (soit environ 2 000 km²)",
    ],
)
def test_an_equivalence_introduced_by_soit_is_checked_too(text):
    assert [f.split(":")[0] for f in flags_of(text)] == ["quantity_mismatch"]


@pytest.mark.parametrize(
    "text",
    [
        "they retook 700 square miles (2,000 square kilometres)",
        "they retook 700 square miles, or 2,000 km²",
        "they retook 700 sq mi, i.e. 2,000 km²",
    ],
)
def test_an_english_equivalence_is_checked(text):
    flags = flags_of(text, "en")
    assert len(flags) == 1
    assert flags[0].startswith("quantity_mismatch: 700 ")


def test_a_length_conversion_is_checked():
    assert flags_of("a 100-mile front, or 100 miles (250 km)", "en")[0].startswith("quantity_mismatch")
    assert flags_of("100 miles (161 km)", "en") == []


def test_figures_side_by_side_without_an_equivalence_marker_are_not_compared():
    assert flags_of("700 miles carrés au nord et 2 000 kilomètres carrés au sud") == []


def test_a_parenthesis_in_the_same_unit_is_not_a_conversion():
    assert flags_of("3 000 km² (1 000 km² depuis lundi)") == []


def test_different_dimensions_in_parentheses_are_not_compared_as_a_conversion():
    assert flags_of("2 000 soldats (300 km)") == []


def test_the_tolerance_follows_the_rounding_of_the_rounder_figure():
    precise, round_ = find_quantities("1 813 km² et 1 800 km² et 2 000 km²", "fr")[:2]
    assert tolerance(precise, round_, "fr") == pytest.approx(50 / 1800)
    precise, rough = find_quantities("1 813 km² et 2 000 km²", "fr")
    assert tolerance(precise, rough, "fr") == pytest.approx(0.05)  # capped: "2 000" alone allows 25%
    exact, other = find_quantities("1 813,2 km² et 1 813,4 km²", "fr")
    assert tolerance(exact, other, "fr") == pytest.approx(0.02)


def test_an_approximate_figure_gets_the_full_five_percent():
    first, second = find_quantities("environ 1 813 km² et 1 813 km²", "fr")
    assert tolerance(first, second, "fr") == 0.05


def test_a_length_is_flagged_when_the_narration_gives_the_same_figure_as_an_area():
    document = "Kyiv dit avoir repris 3 500 km² au total. « Nous avons libéré 3 500 kilomètres », a-t-il dit."
    claim = claim_in(document, "Nous avons libéré 3 500 kilomètres")
    add_quantity_flags([claim], document, "fr")
    assert claim.flags == [
        "unit_dimension_mismatch: 3 500 kilomètres (length) here; the document gives 3 500 km² (area)"
    ]


def test_an_area_claim_is_not_flagged_when_the_narration_drops_the_square():
    document = "Ils ont repris 3 500 km. « Nous avons libéré 3 500 km² », a-t-il dit."
    claim = claim_in(document, "Nous avons libéré 3 500 km²")
    add_quantity_flags([claim], document, "fr")
    assert claim.flags == []


def test_different_figures_in_different_dimensions_are_not_flagged():
    document = "They retook 3,500 km². “We advanced 40 km today,” he said."
    claim = claim_in(document, "We advanced 40 km today", language="en")
    add_quantity_flags([claim], document, "en")
    assert claim.flags == []


def test_existing_flags_are_kept():
    text = "ils ont libéré 700 miles carrés (2 000 kilomètres carrés)"
    claim = claim_in(text, text)
    claim.flags.append("unclosed_quote")
    add_quantity_flags([claim], text, "fr")
    assert claim.flags[0] == "unclosed_quote"
    assert claim.flags[1].startswith("quantity_mismatch")
