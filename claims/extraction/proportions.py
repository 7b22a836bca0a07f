"""Proportions written in words: "la moitié", "deux tiers", "a third of", "un patient sur deux", "one in five".

A proportion is read as its fraction (value 0.5 for "la moitié") and normalised to a percentage,
so "près de la moitié" and "48 %" can be compared. Only the forms that cannot be ordinals or
idioms are read: "a third" counts only before "of" ("a third of the budget", not "a third
term"), "un tiers" only before "de" and a determiner ("un tiers des élèves", "un tiers de la
population", not "un tiers de confiance").
"""

from __future__ import annotations

import re

from claims.extraction.alternation import one_of
from claims.extraction.numbers import SPACES, skip_spaces
from claims.extraction.types import ExtractedQuantity
from claims.extraction.units import match_unit

_S = f"[{SPACES}]+"

_SMALL = {
    "un": 1, "une": 1, "one": 1, "a": 1, "an": 1,
    "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5,
    "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10,
}  # fmt: skip
_DENOMINATORS = {
    "moitié": 2, "moitie": 2, "half": 2, "halves": 2,
    "tiers": 3, "third": 3, "thirds": 3,
    "quart": 4, "quarts": 4, "quarter": 4, "quarters": 4,
    "cinquième": 5, "cinquièmes": 5, "fifth": 5, "fifths": 5,
    "sixième": 6, "sixièmes": 6, "sixth": 6, "sixths": 6,
    "huitième": 8, "huitièmes": 8, "eighth": 8, "eighths": 8,
    "dixième": 10, "dixièmes": 10, "tenth": 10, "tenths": 10,
    "vingtième": 20, "vingtièmes": 20, "twentieth": 20,
    "centième": 100, "centièmes": 100, "hundredth": 100,
}  # fmt: skip
# "a car in 5 minutes" is not a proportion: the article is no numerator in "X in Y".
_COUNT = one_of(set(_SMALL) - {"a", "an"}) + r"|\d{1,2}"
_DENOMINATOR = one_of(_DENOMINATORS)
# "deux tiers", "three quarters": more than one, so the denominator is a plural ("un tiers" is
# also "a third party" and goes through the singular rule).
_SEVERAL = one_of(w for w, n in _SMALL.items() if n > 1) + r"|\d{1,2}"
# "près d'un tiers", "about a quarter": after an approximation the singular is a share too.
_ROUGHLY = rf"(?<!\w)(?:(?:près|plus|moins){_S}d['’]|(?:environ|about|around|nearly|almost|roughly|over){_S})"
_OF = rf"(?={_S}(?:of|des|du|d['’]|de{_S}(?:la|l['’]|ses|sa|son|leurs|leur|ces|nos|notre|vos|votre|tous|toutes)\b))"

_PATTERNS = [
    # "la moitié", "de la moitié", "half of", "half the": the half is always a proportion.
    re.compile(rf"(?<!\w)(?:la{_S})?(moiti[ée])(?!\w)", re.IGNORECASE),
    re.compile(rf"(?<![\w-])(half)(?={_S}(?:of|the|its|their|his|her|our|all)\b)", re.IGNORECASE),
    # "deux tiers", "two-thirds", "three quarters": a plural denominator is never an ordinal.
    re.compile(
        rf"(?<!\w)({_SEVERAL})[{SPACES}-]+"
        r"(tiers|quarts|cinquièmes|sixièmes|huitièmes|dixièmes|vingtièmes|centièmes"
        r"|thirds|quarters|fifths|sixths|eighths|tenths)(?!\w)",
        re.IGNORECASE,
    ),
    # "un tiers des élèves", "a third of", "one-fifth of": a singular needs "of"/"de" after it.
    re.compile(rf"(?<!\w)(un|une|a|one)[{SPACES}-]+({_DENOMINATOR}){_OF}", re.IGNORECASE),
    re.compile(rf"(?:{_ROUGHLY})(un|une|a|one)[{SPACES}-]+({_DENOMINATOR})(?!\w)", re.IGNORECASE),
    # "un patient sur deux", "neuf Français sur dix", "one in five adults", "1 sur 4".
    re.compile(
        rf"(?<![\w,.])({_COUNT})(?:{_S}[\w’'-]+){{0,2}}?{_S}(?:sur|in|out{_S}of){_S}({_COUNT}|\d{{1,3}})(?![\w,.])",
        re.IGNORECASE,
    ),
]


def find_proportions(text: str) -> list[ExtractedQuantity]:
    """Return the proportions written in words in `text`, left to right, never overlapping."""
    found: list[ExtractedQuantity] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            fraction = _fraction(match)
            if fraction is None or match_unit(text, skip_spaces(text, match.end())) is not None:
                continue  # "un parc sur 40 hectares", "one in 10 minutes": a measure, not a share
            start = match.start(1)  # the approximation before a share is not part of it
            if any(start < q.end and q.start < match.end() for q in found):
                continue
            found.append(
                ExtractedQuantity(
                    text=text[start : match.end()],
                    value=round(fraction, 6),
                    unit="fraction",
                    normalized_value=round(100 * fraction, 2),
                    normalized_unit="%",
                    approximate=False,
                    start=start,
                    end=match.end(),
                )
            )
    return sorted(found, key=lambda q: q.start)


def _fraction(match: re.Match[str]) -> float | None:
    groups = [g.lower() for g in match.groups()]
    if len(groups) == 1:
        return 1 / _DENOMINATORS[groups[0]]
    numerator, denominator = _count(groups[0]), groups[1]
    if denominator in _DENOMINATORS:
        return numerator / _DENOMINATORS[denominator]
    whole = _count(denominator)
    if not 0 < numerator < whole:
        return None  # "trois sur trois", "5 in 2": not a share of something
    return numerator / whole


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL[word]
