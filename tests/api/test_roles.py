"""Who can see and do what: a table of role × endpoint × method, and drafts that never leak."""

import pytest

from claims.models import Claim
from claims.verdicts import verdict_approve
from tests.world import ROLES, AppearanceFactory, ClaimFactory, claim_in_review, published_verdict

ALL = set(ROLES)
NEWSROOM = {"fact_checker", "editor", "editor2", "admin"}
EDITORS = {"editor", "editor2", "admin"}


@pytest.fixture
def scene(world):
    """A published claim, one in review (written by the fact-checker), one approved by editor2, a new one."""
    published = published_verdict(world)
    review = claim_in_review(world)
    approved = verdict_approve(verdict=claim_in_review(world), actor=world.editor2)
    new = ClaimFactory()
    AppearanceFactory(claim=new)
    return {"P": published.claim.uuid, "R": review.claim.uuid, "A": approved.claim.uuid, "N": new.uuid}


# (method, path, body, roles allowed, status when allowed, status when refused)
TABLE = [
    ("get", "/api/v1/verdicts/", None, ALL, 200, None),
    ("get", "/api/v1/claims/{P}/", None, ALL, 200, None),
    ("get", "/api/v1/claims/{P}/claimreview/", None, ALL, 200, None),
    ("get", "/api/v1/claims/{P}/history/", None, ALL, 200, None),
    ("get", "/api/v1/claims/{R}/", None, NEWSROOM, 200, 404),
    ("get", "/api/v1/claims/{R}/verdict/", None, NEWSROOM, 200, 404),
    ("get", "/api/v1/claims/{R}/history/", None, NEWSROOM, 200, 404),
    ("get", "/api/v1/claims/{R}/claimreview/", None, set(), None, 404),
    ("post", "/api/v1/claims/{N}/transition/", {"to": "triaged"}, NEWSROOM, 200, 403),
    ("patch", "/api/v1/claims/{R}/verdict/", {"summary": "Better.", "version": 1}, NEWSROOM, 200, 403),
    ("post", "/api/v1/claims/{R}/verdict/approve/", {}, EDITORS, 200, 403),
    ("post", "/api/v1/claims/{A}/verdict/publish/", {}, EDITORS, 200, 403),
    ("post", "/api/v1/claims/{P}/verdict/corrections/", {"kind": "clarification", "note": "Source date added."},
     EDITORS, 201, 403),
    ("get", "/api/v1/rating-scales/", None, ALL, 200, None),
    ("post", "/api/v1/rating-scales/", {"slug": "house", "name": "House", "best_rating": 2, "worst_rating": 0,
     "ratings": [{"slug": "ok", "label": "OK", "definition": "Fine.", "value": 2}]}, {"admin"}, 201, 403),
    ("post", "/api/v1/tokens/", {"name": "second"}, ALL - {"anonymous"}, 201, 403),
    ("get", "/api/v1/tokens/", None, ALL - {"anonymous"}, 200, 403),
]  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "path", "body", "allowed", "ok", "refused"), TABLE, ids=lambda v: str(v)[:40]
)
def test_each_role_sees_and_does_only_what_it_may(
    world, scene, role, method, path, body, allowed, ok, refused
):
    client = world.client(role)
    response = getattr(client, method)(path.format(**scene), body, format="json")
    expected = ok if role in allowed else refused
    if role == "anonymous" and expected == 403:
        expected = 401  # not authenticated at all: a challenge, not a refusal
    assert response.status_code == expected, response.content[:300]


@pytest.mark.parametrize("role", ["anonymous", "consumer"])
def test_drafts_never_appear_in_any_list_or_filter_for_readers(world, scene, role):
    client = world.client(role)
    claims = client.get("/api/v1/claims/", {"page_size": 200}).json()["results"]
    assert [c["id"] for c in claims] == [str(scene["P"])]
    for status in ["new", "in_review", "triaged"]:
        assert client.get("/api/v1/claims/", {"status": status}).json()["results"] == []
    verdicts = client.get("/api/v1/verdicts/").json()["results"]
    assert [v["claim"]["id"] for v in verdicts] == [str(scene["P"])]
    speakers = client.get("/api/v1/speakers/").json()["results"]
    assert len(speakers) == 1 and speakers[0]["claim_count"] == 1


def test_the_newsroom_sees_every_claim(world, scene):
    claims = world.client("fact_checker").get("/api/v1/claims/", {"page_size": 200}).json()["results"]
    assert {c["id"] for c in claims} == {str(u) for u in scene.values()}


def test_status_approver_and_published_at_cannot_be_written_through_the_api(world, scene):
    client = world.client("fact_checker")
    etag = client.get(f"/api/v1/claims/{scene['R']}/verdict/").headers["ETag"]
    response = client.patch(
        f"/api/v1/claims/{scene['R']}/verdict/",
        {"summary": "Sneaky.", "status": "published", "approver": "ed", "published_at": "2020-01-01T00:00:00Z"},
        format="json", HTTP_IF_MATCH=etag,
    )  # fmt: skip
    assert response.status_code == 400
    assert set(response.json()["error"]["details"]) == {"status", "approver", "published_at"}
    verdict = client.get(f"/api/v1/claims/{scene['R']}/verdict/").json()
    assert (verdict["status"], verdict["approver"], verdict["published_at"]) == ("draft", None, None)
    assert Claim.objects.get(uuid=scene["R"]).status == Claim.Status.IN_REVIEW


def test_an_illegal_transition_through_the_api_names_the_allowed_ones(world, scene):
    response = world.client("editor").post(f"/api/v1/claims/{scene['N']}/transition/", {"to": "in_review"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "illegal_transition"
    assert response.json()["error"]["details"]["allowed"] == ["triaged", "not_checkworthy"]


def test_the_second_writer_gets_412_and_the_first_edit_is_kept(world, scene):
    first, second = world.client("fact_checker"), world.client("editor")
    url = f"/api/v1/claims/{scene['R']}/verdict/"
    etag = first.get(url).headers["ETag"]
    assert second.get(url).headers["ETag"] == etag
    assert first.patch(url, {"summary": "First."}, format="json", HTTP_IF_MATCH=etag).status_code == 200
    late = second.patch(url, {"summary": "Second."}, format="json", HTTP_IF_MATCH=etag)
    assert late.status_code == 412
    assert first.get(url).json()["summary"] == "First."
    assert second.patch(url, {"summary": "No precondition."}, format="json").status_code == 428


def test_the_two_person_rule_through_the_api(world, scene):
    editor = world.client("editor")
    url = f"/api/v1/claims/{scene['R']}/verdict/"
    etag = editor.get(url).headers["ETag"]
    editor.patch(url, {"summary": "Edited by Ed."}, format="json", HTTP_IF_MATCH=etag)
    refused = editor.post(url + "approve/", {}, format="json")
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "two_person_rule"
    assert world.client("editor2").post(url + "approve/", {}, format="json").status_code == 200


def test_a_consumer_creates_several_named_tokens_and_revokes_one(world):
    client = world.client("consumer")
    created = client.post("/api/v1/tokens/", {"name": "etl"}, format="json").json()
    assert created["key"].startswith("fc_")
    names = {t["name"] for t in client.get("/api/v1/tokens/").json()}
    assert names == {"cms", "etl"} and all("key" not in t for t in client.get("/api/v1/tokens/").json())
    etl = world.client("anonymous")
    etl.credentials(HTTP_AUTHORIZATION=f"Token {created['key']}")
    assert etl.get("/api/v1/tokens/").status_code == 200
    assert client.delete(f"/api/v1/tokens/{created['id']}/").status_code == 204
    assert etl.get("/api/v1/tokens/").status_code == 401
