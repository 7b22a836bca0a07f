"""The queue under failure, with real processes: killed workers, a restarted broker, a vanished database.

Every subprocess test runs a private redis-server started here (never the shared one: a short
visibility timeout would make it redeliver other people's messages) and `celery -A factcheck worker`
subprocesses on the test database.
"""

from __future__ import annotations

import time
import uuid

import pytest
from django.utils import timezone

from sources.models import CorroborationJob, Document, Evidence, JobStatus
from sources.services import document_index, sha256_text
from tests.sources.conftest import make_claim
from tests.sources.processes import PrivateRedis, Proxy, Worker, database_upstream, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
TASK = "sources.tasks.corroborate_claim"
FAST_RETRIES = {"FACTCHECK_RETRY_BASE_MS": "200", "FACTCHECK_RETRY_CAP_MS": "2000"}


@pytest.fixture
def broker():
    server = PrivateRedis()
    yield server
    server.stop()


@pytest.fixture
def queue() -> str:
    return f"rel-{uuid.uuid4().hex[:8]}"


def corpus(n: int = 2) -> None:
    for i in range(n):
        text = f"Report {i}: the reservoir holds 4,{i}00 cubic metres, the water board said in 2022."
        document = Document.objects.create(text=text, language="en", status="extracted", sha256=sha256_text(text),
                                           fetched_at=timezone.now())  # fmt: skip
        document_index(document=document)


def jobs_for(n: int) -> list[CorroborationJob]:
    return [
        CorroborationJob.objects.create(
            claim=make_claim(f"The water board said the reservoir holds 4,000 cubic metres (claim {i})."),
            provider="local_corpus",
        )
        for i in range(n)
    ]


def statuses(jobs) -> set[str]:
    return set(CorroborationJob.objects.filter(pk__in=[j.pk for j in jobs]).values_list("status", flat=True))


def test_a_worker_killed_mid_task_leaves_no_trace_and_the_task_runs_again_exactly_once(broker, queue):
    corpus(2)
    (job,) = jobs_for(1)
    env = {"FACTCHECK_TEST_TASK_DELAY": "4", "FACTCHECK_VISIBILITY_TIMEOUT": "3",
           "FACTCHECK_UNACKED_RESTORE_INTERVAL": "1"}  # fmt: skip
    first = Worker(broker=broker.url, queue=queue, env=env)
    try:
        broker.send(queue, TASK, job.id)
        wait_for(
            lambda: statuses([job]) == {JobStatus.RUNNING}, timeout=60, what="the job to start", worker=first
        )
        first.kill()
    finally:
        first.stop()
    assert Evidence.objects.filter(claim=job.claim).count() == 0  # nothing half-written
    second = Worker(broker=broker.url, queue=queue, env={**env, "FACTCHECK_TEST_TASK_DELAY": "0.5"})
    try:
        wait_for(lambda: statuses([job]) == {JobStatus.DONE}, timeout=90, what="redelivery", worker=second)
    finally:
        second.stop()
    job.refresh_from_db()
    assert job.attempts == 2
    assert Evidence.objects.filter(claim=job.claim).count() == 2


def test_a_broker_restart_during_a_batch_loses_no_job(broker, queue):
    corpus(2)
    jobs = jobs_for(16)
    env = {"FACTCHECK_TEST_TASK_DELAY": "0.3", "FACTCHECK_VISIBILITY_TIMEOUT": "5",
           "FACTCHECK_UNACKED_RESTORE_INTERVAL": "1"}  # fmt: skip
    worker = Worker(broker=broker.url, queue=queue, env=env, concurrency=2)
    try:
        for job in jobs:
            broker.send(queue, TASK, job.id)
        wait_for(lambda: CorroborationJob.objects.filter(status=JobStatus.DONE).count() >= 3, timeout=60,
                 what="the first jobs", worker=worker)  # fmt: skip
        broker.stop()
        time.sleep(2)
        broker.start()
        wait_for(lambda: statuses(jobs) == {JobStatus.DONE}, timeout=120, what="every job", worker=worker)
    finally:
        worker.stop()
    for job in jobs:
        assert Evidence.objects.filter(claim=job.claim).count() == 2


def test_an_unreachable_database_delays_jobs_but_every_evidence_set_is_whole(broker, queue):
    corpus(2)
    jobs = jobs_for(6)
    proxy = Proxy(database_upstream())
    env = {"DATABASE_URL": proxy.database_url, "FACTCHECK_TEST_TASK_DELAY": "0.5",
           "FACTCHECK_CORROBORATION_MAX_RETRIES": "12", **FAST_RETRIES}  # fmt: skip
    worker = Worker(broker=broker.url, queue=queue, env=env)
    try:
        for job in jobs:
            broker.send(queue, TASK, job.id)
        wait_for(lambda: CorroborationJob.objects.filter(status=JobStatus.DONE).count() >= 1, timeout=60,
                 what="the first job", worker=worker)  # fmt: skip
        proxy.cut()
        time.sleep(4)
        proxy.open()
        wait_for(lambda: statuses(jobs) == {JobStatus.DONE}, timeout=120, what="every job", worker=worker)
    finally:
        worker.stop()
        proxy.close()
    assert "OperationalError" in worker.output() or any(
        j.attempts > 1 for j in CorroborationJob.objects.all()
    )
    for job in jobs:
        assert Evidence.objects.filter(claim=job.claim).count() == 2
