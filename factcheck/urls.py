from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from factcheck.api import router
from factcheck.views import home

urlpatterns = [
    path("", home, name="home"),
    path("admin/", admin.site.urls),
    # App paths first: they hold fixed segments (claims/similar/) the router would read as ids.
    path("api/v1/", include("sources.api.urls")),
    path("api/v1/", include("claims.api.urls")),
    path("api/v1/", include(router.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
    path("api/auth/", include("rest_framework.urls")),
    path("", include("claims.urls")),  # public verdict pages (/verdicts/{uuid}/)
]
