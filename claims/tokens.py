"""API token services: create a named token (key shown once), revoke it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.authentication import KEY_PREFIX, key_hash
from factcheck.errors import Conflict, InvalidInput, NotFound


@dataclass
class IssuedToken:
    token: object  # ApiToken
    key: str  # shown once; only its hash is stored


def api_token_create(*, user, name: str) -> IssuedToken:
    """A new named token for the user; the clear key is returned once and never stored."""
    from claims.token_models import ApiToken

    name = name.strip()
    if not name:
        raise InvalidInput("A token needs a name, e.g. 'newsroom CMS'.")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            token = ApiToken.objects.create(
                user=user, name=name[:100], prefix=key[:10], key_hash=key_hash(key)
            )
    except IntegrityError:
        raise Conflict(
            f"You already have a live token named {name!r}; revoke it or pick another name."
        ) from None
    return IssuedToken(token=token, key=key)


def api_token_revoke(*, user, token_uuid) -> None:
    """Revoke one of the user's tokens; revoking twice is a no-op."""
    from claims.token_models import ApiToken

    token = ApiToken.objects.filter(user=user, uuid=token_uuid).first()
    if token is None:
        raise NotFound("No such token.")
    if token.revoked_at is None:
        ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
