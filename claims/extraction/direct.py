"""Direct quotes: attach each quoted piece to a speaker introduced before or after it."""

from __future__ import annotations

import re

from .channels import find_channel
from .clauses import PREPOSITION_START_RE, SENTENCE_END_RE, subject_after
from .cues import ACCORDING_RE, COMPLEMENTIZER, EN_QUOTE_CUE_RE, FR_QUOTE_CUE_RE, inverted_pronoun
from .quotes import Quote


class DirectQuotes:
    """Mixin for Attributor: quote attachment (intro, quote-first outro, continuation, standalone)."""

    def _quote(
        self, quote: Quote, paragraph: int, para: tuple[int, int], sent: tuple[int, int]
    ) -> int | None:
        """Attach a quote to a speaker; returns the cue position it used, or None for a fragment."""
        flags = [] if quote.closed or quote.continues else ["unclosed_quote"]
        if quote.continued and quote.group in self._groups:
            speaker, gender, channel, relay, cue_at = self._groups[quote.group]
            self._emit(
                quote.start, quote.end, "direct", speaker, gender, channel, relay, sent, paragraph, flags
            )
            return cue_at
        norm = self.norm
        prefix_lo = para[0]
        # endpos reaches one past the mark so the look-ahead can see the opening quote.
        for match in SENTENCE_END_RE.finditer(norm, para[0], quote.open + 1):
            prefix_lo = match.end()
        prefix = norm[prefix_lo : quote.open]
        attached = self._intro(prefix_lo, quote.open) or self._outro(quote, para)
        if attached is None:
            if (
                quote.words(norm) >= 4
                and not prefix.strip(" -")
                and self.book.history
                and (paragraph - self._last_claim_paragraph <= 1)
            ):
                known = self.book.history[-1]
                attached = (known.speaker, known.gender, "", "", quote.open, prefix_lo, quote.open)
            else:
                return None
        speaker, gender, channel, relay, cue_at, ctx_lo, ctx_hi = attached
        context = norm[ctx_lo:ctx_hi]
        self._emit(
            quote.start,
            quote.end,
            "direct",
            speaker,
            gender,
            channel,
            relay,
            sent,
            paragraph,
            flags,
            context=context,
        )
        if quote.continues:
            self._groups[quote.group] = (speaker, gender, channel, relay, cue_at)
        return cue_at

    def _intro(self, lo: int, quote_open: int):
        """Speaker introduced before the quote: "X a déclaré :", "He said,", "Selon X :"."""
        seg = self.norm[lo:quote_open]
        tail_ok = re.compile(r"^(?P<mid>[^.!?«»“”\"]{0,90}?)\s*[:,]?\s*$")
        last = None
        for match in self.cue_re.finditer(self.norm, lo, quote_open):
            last = match
        if last is not None:
            after = self.norm[last.end() : quote_open]
            tail = tail_ok.match(after)
            mid = tail.group("mid") if tail else ""
            short = len(mid.split()) <= 5
            if (
                tail
                and short
                and not re.search(rf"\b{COMPLEMENTIZER[self.language]}\s*$", mid)
                and (
                    ":" in after
                    or not mid.strip()
                    or (self.language == "en" and after.rstrip().endswith(","))
                )
            ):
                pronoun = inverted_pronoun(last) if self.language == "fr" else None
                pieces = [pronoun] if pronoun else self._subject_before(lo, last.start())
                built = self._speaker(pieces)
                if built:
                    relay = self._relay_prefix(lo, last.start())
                    channel = find_channel(seg, self.language)
                    return (*built, channel, relay, last.start(), lo, quote_open)
        match = ACCORDING_RE[self.language].search(seg)
        if match and re.match(r"^[^.!?«»“”\",]{2,90}?\s*[:,]\s*$", seg[match.end() :]):
            built = self._speaker([seg[match.end() :].strip(" :,")])
            if built:
                return (*built, "", "", lo + match.start(), lo, quote_open)
        return None

    def _outro(self, quote: Quote, para: tuple[int, int]):
        """Speaker given after the quote: « … », a déclaré X / "…," X said / "…," said X."""
        norm = self.norm
        end = para[1]
        stop = re.compile(r"[.!?]\s|[.!?]$|[«“\"„]")
        found = stop.search(norm, quote.close, para[1])
        if found:
            end = found.start()
        after = norm[quote.close : end]
        if not re.match(r"^\s*[,-]|^\s+[a-zà-ÿ]", after) and not (
            norm[quote.close - 2 : quote.close - 1] in ",!?" and after.strip()
        ):
            return None
        lead = re.match(r"^\s*[,-]?\s*", after).end()
        context = (quote.close, end)
        cue = self.cue_re.match(norm, quote.close + lead, end)
        if cue:
            pronoun = inverted_pronoun(cue) if self.language == "fr" else None
            rest = norm[cue.end() : end]
            pieces = [pronoun] if pronoun else [subject_after(rest, self.language)]
            built = self._speaker(pieces)
            if built:
                return (*built, find_channel(after, self.language), "", cue.start(), *context)
            return None
        according = ACCORDING_RE[self.language].match(norm, quote.close + lead, end)
        if according:
            built = self._speaker([subject_after(norm[according.end() : end], self.language)])
            if built:
                return (*built, find_channel(after, self.language), "", according.start(), *context)
            return None
        # "…," X said / « … », X a-t-il dit is rarer in French but constant in English.
        for cue in self.cue_re.finditer(norm, quote.close + lead, end):
            subject = norm[quote.close + lead : cue.start()].strip()
            if 0 < len(subject.split()) <= 8 and not PREPOSITION_START_RE.match(subject):
                built = self._speaker([subject.split(",")[0]])
                if built:
                    return (*built, find_channel(after, self.language), "", cue.start(), *context)
            break
        return None
