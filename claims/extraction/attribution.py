"""Attribution: attach direct quotes and reported-speech clauses to speakers, channels and relays."""

from __future__ import annotations

import re

from .channels import find_channel
from .clauses import (
    ANONYMITY_RE,
    CHANNEL_SOURCE_RE,
    CITE_RE,
    CITED_BY_RE,
    CITING,
    CITING_WORDS,
    COORDINATED_RE,
    DATELINE_RE,
    EN_ADVERBIAL_RE,
    EN_CLAUSE_START_RE,
    EN_COUNT_START_RE,
    EN_FINITE_RE,
    EN_FINITE_VERB,
    EN_TOLD_OBJECT_RE,
    LEADING_NP_RE,
    PASSIVE_CITE_RE,
    RELAY_VERBS,
    SENTENCE_END_RE,
    TRAILING_ACCORDING_RE,
    TRAILING_RELAY_RE,
    cut_clause,
    not_a_speech_verb,
    outlet_name,
)
from .complements import (
    BARE_OBJECT_RE,
    FINITE_IN_MID_RE,
    INFINITIVE_RE,
    MAIN_VERB_RESUMES_RE,
    SUBORDINATE_SUBJECT_RE,
    VOICE_RE,
    WITH_ACTOR_RE,
)
from .cues import (
    ACCORDING_RE,
    COMPLEMENTIZER,
    DE,
    EN_FORMS,
    EN_THAT_ONLY,
    FR_FORMS,
    OBJ,
    SAY,
    inverted_pronoun,
)
from .descriptions import is_entity
from .direct import DirectQuotes
from .framing import FramingAttribution
from .nouns import PRONOUNS
from .quotes import Quote
from .recorder import Found
from .subjects import parsed_subject, sentence_subject, subject_to_note
from .types import ExtractedSpeaker

_CONCESSIVE_RE = re.compile(
    r",\s+(?:though|although|while|whereas|even though|alors que|tandis que|même si|bien que)\s",
    re.IGNORECASE,
)
_CITING_AFTER_RE = re.compile(r"[^,.;]{0,40},\s*" + CITING + r",\s*(?:that|que|qu')?\s*", re.IGNORECASE)
_CITING_PIECE_RE = re.compile("^" + CITING_WORDS + r"\s+(?P<who>.+)$", re.IGNORECASE)


_CITING_FIRST_RE = re.compile(
    r"\s*(?:Citing|Quoting|Citant)\s+(?P<who>[^,;:]{2,90}?)(?:,\s*(?:the|a|an|le|la|l'|les|un|une)\s*[^,;:]{2,90})?,"
    r"\s*(?P<outlet>[^,;:]{2,60}?)\s*$"
)
# "Figures from the Housing Corporation show the average unit has 4.1 occupants": figures show a clause
_FIGURES_SHOW_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:The\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:figures|data|statistics|numbers|records|results|estimates)"
    r"\b[^.;:!?]{0,80}\s$",
    re.IGNORECASE,
)
_THEN_SAID_RE = re.compile(r"(?<![\w'])(?:before|after|avant\s+d[e'’]|après\s+avoir)\s*$", re.IGNORECASE)


# "Maui County has confirmed two cases this year": a count after a nested cue is what it confirmed
_COUNTED_OBJECT_RE = re.compile(
    r"\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s+[a-z]+s\b"
)


class Attributor(DirectQuotes, FramingAttribution):
    """Walks a document's paragraphs and sentences and records every attributed claim."""

    def _forms(self, verb: str) -> set[str]:
        verb = verb.lower()
        if verb in (forms := FR_FORMS if self.language == "fr" else EN_FORMS):
            return forms[verb]
        if re.match(r"fai\w*\s+état", verb):
            return {DE}  # "fait état d'une hausse de 8 %": what follows "de" is the claim
        if verb.startswith(("s'", "se ", "insist", "fai", "laiss", "not", "établi", "n'", "n’")):
            return {SAY}  # "s'est félicité de …" asserts nothing; "s'est félicité que …" does
        return {SAY, "warn"}  # multi-word constructions: "lancé une mise en garde", "pointed out"

    # ---- document walk -------------------------------------------------------------------------

    def run(
        self, paragraphs: list[tuple[int, int]], sentences: list[list[tuple[int, int]]], quotes: list[Quote]
    ) -> list[Found]:
        self.quotes = quotes
        masked = [(q.open, q.close) for q in quotes]
        for index, ((lo, hi), sents) in enumerate(zip(paragraphs, sentences, strict=True)):
            para_quotes = [q for q in quotes if lo <= q.open < hi]
            used_cues: set[int] = set()
            direct_spans: list[tuple[int, int]] = []
            for s_lo, s_hi in sents:
                # A sentence inside a quote ("Europeans are free to …") has no narrative subject.
                if not any(q.open < s_lo < q.close for q in para_quotes):
                    self._note_subject(s_lo, s_hi)
                else:
                    self.book.position = s_lo
                for quote in [q for q in para_quotes if s_lo <= q.open < s_hi]:
                    cue_at = self._quote(quote, index, (lo, hi), (s_lo, s_hi))
                    if cue_at is not None:
                        used_cues.add(cue_at)
                        direct_spans.append((quote.open, quote.close))
                self._reported(index, (s_lo, s_hi), masked, used_cues, direct_spans)
        return self.found

    def _note_subject(self, s_lo: int, s_hi: int) -> None:
        """Remember who the sentence is about, even if that person or body says nothing in it."""
        self.book.position = s_lo
        if self.norm[s_lo : s_lo + 1].islower():
            return  # "fait valoir le directeur du réseau …" after a quote: an incise, no sentence subject
        pieces = sentence_subject(self.norm, s_lo, s_hi) or parsed_subject(self.parsed, s_lo, s_hi)
        pieces = [p for p in pieces if not p.lower().startswith(("who ", "qui ", "which ", "dont "))]
        if not pieces or pieces[0].lower() in PRONOUNS or pieces[0].split()[0].lower() in PRONOUNS:
            return
        pieces = subject_to_note(pieces, self.norm, self.cue_re, self.ent_labels)
        if not pieces:
            return
        built = self._speaker(pieces)
        if built is not None and is_entity(built[0]):
            self.book.note_subject(built[0], built[1], s_lo)

    # ---- reported speech -----------------------------------------------------------------------

    def _cited(self, paragraph: int, sent: tuple[int, int], inside) -> bool:
        """ "TASS quoted the ministry as saying …", "Worku was quoted by PA as saying …": one relayed claim."""
        s_lo, s_hi = sent
        norm = self.norm
        candidates = []  # (match, speaker pieces, relay pieces)
        passive = PASSIVE_CITE_RE[self.language].search(norm, s_lo, s_hi)
        if passive and not inside(passive.start()):
            relay = passive.group("relay")
            candidates.append(
                (passive, self._subject_before(s_lo, passive.start()), [relay] if relay else [])
            )
        cite = CITE_RE[self.language].search(norm, s_lo, s_hi)
        if cite and not inside(cite.start()):
            # "quoted the governor of River Nile state, Mohamed al-Badawi, as saying": title and name
            cited = [p.strip() for p in (cite.group("speaker"), cite.group("app") or "") if p.strip()]
            candidates.append((cite, cited, self._subject_before(s_lo, cite.start())))
        for match, speaker_pieces, relay_pieces in candidates:
            built = self._speaker(speaker_pieces)
            if built is None:
                continue
            relayer = self._speaker(relay_pieces)
            self._emit(
                match.end(),
                s_hi,
                "reported",
                *built,
                find_channel(norm[s_lo : match.end()], self.language),
                relayer[0].name if relayer else "",
                sent,
                paragraph,
                context=norm[s_lo : match.end()],
            )
            return True
        return False

    def _reported(
        self,
        paragraph: int,
        sent: tuple[int, int],
        masked,
        used_cues: set[int],
        direct_spans: list[tuple[int, int]],
    ) -> None:
        s_lo, s_hi = sent
        norm = self.norm

        anonymity = [m.span() for m in ANONYMITY_RE.finditer(norm, s_lo, s_hi)]

        def inside(pos: int) -> bool:
            return any(a <= pos < b for a, b in masked) or any(a <= pos < b for a, b in anonymity)

        relay_for: dict[int, str] = {}
        sentence_relay = self._relay_prefix(s_lo, s_hi)
        cues = [
            m
            for m in self.cue_re.finditer(norm, s_lo, s_hi)
            if not inside(m.start()) and not not_a_speech_verb(norm, m, s_lo, self.language)
        ]
        coordinated = {}
        for cue in cues:
            before = COORDINATED_RE.search(norm, s_lo, cue.start())
            modal = re.match(r"(?:would|will|could|should)\b", cue.group("aux") or "", re.IGNORECASE)
            # "said that the town denies it and would ask the court to …": the modal keeps it in the claim
            if before and before.end() == cue.start() and not modal:
                coordinated[cue.start()] = before.start()
        previous = None
        if self._cited(paragraph, sent, inside):
            return
        for index, cue in enumerate(cues):
            if cue.start() in used_cues:
                continue
            if self.language == "fr" and inverted_pronoun(cue):
                # Inverted forms close the clause they follow: "…, a-t-elle annoncé mercredi."
                if self._postposed(cue, paragraph, sent, used_cues):
                    used_cues.add(cue.start())
                continue
            span = self._complement(cue, s_hi)
            if span is None:
                if self._postposed(cue, paragraph, sent, used_cues):
                    used_cues.add(cue.start())
                continue
            c_lo, c_hi = span
            c_hi = cut_clause(norm, c_lo, c_hi)
            concessive = _CONCESSIVE_RE.search(norm, c_lo, c_hi)
            if concessive and self.cue_re.search(norm, concessive.end(), c_hi):
                c_hi = concessive.start()  # "…, though Western governments say …": someone else speaks
            for later, cut in coordinated.items():
                if c_lo < later < c_hi:
                    c_hi = min(c_hi, cut)
            sentence_end = SENTENCE_END_RE.search(norm, c_lo, c_hi)
            if sentence_end:
                c_hi = sentence_end.start() + 1
            pieces = self._subject_before(s_lo, cue.start())
            continuing = None
            if (
                cue.group("verb").lower().endswith(("ing", "ant"))
                and re.search(r",\s*(?:tout\s+en\s+|en\s+)?$", norm[s_lo : cue.start()])
                # "…, a-t-elle dit, avant d'avancer que …", "praised the staff before adding that …"
                or _THEN_SAID_RE.search(norm, max(s_lo, cue.start() - 20), cue.start())
            ):
                # "X defended the plan, saying …", "la ministre s'en est remise au Sénat, tout en estimant
                # que …": the speaker is the sentence's subject, or its leading noun phrase.
                dateline = DATELINE_RE.match(norm, s_lo, cue.start())  # "WEBSTER CITY, Iowa — The board …"
                lead = LEADING_NP_RE.match(norm, dateline.end() if dateline else s_lo, cue.start())
                opening = sentence_subject(norm, s_lo, s_hi)
                pieces = opening or ([lead.group(0)] if lead and not inside(s_lo) else [])
                # "The meeting was abandoned when jockeys refused to ride on, saying …": the clause's own subject
                acting = WITH_ACTOR_RE.search(norm, s_lo, cue.start()) or SUBORDINATE_SUBJECT_RE.search(
                    norm, s_lo, cue.start()
                )
                if acting:
                    pieces = [p for p in (acting.group("np"), acting.groupdict().get("name")) if p]
                if pieces and pieces[0].split()[0].lower() in PRONOUNS:
                    pieces = [pieces[0].split()[0]]  # "He rejected suggestions that …, saying …": "he" speaks
                if inside(s_lo):
                    pieces = []
                earlier = [
                    f.claim
                    for f in self.found
                    if f.claim.end > s_lo and f.claim.start < cue.start() and f.claim.speaker
                ]
                if earlier:
                    # "…," Marchenko said, adding that …: the speaker of the sentence's claim goes on.
                    continuing = earlier[-1].speaker
            citing = _CITING_PIECE_RE.match(pieces[-1]) if len(pieces) == 2 else None
            cited_by = CITED_BY_RE.match(pieces[-1]) if len(pieces) == 2 else None
            built: tuple[ExtractedSpeaker, str] | None
            if continuing is not None:
                built = (continuing, "")
            elif cue.start() in coordinated:
                # "X dit « … » et assure que …": the subject of the first verb, who may have spoken
                # already in this sentence through a quote.
                earlier_speakers = [
                    f.claim.speaker
                    for f in self.found
                    if f.claim.speaker and s_lo <= f.claim.start < cue.start() and f.sentence[0] == s_lo
                ]
                built = (
                    previous
                    or (earlier_speakers and (earlier_speakers[-1], ""))
                    or self._speaker(sentence_subject(norm, s_lo, s_hi))
                    # "He switched to an electric car and said …": the pronoun of the first verb
                    or (len(pieces) == 1 and pieces[0].lower() in PRONOUNS and self._speaker(pieces))
                    or None
                )
            elif citing_first := _CITING_FIRST_RE.match(norm, s_lo, cue.start()):
                # "Citing the Capitanía Marítima, the harbourmaster's office, EFE said …": the source speaks
                built = self._speaker([citing_first.group("who")])
                relay_for[cue.start()] = self._name(citing_first.group("outlet")) or outlet_name(
                    citing_first.group("outlet")
                )
            elif citing:
                # "TASS, citing a source in the ministry, said …": the source speaks, TASS relays.
                built = self._speaker([citing.group("who")])
                relay_for[cue.start()] = outlet_name(
                    pieces[0].split()[-1] if pieces[0][:1].islower() else pieces[0]
                )
                relay_for[cue.start()] = self._name(pieces[0]) or relay_for[cue.start()]
            elif cited_by:
                # "X, quoted by news agency PTI, said …": X speaks, the agency relays.
                built = self._speaker([pieces[0]])
                relay_for[cue.start()] = self._name(cited_by.group("who"))
            elif citing_after := _CITING_AFTER_RE.match(norm, cue.end(), c_lo):
                # "Les Échos reported on Tuesday, citing an adviser, that …": the adviser speaks.
                built = self._speaker([citing_after.group("who")])
                relayer = self._speaker(pieces)
                if relayer is not None:
                    relay_for[cue.start()] = relayer[0].name
            else:
                built = self._speaker(pieces)
            relative = re.search(r"\b(?:qui|which|that)\s*$", norm[s_lo : cue.start()])
            if built is None or sentence_relay and (relative or not is_entity(built[0])):
                continue  # "Selon l'élue, le recours retarde un projet qui répond à un besoin : …"
            previous = built
            speaker, gender = built
            verb = cue.group("verb").lower()
            nested = next((c for c in cues[index + 1 :] if c_lo <= c.start() < c_hi), None)
            if (
                nested is not None
                and (verb in RELAY_VERBS or speaker.type == "organization")
                # "affirme que la commune n'a jamais demandé de contre-expertise": a denied act, no relay
                and not re.search(
                    r"\b(?:n['’]|ne\s|never\b|not\b)", norm[max(c_lo, nested.start() - 6) : nested.end()]
                )
                and (inverted_pronoun(nested) or self._complement(nested, s_hi, objects=False) is not None)
                and not _COUNTED_OBJECT_RE.match(norm, nested.end())  # "has confirmed two cases"
            ):
                inner = self._subject_before(c_lo, nested.start())
                # "The ministry said it had asked the company …": its own pronoun, not a body it relays
                relayed = self._speaker(inner) if inner and inner[-1].lower() not in PRONOUNS else None
                if (
                    relayed is not None
                    and is_entity(relayed[0])
                    and norm[c_lo : nested.start()].strip().endswith(inner[-1])
                ):
                    relay_for[nested.start()] = speaker.name
                    continue
            voice = VOICE_RE.search(norm, cue.end(), c_lo)
            if voice and not (
                norm[cue.end() : voice.start()].strip() == "," and speaker.type == "organization"
            ):
                # but "La Batellerie X affirme, par la voix de son gérant, Y, que": the body, an aside
                spoken = self._speaker([p.strip() for p in voice.group("who").split(",") if p.strip()][:2])
                if spoken is not None:
                    speaker, gender = spoken
            relay = relay_for.get(cue.start(), "")
            aside = ACCORDING_RE[self.language].search(norm, cue.end(), c_lo)
            if aside and not relay:
                relay = self._name(norm[aside.end() : c_lo].strip(" ,"))
                if COMPLEMENTIZER and re.search(rf"{COMPLEMENTIZER[self.language]}\s*$", relay):
                    relay = self._name(re.sub(rf",?\s*{COMPLEMENTIZER[self.language]}\s*$", "", relay))
            trailing_relay = TRAILING_RELAY_RE[self.language].search(norm, c_lo, c_hi)
            if trailing_relay:
                relay = relay or outlet_name(trailing_relay.group("who"))
                c_hi = trailing_relay.start()
            if not relay and sentence_relay and sentence_relay != speaker.name:
                relay = sentence_relay
            trailing = TRAILING_ACCORDING_RE[self.language].search(norm, c_lo, c_hi)
            if trailing:
                who = trailing.group("who").strip()
                if not CHANNEL_SOURCE_RE.match(who):  # "selon un communiqué de …" is a channel
                    relay = relay or who
                c_hi = trailing.start()
            if re.search(r",\s*(?:which|who|qui)\s*$", norm[s_lo : cue.start()]):
                # "Lekas Ride, which says it has 60,000 drivers, did not respond": the main verb ends it
                resumed = MAIN_VERB_RESUMES_RE.search(norm, c_lo, c_hi)
                c_hi = resumed.start() if resumed else c_hi
            intro = norm[s_lo:c_lo]
            channel = find_channel(intro, self.language) or find_channel(norm[c_hi:s_hi], self.language)
            if self._emit(
                c_lo, c_hi, "reported", speaker, gender, channel, relay, sent, paragraph, context=intro
            ):
                used_cues.add(cue.start())
        self._according(paragraph, sent, inside)

    def _complement(self, cue, s_hi: int, objects: bool = True) -> tuple[int, int] | None:
        """The claim span a cue governs: que/that clause, colon, de + infinitive or (with `objects`) object.
        A cue nested in a claim relays only through a clause: "figures show that Maui County has confirmed
        two cases" is the figures' claim."""
        norm = self.norm
        classes = self._forms(cue.group("verb"))
        verb_lower = cue.group("verb").lower()
        after = norm[cue.end() : s_hi]
        comp = COMPLEMENTIZER[self.language]
        request = self.language == "fr" and re.match(r"(?:demand|réclam|exig|souhait)", verb_lower)
        requested = re.match(r"^\s*(?:,[^,.;:]{1,60},)?\s*qu(?:e\s+|')", after) if request else None
        if requested:
            # "a demandé que l'aide soit versée « dès le premier trimestre »": the request is the claim
            return cue.end() + requested.end(), s_hi
        if DE in classes and verb_lower.startswith("fai"):
            # "fait état (, dans son bilan,) d'une hausse de 8 %": a reported figure, not a vague object
            match = re.match(r"^\s*(?:,[^,.;:]{1,60},)?\s*(?:de\s+(?:la\s+|l')?|d'|des\s+|du\s+)", after)
            return (cue.end() + match.end(), s_hi) if match and re.search(r"\d", after) else None
        if SAY in classes and "warn" not in classes:
            infinitive = self.language == "fr" and INFINITIVE_RE.match(after)
            match = re.match(
                # "told i95.5 FM that": a dot inside a word ends nothing
                rf"^(?P<mid>(?:[^.!?:;«»“”\"]|(?<=\w)\.(?=\w)|(?<=\bHon)\.|(?<=\bSt)\.|(?<=\bMt)\.){{0,100}}?)\s*,?\s*(?<![\w']){comp}(?:\s+|(?<='))",
                after,
            )
            if (
                match
                and not infinitive
                and not re.search(r"\b(?:que|qu'|that)\b", match.group("mid"))
                and not FINITE_IN_MID_RE[self.language].search(match.group("mid"))
                # "… et ne créera que 700 emplois": "ne … que" restricts, it opens no clause
                and not re.search(r"(?:\bne|\bn['’])\s*\S+$", match.group("mid"))
            ):
                return cue.end() + match.end(), s_hi
            # but "between 9:40 p.m. and …" is a clock time, not a colon
            match = re.match(r"^(?P<mid>[^.!?:;«»“”\"]{0,60}?)\s*(?<!\d):(?!\d)\s*(?=[^\s«»“”\"„])", after)
            if match:
                return cue.end() + match.end(), s_hi
            if infinitive:
                # "dit avoir reçu une dizaine d'appels", "a indiqué sur X avoir déployé des renforts";
                # before a que further on: "affirmé avoir obtenu la garantie que …" is one claim.
                return cue.end() + infinitive.start("inf"), s_hi
        if DE in classes:
            if self.language == "fr":
                match = re.match(
                    r"^\s+(?:(?:(?:à|aux|au)\s+[^,.;:]{1,50}?\s+|[^,.;:]{1,40}?\s+à\s+)?(?:de\s|d')\w"
                    r"|[^,.;:]{1,40}?\s+à\s+(?:ne\s+pas\s+)?(?:se\s+|s'|les\s+|la\s+|le\s+|l')?[a-zé]+(?:er|ir|re)\b)",
                    after,
                )
            else:
                match = re.match(r"^\s+[\w' -]{1,50}?\s+to\s+[a-z]+", after)
            if match:
                return cue.end(), s_hi
        if "warn" in classes:
            match = re.match(r"^\s*,?\s*(?:contre\s+|against\s+|en\s+)?(?=\S)", after)
            if match and len(after.split()) >= 4:
                return cue.end() + match.end(), s_hi
        # "employers added 142,000 jobs": "add" reports speech only with "that" or after a quote.
        if (
            self.language == "en"
            and SAY in classes
            and (
                verb_lower not in EN_THAT_ONLY
                or _FIGURES_SHOW_RE.search(norm, max(0, cue.start() - 90), cue.start())
            )
            and not verb_lower.startswith("add")
            # "…, said Kjersti Haverkamp, a researcher": after a comma the name is the postposed subject
            and not (
                norm[max(0, cue.start() - 3) : cue.start()].rstrip().endswith(",")
                and re.match(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+\s*(?:,|\.|$)", after)
            )
        ):
            skip = cue.end()
            verb = cue.group("verb")
            if verb in ("told", "tell", "tells"):
                obj = EN_TOLD_OBJECT_RE.match(norm, skip, s_hi)
                if not obj:
                    return None
                skip = obj.end()
            adverbs = EN_ADVERBIAL_RE.match(norm, skip, s_hi)
            skip = adverbs.end() if adverbs else skip
            finite = EN_FINITE_RE.match(norm, skip, s_hi)
            start = EN_CLAUSE_START_RE.match(norm, skip, s_hi) or finite
            # "claims about 8,000 members", "confirmed the incident in a statement": no verb, no clause
            counted = EN_COUNT_START_RE.match(norm, skip, s_hi) or BARE_OBJECT_RE.match(
                " " + norm[skip:s_hi].strip()
            )
            if (
                start
                and not (counted and not re.search(rf"\s{EN_FINITE_VERB}", norm[skip:s_hi]))
                and len(norm[skip:s_hi].split()) >= (3 if finite else 4)
                and not re.match(r"^\s*,?\s+(?:to|of|for|in)\b", norm[skip:s_hi])
            ):
                return skip, s_hi
        aux = (cue.group("aux") or "-").lower().split()[0]
        postposed = self.language == "fr" and norm[max(0, cue.start() - 3) : cue.start()].rstrip().endswith(
            ","
        )
        if (
            objects
            and OBJ in classes
            and not cue.group("verb").lower().endswith(("ant", "ing"))
            and aux not in ("will", "would", "could")
            and not postposed  # "…, a confirmé l'institut, qui …": the subject, not an object
        ):
            match = re.match(
                r"^\s+(?:(?:par ailleurs|également|aussi|encore|notamment|déjà|also|again)\s+)*"
                r"(?:(?:sur|on|dans|in)\s+[^,;:]{1,25}?\s+)?"
                r"(?=(?:des|les|une|un|le|la|l'|de|du|son|sa|ses|leur|leurs|plusieurs|the|a|an|his|her|"
                r"their|its|some|several|\d)\b)",
                after,
                re.IGNORECASE,
            )
            bare_object = BARE_OBJECT_RE.match(" " + after[match.end() :]) if match else None
            if match and len(after.split()) >= 3 and not bare_object:
                # but "confirmed the incident in a statement on Monday" says nothing of it
                return cue.end() + match.end(), s_hi
        return None
