"""Claim extraction: text or HTML in, attributed claims with quantities and scores out."""

from __future__ import annotations

import re

# The rules hold more distinct patterns than the re module caches by default (512): past that, patterns
# used inline with re.search/re.match are compiled again on every call. A larger cache keeps them.
re._MAXCACHE = max(re._MAXCACHE, 4096)  # type: ignore[attr-defined]

from .html import extract_main_text  # noqa: E402
from .pipeline import extract_text  # noqa: E402
from .types import ExtractionResult  # noqa: E402

__all__ = ["extract_html", "extract_text"]


def extract_html(html: str, *, url: str = "") -> ExtractionResult:
    """Extract claims from an HTML page: main text and metadata first, then `extract_text`."""
    page = extract_main_text(html, url=url)
    result = extract_text(page.text, published_at=page.published_at)
    result.title = page.title
    result.author = page.author
    result.canonical_url = page.canonical_url or url
    return result
