"""Attribution: attach direct quotes and reported-speech clauses to speakers, channels and relays."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .channels import find_channel, find_date
from .cues import ACCORDING_RE, COMPLEMENTIZER, DE, EN_CUE_RE, EN_FORMS, FR_CUE_RE, FR_FORMS, OBJ, SAY
from .mentions import SpeakerBook
from .quotes import Quote
from .textnorm import trim
from .types import ExtractedClaim, ExtractedSpeaker

# A full stop after an initial or an abbreviated title ("M. Yermak", "Mr. Smith") ends nothing.
_ABBREVIATION = r"(?<!\b[A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)(?<!Jr)(?<!Mme)(?<!Gen)(?<!Sen)(?<!Rep)(?<!Prof)"
_SENTENCE_END_RE = re.compile(_ABBREVIATION + r"[.!?…][»”\"’)]*\s+(?=[A-ZÀ-Ý«“\"„])|[»”]\s*[.]\s+")
_RELAY_VERBS = {"rapporté", "rapporte", "rapportait", "reported", "reports", "report", "indiqué", "écrit",
                "wrote", "writes", "relayé", "affirmé"}
_CITE_RE = {
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
_HARD_BOUNDARY_RE = re.compile(
    _ABBREVIATION + r"\.|[;:!?«»“”\")]|\s-\s|(?<![\w'])(?:que|qu'|that|mais|but|puis|then|while|alors que|tandis que|car|because|"
    r"où|where|when|quand|lorsque|si|if|after|après|avant|before)(?![\w'])|(?<![\w'])(?:et|and)\s+(?![A-ZÀ-Ý]|de\s|du\s|des\s|of\s)",
)
_PREPOSITION_START_RE = re.compile(
    r"^(?:dans|en|à|au|aux|pour|avec|sur|lors|depuis|pendant|après|avant|in|on|at|for|with|after|before|"
    r"since|during|from|by|par|selon|according|il y a|ago)\b",
    re.IGNORECASE,
)
_CLAUSE_CUT_RE = re.compile(r",\s+(?:mais|but)\s+(?!que\b|qu'|that\b)|;\s+", re.IGNORECASE)
_TRAILING_ACCORDING_RE = {
    "fr": re.compile(r",\s*(?:selon|d'après)\s+(?P<who>[^,.;]{2,80})\s*[.]?\s*$", re.IGNORECASE),
    "en": re.compile(r",\s*according to\s+(?P<who>[^,.;]{2,80})\s*[.]?\s*$", re.IGNORECASE),
}
_EN_TOLD_OBJECT_RE = re.compile(
    r"^\s+(?:reporters|journalists|the press|lawmakers|parliament|MPs|senators|him|her|them|us|me|"
    r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|the\s+\w+(?:\s+\w+)?)(?=[\s,])"
)
_EN_ADVERBIAL_RE = re.compile(
    r"^(?:\s*,?\s+(?:on|late on|early on|last|this|earlier|later|in)\s+(?:[A-Z]\w+day|week|month|year|morning|"
    r"afternoon|evening|night|[A-Z]\w+\s+\d{1,2})|\s+(?:yesterday|today|tonight|earlier|recently|again|also|"
    r"publicly|repeatedly|previously|then|now|late|separately|privately))*"
)
_EN_CLAUSE_START_RE = re.compile(
    r"^\s*,?\s+(?:it|he|she|they|we|i|there|this|these|those|the|a|an|its|his|her|their|our|some|many|most|"
    r"all|no|more|about|around|nearly|only|[A-Z][\w'-]*|\d[\d,.]*)\b",
)
_QUOTE_MARKS = "«»“”„\"‹›"


@dataclass
class Found:
    """A claim plus the sentence it came from (for check-worthiness)."""

    claim: ExtractedClaim
    sentence: tuple[int, int]


@dataclass
class Attributor:
    text: str
    norm: str
    language: str
    ent_labels: dict[str, str]
    published_at: str = ""
    book: SpeakerBook = field(default_factory=SpeakerBook)
    found: list[Found] = field(default_factory=list)
    _groups: dict[int, tuple] = field(default_factory=dict)
    _last_claim_paragraph: int = -10

    @property
    def cue_re(self):
        return FR_CUE_RE if self.language == "fr" else EN_CUE_RE

    def _forms(self, verb: str) -> set[str]:
        forms = FR_FORMS if self.language == "fr" else EN_FORMS
        verb = verb.lower()
        if verb in forms:
            return forms[verb]
        return {SAY, "warn"}  # multi-word constructions: "lancé une mise en garde", "pointed out"

    # ---- document walk -------------------------------------------------------------------------

    def run(self, paragraphs: list[tuple[int, int]], sentences: list[list[tuple[int, int]]],
            quotes: list[Quote]) -> list[Found]:
        masked = [(q.open, q.close) for q in quotes]
        for index, ((lo, hi), sents) in enumerate(zip(paragraphs, sentences, strict=True)):
            para_quotes = [q for q in quotes if lo <= q.open < hi]
            used_cues: set[int] = set()
            direct_spans: list[tuple[int, int]] = []
            for s_lo, s_hi in sents:
                for quote in [q for q in para_quotes if s_lo <= q.open < s_hi]:
                    cue_at = self._quote(quote, index, (lo, hi), (s_lo, s_hi))
                    if cue_at is not None:
                        used_cues.add(cue_at)
                        direct_spans.append((quote.open, quote.close))
                self._reported(index, (s_lo, s_hi), masked, used_cues, direct_spans)
        return self.found

    def _emit(self, start: int, end: int, kind: str, speaker: ExtractedSpeaker | None, gender: str,
              channel: str, relayed_by: str, sentence: tuple[int, int], paragraph: int,
              flags: list[str] | None = None, context: str = "") -> ExtractedClaim | None:
        start, end = trim(self.norm, start, end, " ,;:-")
        while end > start and self.norm[end - 1] == "." and kind == "reported":
            end -= 1
        if end - start < 3 or len(self.norm[start:end].split()) < 2 and kind == "reported":
            return None
        for other in self.found:
            c = other.claim
            if start < c.end and c.start < end:
                return None  # a span already claimed (direct quotes are attached first)
        claim = ExtractedClaim(
            text=self.text[start:end], kind=kind, speaker=speaker, channel=channel, relayed_by=relayed_by,
            start=start, end=end, language=self.language, flags=list(flags or []),
            sentence=self.text[sentence[0]:sentence[1]],
            date_said=find_date(context, self.published_at) if context else "",
        )
        self.found.append(Found(claim, sentence))
        if speaker is not None:
            self.book.remember(speaker, gender)
        self._last_claim_paragraph = paragraph
        return claim

    # ---- subjects ------------------------------------------------------------------------------

    def _subject_before(self, lo: int, hi: int) -> list[str]:
        """Subject phrase(s) ending just before a cue: [name] or [head, apposition]."""
        seg = self.norm[lo:hi]
        cut = 0
        for match in _HARD_BOUNDARY_RE.finditer(seg):
            cut = match.end()
        seg = seg[cut:].rstrip()
        apposition = seg.endswith(",")
        if apposition:
            seg = seg[:-1]
        pieces = [p.strip() for p in seg.split(",")]
        if pieces and pieces[-1].lower() in ("qui", "who", "lequel", "laquelle") and len(pieces) >= 2:
            pieces = pieces[:-1]
            apposition = False
        if apposition and len(pieces) >= 2:
            result = [pieces[-2], pieces[-1]]
        else:
            result = [pieces[-1]] if pieces else []
        if not result or not result[0] or _PREPOSITION_START_RE.match(result[0]):
            if len(result) == 2 and result[1] and not _PREPOSITION_START_RE.match(result[1]):
                return [result[1]]
            return []
        return result

    def _speaker(self, pieces: list[str]):
        if not pieces:
            return None
        return self.book.speaker_from(pieces, self.ent_labels)

    def _relay_prefix(self, lo: int, hi: int) -> str:
        """The R of a leading "Selon R," / "According to R," in norm[lo:hi]."""
        seg = self.norm[lo:hi]
        match = ACCORDING_RE[self.language].search(seg)
        if not match or seg[:match.start()].strip(" ,"):
            return ""
        rest = seg[match.end():]
        comma = rest.find(",")
        if comma < 0:
            return ""
        built = self._speaker([rest[:comma]])
        return built[0].name if built else ""

    # ---- direct quotes -------------------------------------------------------------------------

    def _quote(self, quote: Quote, paragraph: int, para: tuple[int, int], sent: tuple[int, int]) -> int | None:
        """Attach a quote to a speaker; returns the cue position it used, or None for a fragment."""
        flags = [] if quote.closed or quote.continues else ["unclosed_quote"]
        if quote.continued and quote.group in self._groups:
            speaker, gender, channel, relay, cue_at = self._groups[quote.group]
            self._emit(quote.start, quote.end, "direct", speaker, gender, channel, relay, sent, paragraph, flags)
            return cue_at
        norm = self.norm
        prefix_lo = para[0]
        # endpos reaches one past the mark so the look-ahead can see the opening quote.
        for match in _SENTENCE_END_RE.finditer(norm, para[0], quote.open + 1):
            prefix_lo = match.end()
        prefix = norm[prefix_lo:quote.open]
        attached = self._intro(prefix_lo, quote.open) or self._outro(quote, para)
        if attached is None:
            if quote.words(norm) >= 4 and not prefix.strip(" -") and self.book.history and (
                paragraph - self._last_claim_paragraph <= 1
            ):
                known = self.book.history[-1]
                attached = (known.speaker, known.gender, "", "", quote.open, prefix_lo, quote.open)
            else:
                return None
        speaker, gender, channel, relay, cue_at, ctx_lo, ctx_hi = attached
        context = norm[ctx_lo:ctx_hi]
        self._emit(quote.start, quote.end, "direct", speaker, gender, channel, relay, sent, paragraph, flags,
                   context=context)
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
            after = self.norm[last.end():quote_open]
            tail = tail_ok.match(after)
            mid = tail.group("mid") if tail else ""
            if tail and not re.search(rf"\b{COMPLEMENTIZER[self.language]}\s*$", mid) and (
                self.language == "en" or ":" in after or not mid.strip()
            ):
                pronoun = last.group("inv1") or last.group("inv2") if self.language == "fr" else None
                pieces = [pronoun] if pronoun else self._subject_before(lo, last.start())
                built = self._speaker(pieces)
                if built:
                    relay = self._relay_prefix(lo, last.start())
                    channel = find_channel(seg, self.language)
                    return (*built, channel, relay, last.start(), lo, quote_open)
        match = ACCORDING_RE[self.language].search(seg)
        if match and re.match(r"^[^.!?«»“”\",]{2,90}?\s*[:,]\s*$", seg[match.end():]):
            built = self._speaker([seg[match.end():].strip(" :,")])
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
        after = norm[quote.close:end]
        if not re.match(r"^\s*[,-]|^\s+[a-zà-ÿ]", after) and not (
            norm[quote.close - 2:quote.close - 1] in ",!?" and after.strip()
        ):
            return None
        lead = re.match(r"^\s*[,-]?\s*", after).end()
        context = (quote.close, end)
        cue = self.cue_re.match(norm, quote.close + lead, end)
        if cue:
            pronoun = (cue.group("inv1") or cue.group("inv2")) if self.language == "fr" else None
            rest = norm[cue.end():end]
            if pronoun:
                pieces = [pronoun]
            else:
                pieces = [_subject_after(rest, self.language)]
            built = self._speaker(pieces)
            if built:
                return (*built, find_channel(after, self.language), "", cue.start(), *context)
            return None
        according = ACCORDING_RE[self.language].match(norm, quote.close + lead, end)
        if according:
            built = self._speaker([_subject_after(norm[according.end():end], self.language)])
            if built:
                return (*built, find_channel(after, self.language), "", according.start(), *context)
            return None
        # "…," X said / « … », X a-t-il dit is rarer in French but constant in English.
        for cue in self.cue_re.finditer(norm, quote.close + lead, end):
            subject = norm[quote.close + lead:cue.start()].strip()
            if 0 < len(subject.split()) <= 8 and not _PREPOSITION_START_RE.match(subject):
                built = self._speaker([subject.split(",")[0]])
                if built:
                    return (*built, find_channel(after, self.language), "", cue.start(), *context)
            break
        return None

    # ---- reported speech -----------------------------------------------------------------------

    def _reported(self, paragraph: int, sent: tuple[int, int], masked, used_cues: set[int],
                  direct_spans: list[tuple[int, int]]) -> None:
        s_lo, s_hi = sent
        norm = self.norm

        def inside(pos: int) -> bool:
            return any(a <= pos < b for a, b in masked)

        relay_for: dict[int, str] = {}
        sentence_relay = self._relay_prefix(s_lo, s_hi)
        cues = [m for m in self.cue_re.finditer(norm, s_lo, s_hi) if not inside(m.start())]
        cite = _CITE_RE[self.language].search(norm, s_lo, s_hi)
        if cite and not inside(cite.start()):
            relay_pieces = self._subject_before(s_lo, cite.start())
            relay = self._speaker(relay_pieces)
            built = self._speaker([cite.group("speaker")])
            if built:
                self._emit(cite.end(), s_hi, "reported", *built, find_channel(norm[s_lo:cite.end()], self.language),
                           relay[0].name if relay else "", sent, paragraph, context=norm[s_lo:cite.end()])
                return
        for index, cue in enumerate(cues):
            if cue.start() in used_cues:
                continue
            if self.language == "fr" and (cue.group("inv1") or cue.group("inv2")):
                continue  # inverted forms belong to quote-first constructions
            span = self._complement(cue, s_hi)
            if span is None:
                continue
            c_lo, c_hi = span
            c_hi = _cut_clause(norm, c_lo, c_hi)
            sentence_end = _SENTENCE_END_RE.search(norm, c_lo, c_hi)
            if sentence_end:
                c_hi = sentence_end.start() + 1
            pieces = self._subject_before(s_lo, cue.start())
            built = self._speaker(pieces)
            if built is None:
                continue
            speaker, gender = built
            verb = cue.group("verb").lower()
            nested = next((c for c in cues[index + 1:] if c_lo <= c.start() < c_hi), None)
            if nested is not None and (verb in _RELAY_VERBS or speaker.type == "organization"):
                inner = self._subject_before(c_lo, nested.start())
                if inner and norm[c_lo:nested.start()].strip().endswith(inner[-1]):
                    relay_for[nested.start()] = speaker.name
                    continue
            relay = relay_for.get(cue.start(), "")
            if not relay and sentence_relay and sentence_relay != speaker.name:
                relay = sentence_relay
            trailing = _TRAILING_ACCORDING_RE[self.language].search(norm, c_lo, c_hi)
            if trailing:
                relay = relay or trailing.group("who").strip()
                c_hi = trailing.start()
            intro = norm[s_lo:c_lo]
            channel = find_channel(intro, self.language) or find_channel(norm[c_hi:s_hi], self.language)
            if self._emit(c_lo, c_hi, "reported", speaker, gender, channel, relay, sent, paragraph,
                          context=intro):
                used_cues.add(cue.start())
        self._according(paragraph, sent, inside)

    def _complement(self, cue, s_hi: int) -> tuple[int, int] | None:
        """The claim span a cue governs: que/that clause, colon, de + infinitive or object."""
        norm = self.norm
        classes = self._forms(cue.group("verb"))
        after = norm[cue.end():s_hi]
        comp = COMPLEMENTIZER[self.language]
        if SAY in classes and "warn" not in classes:
            match = re.match(rf"^(?P<mid>[^.!?:;«»“”\"]{{0,100}}?)\s*,?\s*(?<![\w']){comp}(?:\s+|(?<='))", after)
            if match and not re.search(r"\b(?:que|qu'|that)\b", match.group("mid")):
                return cue.end() + match.end(), s_hi
            match = re.match(r"^(?P<mid>[^.!?:;«»“”\"]{0,60}?)\s*:\s*(?=[^\s«»“”\"„])", after)
            if match:
                return cue.end() + match.end(), s_hi
        if DE in classes:
            if self.language == "fr":
                match = re.match(r"^\s+(?:(?:à|aux|au)\s+[^,.;:]{1,50}?\s+|[^,.;:]{1,40}?\s+à\s+)?(?:de\s|d')\w", after)
            else:
                match = re.match(r"^\s+[\w' -]{1,50}?\s+to\s+[a-z]+", after)
            if match:
                return cue.end(), s_hi
        if "warn" in classes:
            match = re.match(r"^\s*,?\s*(?:contre\s+|against\s+|en\s+)?(?=\S)", after)
            if match and len(after.split()) >= 4:
                return cue.end() + match.end(), s_hi
        if self.language == "en" and SAY in classes:
            skip = cue.end()
            verb = cue.group("verb")
            if verb in ("told", "tell", "tells"):
                obj = _EN_TOLD_OBJECT_RE.match(norm, skip, s_hi)
                if not obj:
                    return None
                skip = obj.end()
            adverbs = _EN_ADVERBIAL_RE.match(norm, skip, s_hi)
            skip = adverbs.end() if adverbs else skip
            start = _EN_CLAUSE_START_RE.match(norm, skip, s_hi)
            if start and len(norm[skip:s_hi].split()) >= 4 and not re.match(r"^\s*,?\s+(?:to|of|for|in)\b", norm[skip:s_hi]):
                return skip, s_hi
        if OBJ in classes and not cue.group("verb").lower().endswith(("ant", "ing")):
            match = re.match(
                r"^\s+(?=(?:des|les|une|un|le|la|l'|de|du|son|sa|ses|leur|leurs|plusieurs|the|a|an|his|her|"
                r"their|its|some|several)\b)",
                after, re.IGNORECASE,
            )
            if match and len(after.split()) >= 3:
                return cue.end() + match.end(), s_hi
        return None

    def _according(self, paragraph: int, sent: tuple[int, int], inside) -> None:
        """"Selon X, claim" / "claim, according to X" with no speech verb of its own."""
        s_lo, s_hi = sent
        norm = self.norm
        for match in ACCORDING_RE[self.language].finditer(norm, s_lo, s_hi):
            if inside(match.start()):
                continue
            before = norm[s_lo:match.start()].strip()
            if not before:
                comma = norm.find(",", match.end(), s_hi)
                if comma < 0:
                    continue
                who, c_lo, c_hi = norm[match.end():comma], comma + 1, s_hi
            elif before.endswith(","):
                end = re.search(r"[,.;]|$", norm[match.end():s_hi])
                who = norm[match.end():match.end() + end.start()]
                c_lo, c_hi = s_lo, match.start()
            else:
                continue
            built = self._speaker([who])
            if built:
                self._emit(c_lo, c_hi, "reported", *built, "", "", sent, paragraph,
                           context=norm[match.start():match.end() + len(who)])


def _subject_after(rest: str, language: str) -> str:
    """The speaker phrase after a postposed cue: "said Mr Smith in a statement" -> "Mr Smith"."""
    rest = rest.strip()
    cut = re.search(
        r"\s(?:dans|lors|sur|au cours|pendant|devant|en marge|via|in|on|at|during|to|from|before|after|while|who|qui)\s"
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


def _cut_clause(norm: str, lo: int, hi: int) -> int:
    match = _CLAUSE_CUT_RE.search(norm, lo, hi)
    return match.start() if match else hi
