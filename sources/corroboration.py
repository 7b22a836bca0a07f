"""Corroboration, first provider: the local corpus, searched with PostgreSQL full-text search."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Claim
from sources.models import CorroborationJob, Document, Evidence, JobStatus, Stance
from sources.services import search_config

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d\s.,]*\d|\d", re.UNICODE)
_NUMBER = re.compile(r"\d[\d\u00a0\u202f\u2009 .,]*\d|\d")
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+|\n+")
MAX_CANDIDATES = 5


def corroboration_enqueue(*, claim: Claim, provider: str = CorroborationJob.Provider.LOCAL_CORPUS) -> None:
    """Create the claim's job for this provider (once) and send it to the queue on commit. Idempotent."""
    from sources.tasks import corroborate_claim

    job, created = CorroborationJob.objects.get_or_create(
        claim=claim, provider=provider, defaults={"priority": _priority(claim)}
    )
    if created:
        corroborate_claim.apply_async_on_commit(args=(job.id,), priority=job.priority)


def _priority(claim: Claim) -> int:
    # Redis priorities: 0 is served first. Check-worthy claims jump the queue.
    return max(0, min(9, round(9 * (1 - claim.checkworthiness))))


@dataclass
class Candidate:
    document: Document
    start: int
    end: int
    passage: str
    score: float
    stance: str
    reasons: list[str]


def _numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)}


def _best_passage(text: str, terms: set[str]) -> tuple[int, int]:
    """The sentence of `text` sharing most terms with the claim, as offsets."""
    best, best_hits, start = (0, min(len(text), 400)), -1, 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        sentence = text[start:end].casefold()
        hits = sum(1 for term in terms if term in sentence)
        if hits > best_hits and end > start:
            best, best_hits = (start, end), hits
        start = match.end() if match else len(text)
    return best


def _suggest_stance(claim_text: str, passage: str) -> tuple[str, list[str]]:
    claim_numbers, passage_numbers = _numbers(claim_text), _numbers(passage)
    shared = claim_numbers & passage_numbers
    if shared:
        return Stance.SUPPORTS, [f"same figure: {', '.join(sorted(shared))}"]
    if claim_numbers and passage_numbers:
        return Stance.REFUTES, [
            f"different figures: claim {', '.join(sorted(claim_numbers))} vs source {', '.join(sorted(passage_numbers))}"
        ]
    return Stance.CONTEXT, ["shares words with the claim"]


def search_local_corpus(*, claim: Claim) -> list[Candidate]:
    """Documents other than the claim's own that match its content words, best passage first."""
    config = search_config(claim.language)
    words = {w.casefold() for w in _WORD.findall(claim.text) if len(w) > 3 or w[0].isdigit()}
    if not words:
        return []
    query = SearchQuery(" or ".join(sorted(words)), search_type="websearch", config=config)
    own_documents = claim.appearances.values("document_id")
    documents = (
        Document.objects.filter(search_vector=query, status=Document.Status.EXTRACTED)
        .exclude(id__in=own_documents)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank", "id")[:MAX_CANDIDATES]
    )
    candidates = []
    for document in documents:
        start, end = _best_passage(document.text, words)
        passage = document.text[start:end]
        stance, reasons = _suggest_stance(claim.text, passage)
        candidates.append(Candidate(document, start, end, passage, float(document.rank), stance, reasons))
    return candidates


def corroboration_run(*, job: CorroborationJob) -> int:
    """Search, then store candidate evidence in one transaction; a second run adds nothing. Returns new rows."""
    CorroborationJob.objects.filter(pk=job.pk).update(
        status=JobStatus.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
    )
    candidates = search_local_corpus(claim=job.claim)
    with transaction.atomic():
        created = 0
        for c in candidates:
            _, was_created = Evidence.objects.get_or_create(
                claim=job.claim,
                document=c.document,
                passage_start=c.start,
                defaults={
                    "provider": job.provider,
                    "passage_end": c.end,
                    "passage": c.passage,
                    "score": c.score,
                    "suggested_stance": c.stance,
                    "stance_reasons": c.reasons,
                },
            )
            created += int(was_created)
        CorroborationJob.objects.filter(pk=job.pk).update(
            status=JobStatus.DONE, finished_at=timezone.now(), last_error=""
        )
    return created
