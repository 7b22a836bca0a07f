"""The consumer API: conditional GETs, flat query counts, filters, feeds and CSV."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.world import ClaimFactory, SpeakerFactory, published_verdict


@pytest.fixture
def many(world):
    return [published_verdict(world) for _ in range(12)]


@pytest.mark.parametrize(
    "path", ["/api/v1/verdicts/", "/api/v1/verdicts/{V}/", "/api/v1/claims/{C}/claimreview/"]
)
def test_an_unchanged_resource_answers_304_to_its_etag_and_to_if_modified_since(world, path):
    verdict = published_verdict(world)
    client = world.client("consumer")
    url = path.format(V=verdict.uuid, C=verdict.claim.uuid)
    first = client.get(url)
    assert first.status_code == 200 and first.headers["ETag"] and first.headers["Last-Modified"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first.headers["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first.headers["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


LISTS = [
    "/api/v1/verdicts/", "/api/v1/claims/", "/api/v1/speakers/", "/api/v1/rating-scales/",
    "/api/v1/claims/{C}/history/", "/api/v1/tokens/", "/api/v1/webhooks/",
]  # fmt: skip


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("role", ["consumer", "editor"])
def test_the_number_of_queries_of_a_list_does_not_grow_with_the_page_size(world, many, path, role):
    client = world.client(role)
    url = path.format(C=many[0].claim.uuid)
    client.get(url)  # warm up: the token's last_used_at is written once a minute, not per request
    counts = []
    for size in (2, 10):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, {"page_size": size}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_verdicts_are_cursor_paginated_newest_first_with_a_capped_page_size(world, many):
    client = world.client("anonymous")
    page = client.get("/api/v1/verdicts/", {"page_size": 5}).json()
    assert len(page["results"]) == 5 and "count" not in page and page["next"]
    second = client.get(page["next"]).json()
    first_ids = {v["id"] for v in page["results"]}
    assert not first_ids & {v["id"] for v in second["results"]}
    dates = [v["published_at"] for v in page["results"] + second["results"]]
    assert dates == sorted(dates, reverse=True)
    assert len(client.get("/api/v1/verdicts/", {"page_size": 100000}).json()["results"]) == 12


def test_verdicts_are_filtered_by_speaker_language_rating_outlet_and_text(world):
    target = published_verdict(
        world,
        claim=ClaimFactory(text="Wind farms kill millions of birds", language="fr", speaker=SpeakerFactory()),
    )
    published_verdict(world, rating="true")
    client = world.client("anonymous")

    def ids(**params):
        return [v["id"] for v in client.get("/api/v1/verdicts/", params).json()["results"]]

    assert ids(language="fr") == [str(target.uuid)]
    assert ids(speaker=str(target.claim.speaker.uuid)) == [str(target.uuid)]
    assert ids(q="birds") == [str(target.uuid)]
    assert len(ids(rating="false")) == 1 and len(ids(rating="true")) == 1
    outlet = target.claim.appearances.first().document.outlet.domain
    assert ids(outlet=outlet) == [str(target.uuid)]
    assert ids(published_after="2999-01-01T00:00:00Z") == []
    assert client.get("/api/v1/verdicts/", {"published_after": "yesterday"}).status_code == 400


def test_the_bulk_feeds_stream_every_published_verdict(world, many):
    client = world.client("consumer")
    lines = client.get("/api/v1/feeds/claimreview.jsonl")
    assert lines.streaming and lines.headers["Content-Type"] == "application/x-ndjson"
    reviews = [json.loads(line) for line in b"".join(lines.streaming_content).splitlines()]
    assert len(reviews) == 12 and {r["@type"] for r in reviews} == {"ClaimReview"}
    feed = client.get("/api/v1/feeds/claimreview.jsonld")
    document = json.loads(b"".join(feed.streaming_content))
    assert document["@type"] == "DataFeed" and len(document["dataFeedElement"]) == 12
    export = client.get("/api/v1/exports/verdicts.csv", {"rating": "false"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert len(rows) == 12 and rows[0]["rating_label"] == "False"


def test_a_draft_is_in_no_feed(world, many):
    from tests.world import claim_in_review

    draft = claim_in_review(world)
    body = b"".join(world.client("anonymous").get("/api/v1/feeds/claimreview.jsonl").streaming_content)
    assert draft.claim.text.encode() not in body
