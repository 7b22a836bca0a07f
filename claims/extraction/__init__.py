"""Claim extraction: text or HTML in, attributed claims with quantities and scores out."""

from __future__ import annotations

from .html import extract_main_text
from .pipeline import extract_text
from .types import ExtractionResult

__all__ = ["extract_html", "extract_text"]


def extract_html(html: str, *, url: str = "") -> ExtractionResult:
    """Extract claims from an HTML page: main text and metadata first, then `extract_text`."""
    page = extract_main_text(html, url=url)
    result = extract_text(page.text, published_at=page.published_at)
    result.title = page.title
    result.author = page.author
    result.canonical_url = page.canonical_url or url
    return result
