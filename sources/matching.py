"""Claim matching without database extensions: "has this been said (and checked) before?"

Works on PostgreSQL with neither pg_trgm nor pgvector. Two steps:

1. Candidates by key equality. Each indexed claim stores one btree row per matching key: a hashed
   six-letter prefix of each content token (numbers whole). A query takes its rarest keys by document
   frequency (MatchToken), and the claims sharing the most inverse-frequency weight come back from
   one index-only GROUP BY. A typo, a dropped or reordered word only removes one key out of many; the
   prefix absorbs typos and inflections after the sixth letter.
2. Re-ranking in Python by the real similarity (`similarity`): Jaccard of in-word character
   trigrams blended with Jaccard of tokens, both after the same normalisation (accents, case,
   thousands separators, a few unit and percent spellings). The exact scan in bench/matching.py
   computes this same function over every row.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction

CANDIDATE_KEYS = 10  # at most this many of the query's rarest keys gather candidates
MIN_KEYS = 4  # ... and at least this many, whatever their postings cost
POSTINGS_BUDGET = 20_000  # index rows read per lookup, beyond the first MIN_KEYS keys
MAX_DF = 200_000  # keys this common carry no information and cost a long index scan
CANDIDATES = 120  # re-ranked in Python
FILTERED_POOL = 2_000  # ranked candidates checked against a visibility or language filter
PREFIX = 6
TRIGRAM_WEIGHT = 0.7

STOPWORDS = frozenset(
    """
    a an the and or but if of in on at to for from by with as is are was were be been being it its this that
    these those there their they them he she his her we our you your i me my not no nor so than then too very
    can could will would should may might must do does did has have had having over under about into out up
    down off again further once here when where why how all any both each few more most other some such only
    own same just also said says say according told tell
    le la les l un une des du de d et ou mais si en dans sur au aux a pour par avec comme est sont etait
    etaient ete etre ce cette ces cet il elle ils elles nous vous je j me m te t se s son sa ses leur leurs
    qui que qu quoi dont ne n pas plus moins tres aussi y dit a affirme selon declare
    """.split()
)
_PHRASES = [
    (re.compile(r"\b(?:per ?cent|pour ?cent|pourcent)\b"), " % "),
    (
        re.compile(
            r"\b(?:square kilometres?|square kilometers?|kilometres? carres?|kilometers? squared|km2|km ²)"
        ),
        " km2 ",
    ),
    (re.compile(r"km²"), " km2 "),
    (re.compile(r"\bmillions?\b"), " million "),
    (re.compile(r"\bbillions?\b|\bmilliards?\b"), " billion "),
]
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?![\d])")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}\b)")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z][a-z0-9]*|%")


def normalize(text: str) -> str:
    """Case, accents, apostrophes, thousands separators and a few unit spellings folded; tokens joined by spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("²", "2 "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    text = _DECIMAL_COMMA.sub(".", text)
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return " ".join(_TOKEN.findall(text))


@dataclass(frozen=True)
class Features:
    tokens: frozenset[str]
    grams: frozenset[str]


def content_tokens(normalized: str) -> list[str]:
    return [t for t in normalized.split() if t not in STOPWORDS and (len(t) > 1 or t.isdigit() or t == "%")]


def features(normalized: str) -> Features:
    """Token and in-word character-trigram sets of a normalised text (order-free, typo-tolerant)."""
    tokens = content_tokens(normalized)
    grams: set[str] = set()
    for token in tokens:
        padded = f" {token} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return Features(frozenset(tokens), frozenset(grams))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def similarity(a: Features, b: Features) -> float:
    """The matching score in [0, 1]: 0.7 x trigram Jaccard + 0.3 x token Jaccard."""
    return TRIGRAM_WEIGHT * _jaccard(a.grams, b.grams) + (1 - TRIGRAM_WEIGHT) * _jaccard(a.tokens, b.tokens)


def key_of(token: str) -> int:
    """A token's key: its first six letters (numbers whole), hashed to a signed 64-bit integer."""
    stem = token if token[0].isdigit() else token[:PREFIX]
    return int.from_bytes(hashlib.blake2b(stem.encode(), digest_size=8).digest(), "big", signed=True)


def keys_of(normalized: str) -> list[int]:
    return sorted({key_of(t) for t in content_tokens(normalized)})


# --- Index maintenance ---------------------------------------------------------------------------


def claim_index(*, claim_id: int, text: str) -> bool:
    """Store a claim's matching keys and signature; idempotent (same text: no change). True when written."""
    from sources.models import MatchSignature

    normalized = normalize(text)
    digest = hashlib.sha256(normalized.encode()).hexdigest()
    with transaction.atomic():
        existing = MatchSignature.objects.select_for_update().filter(claim_id=claim_id).first()
        if existing is not None and existing.text_sha256 == digest:
            return False
        with connection.cursor() as cursor:
            if existing is not None:
                _unindex(cursor, claim_id)
            keys = keys_of(normalized)
            # Sorted keys: concurrent indexers lock MatchToken rows in the same order, so never deadlock.
            cursor.execute(
                "INSERT INTO sources_matchtoken (key, df) SELECT k, 1 FROM unnest(%s::bigint[]) AS k "
                "ON CONFLICT (key) DO UPDATE SET df = sources_matchtoken.df + 1",
                [keys],
            )
            cursor.execute(
                "INSERT INTO sources_matchkey (key, claim_id) SELECT k, %s FROM unnest(%s::bigint[]) AS k "
                "ON CONFLICT DO NOTHING",
                [claim_id, keys],
            )
        MatchSignature.objects.update_or_create(
            claim_id=claim_id, defaults={"normalized": normalized, "text_sha256": digest}
        )
    return True


def _unindex(cursor, claim_id: int) -> None:
    cursor.execute("SELECT key FROM sources_matchkey WHERE claim_id = %s ORDER BY key", [claim_id])
    old = [row[0] for row in cursor.fetchall()]
    cursor.execute(
        "UPDATE sources_matchtoken SET df = GREATEST(df - 1, 0) WHERE key = ANY(%s::bigint[])", [old]
    )
    cursor.execute("DELETE FROM sources_matchkey WHERE claim_id = %s", [claim_id])


# --- Lookup -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    claim_id: int
    score: float


def _pick_keys(keys: list[int]) -> tuple[list[int], list[float]]:
    """The query's rarest keys, stopping once their postings would exceed the scan budget."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT key, df FROM sources_matchtoken WHERE key = ANY(%s::bigint[]) AND df > 0 ORDER BY df, key",
            [keys],
        )
        rows = cursor.fetchall()
    picked: list[int] = []
    weights: list[float] = []
    total = 0
    for key, df in rows:
        if len(picked) >= MIN_KEYS and (total + df > POSTINGS_BUDGET or len(picked) >= CANDIDATE_KEYS):
            break
        if df > MAX_DF:
            break
        picked.append(key)
        weights.append(idf(df))
        total += df
    return picked, weights


def candidate_ids(
    normalized: str, *, published_only: bool = False, language: str = "", exclude: tuple[int, ...] = ()
) -> list[int]:
    """Claims sharing the most inverse-frequency weight of the query's rarest keys (step 1)."""
    keys, weights = _pick_keys(keys_of(normalized))
    if not keys:
        return []
    params: list[Any] = [keys, weights]
    exclusion = ""
    if exclude:
        exclusion = "WHERE k.claim_id <> ALL(%s::bigint[])"
        params.append(list(exclude))
    ranked = f"""
        SELECT k.claim_id, sum(q.w) AS weight
        FROM unnest(%s::bigint[], %s::float8[]) AS q(key, w)
        JOIN sources_matchkey k ON k.key = q.key {exclusion}
        GROUP BY k.claim_id
    """  # noqa: S608 - fixed fragments only; values are parameters
    if published_only or language:
        # Filter after aggregating: one join per ranked candidate, not per posting row.
        filters = []
        if published_only:
            filters.append("c.status = 'published'")
        if language:
            filters.append("c.language = %s")
        sql = f"""
            SELECT r.claim_id FROM ({ranked} ORDER BY weight DESC, k.claim_id LIMIT %s) r
            JOIN claims_claim c ON c.id = r.claim_id
            WHERE {" AND ".join(filters)}
            ORDER BY r.weight DESC, r.claim_id LIMIT %s
        """  # noqa: S608
        params.append(FILTERED_POOL)
        if language:
            params.append(language)
    else:
        sql = f"{ranked} ORDER BY weight DESC, k.claim_id LIMIT %s"
    params.append(CANDIDATES)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def similar_claims(
    text: str,
    *,
    limit: int = 10,
    published_only: bool = False,
    language: str = "",
    exclude: tuple[int, ...] = (),
    min_score: float = 0.0,
) -> list[Match]:
    """The claims most similar to `text`, best first, each with its score (steps 1 and 2)."""
    normalized = normalize(text)
    ids = candidate_ids(normalized, published_only=published_only, language=language, exclude=exclude)
    if not ids:
        return []
    query = features(normalized)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT claim_id, normalized FROM sources_matchsignature WHERE claim_id = ANY(%s::bigint[])",
            [ids],
        )
        rows = cursor.fetchall()
    scored = [Match(claim_id, round(similarity(query, features(norm)), 4)) for claim_id, norm in rows]
    scored = [m for m in scored if m.score >= min_score and m.score > 0]
    scored.sort(key=lambda m: (-m.score, m.claim_id))
    return scored[:limit]


def idf(df: int) -> float:
    return math.log(1.0 + 1_000_000.0 / max(df, 1))
