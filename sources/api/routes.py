"""Registers the sources app's viewsets on the /api/v1/ router."""

from rest_framework.routers import BaseRouter

from sources.api.views import DocumentViewSet, IngestJobViewSet


def register(router: BaseRouter) -> None:
    router.register("documents", DocumentViewSet, basename="document")
    router.register("jobs", IngestJobViewSet, basename="job")
