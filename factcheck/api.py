"""The /api/v1/ router: every app registers its viewsets here."""

from rest_framework.routers import DefaultRouter

from claims.api.views import ClaimViewSet, SpeakerViewSet
from sources.api.views import DocumentViewSet, IngestJobViewSet

router = DefaultRouter()
router.register("documents", DocumentViewSet, basename="document")
router.register("jobs", IngestJobViewSet, basename="job")
router.register("claims", ClaimViewSet, basename="claim")
router.register("speakers", SpeakerViewSet, basename="speaker")
