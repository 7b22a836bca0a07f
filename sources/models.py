"""Outlets, documents, ingestion jobs, and the corroboration queue's jobs and evidence."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Outlet(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=253, unique=True, null=True, blank=True)
    feed_url = models.URLField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        EXTRACTED = "extracted", "Extracted"
        DUPLICATE = "duplicate", "Duplicate of another document"
        FAILED = "failed", "Failed"

    class ContentType(models.TextChoices):
        TEXT = "text", "Plain text"
        HTML = "html", "HTML"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents")
    author = models.CharField(max_length=500, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True)
    content_type = models.CharField(max_length=8, choices=ContentType.choices, default=ContentType.TEXT)
    raw_content = models.TextField(blank=True)
    # Hash of what was submitted: re-submitting the same bytes is a no-op before any work is done.
    raw_sha256 = models.CharField(max_length=64, unique=True, null=True, blank=True)
    text = models.TextField(blank=True)
    # Hash of the extracted text: the same article behind two URLs is one document.
    sha256 = models.CharField(max_length=64, unique=True, null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True, editable=False)
    fetched_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            GinIndex(fields=["search_vector"], name="document_search_gin"),
            models.Index(fields=["status"]),
            models.Index(fields=["language"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="document_unique_url"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"document {self.uuid}"


class IngestJob(models.Model):
    """One request to ingest a document; its state is what `GET /api/v1/jobs/{uuid}/` shows."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="ingest_jobs")
    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]


class CorroborationJob(models.Model):
    """The corroboration queue's unit of work: one claim, one provider."""

    class Provider(models.TextChoices):
        LOCAL_CORPUS = "local_corpus", "Local corpus"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="corroboration_jobs")
    provider = models.CharField(max_length=32, choices=Provider.choices, default=Provider.LOCAL_CORPUS)
    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    priority = models.PositiveSmallIntegerField(default=5)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "provider"], name="corroboration_job_unique_claim_provider"),
        ]
        indexes = [models.Index(fields=["status"])]


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"
    UNRELATED = "unrelated", "Unrelated"


class Evidence(models.Model):
    """A candidate source passage for a claim: the machine's suggestion kept apart from the human decision."""

    class Decision(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        DISMISSED = "dismissed", "Dismissed"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="evidence")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="evidence")
    provider = models.CharField(max_length=32, default=CorroborationJob.Provider.LOCAL_CORPUS)
    passage_start = models.PositiveIntegerField()
    passage_end = models.PositiveIntegerField()
    passage = models.TextField()
    score = models.FloatField(default=0.0)
    suggested_stance = models.CharField(max_length=16, choices=Stance.choices, default=Stance.CONTEXT)
    stance_reasons = models.JSONField(default=list, blank=True)
    decision = models.CharField(max_length=16, choices=Decision.choices, default=Decision.PENDING)
    decision_note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "document", "passage_start"], name="evidence_unique_claim_passage"
            ),
            models.CheckConstraint(
                condition=Q(passage_end__gte=models.F("passage_start")), name="evidence_span_ordered"
            ),
        ]
