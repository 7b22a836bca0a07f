"""Main-text extraction from HTML pages: boilerplate out, title/author/date/canonical URL kept."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml_html_clean import Cleaner

# Furniture that trafilatura may keep when a site marks it up as ordinary blocks.
_FURNITURE_SELECTOR = re.compile(
    r"cookie|consent|gdpr|related|recommend|newsletter|subscribe|comment|share|social|breadcrumb|"
    r"caption|credit|promo|advert|sidebar|teaser|outbrain|taboola|popup|modal|banner|footer|nav",
    re.IGNORECASE,
)


@dataclass
class Page:
    text: str
    title: str = ""
    author: str = ""
    published_at: str = ""
    canonical_url: str = ""


_cleaner = Cleaner(
    scripts=True,
    javascript=True,
    comments=True,
    style=True,
    inline_style=True,
    forms=True,
    embedded=True,
    frames=True,
    meta=False,
    page_structure=False,
    links=False,
    annoying_tags=True,
    remove_unknown_tags=False,
    safe_attrs_only=False,
)


def _strip_furniture(tree) -> None:
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if (
            element.tag in ("nav", "aside", "footer", "figcaption", "form", "header")
            and element.tag != "html"
        ):
            if element.tag == "header" and element.find(".//h1") is not None:
                continue  # an article header holds the title, which metadata extraction needs
            element.drop_tree()
            continue
        marker = " ".join([element.get("class", ""), element.get("id", ""), element.get("role", "") or ""])
        if (
            marker.strip()
            and _FURNITURE_SELECTOR.search(marker)
            and element.tag not in ("body", "html", "article", "main")
        ):
            element.drop_tree()


def extract_main_text(html: str, *, url: str = "") -> Page:
    """Return the article's main text and metadata; the text is "" when nothing is found."""
    if not html.strip():
        return Page(text="")
    tree = lxml.html.document_fromstring(html)
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    tree = _cleaner.clean_html(tree)
    _strip_furniture(tree)
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    doc = trafilatura.bare_extraction(
        cleaned,
        url=url or None,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        with_metadata=True,
        deduplicate=False,
    )
    if doc is None:
        return Page(text="", canonical_url=canonical[0] if canonical else url)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    # trafilatura separates blocks with single newlines; a blank line keeps paragraphs obvious.
    text = re.sub(r"\n+", "\n\n", text)
    return Page(
        text=text,
        title=data.get("title") or "",
        author=data.get("author") or "",
        published_at=data.get("date") or "",
        canonical_url=(canonical[0] if canonical else "") or data.get("url") or url,
    )
