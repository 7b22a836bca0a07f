"""Claim recording shared by the attribution stages: document state, speaker lookup and emission."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .bodies import on_side
from .channels import find_date
from .clauses import (
    CITED_BY_RE,
    HARD_BOUNDARY_RE,
    PREPARED_VERBS,
    PREPOSITION_START_RE,
    is_listed_name,
    outlet_name,
)
from .coreference import AGE_PIECE_RE
from .cues import ACCORDING_RE, EN_CUE_RE, EN_QUOTE_CUE_RE, FR_CUE_RE, FR_QUOTE_CUE_RE
from .descriptions import looks_like_name
from .mentions import SpeakerBook
from .names import ADDRESSED_RE, DAYS
from .nouns import PLACE_NAMES
from .quotes import Quote
from .speakers import strip_title
from .textnorm import trim
from .types import ClaimKind, ExtractedClaim, ExtractedSpeaker

# The noun phrase a relative pronoun refers to, at the end of a longer clause.
ANTECEDENT_RE = re.compile(
    r"(?<![\w'])(?:by|from|of|with|to|for|par|de|du|des|à|au|aux|avec|pour)\s+"
    r"(?P<np>(?:the\s+|la\s+|le\s+|les\s+|l')?[A-ZÀ-Ý][^,]*)$"
)
_ASKED_ANONYMITY_RE = re.compile(
    r"(?<=\w)\s+(?:who|qui)\s+(?:asked|requested|declined\s+to\s+be|did\s+not\s+want|a\s+requis|a\s+demandé|"
    r"a\s+souhaité|requiert|souhaite|n'a\s+pas\s+souhaité|ne\s+souhaite\s+pas|préfère|a\s+préféré|"
    r"preferred|did\s+not\s+wish)\b[^,;:«»“”\"]*$"
)
_APPOSITION_RELATIVE_RE = re.compile(
    r"(?P<app>,\s+(?:(?:a|an|the|un|une|le|la|l')\s*|[a-z][\w'’-]*\s+(?:of|at|for|de|du|des|d')\s+)"
    r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:who|that|qui)\s.{5,200},\s*$"
)
_NAME_THEN_RELATIVE_RE = re.compile(
    r"^\s*(?P<np>(?:The\s+|La\s+|Le\s+|Les\s+|L['’])?[A-ZÀ-Ý][\w'’.&-]*"
    # "La Commission du fleuve Niger": a common noun after "du" may come before the capital
    r"(?:\s+(?:of\s+|for\s+|the\s+|(?:du|de|des|de\s+la|de\s+l['’])\s*(?:[a-zà-ÿ]+\s+)?)?[A-ZÀ-Ý][\w'’.&-]*){0,5}),\s*"
    r"(?:which|who|qui)\s[^;:«»“”\"]{5,220}?(?:,[^,;:«»“”\"]+){1,4},\s*$"
)
_PLACE_NAME_RE = re.compile(
    r"(?:St|Saint|Ste|Sainte|Mount|Port|Fort|Lake|North|South|East|West)\.?\s+[A-Z][\w'’-]+"
    r"|(?:[A-Z]\.){2}|[A-Z][a-z]{2,4}\."  # US states as papers write them: "N.D.", "Ariz.", "Minn."
)
_SUBJECT_HEAD_RE = re.compile(
    # "Outside court, a member of the family that owns the land said": a circumstance may come first
    r"\s*(?:(?:Outside|Inside|After|Before|At|In|On|Later|Earlier|Meanwhile|Speaking|Devant|Dans|Après|Avant|Au|"
    r"À|En|Sur|Lors)\b[^,]{0,40},\s*(?=[a-z]))?(?i:The|A|An|One|Another|Le|La|Les|L'|Un|Une)\s+[a-zà-ÿ]"
)
_PARTY_SEAT_RE = re.compile(r"^[DRI]-[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?$")
# Where the reporter met an unnamed source says nothing of who they are: "Une villégiatrice de
# Trois-Rivières, croisée au débarcadère, …", "A commuter, interviewed outside the station, …".
_MET_AT_RE = re.compile(
    r"(?:croisée?s?|rencontrée?s?|interrogée?s?|interviewed|approached|met)\s+"
    r"(?:au|aux|à|devant|sur|dans|près|en|at|outside|in|on|near|by)\b"
)


# What a continued quote inherits from its first piece: speaker, gender, channel, relay, cue offset.
QuoteGroup = tuple[ExtractedSpeaker | None, str, str, str, int]


@dataclass
class Found:
    """A claim plus the sentence it came from (for check-worthiness)."""

    claim: ExtractedClaim
    sentence: tuple[int, int]


# "L'association PRO VELO Genève, par la voix de sa coprésidente X, affirme": the body that is the
# subject speaks, its officer only lends it a voice
_BODY_VOICE_RE = re.compile(
    r"(?:^|.*,)\s*(?P<np>[^,;:«»“”\"]{2,80}?)\s*,\s*par\s+la\s+voix\s+d[eu'][^;:«»“”\"]{2,140}?,\s*",
    re.IGNORECASE | re.DOTALL,
)
_GAVE_NAME_RE = re.compile(
    r"\b(?:who|qui)\s+(?:gave|a\s+donné)\s+(?:his|her|their|son)\s+(?:first\s+)?(?:name|prénom|nom)\s+"
    r"(?:only\s+)?(?:as\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*,?\s*$"
)
# A name opening its clause, then an apposition with an article, whatever "and", "who" or "that" it holds.
_NAME_APPOSITION_TAIL_RE = re.compile(
    r"(?:^|[.;:!?]\s+|(?<=,)\s+)(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
    # "Maxine X, the city's director of recreation, cultural and facility services, said": one apposition
    r"(?P<app>(?:a|an|the)\s[^,;:«»“”\"]{2,160}?(?:,\s+[a-z][^,;:«»“”\"]{1,60}?\s(?:and|or)\s[^,;:«»“”\"]{2,60})?),\s*$"
)

# "Lead author Dr Priya X, an emergency physician at Y and senior lecturer at Z, said", "L'épidémiologiste
# Jérôme X, de la Direction Y et cosignataire de l'article, précise": a title, a name, then an apposition
# whose "and" joins two roles, not two clauses.
_TITLED_NAME_APPOSITION_RE = re.compile(
    r"(?:^|[.;:!?]\s+)(?P<name>(?:[\w'’.-]+\s+){0,4}?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}),\s+"
    r"(?P<app>(?:a|an|the|un|une|le|la|l'|de|du|des|d')\s?[^,;:«»“”\"]{2,160}?\s(?:and|et)\s[^,;:«»“”\"]{2,160}?),\s*$"
)

_PREPARED_BY_RE = re.compile(
    PREPARED_VERBS + r"\s+(?:by|par)\s+(?P<who>.+?)(?:\s+(?:in|on|en|le)\s+(?:[A-Z][a-z]+|\d).*?)?"
    r"(?:\s+(?:and|et)\s+(?:seen|obtained|leaked|consultée?s?|obtenue?s?)\b.*)?$"
)
_PLACE_APPOSITION_RE = re.compile(
    r"(?:an?|une?)\s+(?:small\s+|petite?\s+)?(?:town|city|village|community|suburb|hamlet|ville|bourg|commune)\b"
)
# Lowercase words "et" joins inside one name ("maritimes et portuaires"), not a second subject
_JOINED_ADJECTIVES = (
    r"(?!(?:le|la|les|l|un|une|des|the|a|an|his|her|its|their|son|sa|ses|leur|leurs|il|elle|ils|elles|on|he|she|"
    r"they|we|nous|vous|it|i)\b)[a-zà-ÿ-]{3,}(?:\s+[a-zà-ÿ-]{3,})?"
)
# "…, X said Tuesday, according to Jiji Press.": a named source after the cue passes the words on
WHEN = rf"(?i:(?:on\s+)?(?:{DAYS}))"
ACCORDING_AFTER_RE = re.compile(
    rf"(?:\s+{WHEN})?,\s+(?:according\s+to|selon|d'après)\s+(?P<who>(?:the\s+|l')?[A-ZÀ-Ý][^,.;]{{1,40}}?)\s*\.?$"
)
_PUBLISHED_IN_RE = re.compile(r"(?:publiée?s?|parue?s?|published|released|issued)\b")


_REPRESENTED_BY_RE = re.compile(
    r"(?:represented|représentée?s?)\s+(?:by|par)\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|M\.|Mme|Me)\s+)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})$"
)


@dataclass
class ClaimRecorder:
    """The document being read, the speakers met so far and the claims found so far."""

    text: str
    norm: str
    language: str
    ent_labels: dict[str, str]
    published_at: str = ""
    book: SpeakerBook = field(default_factory=SpeakerBook)
    found: list[Found] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)  # every quote of the document, in order
    parsed: list[tuple[int, Any]] = field(default_factory=list)  # (offset, spaCy doc) per paragraph
    _groups: dict[int, QuoteGroup] = field(default_factory=dict)
    _last_claim_paragraph: int = -10

    @property
    def cue_re(self) -> re.Pattern[str]:
        return FR_CUE_RE if self.language == "fr" else EN_CUE_RE

    def _emit(
        self,
        start: int,
        end: int,
        kind: ClaimKind,
        speaker: ExtractedSpeaker | None,
        gender: str,
        channel: str,
        relayed_by: str,
        sentence: tuple[int, int],
        paragraph: int,
        flags: list[str] | None = None,
        context: str = "",
    ) -> ExtractedClaim | None:
        start, end = trim(self.norm, start, end, " ,;:-")
        while end > start and self.norm[end - 1] == "." and kind == "reported":
            end -= 1
        if end - start < 3 or len(self.norm[start:end].split()) < 2 and kind == "reported":
            return None
        for other in self.found:
            c = other.claim
            if start < c.end and c.start < end:
                return None  # a span already claimed (direct quotes are attached first)
        if speaker is not None and relayed_by == speaker.name:
            relayed_by = ""  # "X a écrit sur X qu'il avait demandé « … »": no one relays himself
        claim = ExtractedClaim(
            text=self.text[start:end],
            kind=kind,
            speaker=speaker,
            channel=channel,
            relayed_by=relayed_by,
            start=start,
            end=end,
            language=self.language,
            flags=list(flags or []),
            sentence=self.text[sentence[0] : sentence[1]],
            date_said=find_date(context, self.published_at) if context else "",
        )
        self.found.append(Found(claim, sentence))
        if speaker is not None:
            self.book.remember(speaker, gender, channel)
        self._last_claim_paragraph = paragraph
        return claim

    # ---- subjects ------------------------------------------------------------------------------

    def _subject_before(self, lo: int, hi: int) -> list[str]:
        """Subject phrase(s) ending just before a cue: [name] or [head, apposition]."""
        seg = self.norm[lo:hi]
        # "Datuk Hasnah Yussop, when asked, said": the aside is no part of the subject
        seg = re.sub(
            r",\s*(?:when|if|once|lorsqu'|quand)\s*(?:asked|contacted|reached|pressed|interrogée?)[^,]{0,30},\s*$",
            " ",
            seg,
        )
        # "He switched to an electric car last year and said": the pronoun of the first verb says both
        coordinated = re.match(
            r"\s*(He|She|They|It|Il|Elle|Ils|Elles)\s+[a-zà-ÿ][^,;:«»“”\"]{2,120}\s(?:and|et)\s*$", seg
        )
        if coordinated:
            return [coordinated.group(1)]
        # "La présidente, Catherine Aubertin, lui rappelle que": an object pronoun sits before the verb.
        clitic = re.search(
            r"(?<=\S)\s+(?:(?:ne\s+|n')?(?:lui|leur|leur\s+en|lui\s+en|nous|vous|me|te|se|s'|y|en|l'a|l'ont|l'avait)|ne|n')\s*$",
            seg,
        )
        if clitic and not re.search(
            r"(?:^|\s)(?:selon|d'après|pour|à|de|avec|par|chez|contre|sans|entre)$",
            seg[: clitic.start()],
            re.I,
        ):
            seg = seg[: clitic.start()]
        # "A senior official, who asked not to be named because …, said": the relative clause goes.
        relative = (
            re.search(
                r",\s*(?:(?:and|et)\s+)?(?:who|whom|qui|which|whose|dont|where|où)\b(?:[^,;:«»“”\"]|(?<=\d),(?=\d))*"
                # "Cellvane, qui construit une usine à Loon-Plage, près de Dunkerque, a annoncé": the place is the clause's
                r"(?:,\s*(?:près\s+de|non\s+loin\s+de|near|outside)\s[^,;:«»“”\"]{2,40})?,\s*$",
                seg,
            )
            or re.search(  # "L'organisation, qui regroupe le Sénégal, le Mali et la Guinée, assure": a list inside
                r",\s*(?:who|which|qui)\b[^;:«»“”\"]*\s(?:et|and)\s[^,;:«»“”\"]{1,40},\s*$", seg
            )
        )
        if relative:
            # "Dr X, superintendent of Y Hospital, where 14 were admitted, said": the apposition stays
            # "Janine Oberlander, president of CUPE Local 500, which represents …, told": the name and
            # its apposition stay a pair.
            kept = seg[: relative.start()]
            named = any(looks_like_name(strip_title(p.strip())[1]) for p in kept.split(",")[:-1])
            seg = kept + ("," if named else "")  # but not "Joint par téléphone, un cadre de la mine"
        defined = re.search(r"\(([^()]{1,12})\)\s*$", seg)
        full = self.book.acronyms.get(defined.group(1), "") if defined else ""
        if (
            defined
            and re.search(r",|\s(?:et|and)\s", full)
            and seg[: defined.start()].rstrip().endswith(full)
        ):
            # "Le ministère de la Mer, de la Pêche et des Ports (MMPP) a indiqué": the commas are the
            # name's, which its acronym stands for.
            prefix = re.sub(r"\b[lL]['’]$", "", seg[: defined.start()].rstrip()[: -len(full)])  # "L'AHRIM"
            seg = prefix + defined.group(1)
        seg = re.sub(r"\s*\([^()]{1,40}\)", "", seg)  # "The UK Health Security Agency (UKHSA) said"
        voiced = _BODY_VOICE_RE.fullmatch(seg)
        if voiced:
            body = self._speaker([voiced.group("np")])
            if body is not None and body[0].type == "organization" and body[0].name != body[0].name.lower():
                return [voiced.group("np")]
        # "M. Brou Kouamé a, par ailleurs, indiqué", "L'opposition a d'ores et déjà annoncé": the auxiliary
        # and the aside are not the subject
        seg = re.sub(
            r"\s+(?:a|ont|avait|avaient|has|have|had)\s*(?:,\s*[^,]{1,40},|d['’]ores\s+et\s+déjà)\s*$",
            " ",
            seg,
        )
        # "Corvane, which buys data from app developers and resells it to advertisers, hedge funds and
        # government contractors, said": a relative clause with a list inside, right after the name.
        listed = _NAME_THEN_RELATIVE_RE.match(seg)
        if listed:
            seg = listed.group("np")
        # "A senior official, speaking on condition of anonymity because of …, said": the formula goes.
        seg = re.sub(r",\s*speaking on condition of anonymity[^,]*,\s*$", ", ", seg, flags=re.IGNORECASE)
        # "Curtis Vandermeer, a meteorite hunter who drove 500 miles from Tucson, Ariz., after …, says",
        # "Aldous Keppler, president of the local that represents drivers, said": the apposition's own
        # relative clause goes, commas and all.
        seg = _APPOSITION_RELATIVE_RE.sub(r"\g<app>,", seg)
        given = _GAVE_NAME_RE.search(seg)
        if given:
            return [given.group("name")]  # "A Myanmar national who gave his name only as Aung said"
        appended = _NAME_APPOSITION_TAIL_RE.search(seg) or _TITLED_NAME_APPOSITION_RE.search(seg)
        if appended:
            # "Iris Hollenback, a city commissioner and one of the two members who voted no, argued"
            return [appended.group("name"), appended.group("app")]
        # "A resident who asked that her name not be used because she is behind on her rent said": the
        # request for anonymity, whatever its length, is no part of who spoke
        seg = _ASKED_ANONYMITY_RE.sub("", seg)
        boundaries = list(HARD_BOUNDARY_RE.finditer(seg))
        closing = seg.rstrip()
        if boundaries and closing.endswith(",") and boundaries[-1].group().strip().lower() in ("et", "and"):
            opening = closing[:-1].rfind(",")
            joined = seg[boundaries[-1].end() :].lstrip()
            if (
                0 < opening < boundaries[-1].start()
                and seg[opening + 1 : boundaries[-1].start()].strip()
                and not re.match(r"(?:le|la|les|l'|un|une|des|the|a|an|his|her|its|son|sa|ses)\b", joined)
            ):
                # "le quadragénaire, costume sombre et voix blanche, a reconnu": "et" joins the aside's words
                boundaries.pop()
        if (
            boundaries
            and boundaries[-1].group().strip().lower() in ("et", "and")
            and re.fullmatch(_JOINED_ADJECTIVES, seg[boundaries[-1].end() :].strip())
            # both words agree in number, the first no elided article: not "l'opposition a d'ores et déjà"
            and re.search(
                rf"\s[a-zà-ÿ-]{{3,}}{'s' if seg.rstrip().endswith('s') else '[^s]'}\s*$",
                seg[: boundaries[-1].start()],
            )
        ):
            boundaries.pop()  # "le ministère des Pêches et des Infrastructures maritimes et portuaires a indiqué"
        cut = boundaries[-1].end() if boundaries else 0
        last = boundaries[0] if len(boundaries) == 1 else None
        if (
            last is not None
            and last.group().lower() in ("that", "who", "which", "qui")
            and _SUBJECT_HEAD_RE.match(seg)
            and not self.cue_re.search(seg, 0, last.start())
            and not seg[last.end() :].rstrip().endswith(",")
        ):
            # "The director of a Dnipro school that received one of the generators told …": a
            # restrictive relative inside the subject; the noun phrase before it speaks.
            cut, seg = 0, seg[: last.start()]
        seg = seg[cut:].rstrip()
        restrictive = re.search(r"\s(?:who|qui)\s", seg) if not boundaries else None
        if restrictive and _SUBJECT_HEAD_RE.match(seg) and "," not in seg[: restrictive.start()]:
            seg = seg[: restrictive.start()]  # "One actor who had been cast in The Tempest said"
        apposition = seg.endswith(",")
        if apposition:
            seg = seg[:-1]
        pieces = [p.strip() for p in re.split(r"(?<!\d),|,(?!\d)", seg)]  # not "the 10,000m champion"
        # "the Ministry of Housing, Communities and Local Government", "Le ministère de l'Agriculture, des
        # Ressources hydrauliques et de la Pêche a annoncé": a name listing its remits is one piece
        # (an aside may follow it: "Le ministère de l'Industrie, du Commerce et de l'Artisanat, joint par …")
        remits = next(
            (
                (start, end)
                for start in range(len(pieces) - 2, -1, -1)
                for end in range(len(pieces), start + 1, -1)
                if is_listed_name(", ".join(pieces[start:end]))
            ),
            None,
        )
        if remits:
            pieces[remits[0] : remits[1]] = [", ".join(pieces[remits[0] : remits[1]])]
        if (
            len(pieces) >= 3
            and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", pieces[-1])
            and re.search(r"\s(?:at|of|in|à|au|de)\s+(?:the\s+)?[A-ZÀ-Ý][^,]*$", pieces[-2])
        ):
            pieces = pieces[:-1]  # "Dr X, a cardiologist at King Faisal Hospital, Kigali, told": the town
        if len(pieces) >= 3 and _PLACE_APPOSITION_RE.match(pieces[-1]):
            pieces = pieces[
                :-1
            ]  # "X, the fire chief in Bingham, a town of about 700 people, said": the town's
        if len(pieces) >= 2 and AGE_PIECE_RE.match(pieces[-1]):
            pieces = pieces[:-1]  # "Marcus Lyle, 71, who toured with her, described …"
            apposition = False
        # "Dolores Reyes, 67, a retired schoolteacher, said": the age between name and apposition goes.
        # "Rep. Marquis Tunstall, D-Hartford, a co-chair of …, said": the party and district go too
        pieces = [
            p for i, p in enumerate(pieces) if not (i and (AGE_PIECE_RE.match(p) or _PARTY_SEAT_RE.match(p)))
        ]
        prepared = next(filter(None, (_PREPARED_BY_RE.match(p) for p in pieces[1:])), None)
        if prepared:
            # "The memo, prepared by officials in the Department of Education and seen by The Journal, says":
            # the document speaks for who wrote it, not for the paper that saw it
            return [
                re.sub(
                    r"^(?:officials|staff|experts|analysts|fonctionnaires)\s+(?:in|at|of|from|de|du)\s+",
                    "",
                    prepared.group("who"),
                )
            ]
        if len(pieces) >= 2 and _PUBLISHED_IN_RE.match(pieces[-1]):
            pieces, apposition = pieces[:-1], False  # "Une étude de X, publiée dans la revue Y, conclut"
        if len(pieces) >= 2 and _MET_AT_RE.match(pieces[-1]):
            pieces, apposition = pieces[:-1], False  # "Une villégiatrice, croisée au débarcadère, dit"
        if (
            pieces
            and pieces[-1].lower().split()[0:1] in (["qui"], ["who"], ["which"], ["lequel"], ["laquelle"])
            and len(pieces) >= 2
        ):
            # "Mottram, who has always denied …": the antecedent, not the relative clause, speaks
            relative_word = pieces[-1].split()[0].lower()
            pieces = pieces[:-1]
            apposition = False
            leading = self.cue_re.match(pieces[-2]) if len(pieces) >= 2 else None
            if (
                leading
                and relative_word in ("who", "qui")
                and pieces[-1][:1].islower()
                and looks_like_name(strip_title(pieces[-2][leading.end() :].strip())[1])
            ):
                # "said Farrukh Mirani, general secretary of the union, who said …": the name, not the union
                return [pieces[-2][leading.end() :].strip(), pieces[-1]]
            quote_cue_re = FR_QUOTE_CUE_RE if self.language == "fr" else EN_QUOTE_CUE_RE
            # "…, souffle le milieu de terrain, qui estime": a verb only quotes take leads too
            lead_cue = self.cue_re.match(pieces[-1]) or quote_cue_re.match(pieces[-1])
            if lead_cue:
                pieces[-1] = pieces[-1][lead_cue.end() :].strip()  # "…, a confirmé l'institut, qui souligne"
            # "The work was funded by the Faraday Institution, which says …": the antecedent speaks.
            antecedent = ANTECEDENT_RE.search(pieces[-1])
            if antecedent and len(pieces[-1].split()) > 6:
                pieces[-1] = antecedent.group("np")
        if (
            len(pieces) >= 2
            and (
                ADDRESSED_RE.search(pieces[-2])
                or re.search(r"\s(?:near|outside)\s+[A-Z][\w'’-]+$", pieces[-2])
            )
            and (
                self.ent_labels.get(pieces[-1]) in ("GPE", "LOC")
                or pieces[-1].lower() in PLACE_NAMES
                or _PLACE_NAME_RE.fullmatch(pieces[-1])
            )
        ):
            # "Fishermen at Conset Bay, St John say", "X at The University of the West Indies, Cave Hill,
            # said": the parish or the campus is the address's
            pieces, apposition = pieces[:-1], False
        if (
            apposition
            and len(pieces) >= 3
            and all(p[:1].islower() for p in pieces[-2:])
            # a bare noun, not "la Dr X" nor "le quotidien Record": the apposition of a name before it
            and not re.match(
                r"(?:the|a|an|le|la|les|l'|un|une|citing|citant|quoted|cité|citée)\b", pieces[-2]
            )
            and len(pieces[-3].split()) >= 2
            and not PREPOSITION_START_RE.match(pieces[-3])
            and looks_like_name(strip_title(pieces[-3])[1])
        ):
            # "Neil Broadbent, headteacher of Fen Academy, one of the trust's schools, said": the name and
            # its first apposition.
            result = [pieces[-3], pieces[-2]]
        elif apposition and len(pieces) >= 2:
            result = [pieces[-2], pieces[-1]]
        else:
            result = [pieces[-1]] if pieces else []
        side = on_side(self.norm[lo:hi]) if [r.lower() for r in result] == ["on"] else ""
        if side:
            return [side]  # "Du côté de l'AfricaMuseum, on assure que …": the body speaks
        if not result or not result[0] or PREPOSITION_START_RE.match(result[0]):
            if len(result) == 2 and result[1] and not PREPOSITION_START_RE.match(result[1]):
                return [result[1]]
            return []
        return result

    def _speaker(self, pieces: list[str]) -> tuple[ExtractedSpeaker, str] | None:
        if not pieces:
            return None
        # "The State, represented by Mr Nyasha Chisvo, alleged": the one who speaks for it
        represented = _REPRESENTED_BY_RE.match(pieces[-1]) if len(pieces) == 2 else None
        if represented:
            pieces = [represented.group("who")]
        return self.book.speaker_from(pieces, self.ent_labels)

    def _name(self, phrase: str) -> str:
        built = self._speaker([phrase]) if phrase else None
        return outlet_name(built[0].name) if built else ""

    def _relay_after(self, rest: str) -> str:
        """The agency after a postposed speaker: "…, a déclaré le ministre, cité par l'APS", "…, selon des
        propos rapportés par l'APS", "…, said the minister, according to Xinhua"."""
        cited = CITED_BY_RE.search(rest) or ACCORDING_AFTER_RE.search(rest)
        return (self._name(cited.group("who")) or outlet_name(cited.group("who"))) if cited else ""

    def _relay_prefix(self, lo: int, hi: int) -> str:
        """The R of a leading "Selon R," / "According to R," in norm[lo:hi]."""
        seg = self.norm[lo:hi]
        match = ACCORDING_RE[self.language].search(seg)
        if not match or seg[: match.start()].strip(" ,"):
            return ""
        rest = seg[match.end() :]
        comma = rest.find(",")
        if comma < 0:
            return ""
        built = self._speaker([rest[:comma]])
        return built[0].name if built else ""
