"""Thin Celery entry points: take ids, fetch rows, call a service. Safe to run twice."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import OperationalError

from sources.models import CorroborationJob, IngestJob, JobStatus

logger = logging.getLogger(__name__)
TRANSIENT = (OperationalError, ConnectionError, TimeoutError)


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
        job_finish(job=job, error=f"transient, will retry: {exc}")
        raise self.retry(exc=exc, countdown=min(60, 2**self.request.retries), max_retries=5) from exc
    except Exception as exc:
        logger.exception("ingest job %s failed", job_id)
        from sources.models import Document

        Document.objects.filter(pk=job.document_id).update(status=Document.Status.FAILED, error=str(exc)[:5000])
        job_finish(job=job, error=f"{type(exc).__name__}: {exc}")
        return
    job_finish(job=job)


@shared_task(bind=True, acks_late=True, max_retries=5, soft_time_limit=60, time_limit=90)
def corroborate_claim(self, job_id: int) -> None:
    """Search one provider for one claim and store candidate evidence; returns quietly if the job is gone."""
    from sources.corroboration import corroboration_run

    job = CorroborationJob.objects.select_related("claim").filter(pk=job_id).first()
    if job is None:
        logger.info("corroboration job %s no longer exists; nothing to do", job_id)
        return
    try:
        corroboration_run(job=job)
    except TRANSIENT as exc:
        CorroborationJob.objects.filter(pk=job_id).update(last_error=str(exc)[:5000])
        raise self.retry(exc=exc, countdown=min(60, 2**self.request.retries)) from exc
    except Exception as exc:
        logger.exception("corroboration job %s failed", job_id)
        CorroborationJob.objects.filter(pk=job_id).update(
            status=JobStatus.FAILED, last_error=f"{type(exc).__name__}: {exc}"[:5000]
        )
