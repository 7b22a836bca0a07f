"""Registers the sources app's viewsets on the /api/v1/ router."""

from rest_framework.routers import BaseRouter

from sources.api.corroboration_views import CorroborationJobViewSet, EvidenceViewSet
from sources.api.views import DocumentViewSet, IngestJobViewSet


def register(router: BaseRouter) -> None:
    router.register("documents", DocumentViewSet, basename="document")
    router.register("jobs", IngestJobViewSet, basename="job")
    router.register("evidence", EvidenceViewSet, basename="evidence")
    router.register("corroboration-jobs", CorroborationJobViewSet, basename="corroboration-job")
