"""Thin Celery entry points for the claims app: take ids, call a service. Safe to run twice."""

from __future__ import annotations

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def deliver_webhook(delivery_id: int) -> None:
    """Attempt one webhook delivery; on failure re-enqueue itself with backoff until the attempt cap."""
    from claims.webhooks import webhook_delivery_attempt

    outcome = webhook_delivery_attempt(delivery_id=delivery_id)
    if not outcome.done:
        # Our own attempt counter (in WebhookDelivery) governs the cap, not Celery's retry count: the
        # delivery log the consumer sees is the source of truth.
        deliver_webhook.apply_async((delivery_id,), countdown=outcome.retry_in)


@shared_task(acks_late=True, soft_time_limit=50, time_limit=60)
def requeue_webhooks() -> int:
    """Beat: re-enqueue pending deliveries whose task was lost (FACTCHECK_WEBHOOK_REQUEUE_AFTER_SECONDS)."""
    from datetime import timedelta

    from django.conf import settings

    from claims.webhooks import webhook_deliveries_requeue

    count = webhook_deliveries_requeue(
        older_than=timedelta(seconds=settings.FACTCHECK_WEBHOOK_REQUEUE_AFTER_SECONDS)
    )
    if count:
        logger.warning("re-queued %d stuck webhook deliveries", count)
    return count
