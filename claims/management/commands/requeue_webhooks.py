"""`manage.py requeue_webhooks [--older-than SECONDS]`: re-queue webhook deliveries stuck pending."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.webhooks import webhook_deliveries_requeue


class Command(BaseCommand):
    help = (
        "Enqueue a new attempt for pending webhook deliveries overdue by more than --older-than seconds "
        "(their task was lost). Safe to run any time; the beat task claims.tasks.requeue_webhooks does it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--older-than",
            type=int,
            default=None,
            help="Seconds overdue (default FACTCHECK_WEBHOOK_REQUEUE_AFTER_SECONDS); 0 re-queues every pending one that is due.",
        )

    def handle(self, *args: Any, older_than: int | None, **options: Any) -> None:
        seconds = settings.FACTCHECK_WEBHOOK_REQUEUE_AFTER_SECONDS if older_than is None else older_than
        if seconds < 0:
            raise CommandError("--older-than must be 0 or more seconds.")
        count = webhook_deliveries_requeue(older_than=timedelta(seconds=seconds))
        self.stdout.write(f"{count} pending webhook deliveries re-queued.")
