"""Direct quotes: attach each quoted piece to a speaker introduced before or after it."""

from __future__ import annotations

import re

from .channels import find_channel
from .clauses import (
    PASSIVE_BEFORE_RE,
    PREPOSITION_START_RE,
    SENTENCE_END_RE,
    falls_under,
    is_bare_participle,
    subject_pieces,
)
from .cues import (
    ACCORDING_RE,
    COMPLEMENTIZER,
    EN_QUOTE_CUE_RE,
    EN_THAT_ONLY,
    FR_INFINITIVES,
    FR_QUOTE_CUE_RE,
    inverted_pronoun,
)
from .descriptions import is_entity, looks_like_name
from .quotes import Quote
from .recorder import ClaimRecorder
from .subjects import sentence_subject, subject_after
from .textnorm import ABBREVIATION

_QUOTED_AS_RE = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:quoted|cited)"
    r"(?:\s+(?:by|in)\s+(?P<relay>.{2,80}?))?\s+as$"
)


_QUOTED_X_AS_RE = re.compile(r"(?P<relay>.{2,80}?)\s+(?:quoted|cited)\s+(?P<who>.{2,80}?)\s+as")
# Verbs that judge what they take: "a salué", "a dénoncé", "a qualifié" (not "ont repris « depuis … »")
_JUDGING_VERB_RE = re.compile(
    r"(?:salu|dénon|évoqu|qualifi|défend|fustig|déplor|regrett|critiqu|vant|prôn|stigmatis|épingl|"
    r"félicit|tacl|cingl|rassur|promi|dépeint|décri|jug)",
    re.IGNORECASE,
)
# What may stand between such a verb and its quoted object: "un budget", "une gestion", nothing.
_QUOTED_OBJECT_RE = re.compile(
    r"\s+(?:(?:lui|elle|eux|elles),?\s+)?"  # "juge lui la mesure « … »": the stress on who judges
    r"(?:(?:un|une|le|la|les|des|ce|cette|ces|son|sa|ses|leur|leurs)\s+[a-zà-ÿ'-]+(?:\s+[a-zà-ÿ'-]+)?\s+)?"
)


# "…, a-t-il poursuivi, …", "…, explique-t-elle, …" inside one pair of marks
_INNER_INCISE_RE = re.compile(
    r",\s+(?!(?:semble|paraît|parait|faut|suffit)-)[a-zéèêîû]+-(?:t-)?(?P<pronoun>il|elle|ils|elles)"
    r"(?:\s+[a-zéèêîû]+)?\s*,\s+(?=\S)"
)


class DirectQuotes(ClaimRecorder):
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
        if quote.words(norm) < 3 and ":" not in prefix:
            return None  # « inquiète », "working": a word or two quoted inside a clause is not a claim
        # "…," said X, a spokeswoman, "but …": the second piece belongs to the first piece's speaker.
        attached = self._interrupted(quote, prefix_lo)
        # A quote that opens its sentence may be attributed after it; one that follows words is
        # part of that clause ("Russia is ready « without conditions », the Kremlin said").
        opens_sentence = not re.sub(r"^\s*(?:\d{1,2}\s?[h:.]\s?\d{2}\s*)?[-:]?\s*", "", prefix)
        attached = (
            attached
            or self._intro(prefix_lo, quote.open, quote)
            # "La journée restera dans les mémoires : « … », témoignait une bénévole": a colon opens it too
            or (
                self._outro(quote, para)
                if opens_sentence
                or prefix.rstrip().endswith(":")
                and norm[quote.close - 1 : quote.close] in '»”"'
                else None
            )
        )
        if attached is None and prefix.rstrip().endswith(":"):
            attached = self._colon_intro(prefix_lo, quote.open)
        if attached is None and not prefix.strip() and norm[: para[0]].rstrip().endswith(":"):
            # "Elle résume le problème d'une image : ¶ « Le béluga vit … »": the paragraph before introduces it
            before = norm[: para[0]].rstrip()
            intro_lo = max(before.rfind("\n") + 1, *(m.end() for m in SENTENCE_END_RE.finditer(before)))
            attached = self._intro(intro_lo, quote.open, quote) or self._colon_intro(intro_lo, quote.open)
        if attached is None and quote.continues:
            # "Families are walking … (no closing mark) ¶ "We have 120 beds," said Ruth Okello: a quote
            # running over paragraphs is often attributed only after its last piece.
            attached = self._attributed_later(quote)
        if attached is None and not prefix.strip(" -") and quote.closed:
            attached = self._named_after(quote, para)
        inner = _INNER_INCISE_RE.search(norm, quote.start, quote.end)
        if attached is None and inner is not None and not prefix.strip(" -"):
            # "« Quand on écarte le jeu, a-t-il poursuivi, on finit … »": the pronoun inside says who
            built = self._speaker([inner.group("pronoun")])
            attached = (*built, "", "", inner.start(), inner.start(), inner.end()) if built else None
        if attached is None:
            if (
                quote.words(norm) >= 4
                and not prefix.strip(" -")
                and not self._subheading(quote, para)
                and self.book.history
                and (paragraph - self._last_claim_paragraph <= 1)
            ):
                known = self.book.history[-1]
                attached = (known.speaker, known.gender, "", "", quote.open, prefix_lo, quote.open)
            else:
                return None
        speaker, gender, channel, relay, cue_at, ctx_lo, ctx_hi = attached
        context = norm[ctx_lo:ctx_hi]
        # an incise inside the marks cuts the quote in two claims, like one between two quotes
        pieces = (
            [(quote.start, inner.start()), (inner.end(), quote.end)] if inner else [(quote.start, quote.end)]
        )
        for lo, hi in pieces:
            self._emit(
                lo, hi, "direct", speaker, gender, channel, relay, sent, paragraph, flags, context=context
            )
        if quote.continues:
            self._groups[quote.group] = (speaker, gender, channel, relay, cue_at)
        return cue_at

    def _named_after(self, quote: Quote, para: tuple[int, int]):
        """ "« On dépanne, mais on ne va pas remplacer une banque. » Goulwen Gouriou, qui tient le bar-tabac,
        permet …": a whole quoted sentence, then the person it belongs to opens the next one."""
        if not re.search(r"[.!?…]\s*[»”\"]?\s*$", self.norm[quote.open + 1 : quote.close]):
            return None
        lo = quote.close + 1
        end = SENTENCE_END_RE.search(self.norm, lo, para[1])
        pieces = sentence_subject(self.norm, lo, end.end() if end else para[1])
        if not pieces or not looks_like_name(pieces[0]) or len(pieces[0].split()) < 2:
            return None
        built = self._speaker(pieces[:1])
        if built is None or built[0].type != "person":
            return None
        return (*built, "", "", quote.open, quote.open, lo)

    def _attributed_later(self, quote: Quote):
        """The speaker named after a later piece of the same multi-paragraph quote."""
        for later in self.quotes:
            if later.group != quote.group or later.open <= quote.open or not later.continued:
                continue
            end = self.norm.find("\n", later.close)
            attached = self._outro(later, (later.open, end if end >= 0 else len(self.norm)))
            if attached is not None:
                return attached
            if not later.continues:
                break
        return None

    def _interrupted(self, quote: Quote, prefix_lo: int):
        """Same speaker as the previous quote piece when only "said X," stands between them."""
        if not self.found:
            return None
        last = self.found[-1].claim
        if last.kind != "direct" or not prefix_lo <= last.start < quote.open:
            return None
        between = self.norm[last.end : quote.open]
        close = re.match(r"^[\s,.]*[»”\"’]", between)
        if close is None:
            return None
        middle = between[close.end() :]
        if (
            not middle.rstrip().endswith(",")
            or len(middle.split()) > 20
            or not self.cue_re.search(middle)
            or any(c in middle for c in ".!?;")
        ):
            return None
        return (last.speaker, "", last.channel, last.relayed_by, last.end, last.end, quote.open)

    def _judging_cue(self, lo: int, quote_open: int) -> re.Match[str] | None:
        """ "a salué « un effort de sincérité »", "a défendu un budget « de responsabilité »": a verb whose
        object, or the words qualifying it, are quoted."""
        found = None
        for cue in FR_QUOTE_CUE_RE.finditer(self.norm, lo, quote_open):
            if (
                # "a salué « … »", "salue « … »" (but not "les mesures saluées « … »")
                (cue.group("aux") or not re.search(r"(?:é|ée|és|ées)$", cue.group("verb")))
                and _JUDGING_VERB_RE.match(cue.group("verb"))
                and not is_bare_participle(cue)
                and _QUOTED_OBJECT_RE.fullmatch(self.norm, cue.end(), quote_open)
            ):
                found = cue
        return found

    def _intro(self, lo: int, quote_open: int, quote: Quote | None = None):
        """Speaker introduced before the quote: "X a déclaré :", "He said,", "Selon X :"."""
        seg = self.norm[lo:quote_open]
        tail_ok = re.compile(r"^(?P<mid>[^.!?«»“”\"]{0,90}?)\s*[:,]?\s*$")
        last: re.Match[str] | None = None
        for cue in self.cue_re.finditer(self.norm, lo, quote_open):
            if self.language == "fr" and is_bare_participle(cue):
                continue  # "les incidents signalés « … »": a participle without its auxiliary qualifies a noun
            if falls_under(self.norm, cue) or cue.group("verb").lower() in FR_INFINITIVES:
                continue  # "la sécurité relevait « du club »", "ne permettent pas d'assurer « … »"
            if PASSIVE_BEFORE_RE[self.language].search(self.norm[max(lo, cue.start() - 30) : cue.start()]):
                continue  # "une réunion est prévue « dans les prochains jours »": a passive reports no one
            last = cue
        # (but "a signalé des meules « qui ne figuraient … »": a relative goes on with the noun)
        relative = re.match(r"[«“\"]\s*(?:qui|que|qu'|dont|où)\b", self.norm[quote_open : quote_open + 12])
        judged = self._judging_cue(lo, quote_open) if self.language == "fr" and not relative else None
        if judged is not None and (last is None or judged.start() >= last.start()):
            last = judged
        if last is not None and quote is not None and ":" not in self.norm[last.end() : quote_open]:
            verb = last.group("verb").lower()
            follow = self.norm[quote.close : quote.close + 40]
            coordinated = re.match(r"^\s*(?:et|and)\s+", follow)
            if verb in EN_THAT_ONLY or (
                re.match(r"^\s*[a-zà-ÿ]", follow)
                and not (coordinated and self.cue_re.match(follow, coordinated.end()))
            ):
                last = None  # "had shown « not a shred of remorse »", "a dénoncé « un manque » des pistes"
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
                    or last is judged
                    or (self.language == "en" and after.rstrip().endswith(","))
                )
            ):
                pronoun = inverted_pronoun(last) if self.language == "fr" else None
                pieces = [pronoun] if pronoun else self._subject_before(lo, last.start())
                # "Jiji quoted a senior ministry official as telling reporters: "…"": the official speaks
                active = _QUOTED_X_AS_RE.fullmatch(self.norm[lo : last.start()].strip())
                pieces = [active.group("who")] if active else pieces
                built = self._speaker(pieces)
                if built:
                    relay = (
                        self._name(active.group("relay")) if active else self._relay_prefix(lo, last.start())
                    )
                    channel = find_channel(seg, self.language)
                    return (*built, channel, relay, last.start(), lo, quote_open)
        match = ACCORDING_RE[self.language].search(seg)
        if match and re.match(r"^[^.!?«»“”\",]{2,90}?\s*[:,]\s*$", seg[match.end() :]):
            built = self._speaker([seg[match.end() :].strip(" :,")])
            if built:
                return (*built, "", "", lo + match.start(), lo, quote_open)
        return None

    def _subheading(self, quote: Quote, para: tuple[int, int]) -> bool:
        """'"Je ne suis pas un voleur"' alone on its line, short and unpunctuated: a subheading."""
        return (
            not self.norm[quote.close : para[1]].strip()
            and quote.words(self.norm) <= 8
            and not re.search(r"[.!?…]\W*$", self.norm[quote.start : quote.end])
        )

    def _colon_intro(self, lo: int, quote_open: int):
        """ "Il ne cache pas son agacement : « … »", "Le maire est catégorique : « … »": no speech verb,
        but the sentence's subject, a pronoun or a name, speaks what the colon opens."""
        prefix = self.norm[lo:quote_open].lstrip()
        according = ACCORDING_RE[self.language].match(prefix)
        if according:
            # "À en croire l'hydrologue X, enseignant à Y, le déficit s'explique : « … »": X speaks
            segments = [p.strip() for p in prefix[according.end() :].split(",")]
            built = self._speaker(segments[:2] if len(segments) > 2 else segments[:1])
            return (*built, "", "", quote_open, lo, quote_open) if built and is_entity(built[0]) else None
        lead = re.match(r"\s*(?P<pronoun>il|elle|ils|elles|he|she|they)\s", prefix, re.I)
        pieces = [lead.group("pronoun")] if lead else sentence_subject(self.norm, lo, quote_open)
        built = self._speaker(pieces) if pieces else None
        # "Au café d'en face, Gaëtane X n'en revient pas : « … »": the subject after a short opener
        opening = bool(pieces) and pieces[0].lower() in prefix[:90].lower()
        if built is None or not (
            lead or opening and built[0].type == "person" and looks_like_name(built[0].name)
        ):
            return None
        return (*built, "", "", quote_open, lo, quote_open)

    def _outro(self, quote: Quote, para: tuple[int, int]):
        """Speaker given after the quote: « … », a déclaré X / "…," X said / "…," said X."""
        norm = self.norm
        end = para[1]
        stop = re.compile(ABBREVIATION + r"[.!?](?:\s|$)|[«“\"„]")
        found = stop.search(norm, quote.close, para[1])
        if found:
            end = found.start()
        after = norm[quote.close : end]
        if not re.match(r"^\s*[,-]|^\s+[a-zà-ÿ]", after) and not (
            norm[quote.close - 2 : quote.close - 1] in ",!?" and after.strip()
        ):
            return None
        # "« … », lui lance-t-elle": the clitic of whom she told goes with the comma
        leading = re.match(
            r"^\s*[,-]?\s*(?:(?:lui|leur|nous|me|m['’])\s+(?=[a-zé]+-t?-?(?:il|elle)\b))?", after
        )
        lead = leading.end() if leading else 0
        context = (quote.close, end)
        cue_re = FR_QUOTE_CUE_RE if self.language == "fr" else EN_QUOTE_CUE_RE
        cue = cue_re.match(norm, quote.close + lead, end)
        if cue:
            pronoun = inverted_pronoun(cue) if self.language == "fr" else None
            rest = norm[cue.end() : end]
            pieces = [pronoun] if pronoun else subject_pieces(subject_after(rest, self.language))
            built = self._speaker(pieces)
            if built:
                return (
                    *built,
                    find_channel(after, self.language),
                    self._relay_after(rest),
                    cue.start(),
                    *context,
                )
            return None
        according = ACCORDING_RE[self.language].match(norm, quote.close + lead, end)
        if according:
            built = self._speaker(subject_pieces(subject_after(norm[according.end() : end], self.language)))
            if built:
                relay = self._relay_after(norm[according.end() : end])
                return (*built, find_channel(after, self.language), relay, according.start(), *context)
            return None
        if not re.match(r"^\s*[,-]", after) and norm[quote.close - 2 : quote.close - 1] not in ",!?":
            return None  # « … » des soldats du feu et a promis: the quote was an object, not speech
        # "…," X said / « … », X a-t-il dit is rarer in French but constant in English.
        for cue in cue_re.finditer(norm, quote.close + lead, end):
            subject = norm[quote.close + lead : cue.start()].strip()
            # "…," Wirayuda was quoted by Antara as saying: the subject speaks, the agent relays.
            relay = ""
            passive = _QUOTED_AS_RE.search(subject)
            if passive:
                subject, relay = subject[: passive.start()], passive.group("relay") or ""
            active = _QUOTED_X_AS_RE.fullmatch(subject)
            if active:
                # "…," AFP quoted Mr Kitazume as saying: the one quoted speaks, the agency relays
                subject, relay = active.group("who"), active.group("relay")
            # "…," Lucia Ferrante, the commission's executive vice-president in charge of competition, told
            if 0 < len(subject.split()) <= 16 and not PREPOSITION_START_RE.match(subject):
                # "…," the company's chief executive, Laura McKinnon, said: the name wins over its title.
                built = self._speaker(subject_pieces(subject))
                if built:
                    return (
                        *built,
                        find_channel(after, self.language),
                        self._name(relay),
                        cue.start(),
                        *context,
                    )
            break
        return None
