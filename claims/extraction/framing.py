"""Attribution that frames a claim instead of introducing it: "…, a indiqué X", "Selon X, …", "Pour X, …"."""

from __future__ import annotations

import re
from dataclasses import replace

from .bodies import on_source
from .channels import find_channel
from .clauses import (
    CITED_BY_RE,
    CITING_RE,
    DATELINE_RE,
    EN_ADVERBIAL_RE,
    FOR_OPENER_RE,
    FR_LISTED_NAME_RE,
    PREPARED_VERBS,
    PREPOSITION_START_RE,
    is_listed_name,
    outlet_name,
    skip_apposition,
    subject_pieces,
)
from .cues import ACCORDING_RE, inverted_pronoun
from .descriptions import generic_org, is_entity, looks_like_name, strip_determiner
from .nouns import ORG_HEADS
from .phrases import POSSESSIVE_RE
from .recorder import ACCORDING_AFTER_RE, WHEN, ClaimRecorder
from .subjects import sentence_subject, subject_after

_NAME_AFTER_RE = re.compile(
    r",\s*(?:(?:le|la)\s+(?=(?:Dr|Pr|Me)\s))?(?P<name>(?:(?:M\.|Mme|Me|Dr|Pr|Mr|Ms|Mrs)\s+)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+(?:(?:de|du|van|von|der|den|al|ter|bin|binti)\s+)?[A-ZÀ-Ý][\w'’.-]+){1,3})\s*(?=[,.]|$)"
)


# "Selon l'agence Ukrinform, qui cite le porte-parole de la marine, X": the one cited speaks and the
# outlet relays. Leading, the cited phrase ends at the next comma; trailing, at the sentence's end.
_CITES = r",\s*(?:qui\s+cite(?:nt)?|citant|citing|quoting|(?:who|which)\s+(?:cited?|quoted))\s+"
_CITES_LEAD_RE = re.compile(_CITES + r"(?P<who>[^,.;]{2,100}),", re.IGNORECASE)
_CITES_TAIL_RE = re.compile(_CITES + r"(?P<who>[^.;]{2,140}?)\s*[.]?\s*$", re.IGNORECASE)
_RELATIVE_ASIDE_RE = re.compile(
    r"\s*(?:qui|who|which|dont"
    # "Selon ce travail, mené entre 2021 et 2024 avec …, l'incidence …": how the study was done
    r"|(?:mené|réalisé|conduit|publié|présenté|dévoilé|commandé|conducted|carried\s+out|published|released)"
    r"(?:e|s|es)?)\s[^.;:«»“”\"]{2,120}?,"
)
OWN_REPORTING_RE = re.compile(
    r"(?:nos|notre|our)\s+(?:informations|information|sources|confrère|reporting)\b", re.I
)


# A document's author given in an apposition after it
_DOCUMENT_SOURCE_RE = re.compile(
    r"(?:an?|the|its|their|his|her|un|une|le|la|l'|son|sa|leur)\s*(?:[a-z]+\s+){0,2}?"
    r"(?P<noun>report|study|survey|audit|statement|affidavit|filing|rapport|étude|enquête|communiqué|bilan)\b",
    re.IGNORECASE,
)
_PREPARED_BY_RE = re.compile(rf"\s*{PREPARED_VERBS}\s+(?:by|par)\s+(?P<who>[^,;:«»“”\"]{{2,80}}),")


_ON_BEHALF_RE = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+){1,2})\s+(?=[a-zà-ÿ])")


class FramingAttribution(ClaimRecorder):
    """Mixin for Attributor: postposed speakers ("…, the Kremlin said") and framing phrases."""

    def _postposed(self, cue, paragraph: int, sent: tuple[int, int], used_cues: set[int]) -> bool:
        """ "Claim, a indiqué X." / "Claim, the Kremlin said on Friday." with no quote marks."""
        norm = self.norm
        s_lo, s_hi = sent
        comma = norm.rfind(",", s_lo, cue.start())
        if comma < 0:
            return False
        # "…, the Ministry of Trade, Industry and Tourism said": the last comma is the name's
        earlier = norm.rfind(",", s_lo, comma)
        if earlier > 0 and is_listed_name(norm[earlier + 1 : cue.start()]):
            comma = earlier
        between = norm[comma + 1 : cue.start()].strip()
        # "…, lorsqu'un client avait rapporté au magasin une montre": a time clause, no speaker
        if re.match(r"(?:lorsqu'|lorsque\b|quand\b|puisqu'|when\b|because\b|if\b|as\b)", between, re.I):
            return False
        if re.match(r"(?:qui|who|which|dont|que|lequel|laquelle)\b", between, re.IGNORECASE):
            # "…, la députée X, qui a dénoncé …": a relative clause, not a postposed speaker; but X spoke,
            # and a later "Elle assure que" is hers.
            before = norm[s_lo:comma].rstrip()
            antecedent = next((n for n in self.book.full_names if before.endswith(" " + n)), None)
            built = self._speaker([antecedent]) if antecedent else None
            if built is not None and built[0].type == "person":
                self.book.note_subject(built[0], built[1], comma)
            return False
        tail = norm[cue.end() : s_hi].strip(" .")
        pronoun = inverted_pronoun(cue) if self.language == "fr" else None
        when = _LEADING_WHEN_RE.match(norm, cue.end(), s_hi)  # "reported today, quoting officials of X"
        citing = CITING_RE.match(norm, when.end() if when else cue.end(), s_hi)
        if citing:
            tail = ""
        elif not between:
            # "…, rapporte l'agence Reuters, citant deux sources industrielles": the subject comes first.
            citing = CITING_RE.search(tail)
            tail = tail[: citing.start()] if citing else tail
        if pronoun:
            if between:
                return False
            # "…, a-t-on appris auprès du Sdis", "…, indique-t-on à la préfecture": the body speaks.
            pieces = [on_source(tail) if pronoun.lower() == "on" else pronoun]
        elif not between and _SAID_ITSELF_RE.search(cue.group(0)) and _ATTRIBUTE_RE.match(tail):
            # "Une employée, arrivée il y a trois ans, s'est dite heureuse de …": how she feels, no speaker
            return False
        elif not between:
            pieces = subject_pieces(subject_after(tail, self.language))
        elif (
            len(between.split()) <= 8
            and not PREPOSITION_START_RE.match(between)
            and (
                not tail
                or PREPOSITION_START_RE.match(tail)
                or ACCORDING_AFTER_RE.match(norm, cue.end(), s_hi)
                or EN_ADVERBIAL_RE.fullmatch(" " + tail)
                or re.match(
                    rf"^(?:{WHEN})?,\s*[a-zé]+(?:ing|ant)\b", tail
                )  # "…, the air force said, adding that …"
                # "…, the processor has told its 410 suppliers": whom the speaker told
                or cue.group("verb").lower() in ("told", "tell", "tells")
                and re.fullmatch(
                    r"(?:(?:its|his|her|their|the)\s+(?:\d[\d,]*\s+)?[a-z]+(?:\s+[a-z]+)?|reporters)", tail
                )
            )
        ):
            pieces = [between]
        else:
            return False
        incise = _INCISE_RE.match(norm, cue.end(), s_hi) if pronoun else None
        if incise and pieces and pieces[0] and len(norm[s_lo:comma].split()) < 4:
            # "Depuis, dit-il, il se relève la nuit …": the claim goes on after the aside
            built = self._speaker(pieces)
            end = s_lo + len(norm[s_lo:s_hi].rstrip(" .\n"))
            return built is not None and bool(
                self._emit(incise.end(), end, "reported", *built, "", "", sent, paragraph)
            )
        if not pieces or not pieces[0] or len(norm[s_lo:comma].split()) < 4:
            return False
        head, _, last = norm[s_lo:comma].rpartition(",")
        if head and len(head.split()) <= 6 and looks_like_name(last.strip()):
            return (
                False  # "Le porte-parole du collectif, Hugo Marchand, conteste …" is a subject, not a claim
            )
        relay = ""
        cited_by = CITED_BY_RE.search(norm, cue.end(), s_hi)
        if citing:
            # "…, the RIA news agency reported, citing the defence ministry": the agency relays.
            relayer = self._speaker(pieces)
            relay = outlet_name(relayer[0].name) if relayer else ""
            pieces = [citing.group("who")]
        elif cited_by:
            relay = outlet_name(cited_by.group("who"))
            pieces = [p.split(",")[0] for p in pieces]
        elif relayed := ACCORDING_AFTER_RE.search(norm, cue.end(), s_hi):
            # "…, the Defense Ministry said Tuesday, according to Jiji Press": the paper passed it on
            relay = outlet_name(relayed.group("who"))
            pieces = [ACCORDING_AFTER_RE.sub("", p) for p in pieces]
        # "Le CNT examinera la convention, a fait savoir l'institution": a body named in the claim itself
        # may be the one the description stands for.
        # "Son entreprise … a expédié …, indique-t-elle": not the body the claim is about, when the claim says
        # whose it is (but "L'ARS a recensé …, a-t-elle annoncé" is the ARS)
        owned = POSSESSIVE_RE.match(norm[s_lo:comma]) is not None
        self.book.position = (s_lo - 1 if owned else s_lo) if pronoun else comma
        built = self._speaker(pieces)
        self.book.position = s_lo
        if (
            built is not None
            and built[0].name.islower()
            and generic_org(built[0].name.split()[-1])
            and built[0].type == "organization"  # but "un responsable du ministère" is someone
        ):
            # "Leeds-based Harrowgate Textiles has cut 40 jobs, the company said": the body that opens
            # the claim, when no body met before fits the description.
            opening = sentence_subject(norm, s_lo, comma)
            named = self._speaker(opening[:1]) if opening and looks_like_name(opening[0]) else None
            if named is not None and looks_like_name(named[0].name):
                built = (replace(named[0], type="organization"), named[1])
        if built is None or not between and not pronoun and not citing and not is_entity(built[0]):
            return False  # "…, a plaidé la relaxe", "…, said talks had stalled": no speaker follows
        c_lo = s_lo
        dateline = DATELINE_RE.match(norm, s_lo, comma)
        if dateline:
            c_lo = dateline.end()
        if any(a <= c_lo < b for a, b in ((f.claim.start, f.claim.end) for f in self.found)):
            return False
        return (
            self._emit(
                c_lo,
                comma,
                "reported",
                *built,
                find_channel(norm[comma:s_hi], self.language),
                relay,
                sent,
                paragraph,
                context=norm[comma:s_hi],
            )
            is not None
        )

    def _according(self, paragraph: int, sent: tuple[int, int], inside) -> None:
        """ "Selon X, claim" / "claim, according to X" with no speech verb of its own."""
        s_lo, s_hi = sent
        norm = self.norm
        matches = list(ACCORDING_RE[self.language].finditer(norm, s_lo, s_hi))
        opener = FOR_OPENER_RE[self.language].match(norm, s_lo, s_hi)
        if opener:
            matches.insert(0, opener)
        for match in matches:
            relay, one_name = "", False
            if inside(match.start()) or OWN_REPORTING_RE.match(norm, match.end(), s_hi):
                continue  # "Selon nos informations": the outlet's own reporting, not a claim
            before = norm[s_lo : match.start()].strip()
            if re.fullmatch(r"(?i:toujours|encore|mais|et|or|ainsi|enfin|but|and|also|still)", before):
                before = ""  # "Toujours selon le rapport, …" opens with its source too
            if before.endswith(":") or re.fullmatch(
                r"(?i:dans|en|sur|au|à|in|on|at)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,", before
            ):
                # "Les dégâts s'annoncent lourds : selon la Bourse de Rize, …": a new clause; "Dans la
                # réalité, selon l'enquête de X, …": a short adverbial before the source, the claim after it
                before = ""
            if (
                before.endswith(",")
                and self.cue_re.search(before[-30:])
                and before[:-1].rstrip()[-1:].isalpha()
            ):
                last_cue = list(self.cue_re.finditer(before))[-1:]
                if last_cue and _WHEN_RE.fullmatch(before[last_cue[0].end() :].strip(" ,")):
                    continue  # "The Kremlin said, according to RIA, that …": a relay, handled there
            if match is opener:
                before = ""
            if not before:
                comma = norm.find(",", match.end(), s_hi)
                while 0 < comma < s_hi - 1 and norm[comma - 1].isdigit() and norm[comma + 1].isdigit():
                    comma = norm.find(",", comma + 1, s_hi)  # "a district survey of 1,140 parents, 58% …"
                if comma < 0:
                    continue
                listed = FR_LISTED_NAME_RE.match(norm, match.end(), s_hi)
                if listed and listed.end() > comma and norm.startswith(",", listed.end()):
                    # "À en croire le ministère de l'Agriculture, de la Pêche maritime et des Eaux et
                    # Forêts, l'offre …": the commas are the name's
                    comma, one_name = listed.end(), True
                who, c_lo, c_hi = norm[match.end() : comma], comma + 1, s_hi
                # "According to the inspection report, prepared by Sundance Ropeway Services, the cracks …"
                author = _PREPARED_BY_RE.match(norm, c_lo, s_hi)
                if author:
                    who, c_lo = author.group("who"), author.end()
                named = _NAME_AFTER_RE.match(norm, comma, s_hi)
                cites = _CITES_LEAD_RE.match(norm, comma, s_hi)
                if cites:
                    relay, who, c_lo = outlet_name(who), cites.group("who"), cites.end()
                elif named and looks_like_name(named.group("name")):
                    # "Selon le président de l'OM, Stéphane Berthier, le club …": the name is the speaker.
                    who, c_lo = f"{who}, {named.group('name')}", named.end()
                skipped = skip_apposition(norm[c_lo - 1 : s_hi])
                apposed = norm[c_lo : c_lo - 1 + skipped].strip(" ,")
                if (
                    skipped
                    and "," not in who
                    and who[:1].isupper()
                    and re.match(r"(?:le|la|l'|the)\s", apposed)
                ):
                    who = f"{who}, {apposed}"  # "D'après ORES, le gestionnaire du réseau, …": what it is
                c_lo += skipped
                relative = _RELATIVE_ASIDE_RE.match(norm, c_lo, s_hi)
                if relative:
                    c_lo = relative.end()  # "Pour le collectif X, qui milite depuis dix ans, c'est …"
                behalf = _ON_BEHALF_RE.match(norm, c_lo, s_hi) if match is opener else None
                if behalf:
                    # "Pour la CSC, Daphné Mottart conteste …": she speaks for the union, and is the
                    # "elle" or "la secrétaire permanente" of the next sentence
                    built = self._speaker([behalf.group("name")])
                    if built is not None and built[0].type == "person":
                        self.book.note_subject(built[0], built[1], c_lo)
                    continue
                if match is opener:
                    built = self._speaker([who])
                    # "Pour le WWF Vaud, …" (but "Pour les ONG" is a headline's group)
                    capitalised = strip_determiner(who)[:1].isupper() and not who.lower().startswith(
                        ("les ", "the ")
                    )
                    # "Pour le ministère public, …": a body's head noun names one as well as a capital
                    body = (
                        built is not None
                        and re.match(r"(?:le\s|la\s|l')", who, re.IGNORECASE) is not None
                        and strip_determiner(who).split()[0].lower() in ORG_HEADS
                    )
                    if (
                        built is None
                        or not is_entity(built[0])
                        or not (capitalised or body or built[0].title)
                    ):
                        continue  # "Pour la première fois, …" names no one
            elif before.endswith(","):
                end = re.search(
                    r"[,;]|(?<!\b[A-Z])\.|$", norm[match.end() : s_hi]
                )  # not "the U.S. Coast Guard"
                stop = match.end() + (end.start() if end else 0)
                tail_name = norm[match.end() : s_hi].rstrip(" .")
                if is_listed_name(tail_name):
                    # "…, according to the Department of Fisheries, Forestry and Agriculture."
                    stop, one_name = match.end() + len(tail_name), True
                who = norm[match.end() : stop]
                named = _NAME_AFTER_RE.match(norm, stop, s_hi)
                cites = _CITES_TAIL_RE.match(norm, stop, s_hi)
                if cites:
                    relay, who = outlet_name(who), cites.group("who")
                elif (
                    named
                    and looks_like_name(named.group("name"))
                    and not norm[named.end() : s_hi].strip(" .")
                ):
                    who = (
                        f"{who}, {named.group('name').rstrip('.')}"  # "…, selon son président, Alain Vergne."
                    )
                c_lo, c_hi = s_lo, match.start()
            else:
                continue
            cited = CITED_BY_RE.search(who)
            if cited and not relay:
                # "d'après des chiffres de la compagnie cités par le quotidien X": X relays the company.
                who, relay = who[: cited.start()].rstrip(), outlet_name(cited.group("who"))
            built = self._speaker(who.split(", ") if ", " in who and not one_name else [who])
            if (
                built
                and c_lo == s_lo
                and built[0].type == "person"
                and _names_itself(built[0].name, norm[c_lo:c_hi])
            ):
                continue  # "le député X a défendu une réforme destinée, selon lui, à « … »": his own act
            if built:
                # "According to a report prepared by X, …": the report is the channel, and "the report
                # says" later is X's
                document = _DOCUMENT_SOURCE_RE.match(norm, match.end(), s_hi)
                self._emit(
                    c_lo,
                    c_hi,
                    "reported",
                    *built,
                    document.group("noun") if document else "",
                    relay,
                    sent,
                    paragraph,
                    context=norm[match.start() : match.end() + len(who)],
                )


# "…, X said Tuesday, according to Jiji Press.": a named source after the cue passes the words on
_WHEN_RE = re.compile(
    f"(?:{WHEN})?"
)  # nothing, or only when: "The Kremlin said (on Monday), according to RIA"
_LEADING_WHEN_RE = re.compile(rf"\s+{WHEN}(?=\s*,)")
_SAID_ITSELF_RE = re.compile(r"(?:s'est|se\s+sont|s'était|se)\s+dite?s?$", re.IGNORECASE)
_ATTRIBUTE_RE = re.compile(
    r"(?!(?:le|la|les|l|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|cinq|deux|trois)\b)[a-zà-ÿ]"
)


# what goes on after "Depuis, dit-il, …" must be a clause with its subject, not "sans donner plus de détails"
_INCISE_RE = re.compile(
    r"\s*,\s*(?=(?:il|elle|ils|elles|on|nous|je|j'|le|la|les|l'|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs|"
    r"he|she|they|we|i|it|the|a|an|his|her|their|its)\b)"
)


def _names_itself(name: str, claim: str) -> bool:
    """True when the claim before "…, selon lui" is about what its own speaker did."""
    last = name.split()[-1] if name.split() else ""
    return name[:1].isupper() and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", claim) is not None
