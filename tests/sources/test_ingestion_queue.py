"""The seed article through the real queue: ingest, extract, corroborate, read back through the API."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from rest_framework.test import APIClient

from claims.models import Appearance, Claim, Speaker
from sources.models import CorroborationJob, Document, Evidence, IngestJob, JobStatus

SEED = Path(settings.BASE_DIR) / "seeds" / "000_5cd07c1ed0724f90.txt"

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def wait_for(predicate, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("the worker did not finish in time")
        time.sleep(0.2)


def all_jobs_finished() -> bool:
    ingest_open = IngestJob.objects.exclude(status__in=[JobStatus.DONE, JobStatus.FAILED]).exists()
    corroboration_open = CorroborationJob.objects.exclude(
        status__in=[JobStatus.DONE, JobStatus.FAILED]
    ).exists()
    return not ingest_open and not corroboration_open


@pytest.fixture
def reader():
    user = get_user_model().objects.create_superuser("editor-in-chief", password="x" * 16)
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_the_seed_article_yields_its_claims_with_speakers_through_the_queue(celery_worker, reader):
    call_command("ingest", str(SEED))
    wait_for(all_jobs_finished)

    document = Document.objects.get()
    assert document.status == Document.Status.EXTRACTED
    assert document.language == "fr"
    body = reader.get("/api/v1/claims/", {"page_size": 200}).json()
    speakers = {(c["speaker"] or {}).get("name", "") for c in body["results"]}
    joined = " | ".join(speakers).casefold()
    for name in ["zelensky", "yermak", "malyar", "ministère russe de la défense"]:
        assert name in joined, f"{name} missing from {speakers}"
    relays = {(a["relayed_by"] or {}).get("name", "") for c in body["results"] for a in c["appearances"]}
    assert any("TASS" in relay for relay in relays)
    assert all(c["jobs"] and c["jobs"][0]["status"] == "done" for c in body["results"])


def test_ingesting_the_same_article_twice_creates_nothing_new(celery_worker):
    call_command("ingest", str(SEED))
    wait_for(all_jobs_finished)
    counts = (
        Document.objects.count(),
        Claim.objects.count(),
        Appearance.objects.count(),
        Evidence.objects.count(),
    )
    speakers = Speaker.objects.count()

    call_command("ingest", str(SEED))
    # The same bytes through the API as well: answered with the known document, nothing queued.
    client = APIClient()
    checker = get_user_model().objects.create_user("fc", password="x" * 16)
    checker.groups.add(Group.objects.get_or_create(name="fact-checkers")[0])
    client.force_authenticate(checker)
    response = client.post("/api/v1/documents/", {"content": SEED.read_text()}, format="json")
    assert response.status_code == 200
    assert response.json()["created"] is False
    wait_for(all_jobs_finished)

    assert (
        Document.objects.count(),
        Claim.objects.count(),
        Appearance.objects.count(),
        Evidence.objects.count(),
    ) == counts
    assert Speaker.objects.count() == speakers
    assert IngestJob.objects.count() == 1


def test_re_running_the_pipeline_on_a_stored_document_updates_instead_of_duplicating(celery_worker):
    from sources.tasks import ingest_document

    call_command("ingest", str(SEED))
    wait_for(all_jobs_finished)
    claims, appearances = Claim.objects.count(), Appearance.objects.count()
    job = IngestJob.objects.get()

    ingest_document.delay(job.id)
    wait_for(lambda: IngestJob.objects.get().attempts == 2 and all_jobs_finished())

    assert (Claim.objects.count(), Appearance.objects.count()) == (claims, appearances)
    # One job per claim and default provider (local corpus, external reviews), never more after a re-run.
    from sources.corroboration import DEFAULT_PROVIDERS

    assert CorroborationJob.objects.count() == claims * len(DEFAULT_PROVIDERS)


def test_a_task_whose_row_was_deleted_exits_cleanly(celery_worker):
    from sources.tasks import corroborate_claim, ingest_document

    missing = 987_654_321
    ingest_document.delay(missing)
    corroborate_claim.delay(missing)
    # Then real work still flows: the worker survived both.
    call_command("ingest", str(SEED))
    wait_for(all_jobs_finished)
    assert Document.objects.get().status == Document.Status.EXTRACTED
