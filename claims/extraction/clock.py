"""Times of day: "5.30am", "10 p.m.", "1200 GMT", "14:30", "19h30", "à 15 heures".

A time of day is a quantity a fact-checker compares ("the alert went out at 2am"), but never a
duration: it gets the unit "time" and its value in hours after midnight (5.5 for "5.30am").
"""

from __future__ import annotations

import re

from claims.extraction.numbers import SPACES
from claims.extraction.types import ExtractedQuantity

_S = f"[{SPACES}]"
_HOUR = r"(?:[01]?\d|2[0-3])"
_MINUTE = r"[0-5]\d"
# French says "à 15 heures" for a time and "15 heures de grève" for a duration: the word before
# tells them apart.
_AT = rf"(?:(?<!\w)(?:à|vers|dès|jusqu['’]à|avant|peu{_S}+avant|peu{_S}+après){_S}+)"

# "14:30": both languages.
_COLON = re.compile(rf"(?<![\w.:,])({_HOUR}):({_MINUTE})(?![\d:])()")
_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "en": [
        # "5.30am", "2 a.m.", "11:45 p.m."
        re.compile(rf"(?<![\w.:])({_HOUR})(?:[.:]({_MINUTE}))?{_S}?([ap])\.?m\b\.?", re.IGNORECASE),
        # "1200 GMT", "0930 local time", "14:30 GMT"
        re.compile(
            rf"(?<![\w.:,])({_HOUR})[:h]?({_MINUTE}){_S}?(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|local{_S}time)\b()"
        ),
        _COLON,
    ],
    "fr": [_COLON],
}
_AT_RE = re.compile(rf"{_AT}$", re.IGNORECASE)
# "19h30", "14 h 30" are always times; "15 heures", "15 h" only after "à", "vers", "dès"...
_FR_HOURS = re.compile(rf"(?<![\w.:,])({_HOUR}){_S}?(?:heures?|h)(?:{_S}?({_MINUTE}))?(?![\w])")


def find_clock_times(text: str, language: str) -> list[ExtractedQuantity]:
    """Return the times of day written in `text`, left to right, never overlapping."""
    lang = "fr" if language.startswith("fr") else "en"
    found: list[ExtractedQuantity] = []
    for pattern in _PATTERNS[lang]:
        for match in pattern.finditer(text):
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            meridiem = (match.group(3) or "").lower()
            if meridiem and not 1 <= hour <= 12:
                continue
            if meridiem == "p" and hour != 12:
                hour += 12
            elif meridiem == "a" and hour == 12:
                hour = 0
            _add(found, match.start(), match.end(), text, hour + minute / 60)
    for match in _FR_HOURS.finditer(text) if lang == "fr" else ():
        if match.group(2) or follows_clock_preposition(text, match.start()):
            _add(found, match.start(), match.end(), text, int(match.group(1)) + int(match.group(2) or 0) / 60)
    return sorted(found, key=lambda q: q.start)


def follows_clock_preposition(text: str, start: int) -> bool:
    """True when "à", "vers", "dès", "jusqu'à", "avant" comes right before `start`: "à 15 heures"."""
    return bool(_AT_RE.search(text, max(0, start - 20), start))


def _add(found: list[ExtractedQuantity], start: int, end: int, text: str, hours: float) -> None:
    if any(start < q.end and q.start < end for q in found):
        return
    found.append(
        ExtractedQuantity(
            text=text[start:end],
            value=round(hours, 4),
            unit="time",
            normalized_value=round(hours, 4),
            normalized_unit="time",
            approximate=False,
            start=start,
            end=end,
        )
    )
