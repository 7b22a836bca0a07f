"""Settings come from the environment and fail loudly on bad values."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from factcheck.envvars import database_from_url, env_bool, env_int


def load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "CELERY_"))}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import factcheck.settings"], env=clean, capture_output=True, text=True
    )


def test_there_is_no_secret_key_default_outside_debug():
    result = load_settings(DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_runs_without_a_secret_key():
    assert load_settings(DJANGO_DEBUG="1").returncode == 0


def test_a_boolean_that_is_not_one_is_refused(monkeypatch):
    monkeypatch.setenv("DJANGO_DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="not a boolean"):
        env_bool("DJANGO_DEBUG")


def test_a_bad_integer_is_refused(monkeypatch):
    monkeypatch.setenv("FACTCHECK_MAX_BODY_BYTES", "lots")
    with pytest.raises(ImproperlyConfigured, match="not an integer"):
        env_int("FACTCHECK_MAX_BODY_BYTES", 10)


def test_sqlite_and_other_databases_are_refused():
    with pytest.raises(ImproperlyConfigured, match="PostgreSQL only"):
        database_from_url("sqlite:///db.sqlite3")


def test_a_postgres_url_is_parsed_with_socket_hosts():
    db = database_from_url("postgresql://alice:s%40cret@/factcheck?host=/run/postgresql")
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["NAME"]) == (
        "alice",
        "s@cret",
        "/run/postgresql",
        "factcheck",
    )
