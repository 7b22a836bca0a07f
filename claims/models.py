"""Speakers, claims, and where each claim appeared (with its quantities)."""

from __future__ import annotations

import uuid

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q


class Speaker(models.Model):
    """One real person or organisation, matched across documents by `key` (titles and spelling folded)."""

    class Type(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=300)
    type = models.CharField(max_length=16, choices=Type.choices, default=Type.PERSON)
    key = models.CharField(max_length=300, unique=True)
    aliases = ArrayField(models.CharField(max_length=300), default=list, blank=True)
    title = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Claim(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        REPORTED = "reported", "Reported speech"

    class Status(models.TextChoices):
        NEW = "new", "New"
        TRIAGED = "triaged", "Triaged: check-worthy"
        NOT_CHECKWORTHY = "not_checkworthy", "Triaged: not check-worthy"
        IN_RESEARCH = "in_research", "In research"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    text = models.TextField()
    kind = models.CharField(max_length=16, choices=Kind.choices)
    language = models.CharField(max_length=8)
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    checkworthiness = models.FloatField(default=0.0)
    checkworthiness_reasons = models.JSONField(default=list, blank=True)
    flags = models.JSONField(default=list, blank=True)
    # sha256 of (speaker key, normalised text): the same statement seen again is one claim.
    fingerprint = models.CharField(max_length=64, unique=True)
    # Workflow (claims/workflow.py): why it was judged not check-worthy, when its verdict went public.
    triage_reason = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["language"]),
            GinIndex(fields=["flags"], name="claim_flags_gin"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_0_1",
            ),
            models.CheckConstraint(
                condition=~Q(status="not_checkworthy") | ~Q(triage_reason=""),
                name="claim_not_checkworthy_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="claim_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Appearance(models.Model):
    """A claim in a document: the span, its context, the channel, the relay and when it was said."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="appearances")
    document = models.ForeignKey("sources.Document", on_delete=models.CASCADE, related_name="appearances")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()  # exactly document.text[start:end]
    sentence = models.TextField(blank=True)
    channel = models.CharField(max_length=300, blank=True)
    relayed_by = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.PROTECT, related_name="relayed_appearances"
    )
    date_said = models.DateField(null=True, blank=True)
    flags = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["document_id", "start"]
        constraints = [
            models.UniqueConstraint(fields=["document", "start", "end"], name="appearance_unique_span"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="appearance_span_ordered"),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} in document {self.document_id} [{self.start}:{self.end}]"


class Quantity(models.Model):
    """A figure inside an appearance, normalised (700 square miles -> 1,813 km²)."""

    appearance = models.ForeignKey(Appearance, on_delete=models.CASCADE, related_name="quantities")
    text = models.CharField(max_length=200)
    value = models.FloatField()
    unit = models.CharField(max_length=32, blank=True)
    normalized_value = models.FloatField(null=True, blank=True)
    normalized_unit = models.CharField(max_length=32, blank=True)
    approximate = models.BooleanField(default=False)
    start = models.PositiveIntegerField()  # offsets in the document text
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["appearance_id", "start"]
        constraints = [
            models.UniqueConstraint(fields=["appearance", "start"], name="quantity_unique_in_appearance"),
        ]

    def __str__(self) -> str:
        return self.text


# Models of the verification workflow live in their own modules; imported here so Django finds them.
from claims.audit_models import AuditEvent  # noqa: E402, F401
from claims.token_models import ApiToken  # noqa: E402, F401
from claims.verdict_models import Correction, Rating, RatingScale, Verdict, VerdictVersion  # noqa: E402, F401
from claims.webhook_models import WebhookDelivery, WebhookEvent, WebhookSubscription  # noqa: E402, F401
