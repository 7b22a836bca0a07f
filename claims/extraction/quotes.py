"""Quote finder: typographic, straight, nested, mixed, multi-paragraph and unclosed quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .cues import FR_QUOTE_CUE_RE, inverted_pronoun

OPENERS = '«„‹“‘"'
CLOSERS = '»”›“’"'
REOPENERS = '«»“"„‘'


@dataclass
class Quote:
    """One top-level quoted piece inside a single paragraph."""

    open: int  # offset of the opening mark (== start for a piece with no mark)
    start: int  # first character of the quoted words
    end: int  # one past the last quoted word
    close: int  # one past the closing mark (== paragraph end when unclosed)
    closed: bool
    group: int  # shared by the pieces of a quote running over several paragraphs
    continues: bool = False  # the next paragraph re-opens this quote
    continued: bool = False  # this piece re-opens a quote from the previous paragraph

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _is_space(c: str) -> bool:
    return c.isspace() or c in "([{-/"


def _straight_opens(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if _is_space(prev) or prev in "«“:":
        return not nxt.isspace()
    return False


def _scan_paragraph(
    text: str, lo: int, hi: int, reopen: bool = False
) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Return closed top-level quotes (open, close, True) and the open position left unclosed."""
    stack: list[tuple[str, int]] = []
    if reopen and text[lo] == "»":
        # Some French typesetting re-opens a continuing quote with » rather than «.
        stack.append(("«", lo))
        lo += 1
    found: list[tuple[int, int, bool]] = []
    # British copy without double marks quotes with straight single ones: 'We were lucky,' he said.
    singles = not any(mark in text[lo:hi] for mark in '"“”«»„‘')
    for i in range(lo, hi):
        c = text[i]
        if (
            c not in OPENERS
            and c not in CLOSERS
            and not (c == "'" and (singles or stack and stack[-1][0] == "‘"))
        ):
            continue
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        top = stack[-1][0] if stack else ""
        closing = False
        opening = False
        if c in "«„‹":
            opening = True
        elif c in "»›”":
            closing = bool(stack)
            # "… ‘Houston doesn't elect people like you.' Tonight …”: an inner quote left open
            # (its closer normalised to an apostrophe) ends with the outer one.
            match = {"»": "«", "›": "‹", "”": "“„"}[c]
            while len(stack) > 1 and stack[-1][0] not in match and any(m in match for m, _ in stack):
                stack.pop()
        elif c == "“":
            # „…“ is the German/Eastern convention; a “ glued after a word closes an English “…“.
            if top == "„" or (top == "“" and not _is_space(prev) and (nxt.isspace() or nxt in ".,;:!?)")):
                closing = True
            else:
                opening = True
        elif c == '"':
            if top == '"':
                closing = True
            elif _straight_opens(text, i, lo, hi):
                opening = True
            elif stack:
                closing = True  # mixed marks: «… " closes the innermost quote
        elif c == "‘":
            opening = _is_space(prev) or prev in '«“"'
        elif c == "'" and singles:
            # An apostrophe sits between letters ("don't") or ends a plural ("players' union").
            if top == "'" and not _is_space(prev) and not nxt.isalpha():
                closing = True
            elif not stack and _is_space(prev) and nxt.isalpha():
                opening = True
        elif c in "’'":
            # An apostrophe sits between letters; a closing single quote does not.
            closing = top == "‘" and not nxt.isalpha()
        if opening:
            stack.append((c, i))
        elif closing:
            _, pos = stack.pop()
            if not stack:
                found.append((pos, i + 1, True))
    unclosed = stack[0][1] if stack else None
    return found, unclosed


def find_quotes(text: str, paragraph_spans: list[tuple[int, int]]) -> list[Quote]:
    """Return top-level quote pieces for the given paragraphs, chaining continued paragraphs."""
    quotes: list[Quote] = []
    group = 0
    carry: int | None = None  # group id of a quote still open at the end of the last paragraph
    for index, (lo, hi) in enumerate(paragraph_spans):
        # A continuing paragraph re-opens with a mark that the scanner sees as a plain opener.
        pieces, unclosed = _scan_paragraph(text, lo, hi, reopen=carry is not None)
        for p_open, p_close, _ in pieces:
            group += 1
            continued = carry is not None and p_open == lo
            gid = carry if carry is not None and continued else group
            quotes.append(_piece(text, p_open, p_close, True, gid, continued=continued))
        if unclosed is not None:
            continued = carry is not None and unclosed == lo
            group += 1
            gid = carry if continued and carry is not None else group
            nxt = paragraph_spans[index + 1] if index + 1 < len(paragraph_spans) else None
            continues = nxt is not None and text[nxt[0]] in REOPENERS
            quotes.append(_piece(text, unclosed, hi, False, gid, continued=continued, continues=continues))
            carry = gid if continues else None
        else:
            carry = None
    return [piece for quote in quotes for piece in _split_at_incise(text, quote)]


# « Nous rendons des ancêtres, a déclaré le ministre, devant ses invités. Pour les familles, … »: French
# copy may set the attribution inside the marks, between two sentences of one quote. After the cue comes an
# inverted pronoun or the speaker, then the rest of the attribution up to the end of its sentence.
_INCISE_SPEAKER_RE = re.compile(r"\s+(?=le\s|la\s|l'|les\s|son\s|sa\s|M\.|Mme\s|Me\s|[A-ZÀ-Ý])")
_INCISE_END_RE = re.compile(r"[^.!?«»“”\"]{0,160}?[.!?]\s+(?=[A-ZÀ-Ý])")


def _split_at_incise(text: str, quote: Quote) -> list[Quote]:
    """One quote, or its two sentences when an attribution stands inside the marks between them."""
    for cue in FR_QUOTE_CUE_RE.finditer(text, quote.start, quote.end):
        comma = re.search(r",\s+$", text[quote.start : cue.start()])
        if comma is None or not (inverted_pronoun(cue) or _INCISE_SPEAKER_RE.match(text, cue.end())):
            continue
        end = _INCISE_END_RE.match(text, cue.end(), quote.end)
        if end is None or len(text[end.end() : quote.end].split()) < 3:
            continue
        lo = quote.start + comma.start()
        first = replace(quote, end=lo, close=lo, continues=True)
        second = replace(quote, open=end.end(), start=end.end(), continued=True)
        return [first, second]
    return [quote]


def _piece(text: str, open_: int, close: int, closed: bool, group: int, **flags: bool) -> Quote:
    start = open_ + 1
    end = close - 1 if closed else close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(open_, start, end, close, closed, group, **flags)
