"""Bulk exports of published verdicts, streamed row by row: JSON-LD DataFeed, JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import orjson
from django.db.models import QuerySet
from django.utils import timezone

from claims.claimreview import claimreview
from claims.verdict_models import Verdict

CHUNK = 500
CSV_COLUMNS = [
    "verdict_id", "claim_id", "claim", "speaker", "language", "rating", "rating_label", "rating_value",
    "summary", "published_at", "updated_at", "url",
]  # fmt: skip


def feed_jsonl(verdicts: QuerySet[Verdict], *, base_url: str) -> Iterator[bytes]:
    """One ClaimReview per line; memory stays flat whatever the number of verdicts."""
    for verdict in verdicts.iterator(chunk_size=CHUNK):
        yield orjson.dumps(claimreview(verdict, base_url=base_url)) + b"\n"


def feed_datafeed(verdicts: QuerySet[Verdict], *, base_url: str) -> Iterator[bytes]:
    """A schema.org DataFeed whose dataFeedElement items are ClaimReviews, written incrementally."""
    head = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": "Published fact-checks",
        "dateModified": timezone.now().isoformat(),
    }
    yield orjson.dumps(head)[:-1] + b',"dataFeedElement":['
    first = True
    for verdict in verdicts.iterator(chunk_size=CHUNK):
        review = claimreview(verdict, base_url=base_url)
        review.pop("@context", None)
        yield (b"" if first else b",") + orjson.dumps(review)
        first = False
    yield b"]}"


def feed_csv(verdicts: QuerySet[Verdict], *, base_url: str) -> Iterator[str]:
    """A flat CSV of published verdicts (one row each), header first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return value

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for verdict in verdicts.iterator(chunk_size=CHUNK):
        claim, rating = verdict.claim, verdict.rating
        assert rating is not None
        writer.writerow([
            verdict.uuid, claim.uuid, _cell(claim.text), _cell(claim.speaker.name if claim.speaker else ""),
            claim.language, rating.slug, rating.label, rating.value, _cell(verdict.summary),
            verdict.published_at.isoformat() if verdict.published_at else "", verdict.updated_at.isoformat(),
            f"{base_url}/verdicts/{verdict.uuid}/",
        ])  # fmt: skip
        yield flush()


def _cell(value: str) -> str:
    # A cell starting with = + - @ is a formula in spreadsheets: prefix it so it stays text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
