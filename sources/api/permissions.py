"""Who may read and write the newsroom's working material: documents, jobs, evidence."""

from __future__ import annotations

from rest_framework.permissions import BasePermission

# One definition of the roles for the whole project: claims/roles.py.
from claims.roles import is_fact_checker


class NewsroomOnly(BasePermission):
    """Fact-checkers, editors and staff read and write; anonymous readers and API consumers get nothing.

    Documents, ingestion jobs, evidence and corroboration jobs are drafts' working material: a
    consumer sees a claim's sources only through its published verdict.
    """

    message = "Only fact-checkers, editors and staff may do this."

    def has_permission(self, request, view) -> bool:
        return is_fact_checker(request.user)
