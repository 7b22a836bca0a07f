"""The machine's suggested stance of a passage towards a claim, with the reasons a person can check.

Pure Python, no database. The suggestion is only ever a suggestion: the fact-checker's decision is
stored apart (Evidence.decision).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sources.matching import content_tokens, normalize

_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+|\d+)(?:([.,])(\d+))?"
    r"\s*(%|km²|km2|square (?:kilometres|kilometers|miles)|[a-zA-Zéû€$£]+)?"
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)*)")
_NEGATIONS = re.compile(
    r"\b(not|no|never|n't|false|untrue|incorrect|denied|denies|ne|n'|pas|jamais|aucun|aucune|faux|inexact)\b",
    re.IGNORECASE,
)
UNITS_SAME = {"km2": "km2", "km²": "km2", "%": "%", "percent": "%", "pourcent": "%"}


@dataclass(frozen=True)
class Figure:
    text: str
    value: float
    unit: str
    start: int


def figures(text: str) -> list[Figure]:
    """Numbers with the word after them as a unit; years (1800-2099 without a unit) are dates, not figures."""
    found = []
    for m in _FIGURE.finditer(text):
        whole = re.sub(r"\D", "", m.group(1))
        value = (
            float(f"{whole}.{m.group(3)}")
            if m.group(3) and len(m.group(3)) != 3
            else float(whole + (m.group(3) or ""))
        )
        unit = _unit(m.group(4) or "")
        if _YEAR.fullmatch(m.group(1)) and not unit:
            continue
        found.append(Figure(m.group(0).strip(), value, unit, m.start()))
    return found


def _unit(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word).casefold().strip()
    if folded.startswith("square kilomet"):
        return "km2"
    return UNITS_SAME.get(folded, folded)


def years(text: str) -> list[str]:
    return sorted(set(_YEAR.findall(text)))


def names(text: str) -> set[str]:
    return {m.group(1) for m in _NAME.finditer(text) if len(m.group(1)) > 2}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


@dataclass(frozen=True)
class StanceSuggestion:
    stance: str
    reasons: list[dict]
    overlap: float  # share of the claim's content words found in the passage


def suggest_stance(claim_text: str, passage: str, *, source_date: str = "") -> StanceSuggestion:
    """supports / refutes / context / unrelated, with reasons (same or conflicting figures, negation, names)."""
    from sources.models import Stance

    claim_words = set(content_tokens(normalize(claim_text)))
    passage_words = set(content_tokens(normalize(passage)))
    overlap = len(claim_words & passage_words) / len(claim_words) if claim_words else 0.0
    reasons: list[dict] = []

    claim_figures, passage_figures = figures(claim_text), figures(passage)
    same = [
        (c, p)
        for c in claim_figures
        for p in passage_figures
        if _close(c.value, p.value) and _units_fit(c, p)
    ]
    conflicting = [
        (c, p)
        for c in claim_figures
        for p in passage_figures
        if c.unit and c.unit == p.unit and not _close(c.value, p.value) and c not in {s[0] for s in same}
    ]
    for c, p in same[:3]:
        reasons.append(
            {"kind": "same_figure", "claim": c.text, "source": p.text, "text": f"same figure: {p.text}"}
        )
    claim_years, passage_years = (
        years(claim_text),
        years(passage) or ([source_date[:4]] if source_date else []),
    )
    for c, p in conflicting[:3]:
        reasons.append(
            {
                "kind": "conflicting_figure",
                "claim": c.text,
                "source": p.text,
                "claim_dates": claim_years,
                "source_dates": passage_years,
                "text": f"conflicting figure: {c.text} ({', '.join(claim_years) or 'undated'}) vs "
                f"{p.text} ({', '.join(passage_years) or 'undated'})",
            }
        )
    claim_negated = bool(_NEGATIONS.search(claim_text))
    passage_negation = _NEGATIONS.search(passage)
    negation_differs = bool(passage_negation) != claim_negated
    if negation_differs:
        cue = passage_negation.group(0) if passage_negation else "(the claim's own negation)"
        reasons.append({"kind": "negation", "cue": cue, "text": f"negation differs: {cue!r}"})
    shared_names = sorted(names(claim_text) & names(passage))
    if shared_names:
        reasons.append(
            {"kind": "matching_names", "names": shared_names, "text": f"names: {', '.join(shared_names)}"}
        )

    if overlap < 0.2 and not same:
        reasons.append({"kind": "low_overlap", "text": f"shares {overlap:.0%} of the claim's words"})
        return StanceSuggestion(Stance.UNRELATED, reasons, overlap)
    if same and not negation_differs:
        return StanceSuggestion(Stance.SUPPORTS, reasons, overlap)
    if (conflicting and not same) or (same and negation_differs):
        return StanceSuggestion(Stance.REFUTES, reasons, overlap)
    if not reasons:
        reasons.append({"kind": "shared_words", "text": f"shares {overlap:.0%} of the claim's words"})
    return StanceSuggestion(Stance.CONTEXT, reasons, overlap)


def _units_fit(c: Figure, p: Figure) -> bool:
    return not c.unit or not p.unit or c.unit == p.unit
