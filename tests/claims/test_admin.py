"""The admin: every workflow model is listed and searchable; the trail, verdicts and secrets stay untouched."""

import pytest
from django.urls import reverse

from claims.audit_models import AuditEvent
from claims.scales import rating_scale_create
from claims.token_models import ApiToken
from claims.verdict_models import Correction, Rating, RatingScale, Verdict, VerdictVersion
from claims.verdicts import verdict_correct
from claims.webhook_models import WebhookDelivery, WebhookSubscription
from tests.world import published_verdict

MODELS = [RatingScale, Rating, Verdict, VerdictVersion, Correction, AuditEvent, WebhookSubscription,
          WebhookDelivery, ApiToken]  # fmt: skip


@pytest.fixture
def scene(world):
    verdict = published_verdict(world)
    verdict_correct(
        verdict=verdict, actor=world.editor, kind="clarification", note="Date of the source added."
    )
    subscription = WebhookSubscription.objects.create(
        owner=world.consumer,
        url="https://hooks.example/in",
        secret="whsec_topsecret",
        events=["verdict.published"],
    )
    WebhookDelivery.objects.create(subscription=subscription, event="verdict.published", payload={})
    return verdict


def _url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_an_admin_lists_searches_and_opens_every_workflow_model(world, scene, model):
    client = world.client("admin")
    assert client.get(_url(model, "changelist")).status_code == 200
    assert client.get(_url(model, "changelist"), {"q": "false"}).status_code == 200
    assert client.get(_url(model, "change", model.objects.first().pk)).status_code == 200


@pytest.mark.parametrize("model", [AuditEvent, Verdict, VerdictVersion, Correction], ids=lambda m: m.__name__)
def test_not_even_a_superuser_adds_changes_or_deletes_the_trail_or_a_verdict(world, scene, model):
    client = world.client("admin")
    row = model.objects.first()
    count = model.objects.count()
    assert client.get(_url(model, "add")).status_code == 403
    assert client.post(_url(model, "delete", row.pk), {"post": "yes"}).status_code == 403
    assert client.post(_url(model, "changelist"), {"action": "delete_selected", "_selected_action": [row.pk],
                                                    "post": "yes"}).status_code in (200, 302)  # fmt: skip
    assert model.objects.count() == count


def test_the_token_admin_shows_the_prefix_never_the_hash_and_revokes(world, scene):
    client = world.client("admin")
    token = ApiToken.objects.get(user=world.consumer)
    page = client.get(_url(ApiToken, "change", token.pk)).content.decode()
    assert token.prefix in page and token.key_hash not in page
    listing = client.get(_url(ApiToken, "changelist")).content.decode()
    assert token.key_hash not in listing

    client.post(_url(ApiToken, "changelist"), {"action": "revoke", "_selected_action": [token.pk]})

    token.refresh_from_db()
    assert token.revoked_at is not None
    assert world.client("consumer").get("/api/v1/tokens/").status_code == 401


def test_the_webhook_admin_never_shows_the_signing_secret(world, scene):
    client = world.client("admin")
    subscription = WebhookSubscription.objects.get()
    assert b"whsec_topsecret" not in client.get(_url(WebhookSubscription, "change", subscription.pk)).content
    assert b"whsec_topsecret" not in client.get(_url(WebhookSubscription, "changelist")).content


def test_an_admin_renames_a_scale_and_makes_it_the_default_which_unsets_the_previous_one(world):
    previous = RatingScale.objects.get(is_default=True)
    house = rating_scale_create(slug="house", name="House", best_rating=2, worst_rating=0,
                                ratings=[{"slug": "ok", "label": "OK", "definition": "Fine.", "value": 2}])  # fmt: skip
    client = world.client("admin")
    form = {"name": "House scale", "ratings-TOTAL_FORMS": "1", "ratings-INITIAL_FORMS": "1",
            "ratings-MIN_NUM_FORMS": "0", "ratings-MAX_NUM_FORMS": "1000",
            "ratings-0-id": str(house.ratings.get().pk), "ratings-0-scale": str(house.pk)}  # fmt: skip
    assert client.post(_url(RatingScale, "change", house.pk), form).status_code == 302

    client.post(_url(RatingScale, "changelist"), {"action": "make_default", "_selected_action": [house.pk]})

    house.refresh_from_db()
    previous.refresh_from_db()
    assert (house.name, house.is_default, previous.is_default) == ("House scale", True, False)
    assert house.ratings.get().label == "OK"


def test_a_scale_in_use_cannot_be_deleted_from_the_admin(world, scene):
    scale = scene.rating.scale
    response = world.client("admin").post(_url(RatingScale, "delete", scale.pk), {"post": "yes"})
    assert response.status_code == 403 and RatingScale.objects.filter(pk=scale.pk).exists()
