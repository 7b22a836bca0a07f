"""Reads for claims and speakers, with the joins and prefetches the API needs."""

from django.db.models import Count, Prefetch, QuerySet

from claims.models import Appearance, Claim, Speaker
from sources.models import CorroborationJob, Evidence


def claim_list() -> QuerySet[Claim]:
    """Claims with speaker, appearances (document, relay, quantities), evidence and jobs prefetched."""
    return (
        Claim.objects.select_related("speaker")
        .prefetch_related(
            Prefetch(
                "appearances",
                queryset=Appearance.objects.select_related("document", "relayed_by").prefetch_related("quantities"),
            ),
            Prefetch("evidence", queryset=Evidence.objects.select_related("document")),
            Prefetch("corroboration_jobs", queryset=CorroborationJob.objects.order_by("provider")),
        )
        .order_by("-created_at", "-id")
    )


def speaker_list() -> QuerySet[Speaker]:
    return Speaker.objects.annotate(claim_count=Count("claims", distinct=True)).order_by("name", "id")
