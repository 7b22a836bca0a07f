"""The sources app's world: a local page server, users with roles, and claims."""

from __future__ import annotations

import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import Claim, Speaker


class PageServer:
    """A loopback http.server answering from `routes`: path -> (status, headers, body). Counts hits."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.hits: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?")[0]
                server.hits[path] = server.hits.get(path, 0) + 1
                status, headers, body = server.routes.get(
                    path, (404, {"Content-Type": "text/plain"}, b"nope")
                )
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def page(
        self, path: str, body: str, content_type: str = "text/html; charset=utf-8", status: int = 200
    ) -> str:
        self.routes[path] = (status, {"Content-Type": content_type}, body.encode())
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.routes[path] = (status, {"Location": location}, b"")
        return self.url(path)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def page_server(settings):
    """A local server the fetcher is allowed to reach (FACTCHECK_FETCH_ALLOWED_HOSTS), nothing else."""
    server = PageServer()
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = [server.host]
    yield server
    server.close()


def make_claim(text: str, *, status: str = "new", language: str = "en", speaker: Speaker | None = None,
               checkworthiness: float = 0.5) -> Claim:  # fmt: skip
    fields = {f.name for f in Claim._meta.get_fields()}
    extra = {"published_at": timezone.now()} if status == "published" and "published_at" in fields else {}
    return Claim.objects.create(
        text=text, kind="direct", language=language, status=status, speaker=speaker,
        fingerprint=uuid.uuid4().hex, checkworthiness=checkworthiness, **extra,
    )  # fmt: skip


@pytest.fixture
def alice(db) -> User:
    """Alice is a fact-checker."""
    user = User.objects.create_user("alice", password="x")
    user.groups.add(Group.objects.get_or_create(name="fact-checkers")[0])
    return user


@pytest.fixture
def bob(db) -> User:
    """Bob has an account but no role."""
    return User.objects.create_user("bob", password="x")


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client
