"""Registers the claims app's viewsets on the /api/v1/ router."""

from rest_framework.routers import BaseRouter

from claims.api import schema  # noqa: F401 - registers the OpenAPI extensions
from claims.api.consumer_views import ApiTokenViewSet, RatingScaleViewSet, VerdictViewSet, WebhookViewSet
from claims.api.views import ClaimViewSet, SpeakerViewSet


def register(router: BaseRouter) -> None:
    router.register("claims", ClaimViewSet, basename="claim")
    router.register("speakers", SpeakerViewSet, basename="speaker")
    router.register("verdicts", VerdictViewSet, basename="verdict")
    router.register("rating-scales", RatingScaleViewSet, basename="rating-scale")
    router.register("tokens", ApiTokenViewSet, basename="token")
    router.register("webhooks", WebhookViewSet, basename="webhook")
