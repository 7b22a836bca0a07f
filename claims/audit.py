"""Writes to the append-only audit trail (the database refuses UPDATE and DELETE on it)."""

from __future__ import annotations

from typing import Any

from claims.audit_models import AuditEvent
from claims.models import Claim
from claims.verdict_models import VerdictVersion


def audit_record(
    *,
    claim: Claim,
    actor: Any,
    kind: str,
    from_status: str = "",
    to_status: str = "",
    note: str = "",
    verdict_version: VerdictVersion | None = None,
) -> AuditEvent:
    """Append one event; call inside the transaction of the change it records."""
    return AuditEvent.objects.create(
        claim=claim,
        actor=actor,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        note=note,
        verdict_version=verdict_version,
    )
