"""Outlets, documents, ingestion jobs, and the corroboration queue's jobs and evidence."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
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
    # Primary sources: official data, or a speaker's own channel (a party's site, a ministry).
    is_primary_source = models.BooleanField(default=False)
    speaker = models.ForeignKey(
        "claims.Speaker", null=True, blank=True, on_delete=models.SET_NULL, related_name="own_outlets"
    )
    feed_last_polled_at = models.DateTimeField(null=True, blank=True)
    feed_last_error = models.TextField(blank=True)
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
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
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

    def __str__(self) -> str:
        return f"ingest of document {self.document_id}: {self.status}"


class CorroborationJob(models.Model):
    """The corroboration queue's unit of work: one claim, one provider (and one URL for submitted links)."""

    class Provider(models.TextChoices):
        LOCAL_CORPUS = "local_corpus", "Local corpus"
        URL_FETCH = "url_fetch", "Submitted or found URL"
        EXTERNAL_REVIEWS = "external_reviews", "Fact-checks by other organisations"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="corroboration_jobs")
    provider = models.CharField(max_length=32, choices=Provider.choices, default=Provider.LOCAL_CORPUS)
    target = models.URLField(max_length=2000, blank=True)  # the URL, for the url_fetch provider
    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    priority = models.PositiveSmallIntegerField(default=5)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "provider", "target"], name="corroboration_job_unique_claim_provider_target"
            ),
            models.CheckConstraint(condition=Q(priority__lte=9), name="corroboration_job_priority_0_9"),
            models.CheckConstraint(
                condition=Q(provider="url_fetch") | Q(target=""),
                name="corroboration_job_target_only_for_urls",
            ),
        ]
        indexes = [models.Index(fields=["status", "started_at"], name="corroboration_job_status_idx")]

    def __str__(self) -> str:
        return f"{self.provider} for claim {self.claim_id}: {self.status}"


class Snapshot(models.Model):
    """The text of a source as it was fetched, kept so a dead or edited page loses nothing."""

    url = models.URLField(max_length=2000, blank=True)
    final_url = models.URLField(max_length=2000, blank=True)
    sha256 = models.CharField(max_length=64, unique=True)  # of `text`
    text = models.TextField()
    content_type = models.CharField(max_length=8, blank=True)
    fetched_at = models.DateTimeField()
    # MinHash of word shingles: near-duplicates (syndicated copies) share most values.
    minhash = ArrayField(models.BigIntegerField(), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-fetched_at"]

    def __str__(self) -> str:
        return f"{self.url or 'text'} @ {self.fetched_at:%Y-%m-%d %H:%M}"


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

    class Tier(models.TextChoices):
        PRIMARY = "primary", "Primary: the speaker's own channel or official data"
        SECONDARY = "secondary", "Secondary: a report"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="evidence")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="evidence")
    snapshot = models.ForeignKey(
        Snapshot, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    tier = models.CharField(max_length=16, choices=Tier.choices, default=Tier.SECONDARY)
    # Evidence rows of one claim with the same key are copies of one source: they count once.
    cluster_key = models.CharField(max_length=32, blank=True)
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
            models.CheckConstraint(
                condition=Q(decision="pending", decided_at__isnull=True) | ~Q(decision="pending"),
                name="evidence_pending_has_no_decision_time",
            ),
        ]
        indexes = [models.Index(fields=["claim", "decision"], name="evidence_claim_decision_idx")]

    def __str__(self) -> str:
        return f"{self.suggested_stance} evidence for claim {self.claim_id} ({self.decision})"


class ExternalReview(models.Model):
    """A fact-check published by another organisation (schema.org ClaimReview), matched to our claims."""

    review_key = models.CharField(max_length=64, unique=True)  # sha256 of (url, claim reviewed)
    publisher = models.CharField(max_length=300)
    publisher_url = models.URLField(max_length=2000, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    claim_reviewed = models.TextField()
    claimant = models.CharField(max_length=300, blank=True)
    rating_text = models.CharField(max_length=300, blank=True)
    rating_value = models.FloatField(null=True, blank=True)
    best_rating = models.FloatField(null=True, blank=True)
    worst_rating = models.FloatField(null=True, blank=True)
    date_published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True)
    matched_claim = models.ForeignKey(
        "claims.Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="external_reviews"
    )
    match_score = models.FloatField(null=True, blank=True)
    imported_from = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date_published", "-id"]

    def __str__(self) -> str:
        return f"{self.publisher}: {self.rating_text or self.rating_value}"


class ClaimFamilyMember(models.Model):
    """A claim seen again in other words: linked to its family's canonical claim, or suggested for it."""

    class State(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        LINKED = "linked", "Linked"

    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, related_name="family_membership")
    canonical = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="family_members")
    score = models.FloatField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.SUGGESTED)
    linked_automatically = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(claim=models.F("canonical")), name="family_member_not_own_canonical"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="family_member_score_0_1"
            ),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} -> {self.canonical_id} ({self.state}, {self.score:.2f})"


class MatchToken(models.Model):
    """Document frequency of one matching key across all indexed claims (picks the rare, telling ones)."""

    key = models.BigIntegerField(primary_key=True)
    df = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"key {self.key}: in {self.df} claim(s)"


class MatchKey(models.Model):
    """One claim's matching key (a hashed normalised token); candidates are gathered by key equality."""

    id = models.BigAutoField(primary_key=True)
    key = models.BigIntegerField()
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+", db_index=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "claim"], name="match_key_unique_key_claim")]
        indexes = [models.Index(fields=["claim"], name="match_key_claim_idx")]

    def __str__(self) -> str:
        return f"key {self.key} of claim {self.claim_id}"


class MatchSignature(models.Model):
    """Marks a claim as indexed for matching, with the normalised text the re-ranker scores."""

    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, primary_key=True, related_name="+")
    normalized = models.TextField()
    text_sha256 = models.CharField(max_length=64)
    indexed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"signature of claim {self.claim_id}"
