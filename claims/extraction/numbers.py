"""Number lexer for French and English text: digit groups, decimal marks, scale words, number words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .alternation import one_of

SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space, thin space
_SPACE = f"[{SPACES}]"
_TIGHT_SPACE = "[\u00a0\u202f\u2009]"


@dataclass(frozen=True)
class Number:
    start: int
    end: int  # after the scale word, if any ("1.5 million")
    value: float  # scaled ("1.5 million" -> 1500000.0)
    step: float  # place value of the last significant digit written ("2 000" -> 1000, "1,813" en -> 1)
    spelled: bool  # written in words ("deux millions", "une centaine")
    scaled: bool  # followed by a scale word (million, milliard, billion, bn, Md)
    approximate: bool  # a collective such as "une centaine", which is a round estimate by nature
    plain_integer: bool  # a bare run of digits ("2022"): a year candidate
    # Followed by a hyphen and a word ("72-hour", "three-month", "F-16" is not): an adjectival
    # figure, a quantity only when a unit comes right after the hyphen.
    hyphenated: bool = False


# French writes thousands with spaces (or dots) and decimals with a comma; English the other way.
# Plain spaces group thousands only in French: in English "in 2 000" is rare and "page 12 300
# soldiers" style collisions are not. A group must be exactly three digits, so "2022 300" stays
# two numbers.
_DIGITS = {
    "fr": re.compile(
        rf"(?<!\d)(?:\d{{1,3}}(?:{_SPACE}\d{{3}}(?!\d))+(?:,\d+)?"
        r"|\d{1,3}(?:\.\d{3}(?![\d]))+(?:,\d+)?"
        r"|\d+(?:[.,]\d+)?)"
    ),
    "en": re.compile(
        r"(?<!\d)(?:\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?"
        rf"|\d{{1,3}}(?:{_TIGHT_SPACE}\d{{3}}(?!\d))+(?:\.\d+)?"
        r"|\d+(?:\.\d+)?)"
    ),
}
_DECIMAL_MARK = {"fr": ",", "en": "."}

# Scale words written in full (or unambiguous abbreviations) after a number. French "billion" is
# 10^12, English "billion" is 10^9. "M", "m", "k", "mn" are only scales before a currency and are
# handled by the quantity stage, which knows about currencies.
_SCALES = {
    "fr": {
        "million": 1e6,
        "millions": 1e6,
        "milliard": 1e9,
        "milliards": 1e9,
        "billion": 1e12,
        "billions": 1e12,
        "mille": 1e3,
        "md": 1e9,
        "mds": 1e9,
        "mrd": 1e9,
    },
    "en": {
        "million": 1e6,
        "millions": 1e6,
        "billion": 1e9,
        "billions": 1e9,
        "trillion": 1e12,
        "trillions": 1e12,
        "thousand": 1e3,
        "bn": 1e9,
        "mil": 1e6,  # Malaysian and Singaporean copy: "RM2.5mil"
    },
}
_SCALE_RE = re.compile(
    rf"{_SPACE}?(millions?|milliards?|billions?|trillions?|mille|thousand|bn|mil|Mds?|Mrd)(?!\w)",
    re.IGNORECASE,
)
# Only these scales are safe lower-case-insensitive; "Md"/"Mds" must keep their capital.
_CASED_SCALES = {"md", "mds", "mrd"}
_SHORT_SCALE_RE = re.compile(rf"{_SPACE}?(M|m|mn|Mn|k|K)")
_SHORT_SCALES = {"m": 1e6, "mn": 1e6, "k": 1e3}

_WORDS = {
    "fr": {
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
        "vingt": 20,
        "vingts": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "soixante": 60,
        "cent": 100,
        "cents": 100,
        "mille": 1000,
    },
    "en": {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
    },
}
_ARTICLES = {"un", "une", "a", "an"}
_LEADING_WORD = re.compile(r"\w+[\s-]+")
_WORD_RE = {
    lang: re.compile(
        r"(?<![\w-])(?:" + one_of(words) + r")"
        r"(?:(?:[\s-]+|\s+et\s+)(?:" + one_of(words) + r"))*(?!\w|-\d)",
        re.IGNORECASE,
    )
    for lang, words in _WORDS.items()
}

# Collectives are estimates by construction: "une centaine" is about a hundred.
_COLLECTIVES = {
    "fr": re.compile(
        r"(?<!\w)(?:une|un)\s+(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine"
        r"|cinquantaine|soixantaine|centaine|millier)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<!\w)(a)\s+(dozen)(?!\w)", re.IGNORECASE),
}
_COLLECTIVE_VALUES = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
    "dozen": 12,
}


def lex_numbers(text: str, language: str) -> list[Number]:
    """Return the standalone numbers of `text`, left to right, never overlapping."""
    lang = "fr" if language.startswith("fr") else "en"
    found = _lex_digits(text, lang) + _lex_collectives(text, lang) + _lex_words(text, lang)
    found.sort(key=lambda n: (n.start, -n.end))
    kept: list[Number] = []
    for number in found:
        if kept and number.start < kept[-1].end:
            continue
        kept.append(number)
    return kept


def skip_spaces(text: str, pos: int) -> int:
    """Return the first position at or after `pos` that is not a space of any width."""
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    return pos


def match_short_scale(text: str, pos: int) -> tuple[float, int] | None:
    """Return a one- or two-letter scale ("M", "m", "k", "mn") at `pos` and where it ends."""
    found = _SHORT_SCALE_RE.match(text, pos)
    if not found:
        return None
    return _SHORT_SCALES[found.group(1).lower()], found.end()


def step_of(value: float) -> float:
    """Return the place value of the last significant digit of a round-tripped `value`."""
    if value == 0:
        return 1.0
    digits = f"{abs(value):.10g}"
    if "e" in digits:
        mantissa, exponent = digits.split("e")
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        return 10.0 ** (int(exponent) - decimals)
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def _lex_digits(text: str, lang: str) -> list[Number]:
    numbers = []
    for found in _DIGITS[lang].finditer(text):
        start, end = found.span()
        hyphenated = False
        if not _stands_alone(text, start, end):
            if not _stands_alone(text, start, end, hyphen_ok=True):
                continue
            hyphenated = True
        written = found.group()
        value, step = _parse_digits(written, lang)
        scaled = False
        scale = _SCALE_RE.match(text, end)
        factor = _scale_value(scale.group(1), lang) if scale else None
        if scale and factor:
            value, step, end, scaled = value * factor, step * factor, scale.end(), True
        plain = written.isdigit()
        numbers.append(Number(start, end, value, step, False, scaled, False, plain, hyphenated))
    return numbers


# Currency codes written glued to the figure: "P645" (pesos), "Dh95,000", "RM2.5mil", "Rs500".
_GLUED_CURRENCY_RE = re.compile(r"(?<!\w)(?:P|Dhs?|RM|Rs|AED|PHP|CHF|EUR|USD|GBP)$")


def _stands_alone(text: str, start: int, end: int, *, hyphen_ok: bool = False) -> bool:
    """Reject digits that belong to a word or code ("COVID-19", "A320", "F-16", "10:30", "24/7").

    With `hyphen_ok`, a hyphen before a letter ("72-hour") does not glue the figure to the word.
    """
    before = text[start - 1] if start > 0 else ""
    before2 = text[start - 2] if start > 1 else ""
    if (before.isalnum() or before == "_") and not _GLUED_CURRENCY_RE.search(text, max(0, start - 4), start):
        return False
    if before in "-‐‑/.,:" and before2.isalnum():
        return False
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if after in ":/-‐‑" and after2.isalnum() and not (hyphen_ok and after in "-‐‑" and after2.isalpha()):
        return False
    # A mark the lexer did not take as a separator ("2,5" in English, "1.2.3") leaves the
    # reading ambiguous: better no figure than a wrong one.
    return not (after in ".," and after2.isdigit())


def _parse_digits(written: str, lang: str) -> tuple[float, float]:
    """Turn one matched digit string into (value, step) following the language's conventions."""
    decimal_mark = _DECIMAL_MARK[lang]
    # French "3.2 %" is common in translated copy: a dot not followed by exactly three digits
    # cannot be a French thousands mark, so it is read as a decimal point.
    if lang == "fr" and "." in written and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", written):
        decimal_mark = "."
    whole, _, fraction = written.partition(decimal_mark)
    whole = "".join(ch for ch in whole if ch.isdigit())
    if fraction:
        return float(f"{whole}.{fraction}"), 10.0 ** -len(fraction)
    trailing_zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    return float(whole), 10.0**trailing_zeros


def _scale_value(word: str, lang: str) -> float | None:
    key = word.lower()
    if key in _CASED_SCALES and word[0] != "M":
        return None
    return _SCALES[lang].get(key)


def _lex_words(text: str, lang: str) -> list[Number]:
    numbers = []
    for found in _WORD_RE[lang].finditer(text):
        words = [w for w in re.split(r"[\s-]+", found.group().lower()) if w != "et"]
        start, end = found.span()
        scale = _SCALE_RE.match(text, end)
        factor = _scale_value(scale.group(1), lang) if scale else None
        if words[0] in _ARTICLES:
            # "un"/"a" is an article unless a scale word follows: "un million", "a hundred".
            if len(words) == 1 and factor is None:
                continue
            if len(words) > 1 and words[1] not in ("cent", "mille", "hundred", "thousand"):
                # "a three-month pause", "une deux-pièces": the article is not part of the figure.
                words = words[1:]
                article = _LEADING_WORD.match(found.group())
                start += article.end() if article else 0
        value = _combine_words(words)
        if scale and factor:
            value, end = value * factor, scale.end()
        hyphenated = text[end : end + 1] in ("-", "‐", "‑")
        numbers.append(
            Number(start, end, value, step_of(value), True, bool(factor), False, False, hyphenated)
        )
    return numbers


def _combine_words(words: list[str]) -> float:
    """Add up spelled-out numbers: "deux mille" = 2000, "quatre-vingt" = 80, "two hundred" = 200."""
    table = {**_WORDS["fr"], **_WORDS["en"]}
    total, current = 0.0, 0.0
    for word in words:
        if word in ("cent", "cents", "hundred"):
            current = max(current, 1) * 100
        elif word in ("mille", "thousand"):
            total += max(current, 1) * 1000
            current = 0
        elif word in ("vingt", "vingts") and current == 4:
            current = 80
        else:
            current += table[word]
    return total + current


def _lex_collectives(text: str, lang: str) -> list[Number]:
    numbers = []
    for found in _COLLECTIVES[lang].finditer(text):
        value = float(_COLLECTIVE_VALUES[found.group(found.lastindex or 0).lower()])
        numbers.append(Number(found.start(), found.end(), value, step_of(value), True, False, True, False))
    return numbers
