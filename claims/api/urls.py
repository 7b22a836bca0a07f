"""Paths under /api/v1/ that are not router viewsets (matched before the router)."""

from django.urls import path

from claims.api.consumer_views import CsvExportView, DataFeedView, JsonLinesFeedView

urlpatterns = [
    path("feeds/claimreview.jsonld", DataFeedView.as_view(), name="feed-datafeed"),
    path("feeds/claimreview.jsonl", JsonLinesFeedView.as_view(), name="feed-jsonl"),
    path("exports/verdicts.csv", CsvExportView.as_view(), name="export-csv"),
]
