"""`manage.py revoke_api_token USERNAME (--name NAME | --prefix PREFIX)`: revoke one of a user's tokens."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims import selectors
from claims.tokens import api_token_revoke


class Command(BaseCommand):
    help = "Revoke a user's live API token, named by its name or by the first characters of its key."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--name", help="The token's name.")
        which.add_argument("--prefix", help="The start of the key, as listed (e.g. fc_AbCdEfG).")

    def handle(self, *args: Any, username: str, name: str | None, prefix: str | None, **options: Any) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        tokens = selectors.api_token_list(user=user)
        if name is not None:
            tokens = tokens.filter(name=name)
        else:
            tokens = tokens.filter(prefix__startswith=prefix or "")
        matches = list(tokens[:2])
        if not matches:
            raise CommandError(f"{username!r} has no live token {name or prefix!r}.")
        if len(matches) > 1:
            raise CommandError(f"More than one live token of {username!r} starts with {prefix!r}; give more.")
        api_token_revoke(user=user, token_uuid=matches[0].uuid)
        self.stdout.write(f"Revoked token {matches[0].name!r} ({matches[0].prefix}…) of {username}.")
