"""Clause-level patterns for attribution: boundaries, relays, postposed speakers, datelines."""

from __future__ import annotations

import re

ABBREVIATION = (
    r"(?<!\b[A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)(?<!Jr)(?<!Mme)(?<!Gen)(?<!Sen)(?<!Rep)(?<!Prof)"
)
SENTENCE_END_RE = re.compile(ABBREVIATION + r"[.!?…][»”\"’)]*\s+(?=[A-ZÀ-Ý«“\"„])|[»”]\s*[.]\s+")
RELAY_VERBS = {
    "rapporté",
    "rapporte",
    "rapportait",
    "reported",
    "reports",
    "report",
    "indiqué",
    "écrit",
    "wrote",
    "writes",
    "relayé",
    "affirmé",
}
CITE_RE = {
    "fr": re.compile(
        r"(?<![\w'])(?:a|ont|avait|avaient)\s+(?:cité|repris)\s+(?P<speaker>[^,.;:«»“”\"]{2,90}?)\s+"
        r"(?:disant|déclarant|affirmant|expliquant|indiquant|assurant|comme disant|selon (?:lequel|laquelle|lesquels))"
        r"\s*(?:qu'|que\s+)?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![\w'])(?:quoted|quotes|cited|cites)\s+(?P<speaker>[^,.;:«»“”\"]{2,90}?)\s+"
        r"as\s+(?:saying|stating|telling\s+\w+|claiming|warning)\s*(?:that\s+)?",
    ),
}
HARD_BOUNDARY_RE = re.compile(
    ABBREVIATION
    + r"\.|[;:!?«»“”\")]|\s-\s|(?<![\w'])(?:que|qu'|that|mais|but|puis|then|while|alors que|tandis que|car|because|"
    r"où|where|when|quand|lorsque|si|if|after|après|avant|before)(?![\w'])|(?<![\w'])(?:et|and)\s+(?![A-ZÀ-Ý]|de\s|du\s|des\s|of\s)",
)
PREPOSITION_START_RE = re.compile(
    r"^(?:dans|en|à|au|aux|pour|avec|sur|lors|depuis|pendant|après|avant|in|on|at|for|with|after|before|"
    r"since|during|from|by|par|selon|according|il y a|ago)\b",
    re.IGNORECASE,
)
CLAUSE_CUT_RE = re.compile(r",\s+(?:mais|but)\s+(?!que\b|qu'|that\b)|;\s+", re.IGNORECASE)
TRAILING_ACCORDING_RE = {
    "fr": re.compile(r",\s*(?:selon|d'après)\s+(?P<who>[^,.;]{2,80})\s*[.]?\s*$", re.IGNORECASE),
    "en": re.compile(r",\s*according to\s+(?P<who>[^,.;]{2,80})\s*[.]?\s*$", re.IGNORECASE),
}
# These are used with match(text, pos): no "^", which would only match at the string's start.
EN_TOLD_OBJECT_RE = re.compile(
    r"\s+(?:reporters|journalists|the press|lawmakers|parliament|MPs|senators|him|her|them|us|me|"
    r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|the\s+\w+(?:\s+\w+)?)(?=[\s,])"
)
EN_ADVERBIAL_RE = re.compile(
    r"(?:\s*,?\s+(?:on|late on|early on|last|this|earlier|later|in)\s+(?:[A-Z]\w+day|week|month|year|morning|"
    r"afternoon|evening|night|[A-Z]\w+\s+\d{1,2})|\s+(?:yesterday|today|tonight|earlier|recently|again|also|"
    r"publicly|repeatedly|previously|then|now|late|separately|privately))*"
)
EN_CLAUSE_START_RE = re.compile(
    r"\s*,?\s+(?:it|he|she|they|we|i|there|this|these|those|the|a|an|its|his|her|their|our|some|many|most|"
    r"all|no|more|about|around|nearly|only|[A-Z][\w'-]*|\d[\d,.]*)\b",
)
DATELINE_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'-]+,[^-]{0,40}?(?:\([\w ]+\))?\s+-\s+")
# "said rates would stay high": a bare noun followed closely by an auxiliary or a past tense.
EN_FINITE_RE = re.compile(
    r"\s+[a-z][\w'-]*(?:\s+[\w'-]+){0,4}?\s+(?:would|will|had|has|have|was|were|is|are|could|should|may|"
    r"might|must|can|did|does|do|\w+ed)\b"
)
LEADING_NP_RE = re.compile(r"(?:(?:The|Le|La|Les|L')\s*)?(?:[A-ZÀ-Ý][\w'-]*\s?)+")


def subject_after(rest: str, language: str) -> str:
    """The speaker phrase after a postposed cue: "said Mr Smith in a statement" -> "Mr Smith"."""
    rest = rest.strip()
    cut = re.search(
        r"\s(?:dans|lors|sur|en|au cours|pendant|devant|en marge|via|in|on|at|during|to|from|before|after|while|who|qui)\s"
        r"|[.;:!?]",
        " " + rest + " ",
    )
    if cut:
        rest = (" " + rest)[: cut.start()].strip()
    if "," in rest:
        head, _, tail = rest.partition(",")
        tail = tail.strip()
        rest = head if not tail or not tail[0].isupper() else head + ", " + tail.split(",")[0]
        return rest.split(",")[0] if not tail[:1].isupper() else rest
    return rest


def cut_clause(norm: str, lo: int, hi: int) -> int:
    match = CLAUSE_CUT_RE.search(norm, lo, hi)
    return match.start() if match else hi
