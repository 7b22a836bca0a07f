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

    def resolve_description(self, head: str, person: bool) -> Known | None:
        """ "l'agence sanitaire", "the company", "the 21-year-old": the latest matching entity."""
        candidates = sorted(self.history[-8:] + self.subjects[-4:], key=lambda k: k.position, reverse=True)
        for known in candidates:
            if (
                person
                and known.speaker.type == "person"
                and known.gender != "p"
                and known.speaker.name != head
                and known.speaker.name.split()[0].lower() not in GROUP_HEADS
            ):
                return known
            if not person and known.speaker.type == "organization":
                name = known.speaker.name.lower()
                if head in name or head in known.speaker.title.lower() or _generic_org(head):
                    return known
        return None

    def _description(self, mention: str) -> Known | None:
        """A definite description standing for an entity met before: "l'institut de la statistique"."""
        if not DEFINITE_RE.match(mention):
            return None
        bare = _strip_det(mention)
        if _AGE_RE.match(bare) or _NATIONALITY_RE.match(bare):
            return self.resolve_description(bare, person=True)
        words = bare.lower().split()
        if words and words[0] in PERSON_NOUNS | ROLE_HEADS and not any(c.isupper() for c in bare):
            found = self.resolve_description(bare, person=True)
            wanted = _gender(mention)
            if found is not None and (not wanted or found.gender in (wanted, "")):
                return found
            return None
        if any(c.isupper() for c in bare) or len(bare.split()) > 5:
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
_AGE_RE = re.compile(r"^\d{1,3}-year-old$")
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
    "entreprise groupe firm carmaker charity collectivité métropole club bureau service".split()
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
        text = _ENGLISH_PP_RE.sub("", text)  # "shopkeepers on Gloucester Road" -> "shopkeepers"
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
