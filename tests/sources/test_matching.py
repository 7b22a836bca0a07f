"""Claim matching: normalisation, the similar-claims lookup, and claim families."""

from __future__ import annotations

import pytest

from sources import matching
from sources.families import claim_match
from sources.models import ClaimFamilyMember
from tests.sources.conftest import make_claim

pytestmark = pytest.mark.django_db

LAKE = "The minister said the lake now covers 2,000 square kilometres, down from 3,500 in 1990."


def test_normalisation_folds_case_accents_thousands_and_units():
    assert matching.normalize("Élysée: 2 000 km² (12,5 pour cent)") == "elysee 2000 km2 12.5 %"
    assert matching.normalize("2,000 square kilometres") == matching.normalize("2000 km²")


def test_a_paraphrase_with_typos_and_reordered_words_scores_above_an_unrelated_claim():
    target = matching.features(matching.normalize(LAKE))
    paraphrase = matching.features(
        matching.normalize("In 1990 the lake covered 3500; now the minster says 2000 km2.")
    )
    unrelated = matching.features(
        matching.normalize("Unemployment fell to 7 percent in the northern regions.")
    )
    assert matching.similarity(target, paraphrase) > 0.5 > matching.similarity(target, unrelated)


def test_similar_claims_finds_the_claim_despite_typos_and_formatting():
    lake = make_claim(LAKE)
    other = make_claim("Unemployment fell to 7 percent in the northern regions last year.")
    for claim in (lake, other):
        matching.claim_index(claim_id=claim.id, text=claim.text)
    found = matching.similar_claims("the lake covres 2000 km² now, down from 3 500 in 1990 said the minister")
    assert found[0].claim_id == lake.id and found[0].score > 0.6
    assert other.id not in [m.claim_id for m in found if m.score > 0.3]


def test_indexing_twice_changes_nothing():
    lake = make_claim(LAKE)
    assert matching.claim_index(claim_id=lake.id, text=lake.text) is True
    assert matching.claim_index(claim_id=lake.id, text=lake.text) is False
    from sources.models import MatchKey, MatchToken

    keys = MatchKey.objects.filter(claim_id=lake.id).count()
    assert keys == len(matching.keys_of(matching.normalize(LAKE)))
    assert set(MatchToken.objects.values_list("df", flat=True)) == {1}


def test_the_same_claim_in_another_article_joins_the_older_claims_family():
    first = make_claim(LAKE)
    claim_match(claim_id=first.id)
    again = make_claim(
        "The minister said the lake now covers 2000 square kilometres, down from 3,500 in 1990"
    )
    member = claim_match(claim_id=again.id)
    assert member.canonical_id == first.id
    assert member.state == ClaimFamilyMember.State.LINKED and member.linked_automatically


def test_a_looser_paraphrase_is_only_suggested(settings):
    settings.FACTCHECK_MATCH_SUGGEST_SCORE = 0.3
    first = make_claim(LAKE)
    claim_match(claim_id=first.id)
    loose = make_claim("Minister: the lake shrank to 2,000 square kilometres from 3,500.")
    member = claim_match(claim_id=loose.id)
    assert member is not None and member.state == ClaimFamilyMember.State.SUGGESTED
    assert not member.linked_automatically
