"""Paths under /api/v1/ that are not router viewsets (matched before the router)."""

urlpatterns: list = []
