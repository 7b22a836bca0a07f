"""What a document has named so far, and resolving pronouns and descriptions against it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .coreference import (
    KIN_NOUNS,
    age_range,
    description_kind,
    org_kind,
    role_of,
    same_word,
)
from .descriptions import (
    CLAUSE_OPENERS,
    COMPLEMENT_RE,
    DEFINITE_FR_RE,
    DEFINITE_RE,
    HEAD_OF_WORDS,
    SURNAME_PARTICLES,
    WRITTEN_OUT_ROLES,
    generic_org,
    guess_gender,
    head_of_description,
    looks_like_name,
    opens_with_count,
    person_head,
    strip_determiner,
)
from .leads import named_below, opening_below, titled_below
from .nearby import (
    body_just_named,
    body_titled,
    counsel_just_spoke,
    head_of_named_body,
    last_named_person,
    latest_body,
    named_with_age,
    named_with_head,
    office_of,
    other_origin,
    titled_with,
    titles_of,
    trade_holder,
    unnamed_just_spoke,
)
from .nouns import (
    GROUP_HEADS,
    LEGAL_FORMS,
    NAME_PREPOSITIONS,
    NATIONALITY_RE,
    ORG_HEADS,
    PERSON_NOUNS,
    ROLE_HEADS,
)
from .phrases import POSSESSIVE_RE, strip_based
from .pronouns import resolve_pronoun
from .speakers import speaker_key
from .types import ExtractedSpeaker

# "le responsable", "the official": any office holder, so the latest one, not one once called so
_ANY_OFFICE = frozenset({"responsable", "official", "dirigeant", "dirigeante", "officiel", "représentant"})


@dataclass
class Known:
    speaker: ExtractedSpeaker
    gender: str  # "m", "f", "p" (plural) or ""
    position: int = -1  # offset of the sentence where the entity was met
    spoke: bool = True  # False for a sentence subject that said nothing (yet)
    channel: str = ""  # where it spoke: "statement", "communiqué"


@dataclass
class DocumentMemory:
    """Speakers, sentence subjects and named bodies met so far in a document, and who a pronoun or a
    description stands for."""

    full_names: list[str] = field(default_factory=list)
    history: list[Known] = field(default_factory=list)
    subjects: list[Known] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # learnt from "she said" after a speaker
    pronoun_genders: dict[str, str] = field(default_factory=dict)  # the first "il"/"she" used of a person
    ages: dict[str, int] = field(default_factory=dict)  # "Paul Grant, 38," -> {"Paul Grant": 38}
    mentioned: list[Known] = field(default_factory=list)  # organisations named before they speak
    text: str = ""  # the normalised document, for how often an entity was named so far
    acronyms: dict[str, str] = field(default_factory=dict)  # "TUR" -> "Transports urbains du Rhône"
    position: int = 0  # start of the sentence being read

    def resolve_pronoun(self, pronoun: str) -> ExtractedSpeaker | None:
        """The most recent compatible speaker or sentence subject; learns the gender it implies."""
        return resolve_pronoun(self, pronoun)

    def recent(self) -> list[Known]:
        known = (
            self.history[-10:]
            + self.subjects[-6:]
            + [k for k in self.mentioned if k.position <= self.position][-4:]
        )
        return sorted(known, key=lambda k: k.position, reverse=True)

    def named_bodies(self) -> list[Known]:
        """Every organisation that spoke or was named so far, however long ago."""
        known = self.history + [k for k in self.mentioned if k.position <= self.position]
        return [k for k in known if k.speaker.type == "organization"]

    def age_of(self, name: str) -> int | None:
        for written, age in self.ages.items():
            if written == name or written.endswith(" " + name):
                return age
        return None

    def resolve_person(
        self, words: list[str], gender: str, ages: tuple[int, int] | None, possessive: bool
    ) -> Known | None:
        """The named person a description stands for: same title first, then the latest compatible."""
        wanted_role = role_of(words)
        first, seen = None, set()
        recent = self.recent()
        # A person is described by every title met with the name, not only the latest mention's.
        titles: dict[str, list[str]] = {}
        for known in recent:
            titles.setdefault(known.speaker.name, []).append(known.speaker.title)
        for known in recent:
            speaker = known.speaker
            unnamed_head = re.split(r"\s(?:at|of|from|in|on|near|with|de|du|des|d')\s", speaker.name)[
                0
            ].split()[-1]
            if (
                speaker.type == "person"
                and speaker.name[:1].islower()
                and known.spoke
                and same_word(unnamed_head, words[-1])
            ):
                return known  # "the dispatcher said" after "A dispatcher who … said": that unnamed source
            if (
                speaker.type != "person"
                or known.gender == "p"
                or speaker.name in seen
                or not looks_like_name(speaker.name)
                or speaker.name.split()[0].lower() in GROUP_HEADS
            ):
                continue
            seen.add(speaker.name)
            # the gender met with any mention of the name: "La présidente, Claire Fourcade" is not "le prévenu"
            if gender and (
                known.gender not in (gender, "") or self._gender_of(speaker.name) not in (gender, "")
            ):
                continue
            if ages is not None:
                age = self.age_of(speaker.name)
                if age is not None and ages[0] <= age <= ages[1]:
                    return known
                if age is not None:
                    continue
            described = " ".join([*titles[speaker.name], *speaker.aliases]).replace("'s", " ").split()
            if "Me" in described or "Maître" in described:
                described.append("avocat")  # "Me Mickaël Dijoux […] L'avocat a fait valoir"
            role = role_of(described)
            if wanted_role and role and role[0] == wanted_role[0] and role[1] != wanted_role[1]:
                continue
            if other_origin(words, described):
                continue
            if not set(words) <= _ANY_OFFICE and any(
                same_word(w, d) for w in words for d in described if len(w) > 3 or w in KIN_NOUNS
            ):
                return known
            if first is None and not possessive:
                first = known
        unnamed = unnamed_just_spoke(self, first) if not possessive and ages is None else None
        if unnamed is not None:
            return unnamed
        if ages is not None and (first is None or self.age_of(first.speaker.name) is None):
            named = named_with_age(self, ages)
            if named is not None:
                return named
        if any(w in ROLE_HEADS for w in words):
            # "L'échevin promet …" a page after "l'échevin de l'Énergie, Baudry Wauthelet": the title holder
            # who spoke further back beats whoever spoke last.
            for known in reversed(self.history):
                title = known.speaker.title.replace("'", " ").split()
                if (
                    known.speaker.type == "person"
                    and (not gender or self._gender_of(known.speaker.name) in (gender, ""))
                    and any(same_word(w, t) for w in words for t in title if len(w) > 3)
                    and not other_origin(words, title)
                ):
                    return known
        return first

    def written_in_full(self, name: str) -> bool:
        """True when `name` ends a longer full name of the document ("Le Goff" of "Yann Le Goff")."""
        return any(n.endswith(" " + name) for n in self.full_names)

    def expand_surname(self, bare: str, gender: str = "", honoured: bool = False) -> str:
        if len(bare.split()) == 2:
            longer = {
                n
                for n in self.full_names
                if n.endswith(" " + bare) and not re.search(r"-[a-zà-ÿ]", n[: -len(bare)])  # not "Runner-up"
            }
            if not longer:
                # "Mohd Rizal" after "Mohd Rizal Zulkarnain": a Malay name is shortened to its first words
                longer = {n for n in self.full_names if len(n.split()) >= 3 and n.startswith(bare + " ")}
                return longer.pop() if len(longer) == 1 else bare
            if len(longer) != 1:
                return bare
            full = longer.pop()
            first = full.split()[0]
            return (
                full
                # "M. Dan Inna" after "Chaïbou Dan Inna": after a courtesy title both words are the surname
                if (
                    honoured
                    # "M. Le Bihan" is "Yannick Le Bihan", "Te Whata" is "Aroha Te Whata": a particle starts it
                    or bare.split()[0].lower() in SURNAME_PARTICLES
                    # "Wambui Gachanja" after "Lilian Wambui Gachanja" spoke: a middle name and the surname
                    # (or was the subject of a sentence: "Gozo minister Jeremy Spiteri Xerri rejected …")
                    or len(full.split()) == 3
                    and any(k.speaker.name == full for k in self.history + self.subjects)
                    # "Kean Loong" after "Tan Kean Loong": a short family name written first
                    or re.fullmatch(r"[A-Z][a-z]{1,3}", first) is not None
                    and first.lower() not in NAME_PREPOSITIONS | CLAUSE_OPENERS
                )
                else bare
            )
        if len(bare.split()) != 1:
            return bare
        key = speaker_key(bare)
        matches = {n for n in self.full_names if speaker_key(n.split()[-1]) == key}
        if not matches:
            # "Zhao said" after "Zhao Minghui", "Kwok" after "Irene Kwok Man-yee": family name first;
            # "Rosnah" after "Rosnah binti Haji Ahmad" spoke: a given name before a patronymic
            spoke = {
                k.speaker.name
                for k in self.history
                if " bin " in k.speaker.name or " binti " in k.speaker.name
            }
            matches = {
                n for n in {*self.full_names, *spoke} if key in {speaker_key(w) for w in n.split()[:-1]}
            }
        # A name that already spoke beats a run of capitals ("Minister for Enterprise Niamh Cassidy");
        # then "Bijay Kumar Sahoo" and "Kumar Sahoo" are one person: the fullest form wins.
        if len(matches) > 1 and gender in ("m", "f"):
            # "Mrs Sandercock" after "Oriel Sandercock" and her husband "Clifford Sandercock"
            matches = (
                {n for n in matches if self._gender_of(n) == gender}
                or {n for n in matches if self._gender_of(n) == ""}
                or matches
            )
        spoke = {k.speaker.name for k in self.history}
        matches = {n for n in matches if n in spoke} or matches
        matches = {n for n in matches if not any(other.endswith(" " + n) for other in matches)}
        latest = next((k.speaker.name for k in reversed(self.history[-3:]) if k.speaker.name in matches), "")
        if len(matches) > 1 and latest:
            return latest  # "Zendejas said" right after Eliseo Zendejas spoke, though Araceli did before
        return matches.pop() if len(matches) == 1 else bare

    def _gender_of(self, name: str) -> str:
        """The gender met with any mention of a person so far, "" when none or when they disagree."""
        met = {k.gender for k in self.history + self.subjects + self.mentioned if k.speaker.name == name}
        met = (met | {self.genders.get(name, "")}) - {"", "p"}
        return met.pop() if len(met) == 1 else ""

    def _last_named_person(self, gender: str = "") -> Known | None:
        return last_named_person(self, gender)

    def _named_just_before(self, same_paragraph: bool = False) -> Known | None:
        """The person named last, within a few sentences (or within this paragraph) of the current one."""
        last = self._last_named_person()
        if last is None:
            return None
        between = self.text[last.position : self.position]
        near = "\n" not in between if same_paragraph else len(between) <= 400
        return last if near else None

    def resolve_description(
        self, head: str, person: bool, described_by: tuple[str, ...] = ()
    ) -> Known | None:
        """ "l'agence sanitaire", "the company", "the firm": the latest organisation of that kind.
        The description's other words choose between bodies of one kind: "la fédération internationale"
        is the "Fédération internationale de ski", not the "Fédération française de ski"."""
        if person:
            return self.resolve_person([head], "", None, False)
        return latest_body(self, head, described_by)

    def _description(self, mention: str) -> Known | None:
        """A description standing for an entity met before: "l'institut de la statistique", "her daughter"."""
        possessive = bool(POSSESSIVE_RE.match(mention))
        if not DEFINITE_RE.match(mention) and not possessive:
            return named_below(self, mention)
        below = opening_below(self, mention)
        if below is not None:
            return below
        bare = strip_based(strip_determiner(mention))  # "the Vancouver-based company"
        bare = WRITTEN_OUT_ROLES.get(bare, bare)  # "Le DG a confirmé" after "le directeur général, X"
        if (counsel := counsel_just_spoke(self, bare)) is not None:
            return counsel  # "Le conseil a fait valoir" after Me X pleaded
        if "," in bare:
            return None  # "l'entraîneur marseillais, Luis Ferrer" names the person itself
        office = office_of(self, bare)
        if office is not None:
            return office
        parts = COMPLEMENT_RE.split(bare, maxsplit=1)
        head, complement = parts[0].split(), parts[1] if len(parts) > 1 else ""
        if not head or len(head) > 4:
            return None
        ages = age_range(bare)
        head, bare = head_of_description(head, bare, complement, ages)
        lowered = [w.lower() for w in head]
        if len(head) > 1 and any(w[:1].isupper() for w in head) and not head[-1].islower() and not ages:
            return None  # "le capitaine Antoine Dupont" is a name with its title (but "the 46-year-old Finn")
        if (
            head[0][:1].isupper()
            and not complement
            and lowered[0] not in ORG_HEADS
            and not org_kind(head[0])
            and not role_of(lowered)
            and not NATIONALITY_RE.match(bare)
        ):
            return None  # "The Grocer reported" is a paper's title, not "the grocer" met before
        if ages or NATIONALITY_RE.match(bare) or person_head(head) or titled_with(self, lowered[0]):
            described_body = body_titled(self, lowered[0] if DEFINITE_FR_RE.match(mention) else lowered[-1])
            if described_body is not None and not complement and not possessive:
                return described_body  # "Le gestionnaire précise" after "ORES, le gestionnaire du réseau"
            below = titled_below(self, lowered) if not self.history and not possessive else None
            if below is not None:
                return below
            if possessive and not any(w in KIN_NOUNS or role_of([w]) or w in ROLE_HEADS for w in lowered):
                return None
            # "la mère de deux enfants", "Camille, 27 ans", "a father of two": a count after the noun
            # describes the person, like an age; "le ministre de la Santé" names an office.
            if lowered[0] in KIN_NOUNS and re.match(
                r"(?:du|de\s+la|de\s+l'|des|d'une?|de\s+(?:deux|trois|plusieurs)|"
                r"(?:of\s+)?(?:the|one|a|an|two|three|several))\s",
                complement.strip(),
            ):
                return None  # "la mère du prévenu" is someone new, not the prévenu nor whoever spoke last
            if complement.strip() and not opens_with_count(complement.strip()):
                # "le ministre de la Santé" is often someone new: only a matching title resolves it.
                found = self.resolve_person(lowered, guess_gender(mention), ages, True)
                wanted = {w.lower() for w in re.findall(r"[\w-]{3,}", complement)}
                # every title the person was met with: "Son frère aîné, X, propriétaire de la pirogue, …"
                titles = f"{titles_of(self, found.speaker.name)} {found.speaker.title}" if found else ""
                met = set(titles.lower().replace("'", " ").split())
                if found is not None and wanted & met:
                    return found
                at = self.text.find(mention, self.position)
                # "le député écologiste de la Gironde Nicolas Thébault": the name follows, no one is met again
                name_follows = re.search(r"[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+$", complement) is not None
                if (
                    found is not None
                    and not name_follows
                    and lowered[0] in met
                    and self.history[-1:]
                    and found.speaker.name == self.history[-1].speaker.name
                    and re.search(
                        r"[»”\"]", self.text[self.position : max(at, self.position)]
                    )  # after a quote
                ):
                    return found  # "« … », a lancé le président de l'assemblée" after the Conseil's president
                near = self._named_just_before(same_paragraph=True)
                if (
                    near is not None
                    and not name_follows
                    and re.search(r"[»”\"]", self.text[max(self.position, at - 30) : max(at, self.position)])
                    and self._gender_of(near.speaker.name) in (guess_gender(mention), "")
                ):
                    return near  # "Le chef de la fraction, Marc X, … « … », écrit le député du Nord"
                named = set(re.findall(r"(?:^|\b(?:la|of|the)\s+|l')([A-ZÀ-Ý][\w-]{2,})", complement))
                if named and lowered[-1] in HEAD_OF_WORDS:
                    head = head_of_named_body(self, named)
                    if head is not None:
                        return head
                # "le chef d'entreprise" is one compound noun, an occupation like "le gérant"
                compound = re.fullmatch(r"[a-zà-ÿ]+\s+(?:d'|de\s+)[a-zà-ÿ]+", bare) is not None
                if not role_of(lowered) and lowered[0] not in ROLE_HEADS or compound:
                    # "soupire le gérant de Loire Évasion" right after "Fabien Chaumereuil loue des canoës":
                    # an occupation, not an office, in the paragraph that named the person (or, for
                    # "« … », a lancé l'homme d'affaires" opening the next paragraph, just before it)
                    near = self._named_just_before(same_paragraph=True)
                    return near or (self._named_just_before() if compound and not possessive else None)
                # "le président X a décrété … « … », a déclaré le chef de l'État": the newly named person
                if (
                    near is not None
                    and not near.spoke
                    # introduced by a lowercase office ("le président X"), not "Chez LR"
                    and re.search(r"[a-zà-ÿ],?\s+$", self.text[max(0, near.position - 30) : near.position])
                    and not name_follows
                    and self._gender_of(near.speaker.name) in (guess_gender(mention), "")
                ):
                    return near
                return None
            # "la metteuse en scène" is one compound noun, as anaphoric as "la directrice".
            compound = len(head) == 3 and lowered[1] == "en"
            anaphoric = (
                lowered[0] in PERSON_NOUNS | ROLE_HEADS | KIN_NOUNS
                # "le pénaliste parisien": an occupation with adjectives is as anaphoric as alone
                # "le chanteur", "la retraitée", "le prévenu": an occupation or a part in the story
                or bool(
                    re.search(r"(?:iste|logue|logist|ist|eur|euse|rice|ier|ière|aire|ant|ante|ée)$", head[0])
                )
                and len(head[0]) > 5
                and all(w.islower() for w in head[1:])
                or role_of(lowered[:1])
                or len(head) == 1
                or compound
            )
            newcomer = (
                self._named_just_before(same_paragraph=True)
                if ages is not None
                and named_with_age(self, ages) is None
                and not possessive
                and not role_of(lowered)
                and not ROLE_HEADS.intersection(lowered)
                else None
            )
            if (
                newcomer is not None
                and not newcomer.spoke
                and self._gender_of(newcomer.speaker.name)
                in (
                    guess_gender(mention),
                    "",
                )
            ):
                # "X n'en revient pas. « … », raconte le céréalier de 58 ans": an occupation with an age no
                # one was given is the person this paragraph has just named, who had not spoken yet
                return newcomer
            found = self.resolve_person(lowered, guess_gender(mention), ages, possessive or not anaphoric)
            if found is None and NATIONALITY_RE.match(bare):
                found = self._last_named_person()  # "le Pyrénéen" after "Lucas Verdier avait …"
            if found is None and anaphoric and not possessive:
                # "le chanteur français Bastien Courtaud, attendu en clôture. […] Le chanteur a indiqué":
                # the person named just before, though no clause of theirs was read.
                found = self._named_just_before()
                said_gender = guess_gender(mention)
                if said_gender and (
                    found is None or self._gender_of(found.speaker.name) not in (said_gender, "")
                ):
                    # "À la barre, le prévenu a reconnu" after "La présidente, Claire Fourcade, …": the
                    # last person named whose gender does not rule the description out.
                    found = self._last_named_person(said_gender)
            if found is None and not anaphoric and lowered[-1] in ROLE_HEADS and not head[0].islower():
                # "…, confie le Premier ministre" right after "Bertrand Lacombe raconte …": a unique office
                # (capitalised) is the person of the sentence just before, and no one further back.
                found = next(
                    (
                        k
                        for k in self.recent()
                        if k.speaker.type == "person"
                        and looks_like_name(k.speaker.name)
                        and 0 < self.position - k.position <= 200
                    ),
                    None,
                )
            return found
        if possessive or len(bare.split()) > 5:
            return None
        trader = trade_holder(self, lowered[-1]) if not complement else None
        if trader is not None:
            return trader
        if any(c.isupper() for c in re.sub(r"\b(?:État|Etat)\b", "", bare)) and bare.lower() not in ORG_HEADS:
            return None  # but "la société d'État" is a description, and so is "le Ministère" in Québec
        words = bare.lower().split()
        # French puts the head noun first ("la cave coopérative"), English last ("the water utility")
        head = words[0] if DEFINITE_FR_RE.match(mention) else words[-1]
        heads = [w for w in words if w == head and (generic_org(w) or w in ORG_HEADS or description_kind(w))]
        if not heads and len(words) > 2:
            heads = [w for w in words if generic_org(w)] or [
                w for w in words if w in ORG_HEADS or description_kind(w)
            ]
        found = self.resolve_description(heads[0], person=False, described_by=tuple(words)) if heads else None
        found = found or named_with_head(self, words[-1])
        if found is None and len(words) <= 3:
            found = body_just_named(self, head)
        if found is None and heads and not self.named_bodies():
            # "…, the health watchdog has found. ¶ In a report published today, the Care Quality
            # Commission (CQC) said …": a lead names the body only in the next paragraph.
            end = self.text.find("\n", self.position)
            found = next(
                (
                    k
                    for k in self.mentioned
                    if k.speaker.type == "organization"
                    and 0 < k.position - end <= 200
                    # formally introduced, with its acronym ("the Care Quality Commission (CQC)") or its
                    # legal form ("Balgarvie Fruit Ltd told The Courier")
                    and (
                        k.speaker.name in self.acronyms.values()
                        or re.match(rf",?\s+{LEGAL_FORMS}\b", self.text[k.position + len(k.speaker.name) :])
                    )
                    and not re.search(r"[\d,]", k.speaker.name)
                ),
                None,
            )
        return found
