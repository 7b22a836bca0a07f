"""The claim workflow: legal moves, refusals naming the allowed ones, reasons, and the audit trail."""

import pytest

from claims.audit_models import AuditEvent
from claims.models import Claim
from claims.workflow import IllegalTransition, claim_transition
from factcheck.errors import Forbidden, InvalidInput
from tests.world import ClaimFactory, claim_in_review

S = Claim.Status


def test_a_claim_moves_to_review_and_every_move_is_recorded_with_who_from_and_to(world):
    verdict = claim_in_review(world)
    events = list(AuditEvent.objects.filter(claim=verdict.claim, kind=AuditEvent.Kind.STATUS_CHANGED))
    assert [(e.from_status, e.to_status) for e in events] == [
        (S.NEW, S.TRIAGED), (S.TRIAGED, S.IN_RESEARCH), (S.IN_RESEARCH, S.IN_REVIEW),
    ]  # fmt: skip
    assert {e.actor for e in events} == {world.fact_checker}
    assert all(e.created_at for e in events)


def test_an_illegal_transition_is_refused_and_the_error_names_the_allowed_ones(world):
    claim = ClaimFactory()
    with pytest.raises(IllegalTransition) as refused:
        claim_transition(claim=claim, to=S.IN_REVIEW, actor=world.fact_checker)
    assert "triaged" in refused.value.message and "not_checkworthy" in refused.value.message
    assert refused.value.details["allowed"] == [S.TRIAGED, S.NOT_CHECKWORTHY]
    claim.refresh_from_db()
    assert claim.status == S.NEW


def test_dismissing_a_claim_as_not_check_worthy_needs_a_reason_which_is_kept(world):
    claim = ClaimFactory()
    with pytest.raises(InvalidInput):
        claim_transition(claim=claim, to=S.NOT_CHECKWORTHY, actor=world.fact_checker)
    claim_transition(claim=claim, to=S.NOT_CHECKWORTHY, actor=world.fact_checker, note="Opinion, not a fact.")
    claim.refresh_from_db()
    assert (claim.status, claim.triage_reason) == (S.NOT_CHECKWORTHY, "Opinion, not a fact.")


def test_a_claim_in_review_is_sent_back_to_research_only_with_a_comment(world):
    claim = claim_in_review(world).claim
    with pytest.raises(InvalidInput):
        claim_transition(claim=claim, to=S.IN_RESEARCH, actor=world.editor)
    claim_transition(claim=claim, to=S.IN_RESEARCH, actor=world.editor, note="Find the 2023 figure.")
    event = AuditEvent.objects.filter(claim=claim).order_by("-id").first()
    assert (event.to_status, event.note, event.actor) == (
        S.IN_RESEARCH,
        "Find the 2023 figure.",
        world.editor,
    )


def test_publishing_is_not_a_plain_transition(world):
    claim = claim_in_review(world).claim
    with pytest.raises(IllegalTransition, match="verdict/publish"):
        claim_transition(claim=claim, to=S.PUBLISHED, actor=world.editor)


def test_review_needs_a_verdict_draft_with_a_rating(world):
    claim = ClaimFactory()
    claim_transition(claim=claim, to=S.TRIAGED, actor=world.fact_checker)
    claim_transition(claim=claim, to=S.IN_RESEARCH, actor=world.fact_checker)
    with pytest.raises(Exception, match="verdict draft"):
        claim_transition(claim=claim, to=S.IN_REVIEW, actor=world.fact_checker)


def test_a_consumer_cannot_move_a_claim(world):
    with pytest.raises(Forbidden):
        claim_transition(claim=ClaimFactory(), to=S.TRIAGED, actor=world.consumer)
