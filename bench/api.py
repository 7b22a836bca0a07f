"""Published-verdict list under load: the DRF API against a bare Django+orjson view, through gunicorn.

Run: DJANGO_DEBUG=1 .venv/bin/python bench/api.py   (own database `factcheck_bench`, filled once with
100,000 published verdicts; loopback only; one gunicorn with DEBUG off serves both sides, measured in
alternating rounds; prints requests/s, p50 and p99 for both and the ratio).
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB_NAME = "factcheck_bench"
TOTAL = int(os.environ.get("BENCH_VERDICTS", "100000"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "2000"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "4"))
WORKERS = int(os.environ.get("BENCH_WORKERS", str(max(2, os.cpu_count() or 2))))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "4"))

os.environ["FACTCHECK_DATABASE_NAME"] = DB_NAME
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
# The bench measures the code path, not the rate limit: throttling still runs, with a limit it never hits.
os.environ["FACTCHECK_THROTTLE_ANON"] = "100000000/min"
os.environ["FACTCHECK_THROTTLE_USER"] = "100000000/min"


def create_database() -> None:
    import psycopg

    from factcheck.envvars import database_from_url

    if os.environ.get("DATABASE_URL"):
        params = database_from_url(os.environ["DATABASE_URL"])
        conninfo = {"host": params["HOST"], "port": params["PORT"] or None, "user": params["USER"],
                    "password": params["PASSWORD"] or None}  # fmt: skip
    else:
        from factcheck import embedded

        info = embedded.ensure_postgres()
        conninfo = {"host": info["HOST"], "port": info["PORT"], "user": info["USER"]}
    with psycopg.connect(
        dbname="postgres", autocommit=True, **{k: v for k, v in conninfo.items() if v}
    ) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone():
            conn.execute(f"CREATE DATABASE {DB_NAME}")


FILL_SQL = """
INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined)
VALUES ('!', false, 'bench-author', '', '', '', false, true, now()), ('!', false, 'bench-editor', '', '', '', false, true, now())
ON CONFLICT (username) DO NOTHING;
INSERT INTO claims_speaker (uuid, name, type, key, aliases, title, created_at)
SELECT gen_random_uuid(), 'Speaker ' || g, CASE WHEN g %% 5 = 0 THEN 'organization' ELSE 'person' END,
       'bench-speaker-' || g, '{}', '', now()
FROM generate_series(1, 2000) g ON CONFLICT (key) DO NOTHING;
INSERT INTO claims_claim (uuid, text, kind, language, speaker_id, status, checkworthiness, checkworthiness_reasons,
                          flags, fingerprint, triage_reason, published_at, created_at, updated_at)
SELECT gen_random_uuid(), 'Bench claim ' || g || ': unemployment fell by ' || (g %% 40) || ' percent last year.',
       'direct', CASE WHEN g %% 3 = 0 THEN 'fr' ELSE 'en' END,
       (SELECT min(id) FROM claims_speaker) + (g %% 2000), 'published', 0.5, '[]', '[]',
       md5('bench-claim-' || g) || md5('x' || g), '', now() - g * interval '1 minute', now(), now()
FROM generate_series(1, %(total)s) g ON CONFLICT (fingerprint) DO NOTHING;
INSERT INTO claims_verdict (uuid, claim_id, status, rating_id, summary, rationale, author_id, last_edited_by_id,
                            approver_id, approved_at, published_at, version, created_at, updated_at)
SELECT gen_random_uuid(), c.id, 'published',
       (SELECT id FROM claims_rating r WHERE r.scale_id = (SELECT id FROM claims_ratingscale WHERE is_default)
        ORDER BY r.id OFFSET (c.id %% 7) LIMIT 1),
       'The figure does not match the statistics office.', 'Long rationale.',
       (SELECT id FROM auth_user WHERE username = 'bench-author'), (SELECT id FROM auth_user WHERE username = 'bench-author'),
       (SELECT id FROM auth_user WHERE username = 'bench-editor'), c.published_at, c.published_at, 3, now(), now()
FROM claims_claim c WHERE c.text LIKE 'Bench claim %%'
ON CONFLICT (claim_id) DO NOTHING;
ANALYZE;
"""


def fill() -> int:
    from django.db import connection

    from claims.verdict_models import Verdict

    have = Verdict.objects.filter(status="published").count()
    if have < TOTAL:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(FILL_SQL, {"total": TOTAL})
        print(f"filled in {time.perf_counter() - started:.1f}s", flush=True)
    return Verdict.objects.filter(status="published").count()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.api_settings",
        "DJANGO_DEBUG": "0",  # DEBUG keeps every query in memory: not what production runs
        "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PYTHONPATH": str(ROOT),
        "FACTCHECK_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "factcheck.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(WORKERS), "--worker-class", "sync", "--log-level", "warning", "--chdir", str(ROOT)],
        env=env,
    )  # fmt: skip
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if (
                httpx.get(f"http://127.0.0.1:{port}/api/v1/verdicts/?page_size=1", timeout=5).status_code
                == 200
            ):
                # DEBUG on would record every query and explain 404s: make sure both sides run without it.
                if b"URLconf" in httpx.get(f"http://127.0.0.1:{port}/no-such-page/", timeout=5).content:
                    process.terminate()
                    raise SystemExit("gunicorn runs with DEBUG on; the figures would not mean anything")
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not come up")


def load(url: str, requests: int) -> tuple[list[float], float, int]:
    """`requests` GETs from CONCURRENCY threads, each with its own keep-alive client: latencies (ms), seconds."""
    import httpx

    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    per_thread = requests // CONCURRENCY

    def worker() -> None:
        nonlocal errors
        mine: list[float] = []
        bad = 0
        with httpx.Client(timeout=30) as client:
            for _ in range(per_thread):
                t0 = time.perf_counter()
                response = client.get(url)
                mine.append((time.perf_counter() - t0) * 1000)
                bad += response.status_code != 200
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - started, errors


def compare(urls: dict[str, str]) -> dict[str, dict[str, float]]:
    """Both sides in ROUNDS alternating rounds, so a busy moment on a shared machine hits both alike."""
    import httpx

    for url in urls.values():
        for _ in range(50):  # warm-up: connections, plans, caches
            httpx.get(url, timeout=30)
    runs: dict[str, tuple[list[float], float, int]] = {name: ([], 0.0, 0) for name in urls}
    names = list(urls)
    for round_ in range(ROUNDS):
        for name in names if round_ % 2 == 0 else reversed(names):
            latencies, seconds, errors = load(urls[name], REQUESTS // ROUNDS)
            before = runs[name]
            runs[name] = (before[0] + latencies, before[1] + seconds, before[2] + errors)
    figures = {}
    for name, (latencies, seconds, errors) in runs.items():
        latencies.sort()
        figures[name] = {
            "rps": len(latencies) / seconds,
            "p50": statistics.median(latencies),
            "p99": latencies[int(len(latencies) * 0.99) - 1],
            "errors": errors,
        }
    return figures


def main() -> None:
    import logging

    logging.getLogger("httpx").setLevel(logging.WARNING)
    create_database()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    count = fill()
    port = free_port()
    print(
        f"{count} published verdicts; gunicorn {WORKERS} sync workers (DEBUG off); {REQUESTS} requests x "
        f"{CONCURRENCY} threads per side in {ROUNDS} alternating rounds; load average {os.getloadavg()[0]:.2f}"
    )
    process = serve(port)
    try:
        query = "language=en&page_size=50"
        figures = compare(
            {
                "api": f"http://127.0.0.1:{port}/api/v1/verdicts/?{query}",
                "bare": f"http://127.0.0.1:{port}/bare/verdicts/?{query}",
            }
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
    api, bare = figures["api"], figures["bare"]
    for name, r in (("API  /api/v1/verdicts/", api), ("bare Django + orjson", bare)):
        print(
            f"{name:24} {r['rps']:8.1f} req/s   p50 {r['p50']:6.1f} ms   p99 {r['p99']:6.1f} ms   errors {r['errors']}"
        )
    ratio = api["rps"] / bare["rps"]
    print(
        f"API / bare throughput: {ratio:.2f}  (target >= 0.70);  API p99 {api['p99']:.1f} ms (target < 100 ms)"
    )


if __name__ == "__main__":
    main()
