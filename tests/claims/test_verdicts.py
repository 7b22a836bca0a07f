"""Verdicts: the two-person rule, the evidence minimum, immutable versions, corrections and locking."""

import pytest
from django.db import IntegrityError, transaction

from claims.models import Claim
from claims.scales import rating_resolve
from claims.verdict_models import Correction, Verdict, VerdictVersion
from claims.verdicts import (
    NotEnoughEvidence,
    TwoPersonRule,
    verdict_approve,
    verdict_correct,
    verdict_publish,
    verdict_save,
)
from factcheck.errors import PreconditionFailed
from sources.models import Evidence
from tests.world import EvidenceFactory, claim_in_review, published_verdict


def test_it_refuses_to_approve_a_verdict_by_its_own_author(world):
    verdict = claim_in_review(world)
    verdict_save(
        claim=verdict.claim, actor=world.editor, summary="Tightened.", expected_version=verdict.version
    )
    verdict.refresh_from_db()
    with pytest.raises(TwoPersonRule):
        verdict_approve(verdict=verdict, actor=world.editor)  # the last editor is an author too


def test_it_refuses_to_publish_without_a_second_reviewer(world):
    verdict = claim_in_review(world)
    with pytest.raises(TwoPersonRule):
        verdict_publish(verdict=verdict, actor=world.editor)
    verdict.claim.refresh_from_db()
    assert verdict.claim.status == Claim.Status.IN_REVIEW


def test_the_database_itself_refuses_an_approver_who_is_the_author(world):
    verdict = claim_in_review(world)
    with pytest.raises(IntegrityError), transaction.atomic():
        Verdict.objects.filter(pk=verdict.pk).update(approver=verdict.author)


def test_it_refuses_to_publish_without_an_accepted_evidence_source(world):
    verdict = claim_in_review(world)
    Evidence.objects.filter(claim=verdict.claim).update(decision=Evidence.Decision.PENDING)
    verdict = verdict_approve(verdict=verdict, actor=world.editor)
    with pytest.raises(NotEnoughEvidence) as refused:
        verdict_publish(verdict=verdict, actor=world.editor2)
    assert refused.value.details == {"required": 1, "accepted": 0}


def test_the_evidence_minimum_is_a_setting(world, settings):
    settings.FACTCHECK_MIN_ACCEPTED_EVIDENCE = 2
    verdict = verdict_approve(verdict=claim_in_review(world), actor=world.editor)
    with pytest.raises(NotEnoughEvidence):
        verdict_publish(verdict=verdict, actor=world.editor2)
    settings.FACTCHECK_MIN_ACCEPTED_EVIDENCE = 1
    published = verdict_publish(verdict=verdict, actor=world.editor2)
    assert published.status == Verdict.Status.PUBLISHED
    published.claim.refresh_from_db()
    assert published.claim.status == Claim.Status.PUBLISHED and published.claim.published_at


def test_every_change_to_a_verdict_is_a_new_immutable_version(world):
    verdict = published_verdict(world)
    numbers = list(VerdictVersion.objects.filter(verdict=verdict).values_list("number", "status"))
    assert numbers == [(1, "draft"), (2, "approved"), (3, "published")]
    assert verdict.version == 3


def test_an_edit_after_approval_needs_a_fresh_approval(world):
    verdict = verdict_approve(verdict=claim_in_review(world), actor=world.editor)
    edited = verdict_save(
        claim=verdict.claim, actor=world.fact_checker, summary="Reworded.", expected_version=verdict.version
    )
    assert (edited.status, edited.approver) == (Verdict.Status.DRAFT, None)


def test_a_stale_edit_is_refused_and_the_first_edit_is_kept(world):
    verdict = claim_in_review(world)
    read_version = verdict.version
    verdict_save(
        claim=verdict.claim, actor=world.fact_checker, summary="First.", expected_version=read_version
    )
    with pytest.raises(PreconditionFailed):
        verdict_save(
            claim=verdict.claim, actor=world.editor, summary="Second.", expected_version=read_version
        )
    verdict.refresh_from_db()
    assert verdict.summary == "First."


def test_a_correction_changes_the_rating_keeps_a_public_note_and_a_version(world):
    verdict = published_verdict(world)
    correction = verdict_correct(
        verdict=verdict, actor=world.editor, kind=Correction.Kind.RATING_CHANGED,
        note="A newer figure makes it mostly false.", rating=rating_resolve(rating_slug="mostly-false"),
    )  # fmt: skip
    verdict.refresh_from_db()
    assert verdict.rating.slug == "mostly-false" and verdict.status == Verdict.Status.PUBLISHED
    assert correction.version.number == verdict.version == 4
    assert VerdictVersion.objects.get(verdict=verdict, number=3).rating.slug == "false"


def test_evidence_of_another_claim_cannot_be_cited(world):
    verdict = claim_in_review(world)
    stranger = EvidenceFactory()
    with pytest.raises(Exception, match="belong to this claim"):
        verdict_save(
            claim=verdict.claim,
            actor=world.fact_checker,
            evidence=[stranger],
            expected_version=verdict.version,
        )
