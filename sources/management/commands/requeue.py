"""`manage.py requeue [--failed] [--stuck] [--claim UUID]`: put corroboration jobs back on the queue."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import Claim
from sources.corroboration import jobs_requeue


class Command(BaseCommand):
    help = "Re-enqueue failed and/or stuck corroboration jobs, or every job of one claim."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--failed", action="store_true", help="jobs that ended FAILED")
        parser.add_argument(
            "--stuck", action="store_true", help="RUNNING past the time limit, or QUEUED too long"
        )
        parser.add_argument("--claim", metavar="UUID", help="only this claim's jobs (all of them if alone)")

    def handle(self, *args, failed: bool, stuck: bool, claim: str | None, **options) -> None:
        if not (failed or stuck or claim):
            raise CommandError("Say what to requeue: --failed, --stuck and/or --claim UUID.")
        target = None
        if claim:
            target = Claim.objects.filter(uuid=claim).first()
            if target is None:
                raise CommandError(f"No claim with id {claim}.")
        jobs = jobs_requeue(failed=failed, stuck=stuck, claim=target)
        for job in jobs:
            self.stdout.write(
                f"requeued {job.uuid} ({job.provider}, claim {job.claim_id}, {job.attempts} attempts)"
            )
        self.stdout.write(f"{len(jobs)} job(s) requeued.")
