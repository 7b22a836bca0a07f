"""Management commands and the beat task of the claims app: API tokens and stuck webhook deliveries."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims import tasks
from claims.token_models import ApiToken
from claims.webhook_models import WebhookDelivery, WebhookSubscription


def _run(*args, **options) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue().strip()


def test_a_token_created_on_the_command_line_authenticates_until_it_is_revoked(world):
    key = _run("create_api_token", "carol", name="nightly import")
    assert key.startswith("fc_") and not ApiToken.objects.filter(key_hash=key).exists()
    client = world.client("anonymous")
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/tokens/").status_code == 200

    assert "Revoked token 'nightly import'" in _run("revoke_api_token", "carol", prefix=key[:10])

    refused = client.get("/api/v1/tokens/")
    assert refused.status_code == 401 and b"revoked" in refused.content
    assert refused["WWW-Authenticate"] == "Token"
    with pytest.raises(CommandError, match="no live token"):
        _run("revoke_api_token", "carol", name="nightly import")


def test_the_token_commands_refuse_unknown_users_and_duplicate_names(world):
    with pytest.raises(CommandError, match="No user"):
        _run("create_api_token", "nobody", name="x")
    with pytest.raises(CommandError, match="already have a live token"):
        _run("create_api_token", "carol", name="cms")  # the world gave Carol a "cms" token


@pytest.fixture
def deliveries(world):
    """GIVEN one pending delivery whose task was lost an hour ago, a fresh one, one waiting for its
    scheduled retry, and a finished one."""
    subscription = WebhookSubscription.objects.create(
        owner=world.consumer, url="https://hooks.example/in", secret="whsec_x", events=["verdict.published"]
    )
    now = timezone.now()

    def delivery(**fields):
        row = WebhookDelivery.objects.create(subscription=subscription, event="verdict.published", payload={})
        WebhookDelivery.objects.filter(pk=row.pk).update(**fields)
        return row.pk

    return {
        "lost": delivery(created_at=now - timedelta(hours=1)),
        "fresh": delivery(),
        "waiting": delivery(created_at=now - timedelta(hours=1), next_attempt_at=now + timedelta(minutes=5)),
        "done": delivery(created_at=now - timedelta(hours=1), status=WebhookDelivery.Status.SUCCEEDED),
    }


@pytest.fixture
def sent(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(tasks.deliver_webhook, "delay", lambda delivery_id: calls.append(delivery_id))
    return calls


def test_requeue_webhooks_sends_only_deliveries_whose_task_was_lost_and_only_once(
    deliveries, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert _run("requeue_webhooks") == "1 pending webhook deliveries re-queued."
    assert sent == [deliveries["lost"]]

    with django_capture_on_commit_callbacks(execute=True):
        assert _run("requeue_webhooks") == "0 pending webhook deliveries re-queued."
    assert sent == [deliveries["lost"]]


def test_the_beat_task_requeues_stuck_deliveries_after_the_commit(
    deliveries, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert tasks.requeue_webhooks() == 1
    assert sent == [] and len(callbacks) == 1
    callbacks[0]()
    assert sent == [deliveries["lost"]]
