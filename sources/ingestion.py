"""The ingestion pipeline: an ordered list of small stages run by the `ingest_document` task.

Slow work (fetching, HTML parsing, NLP) happens outside any transaction; the results are saved
in one short `transaction.atomic()` by the last stage.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims.extraction import extract_html, extract_text
from claims.extraction.types import ExtractionResult
from claims.models import Claim
from claims.services import claims_store_extraction
from sources.models import Document
from sources.services import document_index, sha256_text

logger = logging.getLogger(__name__)


@dataclass
class IngestContext:
    document: Document
    raw: str = ""
    content_type: str = ""
    result: ExtractionResult | None = None
    duplicate_of: Document | None = None
    claims: list[Claim] = field(default_factory=list)
    done: bool = False  # a stage may end the pipeline early (duplicate content)


class Stage(Protocol):
    name: str

    def run(self, ctx: IngestContext) -> None: ...


class LoadStage:
    """Take the submitted content, or fetch the URL through the guarded fetcher."""

    name = "load"

    def run(self, ctx: IngestContext) -> None:
        document = ctx.document
        if document.raw_content:
            ctx.raw, ctx.content_type = document.raw_content, document.content_type
            return
        from sources.fetchers import fetch_url

        fetched = fetch_url(document.url)
        ctx.raw, ctx.content_type = fetched.text, fetched.content_type
        document.raw_content = fetched.text
        document.content_type = fetched.content_type
        document.fetched_at = fetched.fetched_at
        document.raw_sha256 = sha256_text(fetched.text)


class ExtractStage:
    """Main text, metadata, language and claims (pure Python; no database)."""

    name = "extract"

    def run(self, ctx: IngestContext) -> None:
        if ctx.content_type == Document.ContentType.HTML:
            ctx.result = extract_html(ctx.raw, url=ctx.document.url)
        else:
            ctx.result = extract_text(ctx.raw)


class DedupeStage:
    """The same extracted text already stored under another document makes this one a duplicate."""

    name = "dedupe"

    def run(self, ctx: IngestContext) -> None:
        assert ctx.result is not None
        digest = sha256_text(ctx.result.text)
        other = Document.objects.filter(sha256=digest).exclude(pk=ctx.document.pk).first()
        if other is not None:
            ctx.duplicate_of = other


class StoreStage:
    """Save the document, its claims and the corroboration jobs in one transaction."""

    name = "store"

    def run(self, ctx: IngestContext) -> None:
        from sources.corroboration import corroboration_enqueue

        assert ctx.result is not None
        document, result = ctx.document, ctx.result
        with transaction.atomic():
            document.text = result.text
            document.language = result.language
            document.title = document.title or result.title[:1000]
            document.author = document.author or result.author[:500]
            document.canonical_url = document.canonical_url or result.canonical_url[:2000]
            document.published_at = document.published_at or _parse_when(result.published_at)
            document.error = ""
            if ctx.duplicate_of is not None:
                document.status = Document.Status.DUPLICATE
                document.duplicate_of = ctx.duplicate_of
                document.save()
                return
            document.sha256 = sha256_text(result.text)
            document.status = Document.Status.EXTRACTED
            document.save()
            document_index(document=document)
            stored = claims_store_extraction(document=document, result=result)
            ctx.claims = stored.claims
            for claim in stored.claims:
                corroboration_enqueue(claim=claim)


def _parse_when(value: str) -> datetime | None:
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        day = parse_date(value[:10])
        parsed = datetime(day.year, day.month, day.day) if day else None
    if parsed is not None and timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, timezone.get_default_timezone())
    return parsed


PIPELINE: tuple[Stage, ...] = (LoadStage(), ExtractStage(), DedupeStage(), StoreStage())


def document_ingest(*, document: Document) -> IngestContext:
    """Run every stage over a document; idempotent (a second run updates, never duplicates)."""
    ctx = IngestContext(document=document)
    for stage in PIPELINE:
        stage.run(ctx)
        if ctx.done:
            break
    return ctx
