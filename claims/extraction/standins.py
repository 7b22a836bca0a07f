"""Who speaks through a document, a study or a description that follows the claim."""

from __future__ import annotations

import re

from .authors import OWN_WORK_RE, plaintiff, research_author, research_body
from .bodies import spelled_out
from .coreference import description_kind, expand_org, org_kind
from .descriptions import strip_determiner
from .nouns import LEGAL_FORMS
from .phrases import DEFINITE_DOCUMENT_RE, POSSESSIVE_RE, POSSESSIVE_SOURCE_RE, STUDY_RE
from .references import DocumentMemory
from .types import ExtractedSpeaker

LEGAL_FORM_TAIL_RE = re.compile(rf"(?<=\w),?\s+(?:Pty\s+)?{LEGAL_FORMS}\.?$")
_LEADING_NAME_RE = re.compile(
    r"\s*(?:The\s+|Le\s+|La\s+|L')?([A-ZÀ-Ý][\w&.'’-]+(?:\s+[A-ZÀ-Ý][\w&.'’-]+){0,4})(?:,\s*|\s+)[a-zà-ÿ]"
)
_NOT_OWNERS = set(
    "The Le La Les He She It They Il Elle Ils Elles On We Nous Selon D'après D’après Pour Dans Après Avant "
    "Sur En Au Aux À Depuis Lors According In At For After Before Since With By But And Mais Et Or Yet "
    "However Also This That These Those Ce Cette Ces Des Un Une Du De A An Some Certains Plusieurs".split()
)


_WRITTEN_CHANNEL_RE = re.compile(
    r"\b(?:communiqué|statement|note|lettre|letter|rapport|report|release|arrêté|avis|décision|ordonnance|"
    r"circulaire|memo|notice)\b",
    re.IGNORECASE,
)


class StandIns(DocumentMemory):
    """The speakers that documents, studies and postposed descriptions stand for."""

    def full_name(self, name: str) -> str:
        """What an acronym stands for: defined in brackets, or never bracketed but written out by its
        initials ("La LFP" after "la Ligue de football professionnel"); the name itself otherwise."""
        if name not in self.acronyms and (spelled := spelled_out(name, self.text)):
            self.acronyms[name] = spelled
        return self.acronyms.get(name, name)

    def _opens_sentence(self, mention: str) -> bool:
        return self.text[self.position : self.position + len(mention) + 8].lstrip(' -«“"').startswith(mention)

    def _stand_in(self, mention: str) -> ExtractedSpeaker | None:
        """Who speaks through a document or a study: "son dernier bulletin", "the study", "son ministère"."""
        work = OWN_WORK_RE.match(mention)
        if work:
            # "selon ses travaux", "according to her analysis": the one who just spoke did the work.
            pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(
                work.group("owner").lower()
            )
            if pronoun:
                return self.resolve_pronoun(pronoun)
            # "La Direction X avait placé la région en vigilance. D'après ses relevés, …": the subject of
            # the sentence before, when it came after the last speaker
            named = [k for k in self.subjects[-1:] if k.speaker.name[:1].isupper()]
            latest = max(self.history[-1:] + named, key=lambda k: k.position, default=None)
            return latest.speaker if latest else None
        match = POSSESSIVE_SOURCE_RE.match(mention) or DEFINITE_DOCUMENT_RE.match(mention)
        if match and match.groupdict().get("noun", "").lower() in ("ministère", "ministry"):
            for known in self.recent():
                title = known.speaker.title
                found = re.search(r"\bministre\b(.*)$", title) or re.search(r"^(.*)\bMinister\b", title)
                if known.speaker.type == "person" and found:
                    name = title.replace("ministre", "ministère").replace("Minister", "Ministry")
                    return ExtractedSpeaker(
                        name=strip_determiner(name[title.find("minist") :] if "ministre" in title else name),
                        type="organization",
                    )
            return None
        if match and DEFINITE_DOCUMENT_RE.match(mention):
            # "X said in a statement … ", then "the statement added": the one who issued it.
            noun = mention.split()[-1].lower()
            # "précise le texte" after "dans un communiqué": "the text" is whatever document was named
            generic = noun in ("texte", "text", "document")
            issued = next(
                (
                    k
                    for k in reversed(self.history[-6:])
                    if k.channel.lower().endswith(noun) or generic and _WRITTEN_CHANNEL_RE.search(k.channel)
                ),
                None,
            )
            if issued:
                return issued.speaker
        if match:
            subject = _LEADING_NAME_RE.match(self.text, self.position)
            if subject and POSSESSIVE_RE.match(mention) and subject.group(1).split()[0] not in _NOT_OWNERS:
                # "Delmont faces 54,000 lawsuits, according to its annual report": the subject owns it.
                name = subject.group(1)
                known_org = any(
                    k.speaker.name == name and k.speaker.type == "organization" for k in self.recent()
                )
                if known_org or len(name.split()) == 1:
                    # "Northbridge" after "Northbridge Motors": the full name known before.
                    known_names = [k.speaker.name for k in self.history + self.subjects + self.mentioned]
                    full = name if name in known_names else expand_org(name, known_names)
                    return ExtractedSpeaker(name=LEGAL_FORM_TAIL_RE.sub("", full), type="organization")
            for known in self.recent():
                name = known.speaker.name
                if known.speaker.type == "organization" or len(name.split()) == 1 and name[:1].isupper():
                    return ExtractedSpeaker(name=name, type="organization")
                if known.spoke and name[:1].islower() and 0 <= self.position - known.position <= 300:
                    # "Selon un arrêté du préfet de la région du Gbêkê, … Le texte précise": an unnamed
                    # office that just issued the document
                    return known.speaker
            # "Les agents de la Direction X découvrent … Selon le procès-verbal, …": the body named last
            if not DEFINITE_DOCUMENT_RE.match(mention):
                return None
            latest = max(self.named_bodies(), key=lambda k: k.position, default=None)
            return latest.speaker if latest else None
        # "the study" led by a named scientist is hers; "the suit" is its named plaintiff's
        author = research_author(mention, self.text, self.full_names) or plaintiff(
            mention, self.text[: self.position], self.full_names
        )
        if author:
            return ExtractedSpeaker(
                name=author, type="person" if author in self.full_names else "organization"
            )
        body = research_body(mention, self.text)
        # "une étude de l'Agence régionale de santé Occitanie": the fuller name the article gave it
        fuller = (k.speaker.name for k in self.recent() if k.speaker.name.startswith(body + " "))
        body = next((name for name in fuller if not STUDY_RE.match(name[len(body) + 1 :])), body)
        if body:
            return ExtractedSpeaker(name=body, type="organization")  # "the researchers" of a named body
        if STUDY_RE.match(mention):
            return ExtractedSpeaker(name="researchers" if mention.isascii() else "chercheurs", type="person")
        return None

    def _described_opener(self, mention: str) -> ExtractedSpeaker | None:
        """ "Coralwake Cruises will make only 14 calls …, the cruise line has confirmed": a description
        after the claim stands for the body that opens the sentence, when its words say so."""
        if not re.match(r"(?:the\s+|le\s+|la\s+|l')[a-zà-ÿ]", mention) or self._opens_sentence(mention):
            return None
        lo = max(0, self.position - 600)  # the sentence's own start, not a scan of the whole text
        before = self.text[lo : self.position]
        opened = max([before.rfind("\n"), *(m.end() - 1 for m in re.finditer(r"[.!?»”\"]\s", before))])
        subject = _LEADING_NAME_RE.match(self.text, lo + opened + 1) if opened >= 0 or lo == 0 else None
        if not subject or subject.group(1).split()[0] in _NOT_OWNERS:
            return None
        name = LEGAL_FORM_TAIL_RE.sub("", subject.group(1))
        described = strip_determiner(mention).lower().split()

        def stem(word: str) -> str:
            return re.sub(r"ies$", "y", word).removesuffix("s")[:5]  # "Ferries" and "ferry"

        stems = {stem(w) for w in name.lower().split() if len(w) > 4}
        kind = description_kind(described[-1] if mention.lower().startswith("the") else described[0])
        if any(stem(w) in stems for w in described if len(w) > 4) or kind and org_kind(name) == kind:
            return ExtractedSpeaker(name=name, type="organization")
        return None
