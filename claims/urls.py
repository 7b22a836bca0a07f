"""Public, non-API pages of the claims app."""

from django.urls import path

from claims.pages import verdict_page

urlpatterns = [
    path("verdicts/<uuid:uuid>/", verdict_page, name="verdict-page"),
]
