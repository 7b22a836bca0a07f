"""Write permissions by role; visibility of reads is enforced by selectors, not here."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from claims import roles


class NewsroomWritesOnly(BasePermission):
    """Reads for everyone (selectors scope them); writes for fact-checkers, editors and admins."""

    message = "Only fact-checkers and editors may do this."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or roles.is_fact_checker(request.user)


class EditorsOnly(BasePermission):
    message = "Only editors may do this."

    def has_permission(self, request, view) -> bool:
        return roles.is_editor(request.user)


class AdminWritesOnly(BasePermission):
    message = "Only admins may change rating scales."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or roles.is_admin(request.user)
