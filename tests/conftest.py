"""Shared fixtures: a real Celery worker on the real broker, and a small world of users."""

from __future__ import annotations

import os
import uuid

import pytest
from celery.contrib.testing.worker import start_worker

from factcheck.celery import app as celery_app


@pytest.fixture(scope="session")
def celery_queue() -> str:
    """A queue of this run's own, so stale messages from other runs are never consumed."""
    name = f"test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    celery_app.conf.task_default_queue = name
    return name


@pytest.fixture
def celery_worker(transactional_db, celery_queue):
    """A real worker thread consuming the real broker (embedded Redis or CELERY_BROKER_URL)."""
    with start_worker(
        celery_app,
        pool="threads",
        concurrency=2,
        queues=[celery_queue],
        perform_ping_check=False,
        loglevel="WARNING",
        shutdown_timeout=30,
    ) as worker:
        yield worker
