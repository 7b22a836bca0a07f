"""Paths under /api/v1/ that are not router viewsets (matched before the router)."""

from django.urls import path

from sources.api.corroboration_views import ExternalReviewsView, SimilarClaimsView

urlpatterns = [
    path("claims/similar/", SimilarClaimsView.as_view(), name="claim-similar"),
    path(
        "claims/<uuid:uuid>/external-reviews/", ExternalReviewsView.as_view(), name="claim-external-reviews"
    ),
]
