"""Rating scales, verdicts, their immutable versions and public corrections."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q


class RatingScale(models.Model):
    """A newsroom's ordered set of ratings; a scale in use is never edited, a new version is made."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=64)
    version = models.PositiveIntegerField(default=1)
    name = models.CharField(max_length=200)
    best_rating = models.IntegerField()
    worst_rating = models.IntegerField()
    is_default = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["slug", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "version"], name="ratingscale_unique_slug_version"),
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="ratingscale_one_default"
            ),
            models.CheckConstraint(
                condition=Q(best_rating__gt=F("worst_rating")), name="ratingscale_best_above_worst"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"


class Rating(models.Model):
    scale = models.ForeignKey(RatingScale, on_delete=models.CASCADE, related_name="ratings")
    slug = models.SlugField(max_length=64)
    label = models.CharField(max_length=100)
    definition = models.TextField()
    value = models.IntegerField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["scale_id", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "slug"], name="rating_unique_slug_in_scale"),
            models.UniqueConstraint(fields=["scale", "label"], name="rating_unique_label_in_scale"),
        ]

    def __str__(self) -> str:
        return self.label


class Verdict(models.Model):
    """The current state of a claim's verdict; every change is also kept as a VerdictVersion."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    claim = models.OneToOneField("claims.Claim", on_delete=models.PROTECT, related_name="verdict")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    rating = models.ForeignKey(
        Rating, null=True, blank=True, on_delete=models.PROTECT, related_name="verdicts"
    )
    summary = models.CharField(max_length=500, blank=True)
    rationale = models.TextField(blank=True)
    evidence = models.ManyToManyField("sources.Evidence", blank=True, related_name="verdicts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    last_edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # Optimistic lock: a write names the version it read; a stale one is refused, nothing is lost.
    version = models.PositiveIntegerField(default=1)
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(
                F("published_at").desc(),
                F("id").desc(),
                name="verdict_published_order",
                condition=Q(status="published"),
            ),
            GinIndex(fields=["search_vector"], name="verdict_search_gin"),
        ]
        constraints = [
            # The two-person rule, held by the database: nobody approves their own verdict.
            models.CheckConstraint(
                condition=Q(approver__isnull=True) | ~Q(approver=F("author")),
                name="verdict_approver_not_author",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(approver__isnull=False, rating__isnull=False),
                name="verdict_approved_has_approver_and_rating",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="verdict_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"verdict on {self.claim_id} v{self.version}"

    @property
    def etag(self) -> str:
        return verdict_etag(uuid=self.uuid, version=self.version)


def verdict_etag(*, uuid: object, version: int) -> str:
    """The strong ETag of a verdict: it changes with every saved version (the optimistic-lock counter)."""
    return f'"{uuid}-{version}"'


class VerdictVersion(models.Model):
    """One immutable snapshot of a verdict (the table refuses UPDATE and DELETE, see migration 0004)."""

    verdict = models.ForeignKey(Verdict, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=16, choices=Verdict.Status.choices)
    rating = models.ForeignKey(Rating, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    summary = models.CharField(max_length=500, blank=True)
    rationale = models.TextField(blank=True)
    evidence = models.JSONField(default=list, blank=True)  # uuids of the cited evidence rows
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["verdict_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["verdict", "number"], name="verdictversion_unique_number")
        ]

    def __str__(self) -> str:
        return f"verdict {self.verdict_id} version {self.number}"


class Correction(models.Model):
    """A public correction of a published verdict, shown with its date and note."""

    class Kind(models.TextChoices):
        RATING_CHANGED = "rating_changed", "Rating changed"
        FACT_CORRECTED = "fact_corrected", "Fact corrected"
        CLARIFICATION = "clarification", "Clarification"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    verdict = models.ForeignKey(Verdict, on_delete=models.PROTECT, related_name="corrections")
    version = models.OneToOneField(VerdictVersion, on_delete=models.PROTECT, related_name="correction")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    note = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["verdict_id", "created_at", "id"]
        constraints = [models.CheckConstraint(condition=~Q(note=""), name="correction_has_note")]

    def __str__(self) -> str:
        return f"{self.kind} on verdict {self.verdict_id}"
