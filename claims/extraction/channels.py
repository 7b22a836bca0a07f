"""Channels of communication (speech, statement, social network) and explicit dates."""

from __future__ import annotations

import re
from datetime import date, timedelta

_FR_NOUNS = (
    r"discours|allocution|adresse|communiqué|interview|entretien|conférence de presse|point presse|"
    r"point de presse|message vidéo|message|vidéo|déclaration|lettre|tribune|courrier|note|rapport|"
    r"réunion|audition|émission|journal télévisé|débat|meeting|briefing|publication|post|tweet|"
    r"compte rendu|réseaux sociaux|site internet|site|blog"
)
_FR_PLATFORMS = r"Twitter|X|Telegram|Facebook|Instagram|TikTok|YouTube|LinkedIn|Bluesky|Threads|Truth Social"
_FR_MEDIA = r"la télévision|la radio|l'antenne|la télévision publique|la télévision d'État"
FR_CHANNEL_RE = re.compile(
    rf"\b(?:sur|via)\s+(?:son compte\s+|sa page\s+|la page\s+|le compte\s+|la messagerie\s+|le réseau social\s+)?(?P<platform>{_FR_PLATFORMS})\b"
    rf"|\b(?:à|sur)\s+(?P<media>{_FR_MEDIA})\b"
    rf"|\b(?:dans|lors|au cours|à l'issue|pendant|par|en marge)\s*(?:d'|de|du|des)?\s*"
    rf"(?:son|sa|ses|leur|leurs|un|une|le|la|l'|les|ce|cette)\s*(?P<noun>(?:{_FR_NOUNS})(?:\s+(?!que\b|qu'|de\b|du\b|des\b|à\b|au\b|sur\b|en\b|et\b|publié|diffusé|relayé|cité|repris|reprise|transmis|signé|daté|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[a-zà-ÿ-]+){{0,2}})",
    re.IGNORECASE,
)
_EN_NOUNS = (
    r"address|statement|speech|interview|press conference|news conference|press briefing|briefing|"
    r"video|message|post|tweet|letter|op-ed|report|hearing|broadcast|podcast|memo|remarks|conference call|"
    r"call with reporters|television interview|radio interview"
)
_EN_PLATFORMS = (
    r"Twitter|X|Telegram|Facebook|Instagram|TikTok|YouTube|LinkedIn|Bluesky|Threads|Truth Social|social media"
)
EN_CHANNEL_RE = re.compile(
    rf"\b(?:on|via)\s+(?:his|her|their|its|the)?\s*(?P<platform>{_EN_PLATFORMS})\b"
    r"|\b(?:on|to)\s+(?P<media>television|TV|state television|radio|state TV)\b"
    rf"|\b(?:in|at|during|during|through|via)\s+(?:his|her|their|its|a|an|the|this|that)\s+"
    rf"(?P<noun>(?:[a-z-]+\s+){{0,3}}(?:{_EN_NOUNS}))\b"
)


def find_channel(text: str, language: str) -> str:
    """Return the channel wording found in `text` ("discours vidéo nocturne", "Twitter") or ""."""
    pattern = FR_CHANNEL_RE if language == "fr" else EN_CHANNEL_RE
    for match in pattern.finditer(text):
        for group in ("platform", "media", "noun"):
            value = match.group(group)
            if value:
                if (
                    group == "platform"
                    and value == "X"
                    and language == "fr"
                    and not re.match(r"\s*[,:(]|\s+que\b", text[match.end() :])
                ):
                    continue  # "sur X" is only the network when followed by a pause
                return re.sub(r"^(?:la|l')\s*", "", value) if group == "media" else value
    return ""


_MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH_ALT = "|".join(_MONTHS)
_DAY_MONTH_RE = re.compile(rf"\b(?:le\s+|on\s+)?(\d{{1,2}})(?:er)?\s+({_MONTH_ALT})(?:\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY_RE = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_WEEKDAY_RE = re.compile(rf"\b({'|'.join(_WEEKDAYS)})\b", re.I)


def find_date(text: str, published_at: str = "") -> str:
    """Return an ISO date stated explicitly in `text`, or "" (weekdays need the document date)."""
    published = _parse_iso(published_at)
    for pattern, day_group, month_group in ((_DAY_MONTH_RE, 1, 2), (_MONTH_DAY_RE, 2, 1)):
        match = pattern.search(text)
        if match:
            year = int(match.group(3)) if match.group(3) else (published.year if published else None)
            if year is None:
                continue
            try:
                return date(
                    year, _MONTHS[match.group(month_group).lower()], int(match.group(day_group))
                ).isoformat()
            except ValueError:
                continue
    match = _WEEKDAY_RE.search(text)
    if match and published:
        # "samedi" in an article means the most recent such day on or before publication.
        back = (published.weekday() - _WEEKDAYS[match.group(1).lower()]) % 7
        return (published - timedelta(days=back)).isoformat()
    return ""


def _parse_iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
