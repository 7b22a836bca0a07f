"""Throughput of ingest -> extraction -> corroboration with a real worker subprocess, and the broker's no-op rate.

    .venv/bin/python bench/pipeline.py [--articles 1000] [--concurrency 2] [--keep]

Uses its own database (factcheck_bench_pipeline, migrated here) and a private redis-server, so it
never touches the workbench's data or queue.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DB_NAME = "factcheck_bench_pipeline"
os.environ["FACTCHECK_DATABASE_NAME"] = DB_NAME
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from bench.matching import _server_params  # noqa: E402
from sources.models import CorroborationJob, IngestJob, JobStatus  # noqa: E402
from tests.sources.processes import PrivateRedis, Worker  # noqa: E402

PEOPLE = ["Jane Doe", "Marc Dupont", "Ana Lima", "Tom Berg", "Sara Khan", "Luis Ortega"]
TOPICS = ["the lake", "unemployment", "the new bridge", "the hospital budget", "rail traffic", "the harvest"]


def article(rng: random.Random, i: int) -> str:
    sentences = [f"Article {i}: a report on {rng.choice(TOPICS)} published this week."]
    for _ in range(rng.randint(3, 6)):
        person = rng.choice(PEOPLE)
        figure = f"{rng.randint(2, 90)},{rng.randint(100, 999)}"
        sentences.append(f'"{rng.choice(TOPICS).capitalize()} cost {figure} euros in {rng.randint(2000, 2024)}," '
                         f"said {person}, the minister.")  # fmt: skip
        sentences.append(f"Officials counted {rng.randint(10, 99)} percent more than the year before.")
    return " ".join(sentences)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--noops", type=int, default=3000)
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    parser.add_argument("--timeout", type=float, default=1200, help="give up waiting after this many seconds")
    args = parser.parse_args()
    try:
        run(args)
    finally:
        if not args.keep:  # also after a failure or Ctrl-C: never leave the bench database behind
            connection.close()
            with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def _wait(predicate, *, deadline: float, what: str) -> None:
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        time.sleep(0.5)


def run(args: argparse.Namespace) -> None:
    with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DB_NAME}")
        admin.execute(f"CREATE DATABASE {DB_NAME}")
    connection.close()
    call_command("migrate", verbosity=0)
    broker = PrivateRedis()
    queue = "bench-pipeline"
    worker = Worker(broker=broker.url, queue=queue, concurrency=args.concurrency)
    try:
        from celery import Celery

        producer = Celery("bench-producer")
        producer.conf.task_default_queue = queue
        client = broker.client()
        time.sleep(8)  # let the worker boot

        start = time.perf_counter()
        with producer.connection_for_write(broker.url) as conn:
            for _ in range(args.noops):
                producer.send_task("sources.tasks.noop", queue=queue, connection=conn)
        while client.llen(queue) or client.hlen("unacked"):
            time.sleep(0.02)
        noop_rate = args.noops / (time.perf_counter() - start)

        from sources.services import document_submit
        from sources.tasks import ingest_document

        rng = random.Random(3)
        texts = [article(rng, i) for i in range(args.articles)]
        start = time.perf_counter()
        ids = []
        # Submit without the on-commit send (the worker is on the private broker): record, then publish.
        with producer.connection_for_write(broker.url) as conn:
            for text in texts:
                with _no_on_commit_send(ingest_document):
                    submission = document_submit(content=text, content_type="text")
                ids.append(submission.job.id)
                producer.send_task("sources.tasks.ingest_document", args=[submission.job.id], queue=queue,
                                   connection=conn)  # fmt: skip
        done = (JobStatus.DONE, JobStatus.FAILED)
        deadline = time.monotonic() + args.timeout
        _wait(lambda: not IngestJob.objects.filter(id__in=ids).exclude(status__in=done).exists(),
              deadline=deadline, what="ingestion")  # fmt: skip
        ingested = time.perf_counter() - start
        _wait(lambda: not CorroborationJob.objects.exclude(status__in=done).exists(),
              deadline=deadline, what="corroboration")  # fmt: skip
        total = time.perf_counter() - start
        jobs = CorroborationJob.objects.count()
        failed = IngestJob.objects.filter(status=JobStatus.FAILED).count()
        jobs_failed = CorroborationJob.objects.filter(status=JobStatus.FAILED).count()
    finally:
        worker.stop()
        broker.stop()
    print(f"{args.articles} articles, worker concurrency {args.concurrency}, PostgreSQL "
          f"{connection.cursor().connection.info.server_version // 10000}")  # fmt: skip
    print(
        f"ingest + extraction: {args.articles / ingested * 60:,.0f} articles/min ({ingested:.1f}s, {failed} failed)"
    )
    print(
        f"through corroboration ({jobs} jobs, {jobs_failed} failed): {args.articles / total * 60:,.0f} "
        f"articles/min ({total:.1f}s, {jobs / total:,.0f} jobs/s)"
    )
    print(f"broker no-op task rate, same worker (baseline): {noop_rate:,.0f} tasks/s")


class _no_on_commit_send:  # noqa: N801 - used as a context manager
    """document_submit enqueues on commit through the app's default broker; the bench publishes itself."""

    def __init__(self, task) -> None:
        self.task = task

    def __enter__(self):
        self.original = self.task.delay_on_commit
        self.task.delay_on_commit = lambda *a, **k: None
        return self

    def __exit__(self, *exc) -> None:
        self.task.delay_on_commit = self.original


if __name__ == "__main__":
    main()
