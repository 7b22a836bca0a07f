"""The claim workflow: new → triaged → in research → in review → published, enforced here and nowhere else."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from claims import roles
from claims.audit import audit_record
from claims.audit_models import AuditEvent
from claims.models import Claim
from factcheck.errors import Conflict, Forbidden, InvalidInput

S = Claim.Status

# Every legal move. Publishing is a transition too, but only verdict_publish makes it (it needs a
# verdict, an approver and evidence); corrections keep a published claim published.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.NEW: (S.TRIAGED, S.NOT_CHECKWORTHY),
    S.TRIAGED: (S.IN_RESEARCH, S.NOT_CHECKWORTHY),
    S.NOT_CHECKWORTHY: (S.TRIAGED,),
    S.IN_RESEARCH: (S.IN_REVIEW,),
    S.IN_REVIEW: (S.IN_RESEARCH, S.PUBLISHED),
    S.PUBLISHED: (),
}
# Moves that must say why: the reason for dismissing a claim, the reviewer's comment when sending back.
NOTE_REQUIRED = {(S.NEW, S.NOT_CHECKWORTHY), (S.TRIAGED, S.NOT_CHECKWORTHY), (S.IN_REVIEW, S.IN_RESEARCH)}


class IllegalTransition(Conflict):
    code = "illegal_transition"


def allowed_transitions(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def claim_transition(
    *, claim: Claim, to: str, actor: Any, note: str = "", via_publish: bool = False
) -> Claim:
    """Move a claim to `to` and record it in the audit trail; refuses illegal moves, naming the allowed ones."""
    if not roles.is_fact_checker(actor):
        raise Forbidden("Only fact-checkers and editors move claims through the workflow.")
    if to not in S.values:
        raise InvalidInput(f"Unknown status {to!r}; statuses are {', '.join(S.values)}.")
    note = note.strip()
    with transaction.atomic():
        # The row lock serialises two people moving the same claim at the same moment.
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        allowed = allowed_transitions(locked.status)
        if to not in allowed:
            names = ", ".join(allowed) or "none (corrections are made on the verdict)"
            raise IllegalTransition(
                f"A claim in {locked.status!r} cannot move to {to!r}; allowed: {names}.",
                details={"from": locked.status, "to": to, "allowed": list(allowed)},
            )
        if to == S.PUBLISHED and not via_publish:
            raise IllegalTransition(
                "Publish through POST /api/v1/claims/{uuid}/verdict/publish/: it checks approval and evidence.",
                details={"from": locked.status, "to": to, "allowed": list(allowed)},
            )
        if (locked.status, to) in NOTE_REQUIRED and not note:
            raise InvalidInput(f"Moving from {locked.status!r} to {to!r} needs a note saying why.")
        if to == S.IN_REVIEW:
            verdict = getattr(locked, "verdict", None)
            if verdict is None or verdict.rating_id is None:
                raise Conflict("Write a verdict draft with a rating before sending the claim to review.")
        from_status = locked.status
        locked.status = to
        fields = ["status", "updated_at"]
        if to == S.NOT_CHECKWORTHY:
            locked.triage_reason = note
            fields.append("triage_reason")
        if to == S.PUBLISHED and locked.published_at is None:
            locked.published_at = timezone.now()
            fields.append("published_at")
        locked.save(update_fields=fields)
        audit_record(
            claim=locked,
            actor=actor,
            kind=AuditEvent.Kind.STATUS_CHANGED,
            from_status=from_status,
            to_status=to,
            note=note,
        )
    claim.refresh_from_db()
    return claim
