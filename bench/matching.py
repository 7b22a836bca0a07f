"""Similar-claim lookup at scale: p50/p95 latency and recall@10 against an exact scan, same run.

    .venv/bin/python bench/matching.py [--claims 1000000] [--queries 300] [--keep]

Creates its own database (factcheck_bench_matching) on the configured server (DATABASE_URL, or the
embedded PostgreSQL when unset), loads synthetic claims with COPY into the tables sources.matching
reads, and times `sources.matching.similar_claims` — the same code the API and family linking use.
The exact scan computes the same scoring function (sources.matching.similarity) over every row with
numpy inverted arrays. Queries are perturbed copies of known claims: typos, reordered and dropped
words, synonyms and number formatting.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DB_NAME = "factcheck_bench_matching"
os.environ["FACTCHECK_DATABASE_NAME"] = DB_NAME
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.db import connection  # noqa: E402

from sources import matching  # noqa: E402

# --- Synthetic claims ---------------------------------------------------------------------------

CONSONANTS = "bcdfghjklmnprstvwz"
VOWELS = "aeiou"
FUNCTION = ["the", "of", "in", "and", "by", "for", "to", "a", "on", "with", "than", "since"]
VERBS = [("rose to", "increased to"), ("fell to", "dropped to"), ("reached", "hit"), ("doubled to", "grew to"),
         ("cost", "amounted to"), ("was", "stood at")]  # fmt: skip
SAYS = [("said", "stated"), ("claimed", "asserted"), ("told reporters", "told journalists")]
UNITS = [("percent", "%"), ("km²", "square kilometres"), ("million euros", "million EUR"), ("tonnes", "tons"),
         ("people", "persons"), ("jobs", "posts")]  # fmt: skip


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables)) + rng.choice(
        ["", "n", "s", "r"]
    )


class Generator:
    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.rng = rng
        self.vocab = list(dict.fromkeys(_word(rng, rng.randint(2, 4)) for _ in range(40000)))
        weights = np.array([1.0 / (i + 1) ** 1.05 for i in range(len(self.vocab))])
        self.cum = np.cumsum(weights / weights.sum())
        self.first = list(dict.fromkeys(_word(rng, 2).capitalize() for _ in range(2000)))
        self.last = list(dict.fromkeys(_word(rng, 3).capitalize() for _ in range(6000)))
        self.places = list(dict.fromkeys(_word(rng, 3).capitalize() for _ in range(3000)))

    def content(self, n: int) -> list[str]:
        picks = np.searchsorted(self.cum, [self.rng.random() for _ in range(n)])
        return [self.vocab[min(i, len(self.vocab) - 1)] for i in picks]

    def number(self) -> tuple[int, str]:
        rng = self.rng
        value = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 99999)])
        return value, (f"{value:,}" if value >= 1000 and rng.random() < 0.6 else str(value))

    def claim(self) -> str:
        rng = self.rng
        words = self.content(rng.randint(5, 10))
        body: list[str] = []
        for w in words:
            body.append(w)
            if rng.random() < 0.35:
                body.append(rng.choice(FUNCTION))
        _, number = self.number()
        unit = rng.choice(UNITS)[0]
        verb = rng.choice(VERBS)[0]
        cut = rng.randint(2, max(2, len(body) - 1))
        sentence = [f"{rng.choice(self.first)} {rng.choice(self.last)}", rng.choice(SAYS)[0], "the", *body[:cut],
                    verb, number, unit, *body[cut:]]  # fmt: skip
        if rng.random() < 0.7:
            sentence += ["in", rng.choice(self.places)]
        if rng.random() < 0.7:
            sentence += ["in", str(rng.randint(1990, 2025))]
        return " ".join(sentence) + "."

    def near_duplicate(self, text: str) -> str:
        return self.perturb(text, ops=1)

    def perturb(self, text: str, ops: int = 2) -> str:
        rng = self.rng
        words = text.rstrip(".").split()
        for op in rng.sample(["typo", "reorder", "drop", "synonym", "number"], ops):
            if op == "typo":
                for _ in range(rng.randint(1, 2)):
                    i = rng.randrange(len(words))
                    w = words[i]
                    if len(w) > 3 and w.isalpha():
                        j = rng.randrange(1, len(w) - 1)
                        kind = rng.random()
                        if kind < 0.33:
                            w = w[:j] + w[j + 1 :]
                        elif kind < 0.66:
                            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                        else:
                            w = w[:j] + rng.choice(VOWELS) + w[j + 1 :]
                        words[i] = w
            elif op == "reorder":
                cut = rng.randint(3, max(3, len(words) - 2))
                words = words[cut:] + words[:cut]
            elif op == "drop":
                for _ in range(rng.randint(1, 2)):
                    if len(words) > 8:
                        del words[rng.randrange(2, len(words))]
            elif op == "synonym":
                joined = " ".join(words)
                for pairs in (VERBS, SAYS, UNITS):
                    for a, b in pairs:
                        if a in joined:
                            joined = joined.replace(a, b)
                words = joined.split()
            elif op == "number":
                words = [w.replace(",", " ") if w[:1].isdigit() and "," in w else w for w in words]
                words = [
                    f"{int(w):,}" if w.isdigit() and int(w) >= 1000 and len(w) != 4 else w for w in words
                ]
        return " ".join(words) + "."


# --- Features, in worker processes ----------------------------------------------------------------


def _featurize(texts: list[str]):
    norms, keys, key_counts, grams, gram_counts, toks, tok_counts = [], [], [], [], [], [], []
    for text in texts:
        norm = matching.normalize(text)
        f = matching.features(norm)
        k = matching.keys_of(norm)
        norms.append(norm)
        keys.extend(k)
        key_counts.append(len(k))
        grams.extend(_gram_id(g) for g in f.grams)
        gram_counts.append(len(f.grams))
        toks.extend(_tok_hash(t) for t in f.tokens)
        tok_counts.append(len(f.tokens))
    return (norms, np.array(keys, dtype=np.int64), np.array(key_counts, dtype=np.int32),
            np.array(grams, dtype=np.int64), np.array(gram_counts, dtype=np.int32),
            np.array(toks, dtype=np.int64), np.array(tok_counts, dtype=np.int32))  # fmt: skip


def _gram_id(gram: str) -> int:
    return int.from_bytes(gram.encode()[:12].ljust(8, b"\0")[:8], "big", signed=True) ^ len(gram.encode())


def _tok_hash(token: str) -> int:
    return matching.key_of("\x00" + token)  # a full-token hash (the prefix rule never applies to "\x00...")


class ExactIndex:
    """Inverted arrays over every claim: the exact score of one query against all rows, with numpy."""

    def __init__(self, ids: np.ndarray, counts: np.ndarray, n: int) -> None:
        owner = np.repeat(np.arange(n, dtype=np.int32), counts)
        order = np.argsort(ids, kind="stable")
        self.sorted_ids = ids[order]
        self.postings = owner[order]
        self.sizes = counts.astype(np.float32)
        self.n = n

    def intersections(self, query_ids: np.ndarray) -> np.ndarray:
        lo = np.searchsorted(self.sorted_ids, query_ids, side="left")
        hi = np.searchsorted(self.sorted_ids, query_ids, side="right")
        parts = [self.postings[a:b] for a, b in zip(lo, hi, strict=True) if b > a]
        if not parts:
            return np.zeros(self.n, dtype=np.float32)
        return np.bincount(np.concatenate(parts), minlength=self.n).astype(np.float32)

    def jaccard(self, query_ids: np.ndarray) -> np.ndarray:
        inter = self.intersections(query_ids)
        union = self.sizes + len(query_ids) - inter
        return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def exact_top(grams: ExactIndex, tokens: ExactIndex, text: str, k: int = 10) -> tuple[list[int], list[float]]:
    f = matching.features(matching.normalize(text))
    g = np.unique(np.array([_gram_id(x) for x in f.grams], dtype=np.int64))
    t = np.unique(np.array([_tok_hash(x) for x in f.tokens], dtype=np.int64))
    scores = matching.TRIGRAM_WEIGHT * grams.jaccard(g) + (1 - matching.TRIGRAM_WEIGHT) * tokens.jaccard(t)
    top = np.argpartition(-scores, k)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [int(i) + 1 for i in top], [float(scores[i]) for i in top]  # claim ids start at 1


# --- Database -------------------------------------------------------------------------------------


def _server_params() -> dict:
    settings = dict(connection.settings_dict)
    if settings["ENGINE"] == "factcheck.embedded_pg":
        from factcheck import embedded

        settings.update(embedded.ensure_postgres())
    return {"host": settings["HOST"] or None, "port": settings["PORT"] or None, "user": settings["USER"] or None,
            "password": settings.get("PASSWORD") or None}  # fmt: skip


def recreate_database() -> None:
    with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DB_NAME}")
        admin.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database() -> None:
    connection.close()
    with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DB_NAME}")


SCHEMA = """
CREATE TABLE claims_claim (id bigint PRIMARY KEY, text text NOT NULL, status varchar(20) NOT NULL,
                           language varchar(8) NOT NULL);
CREATE TABLE sources_matchtoken (key bigint PRIMARY KEY, df integer NOT NULL);
CREATE TABLE sources_matchkey (id bigserial, key bigint NOT NULL, claim_id bigint NOT NULL);
CREATE TABLE sources_matchsignature (claim_id bigint PRIMARY KEY, normalized text NOT NULL,
                                     text_sha256 varchar(64) NOT NULL, indexed_at timestamptz NOT NULL);
"""


def _copy(cursor, table: str, columns: str, lines: list[str]) -> None:
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for start in range(0, len(lines), 200_000):
            copy.write("".join(lines[start : start + 200_000]))


def _copy_bigint_pairs(
    cursor, table: str, columns: str, a: np.ndarray, b: np.ndarray, df: bool = False
) -> None:
    """COPY ... (FORMAT binary) of two integer columns built with numpy, without a Python loop per row."""
    second = (">i4", 4) if df else (">i8", 8)
    dtype = np.dtype([("n", ">i2"), ("l1", ">i4"), ("a", ">i8"), ("l2", ">i4"), ("b", second[0])])
    rows = np.empty(len(a), dtype=dtype)
    rows["n"], rows["l1"], rows["a"], rows["l2"], rows["b"] = 2, 8, a, second[1], b
    payload = (
        b"PGCOPY\n\xff\r\n\x00"
        + (0).to_bytes(4, "big") * 2
        + rows.tobytes()
        + (-1).to_bytes(2, "big", signed=True)
    )
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT binary)") as copy:
        for start in range(0, len(payload), 1 << 24):
            copy.write(payload[start : start + (1 << 24)])


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    args = parser.parse_args()
    n = args.claims
    t0 = time.perf_counter()

    gen = Generator()
    texts: list[str] = []
    for _ in range(n):
        if texts and gen.rng.random() < 0.1:
            texts.append(gen.near_duplicate(texts[gen.rng.randrange(len(texts))]))
        else:
            texts.append(gen.claim())
    print(f"generated {n:,} claims in {time.perf_counter() - t0:.0f}s; e.g. {texts[0]!r}")

    t1 = time.perf_counter()
    chunks = [texts[i : i + 20_000] for i in range(0, n, 20_000)]
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 2) as pool:
        parts = pool.map(_featurize, chunks)
    norms = [x for p in parts for x in p[0]]
    keys, key_counts = np.concatenate([p[1] for p in parts]), np.concatenate([p[2] for p in parts])
    grams, gram_counts = np.concatenate([p[3] for p in parts]), np.concatenate([p[4] for p in parts])
    toks, tok_counts = np.concatenate([p[5] for p in parts]), np.concatenate([p[6] for p in parts])
    print(f"features in {time.perf_counter() - t1:.0f}s: {len(keys):,} keys, {len(grams):,} trigrams")

    t2 = time.perf_counter()
    recreate_database()
    connection.close()
    owners = np.repeat(np.arange(1, n + 1, dtype=np.int64), key_counts)
    unique_keys, dfs = np.unique(keys, return_counts=True)
    with connection.cursor() as cursor:
        cursor.execute(SCHEMA)
        raw = cursor.cursor
        _copy(raw, "claims_claim", "id, text, status, language",
              [f"{i + 1}\t{_esc(t)}\t{'published' if i % 3 == 0 else 'new'}\ten\n" for i, t in enumerate(texts)])  # fmt: skip
        _copy(raw, "sources_matchsignature", "claim_id, normalized, text_sha256, indexed_at",
              [f"{i + 1}\t{_esc(s)}\t-\t2026-01-01\n" for i, s in enumerate(norms)])  # fmt: skip
        _copy_bigint_pairs(raw, "sources_matchkey", "key, claim_id", keys, owners)
        _copy_bigint_pairs(raw, "sources_matchtoken", "key, df", unique_keys, dfs.astype(np.int64), df=True)
        cursor.execute("CREATE UNIQUE INDEX match_key_unique_key_claim ON sources_matchkey (key, claim_id)")
        cursor.execute("CREATE INDEX claim_status ON claims_claim (status)")
    connection.close()
    with psycopg.connect(dbname=DB_NAME, autocommit=True, **_server_params()) as vac:
        vac.execute("VACUUM ANALYZE")
    print(f"loaded with COPY and indexed in {time.perf_counter() - t2:.0f}s")

    t3 = time.perf_counter()
    gram_index = ExactIndex(grams, gram_counts, n)
    token_index = ExactIndex(toks, tok_counts, n)
    del grams, toks
    print(f"exact-scan arrays built in {time.perf_counter() - t3:.0f}s")

    rng = random.Random(11)
    truth = [rng.randrange(n) for _ in range(args.queries)]
    queries = [gen.perturb(texts[i], ops=rng.choice([2, 2, 3])) for i in truth]

    for q in queries[:20]:  # warm the cache
        matching.similar_claims(q, limit=10)
    latencies, exact_latencies = [], []
    from django.conf import settings

    suggest = settings.FACTCHECK_MATCH_SUGGEST_SCORE
    found, exact_found, overlap = 0, 0, 0.0
    relevant = {suggest: [0, 0], 0.4: [0, 0]}  # threshold -> [found by ours, total in the exact top 10]
    for i, (q, answer) in enumerate(zip(queries, truth, strict=True)):
        start = time.perf_counter()
        ours = matching.similar_claims(q, limit=10)
        latencies.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        exact_ids, exact_scores = exact_top(gram_index, token_index, q)
        exact_latencies.append((time.perf_counter() - start) * 1000)
        our_ids = {m.claim_id for m in ours}
        found += int(answer + 1 in our_ids)
        exact_found += int(answer + 1 in exact_ids)
        overlap += len(our_ids & set(exact_ids)) / 10
        for threshold, counts in relevant.items():
            above = {cid for cid, s in zip(exact_ids, exact_scores, strict=True) if s >= threshold}
            counts[0] += len(above & our_ids)
            counts[1] += len(above)
        if i < 3:
            print(f"  query: {q!r}\n  answer: {texts[answer]!r}\n  ours: {[(m.claim_id, m.score) for m in ours[:3]]}"
                  f"\n  exact: {list(zip(exact_ids[:3], [round(s, 4) for s in exact_scores[:3]], strict=False))}")  # fmt: skip

    pub_latencies = []
    for q in queries[:100]:
        start = time.perf_counter()
        matching.similar_claims(q, limit=10, published_only=True)
        pub_latencies.append((time.perf_counter() - start) * 1000)

    m = len(queries)
    server = connection.cursor().connection.info.server_version
    print(f"\nPostgreSQL {server // 10000}.{server % 10000}, {n:,} claims, {m} queries (typos, reordered/dropped "
          "words, synonyms, number formats)")  # fmt: skip
    print(f"similar_claims   p50 {np.percentile(latencies, 50):6.1f} ms   p95 {np.percentile(latencies, 95):6.1f} ms"
          f"   (published-only filter: p95 {np.percentile(pub_latencies, 95):.1f} ms)")  # fmt: skip
    print(f"exact scan       p50 {np.percentile(exact_latencies, 50):6.1f} ms   p95 "
          f"{np.percentile(exact_latencies, 95):6.1f} ms   (numpy over all rows, same scoring function)")  # fmt: skip
    print(
        f"recall@10 of the known claim: ours {found / m:.3f}, exact {exact_found / m:.3f} "
        f"-> ours/exact = {found / max(exact_found, 1):.3f}"
    )
    (hit_s, all_s), (hit_4, all_4) = relevant[suggest], relevant[0.4]
    print(
        f"recall@10 vs the exact top 10, results at or above the suggestion score {suggest}: "
        f"{hit_s / max(all_s, 1):.3f} ({hit_s}/{all_s})"
    )
    print(
        f"  (all 10 incl. unrelated low scorers: {overlap / m:.3f}; at or above 0.4: {hit_4 / max(all_4, 1):.3f})"
    )
    if not args.keep:
        drop_database()


if __name__ == "__main__":
    main()
