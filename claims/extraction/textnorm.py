"""Offset-preserving text normalisation and paragraph splitting."""

from __future__ import annotations

import re
import unicodedata

# Every substitution is one character for one character, so an offset in the normalised
# copy is the same offset in the original text and spans always slice back exactly.
_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space (French typography before « : ; ! ?)
        "\u2009": " ",  # thin space
        "\u2007": " ",
        "\u200a": " ",
        "\t": " ",
        "\u2019": "'",  # typographic apostrophe
        "\u02bc": "'",
        "\u2032": "'",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2011": "-",
    }
)

_PARAGRAPH_BREAK = re.compile(r"\n")


def fold(text: str) -> str:
    """The text without its accents: "Héctor" -> "Hector"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def prepare(text: str) -> str:
    """Return the canonical document text: unified newlines, no BOM; all offsets refer to it."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u2028", "\n").replace("\u2029", "\n")


def normalize(text: str) -> str:
    """Return a same-length copy with apostrophes, dashes and exotic spaces unified."""
    return text.translate(_CHAR_MAP)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-blank line, whitespace trimmed; a line is a paragraph."""
    spans = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text + "\n"):
        start, end = pos, match.start()
        pos = match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def trim(text: str, start: int, end: int, chars: str = " \n,;:") -> tuple[int, int]:
    """Shrink [start, end) past leading/trailing characters in `chars` and whitespace."""
    while start < end and (text[start] in chars or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in chars or text[end - 1].isspace()):
        end -= 1
    return start, end


# A full stop after an initial or an abbreviated title ("M. Yermak", "Mr. Smith") ends nothing.
ABBREVIATION = (
    # the lookahead first: the lookbehinds run only where a stop stands, not at every character
    r"(?=[.!?…])"
    r"(?<!\b[A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)(?<!Jr)(?<!Mme)(?<!Gen)(?<!Sen)(?<!Rep)(?<!Prof)"
    r"(?<!Gov)(?<!Rev)(?<!Lt)(?<!Sgt)(?<!Capt)(?<!Hon)"
    # US states as papers abbreviate them after a town: "near Crookston, Minn., who …"
    + "".join(
        rf"(?<!\b{state})"
        for state in "Ala Ariz Ark Calif Colo Conn Fla Ill Ind Kan Mass Mich Minn Mont Neb Nev Okla Ore Tenn "
        "Wash Wis Wyo".split()
    )
)
# The full stop of an abbreviated title or an initial, to be ignored when looking for sentence ends.
ABBREVIATED_RE = re.compile(
    r"\b(?:[A-Z]|Dr|Mr|Mrs|Ms|Mme|Gov|Sen|Rep|Prof|Pr|St|Jr|Gen|Col|Lt|Sgt|Capt|Rev|MM)\."
)
# A live blog's entry time opening a paragraph: "12:21", "14 h 05", "9.30".
ENTRY_TIME_RE = re.compile(r"\d{1,2}\s?[:h.]\s?\d{2}\s+(?=[A-ZÀ-Ý«“\"])")
# "on Sept. 12", "No. 10": an abbreviated month or number before its figure ends nothing either.
_NUMBERED_ABBREVIATION = (
    r"(?!(?:"
    + "|".join(rf"(?<=\b{word})" for word in "Jan Feb Aug Sep Sept Oct Nov Dec No".split())
    + r")\.\s+\d)"
)
_SENTENCE_BREAK_RE = re.compile(
    # "… on n'a rien eu. » Selon elle, …": French puts a space before the closing guillemet
    ABBREVIATION + _NUMBERED_ABBREVIATION + r"[.!?…]+(?:\s?[»”\"’)])*\s+(?=[«“\"„‘(]?\s?[A-ZÀ-Ý0-9])"
)


def split_sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return sentence spans inside text[lo:hi], cut after . ! ? … before a capital or a quote."""
    spans = []
    start = lo
    entry_time = ENTRY_TIME_RE.match(text, lo, hi)
    if entry_time:
        start = entry_time.end()
    for match in _SENTENCE_BREAK_RE.finditer(text, lo, hi):
        spans.append((start, match.start() + len(match.group(0).rstrip())))
        start = match.end()
    if start < hi:
        spans.append((start, hi))
    return spans
