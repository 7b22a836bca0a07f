"""Writes for documents and ingestion: submitting, storing extraction results, job bookkeeping."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import IntegrityError, transaction
from django.utils import timezone

from factcheck.errors import Forbidden, InvalidInput
from sources.models import Document, Evidence, IngestJob, JobStatus, Outlet

SEARCH_CONFIGS = {"fr": "french", "en": "english"}


def search_config(language: str) -> str:
    """The PostgreSQL text-search configuration for a language code ('simple' when unknown)."""
    return SEARCH_CONFIGS.get(language, "simple")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Submission:
    document: Document
    job: IngestJob
    created: bool  # False when the same content or URL was already known


def decode_upload(data: bytes, *, name: str = "input") -> str:
    """Bytes to text: UTF-8 (with or without BOM) only; anything else is refused with a clear error."""
    if not data.strip():
        raise InvalidInput(f"{name} is empty.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{name} is not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}). "
            "Convert it to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`."
        ) from None
    if "\x00" in text:
        raise InvalidInput(f"{name} contains NUL bytes; it looks like a binary file, not text or HTML.")
    return text


def read_local_file(path: str) -> tuple[str, str]:
    """A file's text and content type ('text' or 'html'); InvalidInput when it cannot be used."""
    file = Path(path)
    if not file.exists():
        raise InvalidInput(f"{path}: no such file.")
    if not file.is_file():
        raise InvalidInput(f"{path}: not a regular file.")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc.strerror}).") from None
    if len(data) > settings.FACTCHECK_MAX_DOCUMENT_CHARS * 4:
        raise InvalidInput(f"{path}: {len(data)} bytes is over the limit for one document.")
    text = decode_upload(data, name=path)
    return text, guess_content_type(text, name=file.name)


def guess_content_type(text: str, *, name: str = "") -> str:
    if name.lower().endswith((".html", ".htm")):
        return Document.ContentType.HTML
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return Document.ContentType.HTML
    return Document.ContentType.TEXT


def validate_public_url(url: str) -> str:
    """A URL a fetcher may try later: http(s) with a host; private addresses are checked at fetch time."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InvalidInput(f"{url!r} is not an http(s) URL.")
    return url.strip()


def outlet_for_url(url: str) -> Outlet | None:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    outlet, _ = Outlet.objects.get_or_create(domain=host, defaults={"name": host})
    return outlet


def document_submit(
    *,
    content: str = "",
    url: str = "",
    content_type: str = "",
    title: str = "",
    submitted_by=None,
) -> Submission:
    """Record a document to ingest and enqueue its pipeline on commit; the same content or URL is a no-op."""
    if not content and not url:
        raise InvalidInput("Give either `content` (text or HTML) or `url`.")
    if content and len(content) > settings.FACTCHECK_MAX_DOCUMENT_CHARS:
        raise InvalidInput(f"The content is over {settings.FACTCHECK_MAX_DOCUMENT_CHARS} characters.")
    if content and not content.strip():
        raise InvalidInput("The content is empty.")
    if url:
        url = validate_public_url(url)
    if content_type and content_type not in Document.ContentType.values:
        raise InvalidInput(f"content_type must be one of {', '.join(Document.ContentType.values)}.")
    content_type = content_type or (guess_content_type(content) if content else Document.ContentType.HTML)

    raw_sha = sha256_text(content) if content else None
    existing = _known_document(raw_sha=raw_sha, url=url)
    if existing is not None:
        job = existing.ingest_jobs.order_by("-created_at").first()
        if job is None:  # pragma: no cover - every document is created with a job
            job = IngestJob.objects.create(document=existing, status=JobStatus.DONE)
        return Submission(document=existing, job=job, created=False)

    from sources.tasks import ingest_document

    try:
        with transaction.atomic():
            document = Document.objects.create(
                url=url,
                title=title[:1000],
                content_type=content_type,
                raw_content=content,
                raw_sha256=raw_sha,
                outlet=outlet_for_url(url) if url else None,
            )
            job = IngestJob.objects.create(document=document, submitted_by=submitted_by)
            ingest_document.delay_on_commit(job.id)
    except IntegrityError:
        # A concurrent submission of the same content or URL won the race: answer with its records.
        existing = _known_document(raw_sha=raw_sha, url=url)
        if existing is None:
            raise
        job = existing.ingest_jobs.order_by("-created_at").first()
        assert job is not None
        return Submission(document=existing, job=job, created=False)
    return Submission(document=document, job=job, created=True)


def _known_document(*, raw_sha: str | None, url: str) -> Document | None:
    if raw_sha:
        found = Document.objects.filter(raw_sha256=raw_sha).first()
        if found:
            return found
    if url:
        return Document.objects.filter(url=url).first()
    return None


def job_start(*, job: IngestJob) -> None:
    IngestJob.objects.filter(pk=job.pk).update(
        status=JobStatus.RUNNING, started_at=timezone.now(), attempts=job.attempts + 1
    )


def job_finish(*, job: IngestJob, error: str = "") -> None:
    IngestJob.objects.filter(pk=job.pk).update(
        status=JobStatus.FAILED if error else JobStatus.DONE,
        last_error=error[:5000],
        finished_at=timezone.now(),
    )


def document_index(*, document: Document) -> None:
    """Refresh the document's full-text vector in its own language's configuration."""
    config = search_config(document.language)
    Document.objects.filter(pk=document.pk).update(
        search_vector=SearchVector("title", weight="A", config=config)
        + SearchVector("text", weight="B", config=config)
    )


def evidence_decide(*, evidence_id: int, decision: str, note: str = "", user) -> Evidence:
    """Record a fact-checker's accept/dismiss of a suggestion; the machine's suggestion stays as it was."""
    from claims.roles import is_fact_checker

    if not is_fact_checker(user):
        raise Forbidden("Only fact-checkers, editors and staff may decide on evidence.")
    if decision not in {Evidence.Decision.ACCEPTED, Evidence.Decision.DISMISSED}:
        raise InvalidInput("decision must be 'accepted' or 'dismissed'.", details={"decision": decision})
    with transaction.atomic():
        evidence = Evidence.objects.select_for_update().get(pk=evidence_id)
        evidence.decision = decision
        evidence.decision_note = note[:5000]
        evidence.decided_by = user
        evidence.decided_at = timezone.now()
        evidence.full_clean(exclude=["claim", "document", "snapshot", "decided_by"])
        evidence.save(update_fields=["decision", "decision_note", "decided_by", "decided_at"])
    return evidence
