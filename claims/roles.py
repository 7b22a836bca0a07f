"""Who may do what: fact-checkers research, editors approve and publish, admins manage users and scales."""

from __future__ import annotations

from typing import Any

FACT_CHECKERS = "fact-checkers"
EDITORS = "editors"


def _groups(user: Any) -> frozenset[str]:
    if user is None or not getattr(user, "is_authenticated", False):
        return frozenset()
    # Cached on the user object: a request asks several times, the groups do not change meanwhile.
    cached = getattr(user, "_factcheck_groups", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._factcheck_groups = cached
    return cached


def is_admin(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and (user.is_superuser or user.is_staff))


def is_editor(user: Any) -> bool:
    return is_admin(user) or EDITORS in _groups(user)


def is_fact_checker(user: Any) -> bool:
    """Fact-checkers, editors and admins all create and research claims."""
    return is_editor(user) or FACT_CHECKERS in _groups(user)


def can_see_drafts(user: Any) -> bool:
    """Anyone in the newsroom sees drafts; readers and API consumers see published verdicts only."""
    return is_fact_checker(user)
