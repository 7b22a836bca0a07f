"""The append-only audit trail: who moved a claim or its verdict, when, from what to what, and why."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """One recorded change; the table refuses UPDATE and DELETE (trigger in migration 0004)."""

    class Kind(models.TextChoices):
        STATUS_CHANGED = "status_changed", "Status changed"
        VERDICT_EDITED = "verdict_edited", "Verdict edited"
        VERDICT_APPROVED = "verdict_approved", "Verdict approved"
        VERDICT_PUBLISHED = "verdict_published", "Verdict published"
        VERDICT_CORRECTED = "verdict_corrected", "Verdict corrected"

    PUBLIC_KINDS = (Kind.VERDICT_PUBLISHED, Kind.VERDICT_CORRECTED)

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    claim = models.ForeignKey("claims.Claim", on_delete=models.PROTECT, related_name="audit_events")
    verdict_version = models.ForeignKey(
        "claims.VerdictVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="audit_events"
    )
    kind = models.CharField(max_length=24, choices=Kind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim_id", "created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at"], name="auditevent_claim_time")]

    def __str__(self) -> str:
        return f"{self.kind} {self.from_status}→{self.to_status} on claim {self.claim_id}"
