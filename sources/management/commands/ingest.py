"""`manage.py ingest PATH|URL ...`: submit documents to the ingestion queue (a directory means its files)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from factcheck.errors import ApplicationError
from sources.models import IngestJob, JobStatus
from sources.services import document_submit, read_local_file

SUFFIXES = {".txt", ".html", ".htm"}


class Command(BaseCommand):
    help = "Enqueue documents (files, directories of .txt/.html files, or http(s) URLs) for ingestion."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("inputs", nargs="+", metavar="PATH|URL")
        parser.add_argument("--wait", action="store_true", help="wait until the worker has processed them")
        parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait with --wait")
        parser.add_argument("--json", action="store_true", help="print one JSON object per input")

    def handle(self, *args, inputs: list[str], wait: bool, timeout: float, json: bool, **options) -> None:
        jobs: list[IngestJob] = []
        failures = 0
        for item in self._expand(inputs):
            try:
                if item.startswith(("http://", "https://")):
                    submission = document_submit(url=item)
                else:
                    content, content_type = read_local_file(item)
                    submission = document_submit(content=content, content_type=content_type)
            except ApplicationError as exc:
                failures += 1
                self.stderr.write(f"{item}: {exc.message}")
                continue
            jobs.append(submission.job)
            self._report(item, submission.document.uuid, submission.job.uuid, submission.created, json)
        if wait and jobs:
            self._wait(jobs, timeout)
        if failures:
            raise CommandError(f"{failures} input(s) could not be ingested; nothing was stored for them.")

    def _expand(self, inputs: list[str]) -> list[str]:
        items: list[str] = []
        for item in inputs:
            path = Path(item)
            if path.is_dir():
                items += [
                    str(p) for p in sorted(path.iterdir()) if p.is_file() and p.suffix.lower() in SUFFIXES
                ]
            else:
                items.append(item)
        return items

    def _report(self, item: str, document: object, job: object, created: bool, as_json: bool) -> None:
        if as_json:
            self.stdout.write(
                json.dumps({"input": item, "document": str(document), "job": str(job), "created": created})
            )
        else:
            verb = "queued" if created else "already known"
            self.stdout.write(f"{item}: {verb} (document {document}, job {job})")

    def _wait(self, jobs: list[IngestJob], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        pending = {job.pk for job in jobs}
        while pending:
            finished = IngestJob.objects.filter(pk__in=pending, status__in=[JobStatus.DONE, JobStatus.FAILED])
            for job in finished:
                pending.discard(job.pk)
                line = f"job {job.uuid}: {job.status}" + (f" ({job.last_error})" if job.last_error else "")
                self.stdout.write(line)
            if pending and time.monotonic() > deadline:
                raise CommandError(
                    f"{len(pending)} job(s) still queued after {timeout:.0f}s: is a worker running?"
                )
            time.sleep(0.2)
