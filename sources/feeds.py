"""RSS/Atom feeds of chosen outlets: new items are submitted for ingestion (and their claims matched)."""

from __future__ import annotations

import logging

import feedparser
from django.utils import timezone

from factcheck.errors import ApplicationError
from sources.fetchers import FEED_TYPES, HTML_TYPES, FetchTransientError, fetch_bytes
from sources.models import Outlet
from sources.services import document_submit

logger = logging.getLogger(__name__)
MAX_ITEMS = 100


def feed_item_links(content: bytes) -> list[tuple[str, str]]:
    """(link, title) of each feed entry, in feed order; feedparser reads RSS 0.9x-2.0, RSS 1.0 and Atom."""
    parsed = feedparser.parse(content)
    items = []
    for entry in parsed.entries[:MAX_ITEMS]:
        link = entry.get("link") or ""
        if link.startswith(("http://", "https://")):
            items.append((link, (entry.get("title") or "")[:1000]))
    return items


def feed_poll(*, outlet_id: int) -> int:
    """Fetch the outlet's feed through the guarded fetcher and submit unseen items; returns how many are new.

    Idempotent: document_submit answers an already known URL with its existing document.
    """
    outlet = Outlet.objects.filter(pk=outlet_id).exclude(feed_url="").first()
    if outlet is None:
        return 0
    try:
        fetched = fetch_bytes(outlet.feed_url, accept={**FEED_TYPES, **HTML_TYPES})
    except FetchTransientError:
        raise
    except ApplicationError as exc:
        Outlet.objects.filter(pk=outlet.pk).update(
            feed_last_polled_at=timezone.now(), feed_last_error=exc.message
        )
        return 0
    created = 0
    for link, title in feed_item_links(fetched.content):
        try:
            created += int(document_submit(url=link, title=title).created)
        except ApplicationError as exc:
            logger.info("feed item %s of %s skipped: %s", link, outlet.name, exc.message)
    Outlet.objects.filter(pk=outlet.pk).update(feed_last_polled_at=timezone.now(), feed_last_error="")
    return created
