"""Verdict services: drafts with optimistic locking, two-person approval, publishing and corrections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import IntegrityError, transaction
from django.db.models import TextField, Value
from django.utils import timezone

from claims import roles
from claims.audit import audit_record
from claims.audit_models import AuditEvent
from claims.models import Claim
from claims.verdict_models import Correction, Rating, Verdict, VerdictVersion
from claims.webhook_models import WebhookEvent
from claims.workflow import claim_transition
from factcheck.errors import ApplicationError, Conflict, Forbidden, InvalidInput, PreconditionFailed
from sources.models import Evidence

DRAFTABLE = (Claim.Status.IN_RESEARCH, Claim.Status.IN_REVIEW)


class PreconditionRequired(ApplicationError):
    code = "precondition_required"
    status_code = 428


class TwoPersonRule(Forbidden):
    code = "two_person_rule"


class NotEnoughEvidence(Conflict):
    code = "not_enough_evidence"


def _check_evidence(*, claim: Claim, evidence: Sequence[Evidence]) -> None:
    strangers = [str(e.uuid) for e in evidence if e.claim_id != claim.pk]
    if strangers:
        raise InvalidInput("Cited evidence must belong to this claim.", details={"evidence": strangers})


def _check_rating(rating: Rating | None) -> None:
    if rating is not None and not (rating.scale.worst_rating <= rating.value <= rating.scale.best_rating):
        raise InvalidInput(f"Rating {rating.label!r} lies outside its scale's range.")


def _snapshot(*, verdict: Verdict, actor: Any) -> VerdictVersion:
    return VerdictVersion.objects.create(
        verdict=verdict,
        number=verdict.version,
        status=verdict.status,
        rating=verdict.rating,
        summary=verdict.summary,
        rationale=verdict.rationale,
        evidence=sorted(str(u) for u in verdict.evidence.values_list("uuid", flat=True)),
        edited_by=actor,
        approver=verdict.approver,
    )


def _locked(verdict: Verdict, expected_version: int | None, *, required: bool) -> Verdict:
    locked = (
        Verdict.objects.select_for_update(of=("self",))
        .select_related("claim", "rating__scale")
        .get(pk=verdict.pk)
    )
    if expected_version is None:
        if required:
            raise PreconditionRequired(
                "Send If-Match with the verdict's ETag (or `version` in the body) so no edit is lost.",
                details={"current_version": locked.version},
            )
    elif expected_version != locked.version:
        raise PreconditionFailed(
            f"The verdict changed since you read it (you have version {expected_version}, it is now "
            f"{locked.version}); reload and apply your edit again.",
            details={"current_version": locked.version},
        )
    return locked


def _index(verdict: Verdict) -> None:
    # 'simple' on both sides: the query does not know the claim's language, stemming would mismatch.
    Verdict.objects.filter(pk=verdict.pk).update(
        search_vector=SearchVector(
            Value(verdict.claim.text, output_field=TextField()), weight="A", config="simple"
        )
        + SearchVector("summary", weight="B", config="simple")
        + SearchVector("rationale", weight="C", config="simple")
    )


def verdict_save(
    *,
    claim: Claim,
    actor: Any,
    rating: Rating | None = None,
    summary: str | None = None,
    rationale: str | None = None,
    evidence: Sequence[Evidence] | None = None,
    expected_version: int | None = None,
) -> Verdict:
    """Create the claim's verdict draft or update it (stale `expected_version` → 412); each save is a new version."""
    if not roles.is_fact_checker(actor):
        raise Forbidden("Only fact-checkers and editors write verdicts.")
    if claim.status not in DRAFTABLE:
        raise Conflict(
            f"A verdict is drafted while the claim is in research or in review (it is {claim.status!r}).",
            details={"status": claim.status},
        )
    _check_rating(rating)
    if evidence is not None:
        _check_evidence(claim=claim, evidence=evidence)
    with transaction.atomic():
        existing = Verdict.objects.filter(claim=claim).first()
        if existing is None:
            if expected_version not in (None, 0):
                raise PreconditionFailed("The verdict does not exist yet.", details={"current_version": 0})
            try:
                with transaction.atomic():
                    verdict = Verdict.objects.create(
                        claim=claim,
                        rating=rating,
                        summary=summary or "",
                        rationale=rationale or "",
                        author=actor,
                        last_edited_by=actor,
                    )
            except IntegrityError:
                raise PreconditionFailed(
                    "Someone created this verdict at the same moment; reload and edit it.",
                    details={"current_version": 1},
                ) from None
        else:
            verdict = _locked(existing, expected_version, required=True)
            if verdict.status == Verdict.Status.PUBLISHED:
                raise Conflict("This verdict is published; change it with a correction.")
            if rating is not None:
                verdict.rating = rating
            if summary is not None:
                verdict.summary = summary
            if rationale is not None:
                verdict.rationale = rationale
            # Any edit after approval needs a fresh approval: the approver vouched for other words.
            verdict.status, verdict.approver, verdict.approved_at = Verdict.Status.DRAFT, None, None
            verdict.last_edited_by = actor
            verdict.version += 1
            verdict.full_clean(exclude=["claim", "evidence"])
            verdict.save()
        if evidence is not None:
            verdict.evidence.set(evidence)
        version = _snapshot(verdict=verdict, actor=actor)
        audit_record(
            claim=claim,
            actor=actor,
            kind=AuditEvent.Kind.VERDICT_EDITED,
            verdict_version=version,
            note=f"version {verdict.version}",
        )
    return verdict


def verdict_approve(*, verdict: Verdict, actor: Any, expected_version: int | None = None) -> Verdict:
    """An editor other than the author (and the last editor) approves the draft under review."""
    if not roles.is_editor(actor):
        raise Forbidden("Only editors approve verdicts.")
    with transaction.atomic():
        verdict = _locked(verdict, expected_version, required=False)
        if verdict.claim.status != Claim.Status.IN_REVIEW:
            raise Conflict(f"Only a claim in review can be approved (it is {verdict.claim.status!r}).")
        if verdict.status != Verdict.Status.DRAFT:
            raise Conflict(f"The verdict is already {verdict.status}.")
        if verdict.rating_id is None:
            raise Conflict("The verdict has no rating yet.")
        if actor.pk in (verdict.author_id, verdict.last_edited_by_id):
            raise TwoPersonRule("Two-person rule: a verdict is approved by an editor who did not write it.")
        verdict.status, verdict.approver, verdict.approved_at = Verdict.Status.APPROVED, actor, timezone.now()
        verdict.version += 1
        verdict.save()
        version = _snapshot(verdict=verdict, actor=actor)
        audit_record(
            claim=verdict.claim, actor=actor, kind=AuditEvent.Kind.VERDICT_APPROVED, verdict_version=version
        )
    return verdict


def verdict_publish(*, verdict: Verdict, actor: Any, note: str = "") -> Verdict:
    """Publish an approved verdict with enough accepted evidence; notifies webhooks on commit."""
    from claims.webhooks import webhook_event_emit

    if not roles.is_editor(actor):
        raise Forbidden("Only editors publish verdicts.")
    with transaction.atomic():
        verdict = _locked(verdict, None, required=False)
        if verdict.status != Verdict.Status.APPROVED or verdict.approver_id is None:
            raise TwoPersonRule("Two-person rule: the verdict needs an approval by a second editor first.")
        if verdict.approver_id == verdict.author_id:
            raise TwoPersonRule("Two-person rule: the approver must not be the author.")
        minimum = settings.FACTCHECK_MIN_ACCEPTED_EVIDENCE
        accepted = verdict.evidence.filter(decision=Evidence.Decision.ACCEPTED).count()
        if accepted < minimum:
            raise NotEnoughEvidence(
                f"Publishing needs at least {minimum} accepted evidence source(s) cited; this verdict has {accepted}.",
                details={"required": minimum, "accepted": accepted},
            )
        claim_transition(
            claim=verdict.claim, to=Claim.Status.PUBLISHED, actor=actor, note=note, via_publish=True
        )
        verdict.status = Verdict.Status.PUBLISHED
        verdict.published_at = verdict.published_at or timezone.now()
        verdict.version += 1
        verdict.save()
        version = _snapshot(verdict=verdict, actor=actor)
        audit_record(
            claim=verdict.claim,
            actor=actor,
            kind=AuditEvent.Kind.VERDICT_PUBLISHED,
            verdict_version=version,
            note=note,
        )
        _index(verdict)
        webhook_event_emit(event=WebhookEvent.VERDICT_PUBLISHED, verdict=verdict)
    return verdict


def verdict_correct(
    *,
    verdict: Verdict,
    actor: Any,
    kind: str,
    note: str,
    rating: Rating | None = None,
    summary: str | None = None,
    rationale: str | None = None,
    expected_version: int | None = None,
) -> Correction:
    """Correct a published verdict: a new version, a public note, and a verdict.corrected webhook."""
    from claims.webhooks import webhook_event_emit

    if not roles.is_editor(actor):
        raise Forbidden("Only editors correct published verdicts.")
    if kind not in Correction.Kind.values:
        raise InvalidInput(f"kind must be one of {', '.join(Correction.Kind.values)}.")
    if not note.strip():
        raise InvalidInput("A correction needs a public note.")
    _check_rating(rating)
    with transaction.atomic():
        verdict = _locked(verdict, expected_version, required=False)
        if verdict.status != Verdict.Status.PUBLISHED:
            raise Conflict("Only a published verdict is corrected; edit the draft instead.")
        rating_changes = rating is not None and rating.pk != verdict.rating_id
        if kind == Correction.Kind.RATING_CHANGED and not rating_changes:
            raise InvalidInput("A rating_changed correction needs a new, different rating.")
        if rating_changes and kind != Correction.Kind.RATING_CHANGED:
            raise InvalidInput("Changing the rating is a rating_changed correction.")
        if rating is not None and rating.scale_id != verdict.rating.scale_id:  # type: ignore[union-attr]
            raise InvalidInput("The new rating must come from the same scale.")
        if rating is not None:
            verdict.rating = rating
        if summary is not None:
            verdict.summary = summary
        if rationale is not None:
            verdict.rationale = rationale
        verdict.last_edited_by = actor
        verdict.version += 1
        verdict.full_clean(exclude=["claim", "evidence"])
        verdict.save()
        version = _snapshot(verdict=verdict, actor=actor)
        correction = Correction.objects.create(
            verdict=verdict, version=version, kind=kind, note=note.strip(), created_by=actor
        )
        audit_record(
            claim=verdict.claim,
            actor=actor,
            kind=AuditEvent.Kind.VERDICT_CORRECTED,
            verdict_version=version,
            from_status=Claim.Status.PUBLISHED,
            to_status=Claim.Status.PUBLISHED,
            note=f"{kind}: {note.strip()}",
        )
        _index(verdict)
        webhook_event_emit(event=WebhookEvent.VERDICT_CORRECTED, verdict=verdict)
    return correction
