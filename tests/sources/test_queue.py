"""Queue semantics on the real broker with the shared in-process worker: duplicates and failing sources."""

from __future__ import annotations

import time

import pytest

from sources.models import CorroborationJob, Document, Evidence, JobStatus
from sources.services import document_index, sha256_text
from sources.tasks import corroborate_claim
from tests.sources.conftest import make_claim
from tests.sources.processes import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_the_same_message_delivered_twice_has_one_effect(celery_worker):
    for i in range(3):
        text = f"Source {i}: the bridge is 1,200 metres long, engineers said in 2020."
        document = Document.objects.create(
            text=text, language="en", status="extracted", sha256=sha256_text(text)
        )
        document_index(document=document)
    claim = make_claim("Engineers said the bridge is 1,200 metres long.")
    job = CorroborationJob.objects.create(claim=claim, provider="local_corpus")
    corroborate_claim.apply_async(args=(job.id,))
    corroborate_claim.apply_async(args=(job.id,))
    wait_for(
        lambda: CorroborationJob.objects.get(pk=job.pk).status == JobStatus.DONE, timeout=30, what="the job"
    )
    time.sleep(1.5)  # let the second delivery finish too
    assert Evidence.objects.filter(claim=claim).count() == 3
    assert CorroborationJob.objects.get(pk=job.pk).status == JobStatus.DONE


def test_a_source_that_always_fails_ends_failed_after_its_retries_without_looping(
    celery_worker, page_server, settings
):
    settings.FACTCHECK_CORROBORATION_MAX_RETRIES = 2
    settings.FACTCHECK_RETRY_BASE_MS = 50
    settings.FACTCHECK_RETRY_CAP_MS = 200
    url = page_server.page("/down", "busy", content_type="text/plain", status=503)
    job = CorroborationJob.objects.create(
        claim=make_claim("The dam cost 3 billion."), provider="url_fetch", target=url
    )
    corroborate_claim.apply_async(args=(job.id,))
    wait_for(
        lambda: CorroborationJob.objects.get(pk=job.pk).status == JobStatus.FAILED, timeout=30, what="failure"
    )
    time.sleep(1.5)
    job.refresh_from_db()
    assert page_server.hits["/down"] == 3 and job.attempts == 3
    assert "503" in job.last_error and "after 2 retries" in job.last_error
