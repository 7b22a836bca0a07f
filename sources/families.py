"""Claim families: the same claim seen in several articles, linked to one canonical claim.

A match above FACTCHECK_MATCH_AUTO_LINK_SCORE is linked automatically; one above
FACTCHECK_MATCH_SUGGEST_SCORE is kept as a suggestion for a fact-checker. The canonical claim is
always the older one, so two claims matching each other at the same time can never form a cycle.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from claims.models import Claim
from sources.matching import claim_index, similar_claims
from sources.models import ClaimFamilyMember


def canonical_id_of(claim_id: int) -> int:
    membership = ClaimFamilyMember.objects.filter(
        claim_id=claim_id, state=ClaimFamilyMember.State.LINKED
    ).first()
    return membership.canonical_id if membership else claim_id


def claim_match(*, claim_id: int) -> ClaimFamilyMember | None:
    """Index the claim for matching, then link it to (or suggest) its family's canonical claim. Idempotent."""
    claim = Claim.objects.filter(pk=claim_id).only("id", "text").first()
    if claim is None:
        return None
    claim_index(claim_id=claim.id, text=claim.text)
    existing = ClaimFamilyMember.objects.filter(claim_id=claim.id).first()
    if existing is not None and existing.state == ClaimFamilyMember.State.LINKED:
        return existing  # a link (automatic or a person's) is never undone by a re-run
    if ClaimFamilyMember.objects.filter(canonical_id=claim.id, state=ClaimFamilyMember.State.LINKED).exists():
        return existing  # already the canonical claim of a family
    matches = [
        m
        for m in similar_claims(
            claim.text, limit=10, exclude=(claim.id,), min_score=settings.FACTCHECK_MATCH_SUGGEST_SCORE
        )
        if m.claim_id < claim.id
    ]
    if not matches:
        return existing
    best = matches[0]
    canonical = canonical_id_of(best.claim_id)
    automatic = best.score >= settings.FACTCHECK_MATCH_AUTO_LINK_SCORE
    with transaction.atomic():
        member, _ = ClaimFamilyMember.objects.update_or_create(
            claim_id=claim.id,
            defaults={
                "canonical_id": canonical,
                "score": min(1.0, best.score),
                "state": ClaimFamilyMember.State.LINKED if automatic else ClaimFamilyMember.State.SUGGESTED,
                "linked_automatically": automatic,
            },
        )
    return member


def family_of(claim: Claim) -> list[int]:
    """Ids of every claim in the claim's family (linked members and the canonical claim)."""
    canonical = canonical_id_of(claim.id)
    members = ClaimFamilyMember.objects.filter(canonical_id=canonical, state=ClaimFamilyMember.State.LINKED)
    return [canonical, *members.values_list("claim_id", flat=True)]
