"""Snapshots of source text (so a dead link loses nothing) and independence of sources.

Two syndicated copies of one wire story, or a page and its near-duplicate, are one source: evidence
rows whose snapshots share most word-shingle MinHash values get the same `cluster_key` and count once.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

import numpy as np
from django.utils import timezone

from sources.models import Document, Evidence, Snapshot

SHINGLE = 5
PERMUTATIONS = 64
NEAR_DUPLICATE = 0.5  # estimated Jaccard of word 5-shingles above which two texts are one source
_WORD = re.compile(r"\w+", re.UNICODE)
_MULTIPLIERS = (
    np.random.default_rng(20240611).integers(1, 2**63 - 1, PERMUTATIONS, dtype=np.uint64) | 1
).astype(np.uint64)
_OFFSETS = np.random.default_rng(20240612).integers(0, 2**63 - 1, PERMUTATIONS, dtype=np.uint64)


def minhash(text: str) -> list[int]:
    """64 minimum hashes of the text's word 5-shingles (multiply-shift hashing over blake2b values)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    if not shingles or shingles == {""}:
        return []
    base = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    with np.errstate(over="ignore"):
        hashed = base[None, :] * _MULTIPLIERS[:, None] + _OFFSETS[:, None]
    return [int(v) for v in hashed.min(axis=1).view(np.int64)]


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def snapshot_store(*, text: str, url: str = "", final_url: str = "", content_type: str = "",
                   fetched_at: datetime | None = None) -> Snapshot:  # fmt: skip
    """The snapshot of this exact text (by sha256), created once. Idempotent."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    found = Snapshot.objects.filter(sha256=digest).first()
    if found is not None:
        return found
    snapshot, _ = Snapshot.objects.get_or_create(
        sha256=digest,
        defaults={
            "text": text,
            "url": url[:2000],
            "final_url": final_url[:2000],
            "content_type": content_type,
            "fetched_at": fetched_at or timezone.now(),
            "minhash": minhash(text),
        },
    )
    return snapshot


def snapshots_for_documents(documents: list[Document]) -> dict[int, Snapshot]:
    """Each document's snapshot (by the sha256 of its text), missing ones created: two queries. Idempotent."""
    digests = {doc.pk: hashlib.sha256(doc.text.encode("utf-8")).hexdigest() for doc in documents}
    found = {s.sha256: s for s in Snapshot.objects.filter(sha256__in=set(digests.values())).defer("text")}
    missing = {}
    for doc in documents:
        digest = digests[doc.pk]
        if digest not in found and digest not in missing:
            missing[digest] = Snapshot(
                sha256=digest, text=doc.text, url=doc.url[:2000], final_url=doc.canonical_url[:2000],
                content_type=doc.content_type, fetched_at=doc.fetched_at or doc.created_at or timezone.now(),
                minhash=minhash(doc.text),
            )  # fmt: skip
    if missing:
        # A concurrent run may store the same text first: keep its row and read both back.
        Snapshot.objects.bulk_create(missing.values(), ignore_conflicts=True)
        found |= {s.sha256: s for s in Snapshot.objects.filter(sha256__in=list(missing)).defer("text")}
    return {pk: found[digest] for pk, digest in digests.items()}


def evidence_clusters_refresh(*, claim_id: int) -> int:
    """Recompute the claim's evidence cluster keys (near-duplicates share one); returns the independent count."""
    rows = list(
        Evidence.objects.filter(claim_id=claim_id)
        .select_related("snapshot", "document")
        .order_by("id")
        .only(
            "id",
            "cluster_key",
            "snapshot__minhash",
            "snapshot__sha256",
            "document__sha256",
            "document__duplicate_of_id",
            "document_id",
        )  # fmt: skip
    )
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rows):
        for j in range(i):
            b = rows[j]
            if _same_source(a, b):
                parent[find(i)] = find(j)
    changed = []
    for i, row in enumerate(rows):
        root = rows[find(i)]
        key = (root.snapshot.sha256 if root.snapshot else f"doc{root.document_id}")[:32]
        if row.cluster_key != key:
            row.cluster_key = key
            changed.append(row)
    Evidence.objects.bulk_update(changed, ["cluster_key"])
    return len({find(i) for i in range(len(rows))})


def _same_source(a: Evidence, b: Evidence) -> bool:
    if a.document_id == b.document_id:
        return True
    if a.document.duplicate_of_id in {b.document_id} or b.document.duplicate_of_id in {a.document_id}:
        return True
    if a.snapshot is None or b.snapshot is None:
        return False
    if a.snapshot.sha256 == b.snapshot.sha256:
        return True
    return estimated_jaccard(a.snapshot.minhash, b.snapshot.minhash) >= NEAR_DUPLICATE
