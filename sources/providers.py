"""Source providers behind one interface: `search(claim, job) -> Findings`, run by the corroboration task.

Providers do the slow part (queries, fetching, parsing) outside any transaction and return what they
found; `sources.corroboration.corroboration_run` writes it in one transaction.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Protocol

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F

from claims.models import Claim
from sources import matching
from sources.models import CorroborationJob, Document, ExternalReview, Snapshot
from sources.services import search_config
from sources.stance import StanceSuggestion, figures, names, suggest_stance, years

MAX_CANDIDATES = 5
SEARCH_POOL = 30  # full-text hits re-scored in Python before keeping MAX_CANDIDATES
REVIEW_MATCH_SCORE = 0.5
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+|\n+")
# What a local-corpus run reads of a document (and of its outlet, for the tier): not the raw upload.
_CANDIDATE_FIELDS = (
    "id", "url", "canonical_url", "content_type", "text", "sha256", "published_at", "fetched_at", "created_at",
    "duplicate_of_id", "outlet__id", "outlet__is_primary_source", "outlet__speaker_id",
)  # fmt: skip


@dataclass
class Candidate:
    document: Document
    start: int
    end: int
    passage: str
    score: float
    suggestion: StanceSuggestion
    snapshot: Snapshot | None = None


@dataclass
class Findings:
    candidates: list[Candidate] = field(default_factory=list)
    reviews: list[tuple[int, float]] = field(default_factory=list)  # (ExternalReview id, score)


class Provider(Protocol):
    name: str

    def search(self, claim: Claim, job: CorroborationJob) -> Findings: ...


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the text's sentences (a newline also ends one), empty ones left out."""
    spans = []
    start = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        if end > start:
            spans.append((start, end))
        start = match.end() if match else len(text)
    return spans


# Sentence features of recently scored documents, per worker process. Normalising every sentence is
# the costly part of a search and the same documents come back job after job; the key includes the
# text's hash, so an edited document is never scored from stale features. Bounded by sentences
# (about 3.6 kB each), so a worker process holds at most ~70 MB of them.
_SENTENCE_CACHE: OrderedDict[tuple[int, str], list[tuple[int, int, matching.Features]]] = OrderedDict()
SENTENCE_CACHE_SENTENCES = 20_000
_cached_sentences = 0


def _sentence_features(text: str, *, key: tuple[int, str] | None) -> list[tuple[int, int, matching.Features]]:
    global _cached_sentences
    if key is not None and key in _SENTENCE_CACHE:
        _SENTENCE_CACHE.move_to_end(key)
        return _SENTENCE_CACHE[key]
    found = [(s, e, matching.features(matching.normalize(text[s:e]))) for s, e in sentence_spans(text)]
    if key is not None and len(found) <= SENTENCE_CACHE_SENTENCES:
        _SENTENCE_CACHE[key] = found
        _cached_sentences += len(found)
        while _cached_sentences > SENTENCE_CACHE_SENTENCES:
            _cached_sentences -= len(_SENTENCE_CACHE.popitem(last=False)[1])
    return found


def best_passage(
    text: str,
    claim_text: str,
    *,
    query: matching.Features | None = None,
    cache_key: tuple[int, str] | None = None,
) -> tuple[int, int, float]:
    """The sentence most similar to the claim, as offsets and score (the first of equal scores)."""
    if query is None:
        query = matching.features(matching.normalize(claim_text))
    best = (0, min(len(text), 400), -1.0)
    for start, end, sentence in _sentence_features(text, key=cache_key):
        score = matching.similarity(query, sentence)
        if score > best[2]:
            best = (start, end, score)
    return best


def _cache_key(document: Document) -> tuple[int, str] | None:
    return (document.pk, document.sha256) if document.pk is not None and document.sha256 else None


def _candidate(claim: Claim, document: Document, text: str) -> Candidate:
    start, end, score = best_passage(text, claim.text, cache_key=_cache_key(document))
    return _with_suggestion(claim, document, text, start, end, score)


def _with_suggestion(
    claim: Claim, document: Document, text: str, start: int, end: int, score: float
) -> Candidate:
    passage = text[start:end]
    when = document.published_at.date().isoformat() if document.published_at else ""
    suggestion = suggest_stance(claim.text, passage, source_date=when)
    return Candidate(document, start, end, passage, round(score, 4), suggestion)


class LocalCorpusProvider:
    """Documents already ingested, in the claim's language, by content words, names, numbers and dates."""

    name: str = CorroborationJob.Provider.LOCAL_CORPUS

    def search(self, claim: Claim, job: CorroborationJob) -> Findings:
        terms = self._terms(claim.text)
        if not terms:
            return Findings()
        config = search_config(claim.language)
        query = SearchQuery(
            " OR ".join(f'"{t}"' for t in sorted(terms)), search_type="websearch", config=config
        )
        own_documents = claim.appearances.values("document_id")
        documents = Document.objects.filter(search_vector=query, status=Document.Status.EXTRACTED).exclude(
            id__in=own_documents
        )
        if claim.language:
            documents = documents.filter(language__in=[claim.language, ""])
        pool = (
            documents.annotate(rank=SearchRank(F("search_vector"), query))
            .select_related("outlet")
            .only(*_CANDIDATE_FIELDS)
            .order_by("-rank", "id")[:SEARCH_POOL]
        )
        target = matching.features(matching.normalize(claim.text))
        scored = []
        for document in pool:
            start, end, score = best_passage(
                document.text, claim.text, query=target, cache_key=_cache_key(document)
            )
            scored.append((round(score, 4), document, start, end))
        # Best first; the stance (regexes over the passage) is worked out only until enough are kept.
        scored.sort(key=lambda item: (-item[0], item[1].id))
        candidates: list[Candidate] = []
        for score, document, start, end in scored:
            candidate = _with_suggestion(claim, document, document.text, start, end, score)
            if candidate.suggestion.stance != "unrelated" or candidate.score >= 0.3:
                candidates.append(candidate)
                if len(candidates) == MAX_CANDIDATES:
                    break
        return Findings(candidates=candidates)

    @staticmethod
    def _terms(text: str) -> set[str]:
        words = {t for t in matching.content_tokens(matching.normalize(text)) if len(t) > 3 or t.isdigit()}
        words |= {n.split()[-1].casefold() for n in names(text)}
        words |= {re.sub(r"\D", "", f.text.split()[0]) for f in figures(text) if re.sub(r"\D", "", f.text)}
        words |= set(years(text))
        return {w.replace('"', "") for w in words if w}


class UrlFetchProvider:
    """A link a fact-checker submitted (or a provider found): fetched through the guards, extracted, kept."""

    name: str = CorroborationJob.Provider.URL_FETCH

    def search(self, claim: Claim, job: CorroborationJob) -> Findings:
        from claims.extraction import extract_html, extract_text
        from sources.fetchers import fetch_url

        fetched = fetch_url(job.target)
        if fetched.content_type == "html":
            result = extract_html(fetched.text, url=fetched.final_url)
        else:
            result = extract_text(fetched.text)
        document = Document(
            url=job.target,
            canonical_url=(result.canonical_url or "")[:2000],
            title=(result.title or "")[:1000],
            language=result.language,
            content_type=fetched.content_type,
            text=result.text,
            fetched_at=fetched.fetched_at,
        )
        candidate = _candidate(claim, document, result.text)
        candidate.snapshot = Snapshot(
            url=job.target, final_url=fetched.final_url, text=result.text, content_type=fetched.content_type,
            fetched_at=fetched.fetched_at,
        )  # fmt: skip
        return Findings(candidates=[candidate])


class ExternalReviewsProvider:
    """Fact-checks by other organisations (imported ClaimReview) that review this claim."""

    name: str = CorroborationJob.Provider.EXTERNAL_REVIEWS

    def search(self, claim: Claim, job: CorroborationJob) -> Findings:
        return Findings(reviews=reviews_matching(claim.text, language=claim.language))


def reviews_matching(
    text: str, *, language: str = "", min_score: float = REVIEW_MATCH_SCORE
) -> list[tuple[int, float]]:
    """External reviews whose reviewed claim matches `text`: full-text OR over content words, re-scored."""
    words = [t for t in matching.content_tokens(matching.normalize(text)) if len(t) > 2 or t.isdigit()]
    if not words:
        return []
    query = SearchQuery(" OR ".join(sorted(set(words))), search_type="websearch", config="simple")
    from django.contrib.postgres.search import SearchVector

    pool = (
        ExternalReview.objects.annotate(v=SearchVector("claim_reviewed", config="simple"))
        .filter(v=query)
        .only("id", "claim_reviewed")[:200]
    )
    target = matching.features(matching.normalize(text))
    scored = [
        (r.id, matching.similarity(target, matching.features(matching.normalize(r.claim_reviewed))))
        for r in pool
    ]
    return sorted([(i, round(s, 4)) for i, s in scored if s >= min_score], key=lambda x: -x[1])


PROVIDERS: dict[str, Provider] = {
    p.name: p for p in (LocalCorpusProvider(), UrlFetchProvider(), ExternalReviewsProvider())
}
