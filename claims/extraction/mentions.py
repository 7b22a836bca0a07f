"""Turning subject phrases into speakers: appositions, titles, pronouns, organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
_MASCULINE_RE = re.compile(r"^(?:le|un|ce|m\.|monsieur|mr\.?)\s", re.IGNORECASE)


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


@dataclass
class SpeakerBook:
    """Speakers met so far in a document, for pronoun and surname resolution."""

    full_names: list[str] = field(default_factory=list)
    org_names: set[str] = field(default_factory=set)
    history: list[Known] = field(default_factory=list)

    def add_names(self, names) -> None:
        for name in names:
            name = strip_title(" ".join(name.split()))[1]
            if len(name.split()) >= 2 and looks_like_name(name) and name not in self.full_names:
                self.full_names.append(name)

    def remember(self, speaker: ExtractedSpeaker, gender: str) -> None:
        self.history.append(Known(speaker, gender))
        if speaker.type == "person":
            self.add_names([speaker.name])

    def resolve_pronoun(self, pronoun: str) -> ExtractedSpeaker | None:
        wanted = PRONOUNS.get(pronoun.lower())
        if wanted is None:
            return None
        for known in reversed(self.history[-8:]):
            if wanted == "p" and (known.gender == "p" or known.speaker.type == "organization"):
                return known.speaker
            if wanted == "f" and known.gender == "f":
                return known.speaker
            if wanted == "m" and known.gender in ("m", "") and known.speaker.type == "person":
                return known.speaker
        if wanted == "m":
            for known in reversed(self.history[-8:]):
                if known.gender == "m":
                    return known.speaker
        if wanted == "f":
            # No speaker is known to be a woman: take the last person of unknown gender.
            for known in reversed(self.history[-8:]):
                if known.gender == "" and known.speaker.type == "person":
                    return known.speaker
        return None

    def expand_surname(self, bare: str) -> str:
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
        gender = _gender(mention if not descriptor else descriptor + " " + mention)
        title, bare = strip_title(_strip_det(mention))
        bare = _strip_det(bare)
        if not title:
            described, name = _split_descriptor(bare)
            if name:
                title, bare = described, name
        if descriptor:
            title = title if title else _strip_det(descriptor)
        kind = _speaker_type(bare, title, ent_labels)
        words = bare.split()
        if words and words[0].lower() in GROUP_HEADS:
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
_SOURCE_TAIL_RE = re.compile(r"\s+(?:figures|data|estimates|statistics|report|survey)$", re.IGNORECASE)
_ENGLISH_PP_RE = re.compile(r"\s+(?:on|in|at|from|across|near)\s+.*$")


def _clean(text: str) -> str:
    text = text.strip(' ,;:\n-«»“”"')
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
    if len(words) == 1 and bare.isupper() and len(bare) >= 2:
        return "organization"  # acronyms: TASS, INSEE, NATO
    title_words = title.lower().split()
    if title and any(w in ORG_HEADS for w in title_words) and not any(w in ROLE_HEADS for w in title_words):
        return "organization"
    return "person"
