"""`manage.py create_api_token USERNAME --name NAME`: issue a named API token and print its key once."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.tokens import api_token_create
from factcheck.errors import ApplicationError


class Command(BaseCommand):
    help = "Create a named API token for a user and print the key (shown once; only its hash is stored)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", required=True, help="What the token is for, e.g. 'newsroom CMS'.")

    def handle(self, *args: Any, username: str, name: str, **options: Any) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        if not user.is_active:
            raise CommandError(f"{username!r} is inactive; an inactive user's tokens are refused.")
        try:
            issued = api_token_create(user=user, name=name)
        except ApplicationError as exc:
            raise CommandError(exc.message) from None
        # The key alone on stdout, so `KEY=$(manage.py create_api_token ...)` works; the note goes to stderr.
        self.stdout.write(issued.key)
        self.stderr.write(f"Token {name!r} for {username}: store the key now, it is not shown again.")
