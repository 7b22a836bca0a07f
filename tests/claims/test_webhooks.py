"""Webhooks: signed deliveries to a real local receiver through a real worker, retries, failure, SSRF refusal."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claims.webhook_models import WebhookDelivery, WebhookEvent
from claims.webhooks import SIGNATURE_HEADER, UnsafeWebhookUrl, verify, webhook_subscribe
from tests.world import published_verdict


class Receiver:
    """An HTTP server on 127.0.0.1 that records requests and answers with a fixed status."""

    def __init__(self, status: int):
        self.requests: list[tuple[dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def _wait_for(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def fast_webhooks(settings):
    settings.FACTCHECK_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.FACTCHECK_WEBHOOK_BACKOFF_SECONDS = 0.05
    settings.FACTCHECK_WEBHOOK_BACKOFF_MAX_SECONDS = 0.2
    settings.FACTCHECK_WEBHOOK_MAX_ATTEMPTS = 3
    return settings


@pytest.mark.worker
def test_a_published_verdict_is_delivered_signed_to_the_subscriber(world, fast_webhooks, celery_worker):
    with Receiver(204) as receiver:
        created = webhook_subscribe(
            owner=world.consumer, url=receiver.url, events=[WebhookEvent.VERDICT_PUBLISHED]
        )
        verdict = published_verdict(world)
        assert _wait_for(lambda: WebhookDelivery.objects.filter(status="succeeded").exists())
    [(headers, body)] = receiver.requests
    assert verify(secret=created.secret, header=headers[SIGNATURE_HEADER], body=body)
    assert not verify(secret="whsec_wrong", header=headers[SIGNATURE_HEADER], body=body)
    payload = json.loads(body)
    assert payload["event"] == "verdict.published" and payload["verdict"]["id"] == str(verdict.uuid)
    assert payload["claimreview"]["@type"] == "ClaimReview"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.attempts, delivery.response_status, delivery.finished_at is not None) == (1, 204, True)


@pytest.mark.worker
def test_a_failing_receiver_is_retried_with_backoff_and_finally_marked_failed(
    world, fast_webhooks, celery_worker
):
    with Receiver(500) as receiver:
        webhook_subscribe(owner=world.consumer, url=receiver.url, events=[WebhookEvent.VERDICT_PUBLISHED])
        published_verdict(world)
        assert _wait_for(lambda: WebhookDelivery.objects.filter(status="failed").exists())
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempts == 3 and len(receiver.requests) == 3
    assert (delivery.response_status, delivery.error) == (500, "HTTP 500")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/x", "http://10.0.0.5/x", "http://[::1]/x", "http://localhost/x"]
)
def test_webhook_urls_on_private_or_loopback_addresses_are_refused(world, url):
    with pytest.raises(UnsafeWebhookUrl):
        webhook_subscribe(owner=world.consumer, url=url, events=[WebhookEvent.VERDICT_PUBLISHED])


def test_a_consumer_subscribes_through_the_api_and_sees_the_secret_once(world, settings):
    settings.FACTCHECK_WEBHOOK_ALLOWED_HOSTS = ["receiver.test"]
    client = world.client("consumer")
    created = client.post(
        "/api/v1/webhooks/", {"url": "http://receiver.test/h", "events": ["verdict.corrected"]}, format="json"
    )
    assert created.status_code == 201 and created.json()["secret"].startswith("whsec_")
    listed = client.get("/api/v1/webhooks/").json()
    assert len(listed) == 1 and "secret" not in listed[0]
    refused = client.post("/api/v1/webhooks/", {"url": "http://192.168.1.1/", "events": ["verdict.corrected"]},
                          format="json")  # fmt: skip
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "unsafe_webhook_url"
