"""`manage.py extract_claims FILE [--json]`: run the extraction pipeline on a file, no database."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract_html, extract_text


def read_document(path: Path) -> tuple[str, list[str]]:
    """Return the file's text and warning flags; UTF-8 first, then cp1252 flagged as a fallback."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not raw.strip():
        raise CommandError(f"{path} is empty")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 is the usual culprit for non-UTF-8 news files; say so on every claim.
        return raw.decode("cp1252"), ["decoded_as_cp1252"]
    except UnicodeDecodeError:
        raise CommandError(f"{path} is neither UTF-8 nor Windows-1252 text") from None


def is_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    if path.suffix.lower() == ".txt":
        return False
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head


class Command(BaseCommand):
    help = "Extract attributed claims from a .txt or .html file and print them (no database access)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to a .txt or .html document")
        parser.add_argument("--json", action="store_true", help="print a JSON list of claims")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path} does not exist or is not a file")
        text, warnings = read_document(path)
        result = extract_html(text, url="") if is_html(path, text) else extract_text(text)
        if not result.text.strip():
            raise CommandError(f"no article text found in {path}")
        for claim in result.claims:
            claim.flags.extend(warnings)
        if options["json"]:
            self.stdout.write(json.dumps([c.as_json() for c in result.claims], ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{len(result.claims)} claims, language {result.language}")
        for claim in result.claims:
            speaker = f"{claim.speaker.name} ({claim.speaker.type})" if claim.speaker else "-"
            extras = ", ".join(
                part
                for part in (
                    f"channel: {claim.channel}" if claim.channel else "",
                    f"via {claim.relayed_by}" if claim.relayed_by else "",
                    f"score {claim.checkworthiness.score:.2f}",
                    " ".join(claim.flags),
                )
                if part
            )
            self.stdout.write(
                f"\n[{claim.kind:8}] {speaker}  {extras}\n    {claim.start}-{claim.end}  {claim.text}"
            )
