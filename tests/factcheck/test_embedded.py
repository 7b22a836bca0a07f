"""The embedded PostgreSQL and Redis start from nothing, and a second process reuses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.slow

PROBE = textwrap.dedent(
    """
    import json, sys
    from factcheck import embedded
    pg = embedded.ensure_postgres()
    import psycopg
    with psycopg.connect(host=pg["HOST"], port=pg["PORT"], user="postgres", dbname="factcheck") as conn:
        backend_pid = conn.execute("select pg_backend_pid()").fetchone()[0]
        server_started = conn.execute("select pg_postmaster_start_time()").fetchone()[0].isoformat()
        version = conn.execute("show server_version").fetchone()[0]
    url = embedded.ensure_redis()
    import redis
    client = redis.Redis(unix_socket_path=str(embedded.redis_socket_path()))
    client.incr("probe-count")
    info = client.info("server")
    print(json.dumps({"pg_started": server_started, "pg_version": version, "url": url,
                      "redis_pid": info["process_id"], "count": int(client.get("probe-count"))}))
    if len(sys.argv) > 1:
        sys.stdin.readline()  # hold the services until the parent says so
    """
)


def run_probe(state_dir, *, hold: bool = False):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL"}}
    env["FACTCHECK_STATE_DIR"] = str(state_dir)
    args = [sys.executable, "-c", PROBE] + (["hold"] if hold else [])
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True)


def test_embedded_services_start_from_nothing_and_a_second_process_reuses_them(tmp_path):
    state = tmp_path / "state"
    first = run_probe(state, hold=True)
    first_info = json.loads(first.stdout.readline())
    try:
        assert first_info["pg_version"].startswith("16")
        assert first_info["url"].startswith("redis+socket://")
        assert (state / "pgdata" / "PG_VERSION").exists()

        second = run_probe(state)
        out, _ = second.communicate(timeout=120)
        second_info = json.loads(out)
        assert second.returncode == 0
        # Same servers: same postmaster start time, same Redis process, shared data.
        assert second_info["pg_started"] == first_info["pg_started"]
        assert second_info["redis_pid"] == first_info["redis_pid"]
        assert second_info["count"] == 2
    finally:
        first.stdin.write("\n")
        first.stdin.flush()
        first.wait(timeout=60)

    # The last user stopped both servers cleanly.
    assert not (state / "pgdata" / "postmaster.pid").exists()
    redis_pid = first_info["redis_pid"]
    with pytest.raises(ProcessLookupError):
        os.kill(redis_pid, 0)


def test_without_the_embedded_packages_the_user_gets_one_clear_line(tmp_path):
    """GIVEN a Python where pgserver cannot be imported WHEN a command needs the database THEN one line says what to do."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL"}}
    env.update(FACTCHECK_STATE_DIR=str(tmp_path), DJANGO_DEBUG="1")
    script = (
        "import runpy, sys; sys.modules['pgserver'] = None; "
        "sys.argv = ['manage.py', 'migrate', '--check']; runpy.run_path('manage.py', run_name='__main__')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "no wheels for Python" in lines[0] and "DATABASE_URL" in lines[0] and "docker compose" in lines[0]
