"""Thin Celery entry points: take ids, fetch rows, call a service. Safe to run twice.

Retries: only typed transient errors (database unreachable, fetch timeouts and 5xx), with full-jitter
exponential backoff capped by FACTCHECK_RETRY_CAP_MS, at most FACTCHECK_CORROBORATION_MAX_RETRIES
times; then the job is FAILED with its error. Any other error fails the job at once.
"""

from __future__ import annotations

import logging
import random

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError

from sources.fetchers import FetchTransientError
from sources.models import IngestJob

logger = logging.getLogger(__name__)
TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError, FetchTransientError)


def backoff_seconds(retries: int) -> float:
    """Full jitter: uniform in [0, min(cap, base * 2**retries)] (AWS architecture blog, 'Exponential Backoff And Jitter')."""
    ceiling = min(settings.FACTCHECK_RETRY_CAP_MS, settings.FACTCHECK_RETRY_BASE_MS * 2**retries)
    return max(0.05, random.uniform(ceiling / 2, ceiling) / 1000)  # noqa: S311 - jitter, not security


def _close_broken_connection() -> None:
    # After "server closed the connection" Django keeps the dead connection until the task ends;
    # drop it now so the retry bookkeeping below can reconnect.
    from django.db import connection

    try:
        if connection.connection is not None and not connection.is_usable():
            connection.close()
    except Exception:  # noqa: BLE001 - best effort on an already broken connection
        connection.close()


@shared_task(bind=True, acks_late=True, max_retries=5, soft_time_limit=120, time_limit=150)
def ingest_document(self, job_id: int) -> None:
    """Run the ingestion pipeline for one IngestJob; returns quietly if the job is gone."""
    from sources.ingestion import document_ingest
    from sources.services import job_finish, job_start

    job = IngestJob.objects.select_related("document").filter(pk=job_id).first()
    if job is None:
        logger.info("ingest job %s no longer exists; nothing to do", job_id)
        return
    job_start(job=job)
    try:
        document_ingest(document=job.document)
    except TRANSIENT as exc:
        _close_broken_connection()
        job_finish(job=job, error=f"transient, will retry: {exc}")
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries), max_retries=5) from exc
    except Exception as exc:
        logger.exception("ingest job %s failed", job_id)
        from sources.models import Document

        Document.objects.filter(pk=job.document_id).update(
            status=Document.Status.FAILED, error=str(exc)[:5000]
        )
        job_finish(job=job, error=f"{type(exc).__name__}: {exc}")
        return
    job_finish(job=job)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,  # counted against FACTCHECK_CORROBORATION_MAX_RETRIES below, read at run time
    soft_time_limit=settings.FACTCHECK_CORROBORATION_SOFT_TIME_LIMIT,
    time_limit=settings.FACTCHECK_CORROBORATION_TIME_LIMIT,
)
def corroborate_claim(self, job_id: int) -> None:
    """Run one corroboration job (claim x provider); a gone or DONE job is a quiet no-op."""
    from sources.corroboration import corroboration_run, job_fail, job_note_retry

    try:
        corroboration_run(job_id=job_id)
    except TRANSIENT as exc:
        _close_broken_connection()
        error = f"{type(exc).__name__}: {exc}"
        if self.request.retries >= settings.FACTCHECK_CORROBORATION_MAX_RETRIES:
            logger.warning(
                "corroboration job %s failed after %s retries: %s", job_id, self.request.retries, error
            )
            _record(job_fail, job_id=job_id, error=f"after {self.request.retries} retries: {error}")
            return
        _record(job_note_retry, job_id=job_id, error=error)
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
    except SoftTimeLimitExceeded:
        _record(job_fail, job_id=job_id, error="the provider took longer than the time limit")
    except Exception as exc:
        logger.exception("corroboration job %s failed", job_id)
        _record(job_fail, job_id=job_id, error=f"{type(exc).__name__}: {getattr(exc, 'message', exc)}")


def _record(service, **kwargs) -> None:
    # Bookkeeping must not mask the retry: with the database down it may fail too, and the job is
    # then still RUNNING or QUEUED, which the reclaim task repairs.
    try:
        service(**kwargs)
    except (OperationalError, InterfaceError):
        _close_broken_connection()
        logger.warning("could not record the state of job %s: database unavailable", kwargs.get("job_id"))


@shared_task(bind=True, acks_late=True, soft_time_limit=60, time_limit=90, max_retries=5)
def claim_match(self, claim_id: int) -> None:
    """Index one claim for matching and link or suggest its family; a gone claim is a quiet no-op."""
    from sources.families import claim_match as match

    try:
        match(claim_id=claim_id)
    except (OperationalError, InterfaceError) as exc:
        _close_broken_connection()
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc


@shared_task(acks_late=True, soft_time_limit=50, time_limit=60)
def corroboration_reclaim() -> int:
    """Beat: re-enqueue RUNNING jobs older than the hard time limit and long-QUEUED ones. Idempotent."""
    from sources.corroboration import jobs_reclaim_stuck

    count = jobs_reclaim_stuck()
    if count:
        logger.warning("re-enqueued %s stuck corroboration job(s)", count)
    return count


@shared_task(acks_late=True, soft_time_limit=250, time_limit=290)
def matching_backfill(batch: int = 2000) -> int:
    """Beat: index claims that were never indexed for matching (created outside ingestion)."""
    from claims.models import Claim
    from sources.models import MatchSignature

    indexed = MatchSignature.objects.values("claim_id")
    ids = list(Claim.objects.exclude(id__in=indexed).order_by("id").values_list("id", flat=True)[:batch])
    for claim_id in ids:
        claim_match.delay(claim_id)
    return len(ids)


@shared_task(acks_late=True, soft_time_limit=50, time_limit=60)
def feeds_poll() -> int:
    """Beat: send one poll task per outlet with a feed."""
    from sources.models import Outlet

    ids = list(Outlet.objects.exclude(feed_url="").values_list("id", flat=True))
    for outlet_id in ids:
        feed_poll.delay(outlet_id)
    return len(ids)


@shared_task(bind=True, acks_late=True, soft_time_limit=120, time_limit=150, max_retries=3)
def feed_poll(self, outlet_id: int) -> None:
    """Fetch one outlet's feed and submit its new items for ingestion; a gone outlet is a quiet no-op."""
    from sources.feeds import feed_poll as poll

    try:
        poll(outlet_id=outlet_id)
    except TRANSIENT as exc:
        _close_broken_connection()
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc


@shared_task(acks_late=True)
def noop() -> None:
    """Does nothing: bench/pipeline.py measures the broker's round trip with it."""
