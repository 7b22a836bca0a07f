"""Turning subject phrases into speakers: appositions, titles, pronouns, organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import plausible, scrub, split_affiliation, split_role_before_name, trim_description
from .nouns import (
    DETERMINERS,
    FEMININE_HINTS,
    GROUP_HEADS,
    ORG_HEADS,
    ORG_NAMES,
    ORG_PHRASES,
    PRONOUNS,
    ROLE_HEADS,
)
from .coreference import (
    KIN_NOUNS,
    age_range,
    description_kind,
    compatible_kinds,
    org_kind,
    role_of,
    same_word,
)
from .speakers import speaker_key, strip_title
from .types import ExtractedSpeaker

_PARTICLES = {
    "de",
    "du",
    "des",
    "van",
    "von",
    "der",
    "den",
    "al",
    "el",
    "bin",
    "da",
    "di",
    "la",
    "le",
    "ibn",
    "ben",
}
_PREPOSITIONS = {
    "de",
    "du",
    "des",
    "d'",
    "la",
    "le",
    "les",
    "l'",
    "à",
    "au",
    "aux",
    "en",
    "of",
    "the",
    "in",
    "at",
    "for",
    "on",
    "to",
    "and",
    "et",
    "pour",
    "sur",
    "dans",
}
_NAME_WORD_RE = re.compile(r"^[A-ZÀ-Ý][\w'.-]*$")
# "le Dr", "le ministre" say nothing of the person's gender in French.
_MASCULINE_RE = re.compile(
    r"^(?:le|un|ce|m\.|monsieur|mr\.?)\s(?!(?:dr|pr|docteur|professeur|ministre|juge|maire|capitaine|"
    r"secrétaire|porte-parole|médecin)\b)",
    re.IGNORECASE,
)


def looks_like_name(text: str) -> bool:
    """True for a short run of capitalised words ("Hanna Malyar", "TASS")."""
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if not _NAME_WORD_RE.match(words[0]):
        return False
    return all(_NAME_WORD_RE.match(w) or w.lower() in _PARTICLES for w in words)


def _split_descriptor(text: str) -> tuple[str, str]:
    """Split "agence de presse officielle TASS" into ("agence de presse officielle", "TASS")."""
    words = text.split()
    tail: list[str] = []
    while words and _NAME_WORD_RE.match(words[-1]):
        tail.insert(0, words.pop())
    if not tail or not words:
        return "", text
    if words[-1].lower().strip(".") in _PREPOSITIONS or words[-1].endswith("'"):
        return "", text  # "ministère russe de la Défense": the capital is a complement, not a name
    if not words[0][0].islower():
        return "", text  # "Santé publique France" is one name, not a description of "France"
    return " ".join(words), " ".join(tail)


@dataclass
class Known:
    speaker: ExtractedSpeaker
    gender: str  # "m", "f", "p" (plural) or ""
    position: int = -1  # offset of the sentence where the entity was met
    spoke: bool = True  # False for a sentence subject that said nothing (yet)


@dataclass
class SpeakerBook:
    """Speakers and sentence subjects met so far in a document, for pronoun and surname resolution."""

    full_names: list[str] = field(default_factory=list)
    org_names: set[str] = field(default_factory=set)
    history: list[Known] = field(default_factory=list)
    subjects: list[Known] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # learnt from "she said" after a speaker
    ages: dict[str, int] = field(default_factory=dict)  # "Paul Grant, 38," -> {"Paul Grant": 38}
    mentioned: list[Known] = field(default_factory=list)  # organisations named before they speak
    text: str = ""  # the normalised document, for how often an entity was named so far
    position: int = 0  # start of the sentence being read

    def add_names(self, names) -> None:
        for name in names:
            name = strip_title(" ".join(name.split()))[1]
            if len(name.split()) >= 2 and looks_like_name(name) and name not in self.full_names:
                self.full_names.append(name)

    def remember(self, speaker: ExtractedSpeaker, gender: str) -> None:
        gender = gender or self.genders.get(speaker.name, "")
        self.history.append(Known(speaker, gender, self.position))
        if speaker.type == "person":
            self.add_names([speaker.name])

    def note_subject(self, speaker: ExtractedSpeaker, gender: str, position: int) -> None:
        """Record the subject of a sentence, so a later "Elle a déclaré" can find it."""
        gender = gender or self.genders.get(speaker.name, "")
        self.subjects.append(Known(speaker, gender, position, spoke=False))
        if speaker.type == "person":
            self.add_names([speaker.name])

    def resolve_pronoun(self, pronoun: str) -> ExtractedSpeaker | None:
        """The most recent compatible speaker or sentence subject; learns the gender it implies."""
        wanted = PRONOUNS.get(pronoun.lower())
        if wanted is None:
            return None
        candidates = sorted(
            self.history[-8:] + self.subjects[-4:], key=lambda k: (k.position, k.spoke), reverse=True
        )
        for known in candidates:
            if _compatible(known, wanted, same_sentence=known.position == self.position):
                if wanted in ("m", "f") and not known.gender and known.speaker.type == "person":
                    self.genders[known.speaker.name] = wanted
                return known.speaker
        return None

    def _recent(self) -> list[Known]:
        known = self.history[-10:] + self.subjects[-6:] + [k for k in self.mentioned if k.position <= self.position][-4:]
        return sorted(known, key=lambda k: k.position, reverse=True)

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
        for known in self._recent():
            speaker = known.speaker
            if (
                speaker.type != "person"
                or known.gender == "p"
                or speaker.name in seen
                or not looks_like_name(speaker.name)
                or speaker.name.split()[0].lower() in GROUP_HEADS
            ):
                continue
            seen.add(speaker.name)
            if gender and known.gender not in (gender, ""):
                continue
            if ages is not None:
                age = self.age_of(speaker.name)
                if age is not None and ages[0] <= age <= ages[1]:
                    return known
                if age is not None:
                    continue
            described = " ".join([speaker.title, *speaker.aliases]).replace("'s", " ").split()
            role = role_of(described)
            if wanted_role and role and role[0] == wanted_role[0] and role[1] != wanted_role[1]:
                continue
            if any(same_word(w, d) for w in words for d in described if len(w) > 3):
                return known
            if first is None and not possessive:
                first = known
        return first

    def resolve_description(self, head: str, person: bool) -> Known | None:
        """ "l'agence sanitaire", "the company", "the firm": the latest organisation of that kind."""
        if person:
            return self.resolve_person([head], "", None, False)
        kind = description_kind(head)
        best, best_score = None, (-1, -1, -1)
        for rank, known in enumerate(self._recent()):
            if known.speaker.type != "organization" or known.speaker.name.lower() == head:
                continue
            words = known.speaker.name.lower().split()
            french_head = len(words) > 1 and words[1] in ("de", "du", "des", "d'", "pour")
            named = head == words[-1] or french_head and head == words[0]
            named = named or head in known.speaker.title.lower().split()
            found = org_kind(known.speaker.name) or org_kind(known.speaker.title)
            if not named and not ((_generic_org(head) or kind) and compatible_kinds(found, kind)):
                continue
            score = (int(named), self.text[: self.position].count(known.speaker.name), -rank)
            if score > best_score:
                best, best_score = known, score
        return best

    def _description(self, mention: str) -> Known | None:
        """A description standing for an entity met before: "l'institut de la statistique", "her daughter"."""
        possessive = bool(POSSESSIVE_RE.match(mention))
        if not DEFINITE_RE.match(mention) and not possessive:
            return None
        bare = _strip_det(mention)
        if "," in bare:
            return None  # "l'entraîneur marseillais, Luis Ferrer" names the person itself
        parts = _COMPLEMENT_RE.split(bare, maxsplit=1)
        head, complement = parts[0].split(), parts[1] if len(parts) > 1 else ""
        if not head or len(head) > 4:
            return None
        ages = age_range(bare)
        lowered = [w.lower() for w in head]
        if len(head) > 1 and any(w[:1].isupper() for w in head) and not head[-1].islower():
            return None  # "le capitaine Antoine Dupont" is a name with its title, not a description
        if ages or _NATIONALITY_RE.match(bare) or _person_head(head):
            if possessive and not any(w in KIN_NOUNS or role_of([w]) or w in ROLE_HEADS for w in lowered):
                return None
            if complement.strip():
                # "le ministre de la Santé" is often someone new: only a matching title resolves it.
                found = self.resolve_person(lowered, _gender(mention), ages, True)
                wanted = {w.lower() for w in re.findall(r"[\w-]{3,}", complement)}
                if found is not None and wanted & set(found.speaker.title.lower().replace("'", " ").split()):
                    return found
                return None
            anaphoric = lowered[0] in PERSON_NOUNS | ROLE_HEADS | KIN_NOUNS or role_of(lowered[:1]) or len(head) == 1
            return self.resolve_person(lowered, _gender(mention), ages, possessive or not anaphoric)
        if possessive or len(bare.split()) > 5:
            return None
        if any(c.isupper() for c in bare):
            return None
        words = bare.lower().split()
        generic = [w for w in words if _generic_org(w)]
        heads = generic or [w for w in words if w in ORG_HEADS]
        return self.resolve_description(heads[0], person=False) if heads else None

    def expand_surname(self, bare: str) -> str:
        if len(bare.split()) == 2 and bare.split()[0].lower() in (
            "le",
            "la",
            "de",
            "du",
            "van",
            "von",
            "di",
            "da",
        ):
            # "M. Le Bihan" is "Yannick Le Bihan": a particle belongs to the surname.
            matches = {n for n in self.full_names if n.endswith(" " + bare)}
            return matches.pop() if len(matches) == 1 else bare
        if len(bare.split()) != 1:
            return bare
        key = speaker_key(bare)
        matches = {n for n in self.full_names if speaker_key(n.split()[-1]) == key}
        return matches.pop() if len(matches) == 1 else bare

    def speaker_from(
        self, pieces: list[str], ent_labels: dict[str, str]
    ) -> tuple[ExtractedSpeaker, str] | None:
        """Build a speaker from a subject phrase, or two for an apposition; None if implausible."""
        pieces = [_clean(p) for p in pieces if _clean(p)]
        if not pieces:
            return None
        if len(pieces) == 1:
            mention, descriptor = pieces[0], ""
        else:
            first, second = pieces[0], pieces[1]
            first_bare = strip_title(_strip_det(first))[1]
            second_bare = strip_title(_strip_det(second))[1]
            if looks_like_name(second_bare) and not looks_like_name(first_bare):
                mention, descriptor = second, first
            else:
                mention, descriptor = first, second
            if descriptor.lower().startswith(("qui ", "who ", "dont ", "whose ")):
                descriptor = ""
        lowered = mention.lower()
        if lowered in PRONOUNS:
            found = self.resolve_pronoun(lowered)
            return (found, PRONOUNS[lowered]) if found else None
        if len(mention.split()) > 12:
            return None
        role = _strip_det(mention).lower()
        if role in ROLE_HEADS or role in {"judge", "juge", "coach", "minister", "ministre", "mayor", "maire"}:
            for known in reversed(self.history[-8:]):
                if role in known.speaker.title.lower().split():
                    return known.speaker, known.gender
        described = self._description(mention)
        if described is not None:
            return described.speaker, described.gender
        gender = _gender(mention if not descriptor else descriptor + " " + mention)
        title, bare = strip_title(_strip_det(mention))
        if title.strip(".").lower() not in _HONORIFIC_TITLES:
            bare = _strip_det(bare)  # but "M. Le Bihan" keeps the particle of his surname
        if not title:
            described, name = _split_descriptor(bare)
            if name:
                title, bare = described, name
        if not title:
            title, bare = split_role_before_name(bare)
            if title:
                title = strip_title(title + " X")[0] or title
        bare, affiliation = split_affiliation(bare)
        bare = trim_description(bare)
        if descriptor:
            title = title if title else _strip_det(descriptor)
        title = " ".join(filter(None, [title, affiliation]))
        if not plausible(bare, title):
            return None
        kind = _speaker_type(bare, title, ent_labels)
        words = bare.split()
        if words and words[0].lower() in GROUP_HEADS or re.match(r"^(?:les|des|the)\s+\S+s$", mention, re.I):
            gender = "p"
        if kind == "person" and looks_like_name(bare):
            bare = self.expand_surname(bare)
        aliases = [mention] if mention != bare else []
        speaker = ExtractedSpeaker(name=bare, type=kind, aliases=aliases, title=title)
        if kind == "organization" and not gender:
            gender = "m" if _MASCULINE_RE.match(mention) else ""
        return speaker, gender


_SOURCE_DOC_RE = re.compile(
    r"^(?:(?:les|la|le|l'|une|un|des|the|a|an|new|latest|derniers|dernières|nouveaux|nouvelles|premiers|"
    r"premières)\s+)*(?:chiffres|données|estimation|estimations|étude|rapport|enquête|statistiques|bilan|"
    r"figures|data|estimates|report|study|survey|statistics|projections|prévisions)\b.*?"
    r"(?:\s(?:de la|de l'|du|des|de|d'|par|by|from|of)\s*)(?P<agent>[^ ].*)$",
    re.IGNORECASE,
)
_SOURCE_TAIL_RE = re.compile(r"\s+(?:figures|data|estimates|statistics|report|survey)$")
_ENGLISH_PP_RE = re.compile(r"\s+(?:on|in|at|from|across|near)\s+.*$")


_HONORIFIC_TITLES = {"m", "mme", "mlle", "mr", "mrs", "ms", "miss", "monsieur", "madame"}
DEFINITE_RE = re.compile(r"^(?:the|le|la|l'|les)\s*", re.IGNORECASE)
POSSESSIVE_RE = re.compile(r"^(?:his|her|its|their|son|sa|ses|leur|leurs)\s+", re.IGNORECASE)
_COMPLEMENT_RE = re.compile(r"\s+(?:de|du|des|d'|of|at|in|for|who|qui|from)\b\s*", re.IGNORECASE)
_OCCUPATION_RE = re.compile(r"(?:logue|logist|iste|ist|ian|ien|ienne|eur|euse|rice|er|ère|aire)$")
_NATIONALITY_RE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ais|aise|ois|oise|ien|ienne|ic)$")
# Nouns that describe a person already named ("la magistrate", "l'élu socialiste", "le buteur").
PERSON_NOUNS = set(
    "élu élue accusé accusée prévenu prévenue magistrat magistrate buteur buteuse attaquant attaquante "
    "candidat candidate victime défenseur gardien joueur joueuse technicien technicienne édile "
    "intéressé intéressée quadragénaire quinquagénaire sexagénaire septuagénaire trentenaire "
    "défendeur plaignant plaignante témoin enquêteur enquêtrice striker midfielder defender goalkeeper "
    "player veteran defendant accused suspect victim incumbent challenger nominee candidate".split()
)
_GENERIC_ORG_HEADS = set(
    "agence agency institut institute office organisation organization autorité authority company "
    "entreprise groupe firm carmaker charity collectivité métropole club bureau service utility label "
    "syndicat union instance ministère ministry team équipe opérateur operator court tribunal".split()
)


def is_entity(speaker: ExtractedSpeaker) -> bool:
    """True for a named person, a role, a group or a named body (not "le taux de chômage")."""
    words = speaker.name.split()
    if not words:
        return False
    lowered = [w.lower() for w in words]
    if any(w in ROLE_HEADS or w in PERSON_NOUNS for w in lowered) or lowered[0] in GROUP_HEADS:
        return True
    if speaker.type == "organization":
        return words[0][:1].isupper() or lowered[0] in ORG_HEADS
    return looks_like_name(speaker.name)


def _person_head(words: list[str]) -> bool:
    """True when a description's head noun names a person: "the sheriff", "le technicien espagnol"."""
    lowered = [w.lower() for w in words]
    if any(w in ORG_HEADS or w in GROUP_HEADS or _generic_org(w) for w in lowered):
        return False
    for word in lowered:
        if word in PERSON_NOUNS or word in ROLE_HEADS or word in KIN_NOUNS or role_of([word]):
            return True
        if age_range(word) or _OCCUPATION_RE.search(word) and word.islower() and len(word) > 5:
            return True
    return False


def _generic_org(head: str) -> bool:
    return head in _GENERIC_ORG_HEADS


def _compatible(known: Known, wanted: str, same_sentence: bool) -> bool:
    kind, gender = known.speaker.type, known.gender
    if wanted == "p":
        return gender == "p" or kind == "organization"
    if kind == "person":
        return gender in (wanted, "")
    # "L'ARS … a recensé 87 cas, a-t-elle annoncé": an organisation is "il"/"elle" in French, but
    # only its own sentence or its grammatical gender can tell.
    return gender == wanted or (same_sentence and not known.spoke and gender == "")


def _clean(text: str) -> str:
    text = scrub(text.strip(' ,;:\n-«»“”"'))
    source = _SOURCE_DOC_RE.match(text)
    if source:
        text = source.group("agent")  # "derniers chiffres de l'Assurance maladie" -> the agency
    text = _SOURCE_TAIL_RE.sub("", text)
    if text[:1].islower() and not text.lower().startswith(("le ", "la ", "l'", "les ")):
        if not re.match(r"^(?:(?:a|an|the|two|three|several)\s+)?(?:\w+\s+)?sources?\s", text):
            text = _ENGLISH_PP_RE.sub("", text)  # but "a source in the defence ministry" keeps it  # "shopkeepers on Gloucester Road" -> "shopkeepers"
    text = re.sub(r"^(?:selon|d'après|according to|and|et|mais|but|so|alors|puis)\s+", "", text, flags=re.I)
    return " ".join(text.split())


def _strip_det(text: str) -> str:
    return DETERMINERS.sub("", text, count=1).strip()


def _gender(mention: str) -> str:
    if FEMININE_HINTS.search(mention):
        return "f"
    if _MASCULINE_RE.match(mention):
        return "m"
    return ""


def _speaker_type(bare: str, title: str, ent_labels: dict[str, str]) -> str:
    lowered = bare.lower()
    words = lowered.replace("'", " ").split()
    if not words:
        return "person"
    if words[0] in ROLE_HEADS or words[0] in GROUP_HEADS:
        return "person"
    if lowered in ORG_NAMES or any(p in lowered for p in ORG_PHRASES):
        return "organization"
    if any(w in ORG_HEADS for w in words):
        return "organization"
    if ent_labels.get(bare) == "ORG":
        return "organization"
    if len(bare.split()[0]) >= 2 and bare.split()[0].isupper() and bare.split()[0].isalpha():
        return "organization"  # acronyms: TASS, INSEE, NATO
    title_words = title.lower().split()
    if title and any(w in ORG_HEADS for w in title_words) and not any(w in ROLE_HEADS for w in title_words):
        return "organization"
    return "person"


_ORG_MENTION_RE = re.compile(
    r"(?<![\w'’])((?:[A-ZÀ-Ý][\w&'’.-]*\s+(?:&\s+)?){1,3}(?:Motors|Systems|Technologies|Group|Inc|Corp|plc|"
    r"Records|Airlines|Energy|Holdings|Industries|Pharmaceuticals|Bank|Partners|FC|AFC|City|United|"
    r"Society|Agency|Service|Department|Commission|Council)|(?:Olympique|Sporting|Stade|Racing|Groupe|"
    r"Banque|Agence|Compagnie|Société|Ministère)\s+(?:[\w'’-]+\s+){0,3}?[A-ZÀ-Ý][\w'’-]+)\b"
)
_ROLE_NAME_RE = re.compile(
    r"(?<![\w'’])((?:[A-Za-zÀ-ÿ'’-]+\s+){0,4}[A-Za-zÀ-ÿ'’-]+,?\s+)"
    r"((?:[A-ZÀ-Ý](?:[\w'’-]+|\.)\s+){1,2}[A-ZÀ-Ý][\w'’-]+)(?=[\s,.;:])"
)


def named_mentions(norm: str, kept, language: str, ent_labels: dict[str, str]) -> list[Known]:
    """Organisations and role-introduced people named in the text, by position, before they speak."""
    found: list[Known] = []
    for lo, hi in kept:
        for match in _ORG_MENTION_RE.finditer(norm, lo, hi):
            name = match.group(1)
            words = name.split()
            while len(words) > 2 and (words[0].lower() in ORG_HEADS or words[0] in ("The", "Le", "La", "Les")):
                words = words[1:]  # "Carmaker Northbridge Motors" -> "Northbridge Motors"
            speaker = ExtractedSpeaker(name=" ".join(words), type="organization")
            found.append(Known(speaker, "", match.start(), spoke=False))
        for match in _ROLE_NAME_RE.finditer(norm, lo, hi):
            prefix, name = match.group(1).strip(" ,"), match.group(2)
            words = prefix.lower().split()
            if not any(w in ROLE_HEADS or w in PERSON_NOUNS or role_of([w]) for w in words[-4:]):
                continue
            if any(w in ORG_HEADS for w in name.lower().split()):
                continue
            speaker = ExtractedSpeaker(name=name, type="person", title=prefix)
            found.append(Known(speaker, _gender(prefix), match.start(2), spoke=False))
    found.sort(key=lambda k: k.position)
    return found
