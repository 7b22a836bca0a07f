"""Quantities in text: numbers with their unit, approximation marker and pint-normalised value."""

from __future__ import annotations

import copy
import functools
import re

import pint

from claims.extraction.clock import find_clock_times, follows_clock_preposition
from claims.extraction.numbers import SPACES, Number, lex_numbers, match_short_scale
from claims.extraction.proportions import find_proportions
from claims.extraction.types import ExtractedQuantity
from claims.extraction.units import (
    NORMAL_UNITS,
    Unit,
    is_currency_at,
    match_counted_noun,
    match_prefix_currency,
    match_unit,
)

_APPROX_BEFORE = re.compile(
    r"(?:(?<!\w)(?:environ|env\.|près\s+d(?:e|['’])|pres\s+d(?:e|['’])|à\s+peu\s+près|plus\s+d(?:e|['’])"
    r"|moins\s+d(?:e|['’])|quelque(?!s)|presque|quasiment|approximativement|autour\s+d(?:e|['’])"
    r"|jusqu['’]à|au\s+moins|de\s+l['’]ordre\s+d(?:e|['’])|aux\s+alentours\s+d(?:e|['’])"
    r"|about|around|nearly|almost|more\s+than|over|some|roughly|up\s+to|approximately|approx\."
    r"|at\s+least|less\s+than|fewer\s+than|under|close\s+to|as\s+many\s+as|upwards\s+of"
    r"|an\s+estimated|estimated)|[~≈])[\s]*$",
    re.IGNORECASE,
)
_APPROX_AFTER = re.compile(r"[\s,]*(?:environ|approximately|or\s+so)(?!\w)", re.IGNORECASE)

_MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    r"|décembre|decembre|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|sept"
)
_MONTH_AFTER = re.compile(rf"[{SPACES}]+(?:{_MONTHS})(?!\w)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{_MONTHS})\.?[{SPACES}]+$", re.IGNORECASE)
# French puts "de"/"d'" between a scale word or collective and its unit: "2 milliards d'euros".
_FR_OF = re.compile(rf"[{SPACES}]*(?:de[{SPACES}]+|d['’])")
_EN_OF = re.compile(rf"[{SPACES}]*of[{SPACES}]+")
_GAP = re.compile(f"[{SPACES}]{{0,2}}")
_MODIFIER = re.compile(
    rf"(?!(?:of|the|a|an|and|or|to|in|on|at|de|du|des|la|le|les|et|ou|en|à|au|aux|que|qui|that|who|"
    rf"sont|ont|est|a|avaient|étaient|seront|ne|se|are|were|was|is|have|has|had|will|would|could|been|be)\b)"
    rf"[\w'’-]{{2,20}}[{SPACES}]+",
    re.IGNORECASE,
)
# "les deux pays", "the two sides": with a determiner the number picks out known things, it does
# not state how many there are, so the noun after it is not a counted unit.
# "un kilomètre", "an hour": the article stands for one when a unit of measure follows.
_ONE_OF = re.compile(rf"(?<!\w)(?:un|une|a|an)[{SPACES}]+", re.IGNORECASE)
_MEASURES = frozenset({"area", "length", "mass", "currency", "duration"})
_RATE_BEFORE = re.compile(
    rf"(?:\d|\b(?:per|par|once|twice|times|fois|euros?|dollars?|km|miles?|pounds?))[{SPACES}]*$",
    re.IGNORECASE,
)
_COUNTED_AFTER_HYPHEN = re.compile(r"[a-zà-ÿ]{3,15}(?![\w-])")
_DETERMINER_BEFORE = re.compile(
    rf"(?<!\w)(?:les|des|ces|aux|nos|vos|leurs|ses|mes|tes|the|these|those|its|their|our|his|her|my"
    rf"|your)[{SPACES}]+$",
    re.IGNORECASE,
)


@functools.cache
def _registry() -> pint.UnitRegistry:
    # Building a registry parses pint's definition files (~0.2 s): do it once, on first use.
    return pint.UnitRegistry()


def find_quantities(text: str, language: str) -> list[ExtractedQuantity]:
    """Return the quantities written in `text`, with offsets such that text[q.start:q.end] == q.text."""
    # The pipeline, the consistency checks and check-worthiness all read the same claim texts:
    # the reading is done once and each caller gets its own copies.
    return [copy.copy(q) for q in _read_quantities(text, "fr" if language.startswith("fr") else "en")]


@functools.lru_cache(maxsize=2048)
def _read_quantities(text: str, lang: str) -> tuple[ExtractedQuantity, ...]:
    # Times of day and proportions in words are read first: "5.30am" is not 5.30 of anything,
    # and "un patient sur deux" is one share, not the count "deux".
    read = find_clock_times(text, lang)
    read += [p for p in find_proportions(text) if not _overlaps(p, read)]
    quantities: list[ExtractedQuantity] = []
    for number in lex_numbers(text, lang):
        if quantities and number.start < quantities[-1].end:
            continue
        quantity = _read_quantity(text, number, lang)
        if quantity is not None and not _overlaps(quantity, read):
            quantities.append(quantity)
    quantities += [a for a in _read_single_units(text) if not _overlaps(a, read + quantities)]
    return tuple(sorted(quantities + read, key=lambda q: q.start))


def _overlaps(quantity: ExtractedQuantity, others: list[ExtractedQuantity]) -> bool:
    return any(quantity.start < o.end and o.start < quantity.end for o in others)


def rounding_error(quantity: ExtractedQuantity, language: str) -> float:
    """Return half a unit of the last significant digit written, relative to the figure."""
    numbers = lex_numbers(quantity.text, language)
    if not numbers or numbers[0].value == 0:
        return 0.0
    return 0.5 * numbers[0].step / numbers[0].value


def normalize(value: float, unit: Unit | None) -> tuple[float | None, str | None]:
    """Convert `value` in `unit` to the normalised unit of its dimension (no currency exchange)."""
    if unit is None:
        return value, None
    if unit.pint_name is None:
        return value, unit.symbol
    symbol, pint_name = NORMAL_UNITS[unit.dimension]
    converted = _registry().Quantity(value, unit.pint_name).to(pint_name).magnitude
    return float(f"{converted:.6g}"), symbol


def _read_quantity(text: str, number: Number, lang: str) -> ExtractedQuantity | None:
    if number.hyphenated:
        return _read_adjectival(text, number)
    start, pos, value = number.start, number.end, number.value
    unit: Unit | None = None
    prefix = None if number.spelled else match_prefix_currency(text, number.start)
    if prefix is not None:
        unit, start = prefix
    if not number.scaled:
        # "12 M€", "$5m": a one-letter scale only counts next to a currency, else "5 m" is metres.
        short = match_short_scale(text, pos)
        if short is not None:
            factor, after = short
            glued_ok = after >= len(text) or not text[after].isalnum()
            if (prefix is not None and glued_ok) or (prefix is None and is_currency_at(text, after)):
                value, pos = value * factor, after
    if prefix is None:
        unit, pos = _read_unit(text, pos, number, lang)
    if unit is not None and unit.dimension == "duration" and _reads_as_clock_or_idiom(text, number, unit):
        if number.spelled:
            return None
        unit, pos = None, number.end
    if pos < len(text) and text[pos].isalnum():
        return None  # glued to a word: "1er", "19h30", "3e"
    if unit is None and _looks_like_date(text, number):
        return None
    if unit is None and number.spelled and not number.scaled and not number.approximate:
        # Spelled numbers count only with a unit, a scale or a plural noun they count.
        return _read_counted(text, number)
    normalized_value, normalized_unit = normalize(value, unit)
    return _quantity(
        text,
        start,
        pos,
        value,
        unit.symbol if unit else "",
        normalized_value,
        normalized_unit,
        number.approximate,
    )


def _read_single_units(text: str) -> list[ExtractedQuantity]:
    """Read "un kilomètre", "une heure", "an hour", "un euro": one of a measure, written with the article."""
    found = []
    for article in _ONE_OF.finditer(text):
        unit_found = match_unit(text, article.end())
        if unit_found is None:
            continue
        unit, end = unit_found
        if unit.dimension not in _MEASURES or unit.symbol in ("day", "year"):
            continue  # "un jour", "a year ago": idioms as often as durations
        if _RATE_BEFORE.search(text, max(0, article.start() - 25), article.start()):
            continue  # "60 km an hour", "deux fois par semaine": the article makes a rate
        found.append(_quantity(text, article.start(), end, 1.0, unit.symbol, *normalize(1.0, unit)))
    return found


def _read_adjectival(text: str, number: Number) -> ExtractedQuantity | None:
    """Read "72-hour", "10-km", "three-month": a unit must follow the hyphen, else no quantity."""
    found = match_unit(text, number.end + 1)
    if found is None:
        # "a 120-bed hospital", "a 20-point lead": digits before a hyphen count the noun after
        # it; spelled ones are as often ordinals or fractions ("twenty-first", "two-thirds").
        noun = _COUNTED_AFTER_HYPHEN.match(text, number.end + 1)
        if number.spelled or noun is None or noun.group().lower() in ("fold", "odd", "ish"):
            return None
        word = noun.group().lower()
        return _quantity(
            text, number.start, noun.end(), number.value, word, number.value, word, number.approximate
        )
    unit, end = found
    normalized_value, normalized_unit = normalize(number.value, unit)
    return _quantity(
        text,
        number.start,
        end,
        number.value,
        unit.symbol,
        normalized_value,
        normalized_unit,
        number.approximate,
    )


def _read_counted(text: str, number: Number) -> ExtractedQuantity | None:
    """Read "deux postes", "six runners": the plural noun as written is the unit; nothing converts it."""
    if number.value < 2 or _DETERMINER_BEFORE.search(text, max(0, number.start - 12), number.start):
        return None
    gap = _GAP.match(text, number.end)
    at = gap.end() if gap else number.end
    found = match_counted_noun(text, at)
    if found is None:
        # "two Tajik drones", "nine Filipino seafarers", "three border guards": up to two modifiers.
        pos = at
        for _ in range(2):
            modifier = _MODIFIER.match(text, pos)
            if modifier is None:
                break
            pos = modifier.end()
            found = match_counted_noun(text, pos)
            if found is not None:
                break
    if found is None:
        return None
    noun, end = found
    return _quantity(text, number.start, end, number.value, noun, number.value, noun, number.approximate)


def _quantity(
    text: str,
    start: int,
    end: int,
    value: float,
    unit: str,
    normalized_value: float | None,
    normalized_unit: str | None,
    approximate: bool = False,
) -> ExtractedQuantity:
    return ExtractedQuantity(
        text=text[start:end],
        value=value,
        unit=unit,
        normalized_value=normalized_value,
        normalized_unit=normalized_unit,
        approximate=approximate or _is_approximate(text, start, end),
        start=start,
        end=end,
    )


def _reads_as_clock_or_idiom(text: str, number: Number, unit: Unit) -> bool:
    # "one day" is as often "some day" as a duration; "à quatre heures" is a time of day (digits
    # are read as times by the clock reader); "à 48 heures du vote" is a duration again.
    if number.spelled and number.value == 1 and not number.scaled:
        return True
    return unit.symbol == "h" and number.value <= 23 and follows_clock_preposition(text, number.start)


def _read_unit(text: str, pos: int, number: Number, lang: str) -> tuple[Unit | None, int]:
    """Return the unit written after the number at `pos` (if any) and where the quantity ends."""
    gap = _GAP.match(text, pos)  # always matches: zero to two spaces
    candidates = [gap.end() if gap else pos]
    if number.scaled or number.approximate:
        linker = (_FR_OF if lang == "fr" else _EN_OF).match(text, pos)
        if linker:
            candidates.append(linker.end())
    for at in candidates:
        found = match_unit(text, at)
        if found is not None:
            return found
    return None, pos


def _looks_like_date(text: str, number: Number) -> bool:
    if number.plain_integer and not number.scaled and 1900 <= number.value <= 2100:
        return True
    if _MONTH_AFTER.match(text, number.end):
        return True
    return bool(_MONTH_BEFORE.search(text, max(0, number.start - 15), number.start))


def _is_approximate(text: str, start: int, end: int) -> bool:
    if _APPROX_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(_APPROX_AFTER.match(text, end))
