"""Webhook subscriptions, events and signed deliveries (HMAC-SHA256 over timestamp and body)."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import random
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.verdict_models import Verdict
from claims.webhook_models import WebhookDelivery, WebhookEvent, WebhookSubscription
from factcheck.errors import InvalidInput, NotFound

SIGNATURE_HEADER = "X-Factcheck-Signature"
EVENT_HEADER = "X-Factcheck-Event"
DELIVERY_HEADER = "X-Factcheck-Delivery"


class UnsafeWebhookUrl(InvalidInput):
    code = "unsafe_webhook_url"


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    """The signature header value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + body>`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(*, secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
    """What a receiver does: recompute the HMAC and refuse stale timestamps (replays)."""
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("v1", ""))


def check_public_url(url: str) -> str:
    """Refuse URLs that resolve to private, loopback or link-local addresses, unless the host is allow-listed."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise UnsafeWebhookUrl(f"{url!r} is not an http(s) URL.")
    host = parts.hostname.lower()
    if host in {h.lower() for h in settings.FACTCHECK_WEBHOOK_ALLOWED_HOSTS}:
        return url
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError):
        raise UnsafeWebhookUrl(f"The host {host!r} does not resolve.") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise UnsafeWebhookUrl(
                f"{host!r} resolves to {address}, a private or reserved address; webhooks go to public hosts."
            )
    return url


@dataclass
class CreatedSubscription:
    subscription: WebhookSubscription
    secret: str


def webhook_subscribe(*, owner: Any, url: str, events: list[str]) -> CreatedSubscription:
    """Subscribe a consumer's URL to events; the signing secret is returned once."""
    unknown = sorted(set(events) - set(WebhookEvent.values))
    if not events or unknown:
        raise InvalidInput(f"events must be a non-empty list of {', '.join(WebhookEvent.values)}.")
    check_public_url(url)
    secret = "whsec_" + secrets.token_urlsafe(32)
    subscription = WebhookSubscription(owner=owner, url=url, secret=secret, events=sorted(set(events)))
    subscription.full_clean()
    subscription.save()
    return CreatedSubscription(subscription=subscription, secret=secret)


def webhook_unsubscribe(*, owner: Any, subscription_uuid: Any) -> None:
    """Delete one of the owner's subscriptions (and its delivery log)."""
    deleted, _ = WebhookSubscription.objects.filter(owner=owner, uuid=subscription_uuid).delete()
    if not deleted:
        raise NotFound("No such webhook subscription.")


def event_payload(*, event: str, verdict: Verdict) -> dict[str, Any]:
    from claims.claimreview import CLAIMREVIEW_PREFETCH, CLAIMREVIEW_SELECT, claimreview

    loaded = (
        Verdict.objects.select_related(*CLAIMREVIEW_SELECT)
        .prefetch_related(*CLAIMREVIEW_PREFETCH)
        .get(pk=verdict.pk)
    )
    return {
        "event": event,
        "occurred_at": timezone.now().isoformat(),
        "verdict": {"id": str(loaded.uuid), "claim": str(loaded.claim.uuid), "version": loaded.version},
        "claimreview": claimreview(loaded),
    }


def webhook_event_emit(*, event: str, verdict: Verdict) -> list[WebhookDelivery]:
    """One pending delivery per active subscription, each enqueued after the surrounding commit."""
    from claims.tasks import deliver_webhook

    subscriptions = list(WebhookSubscription.objects.filter(is_active=True, events__contains=[event]))
    if not subscriptions:
        return []
    payload = orjson.loads(orjson.dumps(event_payload(event=event, verdict=verdict)))
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(subscription=s, event=event, payload=payload) for s in subscriptions
    )
    for delivery in deliveries:
        deliver_webhook.delay_on_commit(delivery.pk)
    return deliveries


def webhook_deliveries_requeue(
    *, delivery_ids: list[int] | None = None, older_than: timedelta | None = None
) -> int:
    """Enqueue an attempt for pending deliveries (these ids, or those overdue by `older_than`); idempotent.

    A delivery is overdue when its task message was lost (a broker restart, a worker killed before the
    ack): still pending, and neither its creation nor its scheduled retry is within `older_than`. A
    duplicate attempt is harmless: webhook_delivery_attempt claims each attempt by its counter, and
    receivers dedupe on the delivery id header.
    """
    from claims.tasks import deliver_webhook

    pending = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING)
    if delivery_ids is not None:
        pending = pending.filter(pk__in=delivery_ids)
    if older_than is not None:
        cutoff = timezone.now() - older_than
        pending = pending.filter(
            Q(next_attempt_at__isnull=True, created_at__lt=cutoff) | Q(next_attempt_at__lt=cutoff)
        )
    with transaction.atomic():
        ids = list(pending.select_for_update(skip_locked=True).values_list("pk", flat=True))
        # Marked due now, so the next sweep leaves them alone for another `older_than`.
        WebhookDelivery.objects.filter(pk__in=ids).update(next_attempt_at=timezone.now())
        for delivery_id in ids:
            deliver_webhook.delay_on_commit(delivery_id)
    return len(ids)


def backoff_seconds(attempt: int) -> float:
    """Exponential backoff with full jitter: uniform in [base·2^(n-1)/2, base·2^(n-1)], capped."""
    ceiling = min(
        settings.FACTCHECK_WEBHOOK_BACKOFF_MAX_SECONDS,
        settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS * 2 ** (attempt - 1),
    )
    return ceiling / 2 + random.uniform(0, ceiling / 2)  # noqa: S311 - jitter, not security


@dataclass
class AttemptOutcome:
    done: bool  # nothing more to do (delivered, failed for good, or not ours to try)
    retry_in: float | None = None


def webhook_delivery_attempt(*, delivery_id: int) -> AttemptOutcome:
    """POST one delivery once and log the outcome; idempotent on finished deliveries."""
    delivery = WebhookDelivery.objects.select_related("subscription").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != WebhookDelivery.Status.PENDING:
        return AttemptOutcome(done=True)
    # Claim this attempt: a duplicate task message that lost the race changes nothing.
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.PENDING, attempts=delivery.attempts
    ).update(attempts=F("attempts") + 1, last_attempt_at=timezone.now())
    if not claimed:
        return AttemptOutcome(done=True)
    attempt = delivery.attempts + 1
    status_code, error = _post(delivery)
    now = timezone.now()
    if error == "" and status_code is not None and 200 <= status_code < 300:
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=WebhookDelivery.Status.SUCCEEDED,
            response_status=status_code,
            error="",
            finished_at=now,
            next_attempt_at=None,
        )
        return AttemptOutcome(done=True)
    error = error or f"HTTP {status_code}"
    if attempt >= settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS:
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=WebhookDelivery.Status.FAILED,
            response_status=status_code,
            error=error[:2000],
            finished_at=now,
            next_attempt_at=None,
        )
        return AttemptOutcome(done=True)
    delay = backoff_seconds(attempt)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        response_status=status_code, error=error[:2000], next_attempt_at=now + timedelta(seconds=delay)
    )
    return AttemptOutcome(done=False, retry_in=delay)


def _post(delivery: WebhookDelivery) -> tuple[int | None, str]:
    subscription = delivery.subscription
    try:
        # Checked again at send time: DNS may have changed since the subscription was made.
        check_public_url(subscription.url)
    except UnsafeWebhookUrl as exc:
        return None, exc.message
    body = orjson.dumps(delivery.payload)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "factcheck-webhooks/1",
        SIGNATURE_HEADER: sign(secret=subscription.secret, timestamp=int(time.time()), body=body),
        EVENT_HEADER: delivery.event,
        DELIVERY_HEADER: str(delivery.uuid),
    }
    try:
        response = httpx.post(
            subscription.url,
            content=body,
            headers=headers,
            timeout=settings.FACTCHECK_WEBHOOK_TIMEOUT_SECONDS,
            follow_redirects=False,
        )
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return response.status_code, ""
