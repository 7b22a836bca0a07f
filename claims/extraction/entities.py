"""Entities a document names before they speak: organisations, role-introduced people, acronyms."""

from __future__ import annotations

import re

from .coreference import role_of
from .mentions import PERSON_NOUNS, Known, _gender
from .nouns import ORG_HEADS, ROLE_HEADS
from .types import ExtractedSpeaker

_ORG_MENTION_RE = re.compile(
    r"(?<![\w'’])((?:[A-ZÀ-Ý][\w&'’.-]*\s+(?:&\s+)?){1,3}(?:Motors|Systems|Technologies|Group|Inc|Corp|plc|"
    r"Records|Airlines|Energy|Holdings|Industries|Pharmaceuticals|Bank|Partners|FC|AFC|City|United|"
    r"Society|Agency|Service|Department|Commission|Council)|(?:Olympique|Sporting|Stade|Racing|Groupe|"
    r"Banque|Agence|Compagnie|Société|Ministère)\s+(?:[\w'’-]+\s+){0,3}?[A-ZÀ-Ý][\w'’-]+"
    r"|(?:Confédération|Fédération|Union|Association|Fondation|Syndicat)\s+[a-zà-ÿ]{4,})\b"
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
            while len(words) > 2 and (
                words[0].lower() in ORG_HEADS or words[0] in ("The", "Le", "La", "Les")
            ):
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


_ACRONYM_RE = re.compile(r"\s\((?P<acronym>[A-ZÀ-Ý]{2,6})\)")


def find_acronyms(norm: str) -> dict[str, str]:
    """ "Transports urbains du Rhône (TUR)" -> {"TUR": "Transports urbains du Rhône"}."""
    found = {}
    for match in _ACRONYM_RE.finditer(norm):
        acronym = match.group("acronym")
        words = norm[max(0, match.start() - 120) : match.start()].split()
        for start in range(len(words) - 1, max(-1, len(words) - 9), -1):
            word = re.sub(r"^[ldLD]['’]", "", words[start])
            if word[:1] == acronym[0]:
                words[start] = word
                if start < len(words) - 1:
                    found[acronym] = " ".join(words[start:])
                break
    return found
