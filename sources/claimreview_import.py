"""Import fact-checks published by other organisations (schema.org ClaimReview) as external reviews.

Inputs: JSON-LD files (one object, a list, or an @graph), URLs of such files, or pages carrying
ClaimReview markup (JSON-LD or microdata, read with extruct). Each review is stored once (keyed by
its URL and reviewed text) and matched to our most similar claim.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction

from factcheck.errors import InvalidInput
from sources.fetchers import HTML_TYPES, JSON_TYPES, fetch_bytes
from sources.models import ExternalReview

logger = logging.getLogger(__name__)
MATCH_SCORE = 0.5


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    matched: int = 0
    skipped: int = 0


def _types(node: dict) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds}


def _walk(data: Any):
    """Every dict in a JSON-LD document (lists, @graph and nesting included)."""
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _walk(value)


def claimreviews_in(data: Any) -> list[dict]:
    return [node for node in _walk(data) if "ClaimReview" in _types(node)]


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    return str(value or "").strip()


def _number(value: Any) -> float | None:
    try:
        return float(str(_text(value)).replace(",", "."))
    except ValueError:
        return None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(_text(value)[:10])
    except ValueError:
        return None


def _fields(node: dict) -> dict | None:
    claim_reviewed = _text(node.get("claimReviewed"))
    if not claim_reviewed:
        return None
    rating = node.get("reviewRating") or {}
    rating = rating[0] if isinstance(rating, list) and rating else rating
    rating = rating if isinstance(rating, dict) else {}
    author = node.get("author") or node.get("publisher") or {}
    author = author[0] if isinstance(author, list) and author else author
    item = node.get("itemReviewed") or {}
    item = item if isinstance(item, dict) else {}
    return {
        "publisher": (_text(author) or "unknown")[:300],
        "publisher_url": (author.get("url", "") if isinstance(author, dict) else "")[:2000],
        "url": _text(node.get("url"))[:2000],
        "claim_reviewed": claim_reviewed,
        "claimant": _text(item.get("author"))[:300],
        "rating_text": (_text(rating.get("alternateName")) or _text(rating.get("name")))[:300],
        "rating_value": _number(rating.get("ratingValue")),
        "best_rating": _number(rating.get("bestRating")),
        "worst_rating": _number(rating.get("worstRating")),
        "date_published": _date(node.get("datePublished")),
        "language": _text(node.get("inLanguage"))[:8],
    }


def external_review_store(*, fields: dict, imported_from: str) -> tuple[ExternalReview, bool]:
    """Store one review (update when seen again) and match it to our most similar claim. Idempotent."""
    from sources.matching import similar_claims

    key = hashlib.sha256(f"{fields['url']}\x1f{fields['claim_reviewed']}".encode()).hexdigest()
    with transaction.atomic():
        review, created = ExternalReview.objects.update_or_create(
            review_key=key, defaults={**fields, "imported_from": imported_from[:2000]}
        )
        if review.matched_claim_id is None:
            best = similar_claims(review.claim_reviewed, limit=1, min_score=MATCH_SCORE)
            if best:
                review.matched_claim_id, review.match_score = best[0].claim_id, best[0].score
                review.save(update_fields=["matched_claim", "match_score"])
    return review, created


def _load(source: str) -> list[dict]:
    if source.startswith(("http://", "https://")):
        fetched = fetch_bytes(source, accept={**JSON_TYPES, **HTML_TYPES})
        if fetched.content_type == "json":
            return claimreviews_in(_parse_json(fetched.text, source))
        return _from_html(fetched.text, fetched.final_url)
    path = Path(source)
    if not path.is_file():
        raise InvalidInput(f"{source}: no such file.")
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() in {".html", ".htm"}:
        return _from_html(text, "")
    return claimreviews_in(_parse_json(text, source))


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno}).") from None


def _from_html(html: str, url: str) -> list[dict]:
    import extruct

    data = extruct.extract(html, base_url=url or None, syntaxes=["json-ld", "microdata"], uniform=True)
    return claimreviews_in(data.get("json-ld", [])) + claimreviews_in(data.get("microdata", []))


def claimreviews_import(source: str) -> ImportResult:
    """Import every ClaimReview found in a file, a directory of .json/.jsonld/.html files, or a URL."""
    result = ImportResult()
    sources = [source]
    if Path(source).is_dir():
        sources = [
            str(p)
            for p in sorted(Path(source).iterdir())
            if p.suffix.lower() in {".json", ".jsonld", ".html", ".htm"}
        ]
    for item in sources:
        for node in _load(item):
            fields = _fields(node)
            if fields is None:
                result.skipped += 1
                continue
            review, created = external_review_store(fields=fields, imported_from=item)
            result.created += int(created)
            result.updated += int(not created)
            result.matched += int(review.matched_claim_id is not None)
    return result
