"""The /api/v1/ router: every app registers its viewsets through its api/routes.py."""

from rest_framework.routers import DefaultRouter

from claims.api import routes as claims_routes
from sources.api import routes as sources_routes

router = DefaultRouter()
sources_routes.register(router)
claims_routes.register(router)
