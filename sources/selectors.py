"""Reads for documents, jobs, evidence and matching, with the joins and visibility rules the API needs."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, QuerySet

from claims.models import Claim
from claims.roles import is_fact_checker
from sources import matching
from sources.models import CorroborationJob, Document, Evidence, ExternalReview, IngestJob


def document_list() -> QuerySet[Document]:
    return (
        Document.objects.select_related("outlet", "duplicate_of")
        .annotate(claim_count=Count("appearances__claim", distinct=True))
        .order_by("-created_at", "-id")
    )


def ingest_job_list() -> QuerySet[IngestJob]:
    return IngestJob.objects.select_related("document").order_by("-created_at", "-id")


def claims_visible_to(*, user: Any) -> QuerySet[Claim]:
    """Fact-checkers, editors and staff see every claim; everyone else only published ones."""
    if is_fact_checker(user):
        return Claim.objects.all()
    return Claim.objects.filter(status=Claim.Status.PUBLISHED)


def evidence_list_visible_to(*, user: Any) -> QuerySet[Evidence]:
    return (
        Evidence.objects.filter(claim__in=claims_visible_to(user=user))
        .select_related("claim", "document", "document__outlet", "snapshot", "decided_by")
        .defer("snapshot__text", "snapshot__minhash", "document__text", "document__raw_content")
        .order_by("-score", "id")
    )


def corroboration_job_list_visible_to(*, user: Any) -> QuerySet[CorroborationJob]:
    return (
        CorroborationJob.objects.filter(claim__in=claims_visible_to(user=user))
        .select_related("claim")
        .order_by("-created_at", "-id")
    )


def external_reviews_of(*, claim: Claim) -> QuerySet[ExternalReview]:
    return ExternalReview.objects.filter(matched_claim=claim).order_by("-date_published", "-id")


def similar_claims_visible_to(*, user: Any, text: str, language: str = "", limit: int = 10) -> list[dict]:
    """Claims like `text` that the caller may see, best first, with their verdict and external reviews."""
    published_only = not is_fact_checker(user)
    matches = matching.similar_claims(text, limit=limit, published_only=published_only, language=language)
    claims = (
        claims_visible_to(user=user)
        .filter(id__in=[m.claim_id for m in matches])
        .select_related("speaker")
        .prefetch_related(
            Prefetch("external_reviews", queryset=ExternalReview.objects.order_by("-date_published"))
        )
    )
    by_id = {claim.id: claim for claim in claims}
    return [
        {"claim": by_id[m.claim_id], "score": m.score, "verdict": published_verdict(by_id[m.claim_id])}
        for m in matches
        if m.claim_id in by_id
    ]


def published_verdict(claim: Claim) -> dict | None:
    """The published verdict's rating, or None. Read defensively: the verdict model belongs to the claims app."""
    if claim.status != Claim.Status.PUBLISHED:
        return None
    verdict = getattr(claim, "verdict", None)
    if verdict is None:
        return None
    rating = getattr(verdict, "rating", None)
    label = getattr(rating, "label", None) or getattr(rating, "name", None) or (str(rating) if rating else "")
    return {"rating": label, "value": getattr(rating, "value", None)}
