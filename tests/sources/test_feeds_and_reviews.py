"""Feeds of chosen outlets, and fact-checks by other organisations imported as external reviews."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from sources import matching
from sources.feeds import feed_poll
from sources.models import Document, ExternalReview, Outlet
from tests.sources.conftest import make_claim

pytestmark = pytest.mark.django_db
LAKE = "The minister said the lake covers 2,000 km² in 2023."
REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checkers.example/lake",
    "claimReviewed": "The lake covers 2,000 km² in 2023, the minister said",
    "datePublished": "2024-02-01",
    "author": {"@type": "Organization", "name": "Other Checkers", "url": "https://checkers.example"},
    "reviewRating": {"@type": "Rating", "ratingValue": "2", "bestRating": "5", "worstRating": "1",
                     "alternateName": "Mostly false"},
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "The minister"}},
}  # fmt: skip


def test_polling_a_feed_submits_each_new_item_once(page_server, django_capture_on_commit_callbacks):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
      <item><title>Lake</title><link>{page_server.url("/lake")}</link></item>
      <item><title>Dam</title><link>{page_server.url("/dam")}</link></item></channel></rss>"""
    outlet = Outlet.objects.create(name="News", domain="news.test", feed_url=page_server.page(
        "/feed.xml", rss, content_type="application/rss+xml"))  # fmt: skip
    with django_capture_on_commit_callbacks():
        assert feed_poll(outlet_id=outlet.id) == 2
        assert feed_poll(outlet_id=outlet.id) == 0
    assert sorted(Document.objects.values_list("title", flat=True)) == ["Dam", "Lake"]
    outlet.refresh_from_db()
    assert outlet.feed_last_polled_at is not None and outlet.feed_last_error == ""


def test_a_feed_on_a_forbidden_address_is_recorded_as_an_error(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = []
    outlet = Outlet.objects.create(
        name="Internal", domain="internal.test", feed_url="http://127.0.0.1:9/feed"
    )
    assert feed_poll(outlet_id=outlet.id) == 0
    outlet.refresh_from_db()
    assert "non-public" in outlet.feed_last_error


def test_importing_claimreview_json_ld_stores_the_rating_and_matches_our_claim(tmp_path):
    claim = make_claim(LAKE)
    matching.claim_index(claim_id=claim.id, text=claim.text)
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps({"@graph": [REVIEW, {"@type": "WebPage"}]}))
    call_command("import_claimreviews", str(path))
    call_command("import_claimreviews", str(path))  # idempotent
    review = ExternalReview.objects.get()
    assert (review.publisher, review.rating_text, review.rating_value, review.best_rating) == (
        "Other Checkers", "Mostly false", 2.0, 5.0)  # fmt: skip
    assert review.claimant == "The minister" and str(review.date_published) == "2024-02-01"
    assert review.matched_claim == claim and review.match_score > 0.5


def test_importing_a_page_reads_its_claimreview_markup(page_server):
    html = f'<html><head><script type="application/ld+json">{json.dumps(REVIEW)}</script></head><body>x</body></html>'
    call_command("import_claimreviews", page_server.page("/check", html))
    assert ExternalReview.objects.get().url == "https://checkers.example/lake"
