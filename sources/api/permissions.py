"""Who may read and decide on evidence and corroboration jobs."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission

ROLE_GROUPS = ("fact-checkers", "editors")  # created by a claims migration; checked by name here


def is_fact_checker(user: Any) -> bool:
    """Staff, or a member of the fact-checkers or editors group."""
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_staff or user.groups.filter(name__in=ROLE_GROUPS).exists())


class FactCheckerWrites(BasePermission):
    """Reads for any signed-in user; writes for fact-checkers, editors and staff. Anonymous: nothing."""

    message = "Only fact-checkers, editors and staff may do this."

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return request.method in SAFE_METHODS or is_fact_checker(request.user)
