"""Registers the claims app's viewsets on the /api/v1/ router."""

from rest_framework.routers import BaseRouter

from claims.api.views import ClaimViewSet, SpeakerViewSet


def register(router: BaseRouter) -> None:
    router.register("claims", ClaimViewSet, basename="claim")
    router.register("speakers", SpeakerViewSet, basename="speaker")
