"""Who sees and does what: evidence decisions, link submission, job lists, similar claims, external reviews.

Alice is a fact-checker, Bob has an account without a role, and an anonymous caller has neither.
"""

from __future__ import annotations

import pytest
from django.utils import timezone

from sources import matching
from sources.models import CorroborationJob, Document, Evidence, ExternalReview, JobStatus
from tests.sources.conftest import client_for, make_claim

pytestmark = pytest.mark.django_db
LAKE = "The minister said the lake covers 2,000 km² in 2023."


@pytest.fixture
def evidence(db) -> Evidence:
    claim = make_claim(LAKE)
    document = Document.objects.create(text="The lake covers 3,000 km².", status="extracted")
    return Evidence.objects.create(
        claim=claim, document=document, passage_start=0, passage_end=26, passage="The lake covers 3,000 km².",
        suggested_stance="refutes", stance_reasons=[{"kind": "conflicting_figure", "text": "2,000 vs 3,000"}],
    )  # fmt: skip


def decide(user, evidence, body):
    return client_for(user).post(f"/api/v1/evidence/{evidence.uuid}/decision/", body, format="json")


def test_a_fact_checker_accepts_evidence_and_the_suggestion_stays_apart(alice, evidence):
    response = decide(alice, evidence, {"decision": "accepted", "note": "matches the survey"})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["suggestion"]["stance"] == "refutes"
    assert body["human_decision"]["decision"] == "accepted"
    assert body["human_decision"]["decided_by"] == "alice" and body["human_decision"]["decided_at"]
    assert body["human_decision"]["note"] == "matches the survey"


def test_a_user_without_a_role_cannot_decide_and_anonymous_cannot_even_read(bob, evidence):
    assert decide(bob, evidence, {"decision": "dismissed"}).status_code == 403
    assert client_for(None).get("/api/v1/evidence/").status_code == 401
    assert decide(None, evidence, {"decision": "dismissed"}).status_code == 401
    evidence.refresh_from_db()
    assert evidence.decision == "pending"


def test_a_decision_must_be_accept_or_dismiss(alice, evidence):
    response = decide(alice, evidence, {"decision": "maybe"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_input"


def test_a_fact_checker_submits_a_link_once(alice, django_capture_on_commit_callbacks):
    claim = make_claim(LAKE)
    body = {"claim": str(claim.uuid), "url": "https://stats.example/lake"}
    with django_capture_on_commit_callbacks() as callbacks:
        first = client_for(alice).post("/api/v1/evidence/submit/", body, format="json")
    again = client_for(alice).post("/api/v1/evidence/submit/", body, format="json")
    assert (first.status_code, again.status_code) == (202, 200)
    assert len(callbacks) == 1 and first.json()["id"] == again.json()["id"]
    assert first.json()["provider"] == "url_fetch" and first.json()["target"] == body["url"]


def test_the_job_list_filters_by_status_and_shows_errors(alice, bob):
    claim = make_claim(LAKE)
    CorroborationJob.objects.create(claim=claim, provider="local_corpus", status=JobStatus.DONE)
    CorroborationJob.objects.create(claim=claim, provider="external_reviews", status=JobStatus.FAILED,
                                    last_error="FetchTransientError: 503")  # fmt: skip
    failed = client_for(alice).get("/api/v1/corroboration-jobs/", {"status": "failed"}).json()["results"]
    assert [(j["provider"], j["last_error"]) for j in failed] == [
        ("external_reviews", "FetchTransientError: 503")
    ]
    assert client_for(None).get("/api/v1/corroboration-jobs/").status_code == 401
    # Bob is signed in but not in the newsroom: a draft's working material is not his to see.
    assert client_for(bob).get("/api/v1/corroboration-jobs/").status_code == 403


def test_similar_claims_shows_anonymous_callers_only_published_claims(alice):
    published = make_claim(LAKE, status="published")
    draft = make_claim("The minister said the lake covers 2,000 km² in 2023!")
    for claim in (published, draft):
        matching.claim_index(claim_id=claim.id, text=claim.text)
    ExternalReview.objects.create(
        review_key="k1", publisher="Other Checkers", claim_reviewed=LAKE, rating_text="False",
        matched_claim=published, date_published=timezone.now().date(),
    )  # fmt: skip
    query = {"text": "minister says lake covers 2000 km2 in 2023"}
    anonymous = client_for(None).get("/api/v1/claims/similar/", query).json()
    assert anonymous["query"] == query["text"]
    assert [r["claim"]["id"] for r in anonymous["results"]] == [str(published.uuid)]
    result = anonymous["results"][0]
    assert result["score"] > 0.5 and result["external_reviews"][0]["publisher"] == "Other Checkers"
    everything = client_for(alice).get("/api/v1/claims/similar/", {**query, "limit": 5}).json()
    assert {r["claim"]["id"] for r in everything["results"]} == {str(published.uuid), str(draft.uuid)}


def test_similar_claims_refuses_a_limit_above_50():
    response = client_for(None).get("/api/v1/claims/similar/", {"text": "lake", "limit": 51})
    assert response.status_code == 400


def test_external_reviews_of_a_claim_say_who_checked_it_and_how(alice):
    claim = make_claim(LAKE, status="published")
    ExternalReview.objects.create(review_key="k2", publisher="Fact Desk", claim_reviewed=LAKE,
                                  rating_text="Mostly false", rating_value=2, best_rating=5, matched_claim=claim)  # fmt: skip
    body = client_for(None).get(f"/api/v1/claims/{claim.uuid}/external-reviews/").json()
    assert [(r["publisher"], r["rating_text"]) for r in body["results"]] == [("Fact Desk", "Mostly false")]
    draft = make_claim("A draft claim about 5 dams.")
    assert client_for(None).get(f"/api/v1/claims/{draft.uuid}/external-reviews/").status_code == 404
