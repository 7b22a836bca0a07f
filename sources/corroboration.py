"""The corroboration queue: one job per claim and provider, run by `sources.tasks.corroborate_claim`.

Queue semantics: jobs are created once (unique claim/provider/target), sent on commit with a priority
from check-worthiness, and run with acks_late. A run does its slow search outside any transaction,
then writes the whole evidence set and the job's DONE state in one transaction under a row lock, so a
duplicate or redelivered message finds the job DONE and changes nothing, and a run cut off half-way
leaves nothing behind.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models import Claim
from factcheck.errors import InvalidInput
from sources.models import CorroborationJob, Document, Evidence, ExternalReview, JobStatus, Outlet
from sources.providers import PROVIDERS, Candidate, Findings
from sources.services import document_index, sha256_text, validate_public_url
from sources.snapshots import evidence_clusters_refresh, snapshot_store, snapshots_for_documents

logger = logging.getLogger(__name__)
DEFAULT_PROVIDERS = (CorroborationJob.Provider.LOCAL_CORPUS, CorroborationJob.Provider.EXTERNAL_REVIEWS)


def job_priority(claim: Claim) -> int:
    """Redis priorities: 0 is served first. Check-worthy claims jump the queue."""
    return max(0, min(9, round(9 * (1 - claim.checkworthiness))))


def _send(job: CorroborationJob) -> None:
    from sources.tasks import corroborate_claim

    corroborate_claim.apply_async_on_commit(args=(job.id,), priority=job.priority)


def corroboration_enqueue(
    *, claim: Claim, providers: tuple[str, ...] = DEFAULT_PROVIDERS
) -> list[CorroborationJob]:
    """Create the claim's jobs (once) and send new ones on commit; also queue its matching. Idempotent."""
    from sources.tasks import claim_match

    jobs = []
    for provider in providers:
        job, created = CorroborationJob.objects.get_or_create(
            claim=claim, provider=provider, target="",
            defaults={"priority": job_priority(claim), "enqueued_at": timezone.now()},
        )  # fmt: skip
        if created:
            _send(job)
        jobs.append(job)
    claim_match.delay_on_commit(claim.id)
    return jobs


def url_submit(*, claim: Claim, url: str, submitted_by=None) -> tuple[CorroborationJob, bool]:
    """A fact-checker's link for a claim: one url_fetch job per (claim, URL), sent on commit. Idempotent."""
    url = validate_public_url(url)
    try:
        with transaction.atomic():
            job, created = CorroborationJob.objects.get_or_create(
                claim=claim, provider=CorroborationJob.Provider.URL_FETCH, target=url,
                defaults={"priority": 0, "enqueued_at": timezone.now(), "submitted_by": submitted_by},
            )  # fmt: skip
            if created:
                _send(job)
    except IntegrityError:
        job, created = CorroborationJob.objects.get(claim=claim, provider="url_fetch", target=url), False
    return job, created


@dataclass
class RunOutcome:
    created: int
    skipped: bool = False  # the job was already done: a duplicate delivery


def corroboration_run(*, job_id: int) -> RunOutcome:
    """Search the job's provider and store the evidence set with the job's DONE state in one transaction."""
    job = CorroborationJob.objects.select_related("claim").filter(pk=job_id).first()
    if job is None or job.status == JobStatus.DONE:
        return RunOutcome(created=0, skipped=True)
    CorroborationJob.objects.filter(pk=job.pk).update(
        status=JobStatus.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1
    )
    findings = PROVIDERS[job.provider].search(job.claim, job)
    if settings.FACTCHECK_TEST_TASK_DELAY:
        time.sleep(settings.FACTCHECK_TEST_TASK_DELAY)  # test hook: a window to kill the worker mid-task
    with transaction.atomic():
        locked = CorroborationJob.objects.select_for_update().filter(pk=job.pk).first()
        if locked is None or locked.status == JobStatus.DONE:
            return RunOutcome(created=0, skipped=True)  # a concurrent duplicate delivery finished first
        created = _store(job=locked, claim=job.claim, findings=findings)
        CorroborationJob.objects.filter(pk=job.pk).update(
            status=JobStatus.DONE, finished_at=timezone.now(), last_error=""
        )
    return RunOutcome(created=created)


def _store(*, job: CorroborationJob, claim: Claim, findings: Findings) -> int:
    """Write the findings' evidence rows (new passages only) and review matches; a fixed number of queries."""
    documents = [_persist_document(candidate) for candidate in findings.candidates]
    snapshots = snapshots_for_documents(
        [doc for doc, c in zip(documents, findings.candidates, strict=True) if c.snapshot is None]
    )
    for candidate in findings.candidates:
        if candidate.snapshot is not None:  # fetched text: kept as fetched, not as the stored document
            snapshots[candidate.document.pk] = snapshot_store(
                text=candidate.snapshot.text,
                url=candidate.snapshot.url,
                final_url=candidate.snapshot.final_url,
                content_type=candidate.snapshot.content_type,
                fetched_at=candidate.snapshot.fetched_at,
            )  # fmt: skip
    existing = set(
        Evidence.objects.filter(claim=claim, document__in=documents).values_list(
            "document_id", "passage_start"
        )
    )
    rows = [
        Evidence(
            claim=claim,
            document=c.document,
            passage_start=c.start,
            provider=job.provider,
            passage_end=c.end,
            passage=c.passage,
            score=c.score,
            suggested_stance=c.suggestion.stance,
            stance_reasons=c.suggestion.reasons,
            snapshot=snapshots[c.document.pk],
            tier=evidence_tier(claim=claim, outlet=c.document.outlet),
        )
        for c in findings.candidates
        if (c.document.pk, c.start) not in existing
    ]
    # ignore_conflicts: a passage stored meanwhile by another provider's run stays as it was.
    Evidence.objects.bulk_create(rows, ignore_conflicts=True)
    for review_id, score in findings.reviews:
        ExternalReview.objects.filter(pk=review_id).filter(
            Q(matched_claim__isnull=True) | Q(matched_claim=claim, match_score__lt=score)
        ).update(matched_claim=claim, match_score=score)
    if findings.candidates:
        evidence_clusters_refresh(claim_id=claim.id)
    return len(rows)


def _persist_document(candidate: Candidate) -> Document:
    """Provider documents not yet stored (fetched links) become extracted documents, deduplicated by text hash."""
    document = candidate.document
    if document.pk is not None:
        return document
    from sources.services import outlet_for_url

    digest = sha256_text(document.text)
    existing = Document.objects.filter(Q(sha256=digest) | Q(url=document.url)).first()
    if existing is not None:
        candidate.document = existing
        return existing
    document.sha256 = digest
    document.status = Document.Status.EXTRACTED
    document.outlet = outlet_for_url(document.url) if document.url else None
    document.save()
    document_index(document=document)
    return document


def evidence_tier(*, claim: Claim, outlet: Outlet | None) -> str:
    """Primary: official data, or the speaker's own channel; otherwise a secondary report."""
    if outlet is not None and (
        outlet.is_primary_source or (outlet.speaker_id and outlet.speaker_id == claim.speaker_id)
    ):
        return Evidence.Tier.PRIMARY
    return Evidence.Tier.SECONDARY


def job_fail(*, job_id: int, error: str) -> None:
    CorroborationJob.objects.filter(pk=job_id).exclude(status=JobStatus.DONE).update(
        status=JobStatus.FAILED, last_error=error[:5000], finished_at=timezone.now()
    )


def job_note_retry(*, job_id: int, error: str) -> None:
    CorroborationJob.objects.filter(pk=job_id).exclude(status=JobStatus.DONE).update(
        status=JobStatus.QUEUED, last_error=f"will retry: {error}"[:5000], enqueued_at=timezone.now()
    )


def jobs_requeue(
    *, failed: bool = False, stuck: bool = False, claim: Claim | None = None
) -> list[CorroborationJob]:
    """Put failed and/or stuck jobs (or all of one claim's) back on the queue; duplicates are harmless."""
    if not (failed or stuck or claim):
        raise InvalidInput("Choose what to requeue: failed, stuck, or one claim's jobs.")
    jobs = CorroborationJob.objects.all()
    if claim is not None:
        jobs = jobs.filter(claim=claim)
    if failed or stuck:
        condition = Q(pk__in=[])
        if failed:
            condition |= Q(status=JobStatus.FAILED)
        if stuck:
            condition |= _stuck_q()
        jobs = jobs.filter(condition)
    return _requeue(jobs)


def _stuck_q() -> Q:
    now = timezone.now()
    return Q(
        status=JobStatus.RUNNING,
        started_at__lt=now - timedelta(seconds=settings.FACTCHECK_STUCK_AFTER_SECONDS),
    ) | Q(
        status=JobStatus.QUEUED,
        enqueued_at__lt=now - timedelta(seconds=settings.FACTCHECK_REQUEUE_QUEUED_AFTER_SECONDS),
    )


def _requeue(jobs) -> list[CorroborationJob]:
    requeued = []
    with transaction.atomic():
        for job in jobs.select_for_update(skip_locked=True).order_by("priority", "id")[:10_000]:
            job.status = JobStatus.QUEUED
            job.enqueued_at = timezone.now()
            job.finished_at = None
            job.save(update_fields=["status", "enqueued_at", "finished_at"])
            _send(job)
            requeued.append(job)
    return requeued


def jobs_reclaim_stuck() -> int:
    """RUNNING jobs older than the hard time limit (their worker died) and long-QUEUED jobs go back on the queue."""
    return len(_requeue(CorroborationJob.objects.filter(_stuck_q())))
