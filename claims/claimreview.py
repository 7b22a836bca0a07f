"""schema.org ClaimReview JSON-LD for a published verdict, and its safe embedding in HTML."""

from __future__ import annotations

from typing import Any

import orjson
from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from claims.verdict_models import Verdict

# What a verdict needs loaded to build its ClaimReview without further queries.
CLAIMREVIEW_SELECT = ("claim__speaker", "rating__scale")
CLAIMREVIEW_PREFETCH = ("claim__appearances__document__outlet", "corrections")

# Inside <script>, "</script>" or "<!--" in a claim's text would end or confuse the element: escape
# the characters that can, as JSON \u escapes, which every JSON-LD parser reads back unchanged.
_HTML_UNSAFE = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def verdict_url(verdict: Verdict, *, base_url: str | None = None) -> str:
    return f"{(base_url or settings.FACTCHECK_PUBLIC_BASE_URL).rstrip('/')}/verdicts/{verdict.uuid}/"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _creative_work(appearance: Any) -> dict[str, Any]:
    document = appearance.document
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if document.url:
        work["url"] = document.url
    if document.title:
        work["headline"] = document.title
    date = document.published_at or appearance.date_said
    if date is not None:
        work["datePublished"] = _iso(date)
    if document.outlet is not None:
        work["publisher"] = {"@type": "Organization", "name": document.outlet.name}
    return work


def date_modified(verdict: Verdict) -> Any:
    """The last public change: the latest correction, else the publication."""
    corrections = list(verdict.corrections.all())
    return max((c.created_at for c in corrections), default=verdict.published_at)


def claimreview(verdict: Verdict, *, base_url: str | None = None) -> dict[str, Any]:
    """The ClaimReview document; the verdict must be published and loaded with CLAIMREVIEW_* relations."""
    claim, rating = verdict.claim, verdict.rating
    assert rating is not None and verdict.published_at is not None
    appearances = sorted(
        claim.appearances.all(),
        key=lambda a: (a.document.published_at is None, a.document.published_at, a.pk),
    )
    item: dict[str, Any] = {"@type": "Claim", "text": claim.text, "inLanguage": claim.language}
    if claim.speaker is not None:
        kind = "Organization" if claim.speaker.type == "organization" else "Person"
        item["author"] = {"@type": kind, "name": claim.speaker.name}
        if claim.speaker.title:
            item["author"]["jobTitle" if kind == "Person" else "description"] = claim.speaker.title
    if appearances:
        item["appearance"] = [_creative_work(a) for a in appearances]
        item["firstAppearance"] = item["appearance"][0]
        first_date = item["firstAppearance"].get("datePublished")
        if first_date:
            item["datePublished"] = first_date
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": verdict_url(verdict, base_url=base_url),
        "url": verdict_url(verdict, base_url=base_url),
        "identifier": str(verdict.uuid),
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.value,
            "bestRating": rating.scale.best_rating,
            "worstRating": rating.scale.worst_rating,
            "alternateName": rating.label,
            "ratingExplanation": rating.definition,
        },
        "reviewBody": verdict.summary,
        "datePublished": _iso(verdict.published_at),
        "dateModified": _iso(date_modified(verdict)),
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORGANIZATION_NAME,
            "url": settings.FACTCHECK_ORGANIZATION_URL,
        },
        "inLanguage": claim.language,
    }
    corrections = list(verdict.corrections.all())
    if corrections:
        review["correction"] = [
            {"@type": "CorrectionComment", "text": c.note, "datePublished": _iso(c.created_at)}
            for c in corrections
        ]
    return review


def jsonld_for_html(document: dict[str, Any]) -> SafeString:
    """JSON for a <script type="application/ld+json"> element: no `</script>` can break out of it."""
    return mark_safe(orjson.dumps(document).decode().translate(_HTML_UNSAFE))  # noqa: S308 - escaped above
