"""Consistency checks on the figures of claims: wrong unit conversions, a unit dimension that slipped."""

from __future__ import annotations

import re

from claims.extraction.quantities import find_quantities, rounding_error
from claims.extraction.types import ExtractedClaim, ExtractedQuantity
from claims.extraction.units import dimension_of

# Two figures are given as equivalent when the second is in parentheses after the first
# ("700 miles carrés (2 000 kilomètres carrés)") or introduced by "soit", "or", "i.e.".
_HEDGE = r"(?:environ|about|around|approximately|approx\.|some|près\s+de|roughly|~)?\s*"
_PAREN_GAP = re.compile(
    rf"\s*\(\s*(?:(?:soit|or|i\.e\.,?|c['’]est-à-dire|that\s+is)\s+)?{_HEDGE}", re.IGNORECASE
)
_PAREN_CLOSE = re.compile(r"\s*\)")
_WORD_GAP = re.compile(
    rf"\s*[,–—-]?\s*(?:soit|or|i\.e\.,?|c['’]est-à-dire|that\s+is)\s+{_HEDGE}", re.IGNORECASE
)
_CONVERTIBLE = frozenset({"area", "length", "mass"})

FLOOR_TOLERANCE = 0.02
CAP_TOLERANCE = 0.05


def add_quantity_flags(claims: list[ExtractedClaim], text: str, language: str) -> None:
    """Append quantity_mismatch / unit_dimension_mismatch flags to the claims in place (idempotent)."""
    document_quantities = find_quantities(text, language)
    for claim in claims:
        claim_language = claim.language or language
        quantities = find_quantities(claim.text, claim_language)
        flags = conversion_flags(claim.text, quantities, claim_language)
        flags += dimension_flags(quantities, document_quantities)
        for flag in flags:
            if flag not in claim.flags:
                claim.flags.append(flag)


def tolerance(first: ExtractedQuantity, second: ExtractedQuantity, language: str) -> float:
    """Return the relative difference two figures given as equal may show without being flagged.

    The rule: take the rounding error of the rounder figure (half a unit of its last significant
    digit, relative to it: "1 800" -> 50/1800 = 2.8%), never less than 2% (conversion factors and
    careless rounding) and never more than 5%; when either figure is marked approximate
    ("environ", "about") the tolerance is 5%. The cap matters for one-digit figures: "2 000" read
    literally would tolerate ±500 (25%), which would excuse any conversion error. So 700 mi²
    (1,813 km²) against "2 000 km²" is 10.3% off and flagged; against "1 800 km²" it is 0.7% off.
    """
    if first.approximate or second.approximate:
        return CAP_TOLERANCE
    rounding = max(rounding_error(first, language), rounding_error(second, language))
    return min(max(FLOOR_TOLERANCE, rounding), CAP_TOLERANCE)


def conversion_flags(text: str, quantities: list[ExtractedQuantity], language: str) -> list[str]:
    """Return a quantity_mismatch flag for each stated equivalence whose two figures disagree."""
    flags = []
    for first, second in zip(quantities, quantities[1:], strict=False):
        if not _stated_as_equivalent(text, first, second):
            continue
        if not _comparable(first, second):
            continue
        assert first.normalized_value is not None and second.normalized_value is not None
        if first.normalized_value == 0:
            continue
        off = abs(second.normalized_value - first.normalized_value) / abs(first.normalized_value)
        if off <= tolerance(first, second, language):
            continue
        unit = first.normalized_unit
        flags.append(
            f"quantity_mismatch: {first.text} = {_figure(first.normalized_value)} {unit}, "
            f"not {second.text} ({_figure(second.normalized_value)} {unit}, {off:.1%} off)"
        )
    return flags


def dimension_flags(
    quantities: list[ExtractedQuantity], document_quantities: list[ExtractedQuantity]
) -> list[str]:
    """Return a unit_dimension_mismatch flag for each length whose figure the document gives as an area.

    Only length-for-area is flagged: dropping "carrés" / "²" is the usual slip, while nobody adds
    it by accident, so when the same figure appears as both, the length is the odd one out.
    Figures under 10 are skipped: "2 km" and "2 km²" in one article are likely unrelated.
    """
    flags = []
    for quantity in quantities:
        if dimension_of(quantity.unit) != "length" or quantity.value < 10:
            continue
        for reference in document_quantities:
            if dimension_of(reference.unit) == "area" and _same_figure(quantity, reference):
                flags.append(
                    f"unit_dimension_mismatch: {quantity.text} (length) here; "
                    f"the document gives {reference.text} (area)"
                )
                break
    return flags


def _stated_as_equivalent(text: str, first: ExtractedQuantity, second: ExtractedQuantity) -> bool:
    paren = _PAREN_GAP.match(text, first.end, second.start)
    if paren and paren.end() == second.start and _PAREN_CLOSE.match(text, second.end):
        return True
    words = _WORD_GAP.match(text, first.end, second.start)
    return bool(words and words.end() == second.start)


def _comparable(first: ExtractedQuantity, second: ExtractedQuantity) -> bool:
    # A conversion changes the unit; the same unit in parentheses is something else ("+5 km").
    dimension = dimension_of(first.unit)
    return (
        dimension in _CONVERTIBLE
        and dimension == dimension_of(second.unit)
        and first.unit != second.unit
        and first.normalized_value is not None
        and second.normalized_value is not None
    )


def _same_figure(first: ExtractedQuantity, second: ExtractedQuantity) -> bool:
    return abs(first.value - second.value) <= 1e-9 * max(abs(first.value), abs(second.value))


def _figure(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}"
