"""The text → claims pipeline: normalise, detect language, parse once, attribute, measure, score."""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution import Attributor
from .authors import name_described_bodies
from .checkworthiness import score_claim
from .consistency import add_quantity_flags
from .coreference import find_ages
from .descriptions import CLAUSE_OPENERS, kin_genders
from .entities import acronym_mentions, find_acronyms, named_mentions
from .furniture import is_furniture
from .language import SUPPORTED, detect_language
from .nlp import get_nlp
from .quantities import find_quantities
from .quotes import find_quotes
from .textnorm import normalize, paragraphs, prepare, split_sentences
from .types import ExtractionResult


def extract_text(
    text: str, *, language: str | None = None, published_at: str | None = None
) -> ExtractionResult:
    """Extract attributed claims from plain text; offsets refer to `result.text`. Pure, idempotent."""
    text = prepare(text)
    norm = normalize(text)
    if language not in SUPPORTED:
        language = detect_language(norm)
    result = ExtractionResult(text=text, language=language, published_at=published_at or "")
    seen: set[str] = set()
    kept = [(lo, hi) for lo, hi in paragraphs(norm) if not is_furniture(norm[lo:hi], seen)]
    if not kept:
        return result

    # spaCy runs exactly once per document: one pipe over the prose paragraphs.
    nlp = get_nlp(language)
    docs = list(nlp.pipe(norm[lo:hi] for lo, hi in kept))
    # Sentence spans for the rules come from punctuation, which quote-heavy news text trips less
    # than the parser's boundaries; spaCy's sentences still give check-worthiness its Span.
    sentences = [split_sentences(norm, lo, hi) for lo, hi in kept]
    ent_labels: dict[str, str] = {}
    person_names: list[str] = []
    for doc in docs:
        for ent in doc.ents:
            ent_labels.setdefault(ent.text, ent.label_)
            if ent.label_ in ("PER", "PERSON"):
                person_names.append(ent.text)
    if not docs or not docs[0].has_annotation("ENT_IOB"):
        person_names = _capitalised_names(norm, kept)

    attributor = Attributor(
        text=text, norm=norm, language=language, ent_labels=ent_labels, published_at=published_at or ""
    )
    # "Sherwin “Bumpy” Blenman": the nickname is no part of the name the story goes on with
    person_names += [f"{m.group(1)} {m.group(2)}" for m in _NICKNAMED_RE.finditer(norm)]
    attributor.book.add_names(person_names)
    attributor.book.ages = find_ages(norm)
    attributor.book.genders.update(kin_genders(norm))
    attributor.book.text = norm
    attributor.book.acronyms = find_acronyms(norm)
    # A name the regexes cut short ("International Council") becomes the full name its acronym defines.
    defined = acronym_mentions(norm, attributor.book.acronyms, language == "fr")
    mentioned = []
    for known in named_mentions(norm, kept, language, ent_labels):
        full = [
            d
            for d in defined
            if d.position - 4 <= known.position < d.position + len(d.speaker.name)  # "The Department"
        ]
        mentioned.append(full[0] if full else known)
    # A full name defined by an acronym is a mention of its own, even when no regex found it, so that
    # "l'institut" or "the agency" can point back to it.
    mentioned += [d for d in defined if d not in mentioned]
    attributor.book.mentioned = sorted(mentioned, key=lambda k: k.position)
    attributor.parsed = [(lo, doc) for (lo, _), doc in zip(kept, docs, strict=True)]
    found = attributor.run(kept, sentences, find_quotes(norm, kept))
    found.sort(key=lambda f: f.claim.start)
    name_described_bodies(norm, [f.claim for f in found])

    claims = []
    for item in found:
        claim = item.claim
        claim.quantities = [
            replace(q, start=q.start + claim.start, end=q.end + claim.start)
            for q in find_quantities(claim.text, language)
        ]
        claims.append(claim)
    add_quantity_flags(claims, text, language)
    for item in found:
        item.claim.checkworthiness = score_claim(item.claim, doc=_sentence_span(docs, kept, item.sentence))
    result.claims = claims
    return result


def _sentence_span(docs, kept, sentence: tuple[int, int]):
    for (lo, hi), doc in zip(kept, docs, strict=True):
        if lo <= sentence[0] < hi:
            return doc.char_span(sentence[0] - lo, sentence[1] - lo, alignment_mode="expand")
    return None


_NICKNAMED_RE = re.compile(
    r"\b([A-ZÀ-Ý][a-zà-ÿ'-]+)\s+[“\"‘«]\s?[A-ZÀ-Ý][\w'-]*\s?[”\"’»]\s+([A-ZÀ-Ý][a-zà-ÿ'-]+(?:-[A-ZÀ-Ý][a-zà-ÿ'-]+)?)\b"
)


_SPOKESMAN_AFTER_RE = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|representative|source)\b")


def _capitalised_names(norm: str, kept: list[tuple[int, int]]) -> list[str]:
    """Candidate full person names when no NER model is available ("Keir Starmer")."""
    word = r"[A-ZÀ-Ý][a-zà-ÿ']+(?:-[A-ZÀ-Ý]?[a-zà-ÿ']+)*"  # "Liang-Moreno", "Man-yee"
    pattern = re.compile(
        rf"(?<![\w.])({word}(?:\s+(?:[A-Z]\.\s+)?{word}){{1,4}})\b"
    )  # "Lamin B. Darboe-Jatta"
    names: list[str] = []
    for lo, hi in kept:
        # "If Sekhukhune Crest goes ahead": a capitalised word that opens a clause is not a first name
        # "Callum Redfern's British record": the possessive ends the name
        for m in pattern.finditer(norm, lo, hi):
            for part in re.split(r"'s\b", m.group(1)):
                words = part.split()
                if len(words) == 2 and words[0] in ("A", "An") and _SPOKESMAN_AFTER_RE.match(norm, m.end()):
                    continue  # "An Aurigny spokesman": an article before a body's name (but "An Post")
                names.append(" ".join(words[1:] if words and words[0].lower() in CLAUSE_OPENERS else words))
        # "FEIDHLIM TANSEY HAS stepped down": a lede's first words in capitals, as some papers print them
        shouted = _CAPS_LEDE_RE.match(norm, lo, hi)
        if shouted:
            names.append(shouted.group(1).title())
    return names


_CAPS_LEDE_RE = re.compile(
    r"([A-ZÀ-Ý]{2,}(?:[ -][A-ZÀ-Ý'’]{2,}){1,2})\s+(?:HAS|HAVE|IS|WAS|HAD|WILL)\s+[a-z]"
)
