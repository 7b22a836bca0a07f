"""`manage.py import_claimreviews PATH|URL ...`: store other organisations' fact-checks as external reviews."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from factcheck.errors import ApplicationError
from sources.claimreview_import import claimreviews_import


class Command(BaseCommand):
    help = "Import schema.org ClaimReview items from JSON-LD files, directories, or URLs (pages or JSON)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="+", metavar="PATH|URL")

    def handle(self, *args, sources: list[str], **options) -> None:
        failures = 0
        for source in sources:
            try:
                result = claimreviews_import(source)
            except ApplicationError as exc:
                failures += 1
                self.stderr.write(f"{source}: {exc.message}")
                continue
            self.stdout.write(
                f"{source}: {result.created} new, {result.updated} updated, {result.matched} matched to a claim, "
                f"{result.skipped} without a reviewed claim"
            )
        if failures:
            raise CommandError(f"{failures} source(s) could not be imported.")
