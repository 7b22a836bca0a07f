"""Reads for documents and jobs, with the joins the API needs."""

from django.db.models import Count, QuerySet

from sources.models import Document, IngestJob


def document_list() -> QuerySet[Document]:
    return (
        Document.objects.select_related("outlet", "duplicate_of")
        .annotate(claim_count=Count("appearances__claim", distinct=True))
        .order_by("-created_at", "-id")
    )


def ingest_job_list() -> QuerySet[IngestJob]:
    return IngestJob.objects.select_related("document").order_by("-created_at", "-id")
