"""`manage.py up`: the whole workbench in one command (what `make run` calls).

Migrates, creates a login, starts a Celery worker, ingests seeds/ through the real queue, serves the
web app and API, prints the URLs and the login, and stops everything on Ctrl-C.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from factcheck import embedded

ADMIN_USERNAME = "admin"


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


class Command(BaseCommand):
    help = "Bring up the workbench: migrate, worker, ingest seeds/, serve, print URLs and a login."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("FACTCHECK_HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("FACTCHECK_PORT", "8000"))
        parser.add_argument("--seeds", default=str(Path(settings.BASE_DIR) / "seeds"))
        parser.add_argument("--no-serve", action="store_true", help="stop after ingesting the seeds")

    def handle(self, *args, host: str, port: str, seeds: str, no_serve: bool, **options) -> None:
        started = time.monotonic()
        self._say("Preparing the database" + (" (embedded PostgreSQL)" if settings.EMBEDDED_POSTGRES else ""))
        call_command("migrate", interactive=False, verbosity=0)
        password = self._admin_password()
        if settings.EMBEDDED_REDIS:
            embedded.ensure_redis()  # held by this process for the worker's and the web server's lifetime
        children: list[subprocess.Popen] = []
        try:
            children.append(self._spawn([sys.executable, "-m", "celery", "-A", "factcheck", "worker",
                                         "--loglevel=WARNING", "--concurrency=2"]))  # fmt: skip
            self._say(f"Ingesting {seeds} through the queue")
            call_command("ingest", seeds, wait=True, timeout=600)
            if no_serve:
                return
            children.append(
                self._spawn([sys.executable, "manage.py", "runserver", "--noreload", f"{host}:{port}"])
            )
            base = f"http://{host}:{port}"
            self.stdout.write(
                "\n".join(
                    [
                        "",
                        f"factcheck is up ({time.monotonic() - started:.0f}s).",
                        f"  Workbench (admin): {base}/admin/",
                        f"  API:               {base}/api/v1/",
                        f"  Claims:            {base}/api/v1/claims/",
                        f"  API docs:          {base}/api/docs/",
                        f"  Login:             {ADMIN_USERNAME} / {password}",
                        "Press Ctrl-C to stop.",
                        "",
                    ]
                )
            )
            signal.signal(signal.SIGTERM, _interrupt)
            while all(child.poll() is None for child in children):
                time.sleep(1)
            self.stderr.write("A child process stopped; shutting down.")
        except KeyboardInterrupt:
            pass
        finally:
            for child in reversed(children):
                child.send_signal(signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    child.kill()
            self._say("Stopped.")

    def _spawn(self, command: list[str]) -> subprocess.Popen:
        return subprocess.Popen(command, cwd=settings.BASE_DIR, env=os.environ.copy())

    def _say(self, message: str) -> None:
        self.stdout.write(self.style.HTTP_INFO(message))

    def _admin_password(self) -> str:
        """The workbench login, created once; its password is kept in the git-ignored state folder."""
        secret_file = embedded.state_dir() / "admin-password"
        User = get_user_model()
        user = User.objects.filter(username=ADMIN_USERNAME).first()
        if user is not None and secret_file.exists():
            return secret_file.read_text().strip()
        password = secrets.token_urlsafe(12)
        if user is None:
            user = User.objects.create_superuser(ADMIN_USERNAME, email="", password=password)
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        secret_file.write_text(password)
        secret_file.chmod(0o600)
        return password
