"""Page furniture detection: navigation, bylines, captions, teasers, cookie banners."""

from __future__ import annotations

import re

from .quotes import REOPENERS

_BOILERPLATE_RE = re.compile(
    r"^(?:home\s*[»>|/]|accueil\s*[»>|/]|related articles?|articles? (?:liés|similaires|connexes)|"
    r"read more|en savoir plus|lire aussi|lire la suite|à lire aussi|voir aussi|see also|more on this|"
    r"sign up|subscribe|abonnez-vous|inscrivez-vous|newsletter|share this|partager|advertisement|"
    r"publicité|sponsored|contenu sponsorisé|(?:photo|image|crédit|credit|source)\s*:|©|\(c\)|"
    r"(?:par|by)\s+[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){0,3}\s*$|(?:[\w-]+\s+)?(?:en direct|live)\s*[:|-]|"
    r"info\s*$|breaking\s*:|(?:mis à jour|updated|publié|published|posted)\s*(?:le|on|at|:)?\s*\d|comments?\s*\(|\d+\s+comments?|"
    r"leave a (?:comment|reply)|laisser un commentaire|tags?\s*:|mots-clés\s*:)",
    re.IGNORECASE,
)
_COOKIE_RE = re.compile(
    r"\b(?:cookies?|traceurs|consent(?:ement)?|opt-out|privacy policy|politique de confidentialité)\b",
    re.IGNORECASE,
)
_FINAL_PUNCT_RE = re.compile(r"[.!?…][\s»”\"’')\]]*$")
_CLOSING_QUOTE_END_RE = re.compile(r"[»”\"]\s*$")


def is_furniture(paragraph: str, seen: set[str]) -> bool:
    """True for a paragraph that is page furniture rather than article prose; updates `seen`."""
    stripped = paragraph.strip()
    key = " ".join(stripped.lower().split())
    if key in seen:
        return True  # headline or teaser repeated
    seen.add(key)
    if _BOILERPLATE_RE.match(stripped):
        return True
    words = stripped.split()
    if _COOKIE_RE.search(stripped) and len(words) < 80:
        return True
    if stripped[0] in REOPENERS:
        return False  # a quoted paragraph, maybe continuing a quote, is prose
    if _FINAL_PUNCT_RE.search(stripped) or stripped.endswith(":") and len(words) >= 5:
        return False  # "Elle résume le problème d'une image :" introduces the next paragraph
    # No closing punctuation: headline, caption, breadcrumb or teaser, unless it ends a long quote.
    return not (_CLOSING_QUOTE_END_RE.search(stripped) and len(words) >= 8 and ":" not in stripped[:40])
