"""Every write to speakers, claims and appearances goes through these functions."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction

from claims.extraction.speakers import speaker_key
from claims.extraction.types import ExtractedClaim, ExtractedSpeaker, ExtractionResult
from claims.models import Appearance, Claim, Quantity, Speaker
from sources.models import Document

_SPACES = re.compile(r"\s+")


def claim_fingerprint(*, text: str, speaker: Speaker | None) -> str:
    """Stable identity of a statement: who said it and its words, case, accents and spacing folded."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'")).casefold()
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _SPACES.sub(" ", re.sub(r"[«»“”„‹›\"]", "", folded)).strip(" .,;:!?")
    key = speaker.key if speaker else ""
    return hashlib.sha256(f"{key}\x1f{folded}".encode()).hexdigest()


def speaker_resolve(*, name: str, type: str, aliases: list[str] | None = None, title: str = "") -> Speaker:
    """The one Speaker for this person or organisation, created or enriched with new aliases. Idempotent.

    Articles name people differently: "Zelensky" in one, "Volodymyr Zelenskyy" in the next. A
    surname alone joins the one person known by that surname; a full name upgrades a record that
    so far had only the surname. With two people of that surname, nothing is merged.
    """
    key = speaker_key(name)
    speaker = Speaker.objects.filter(key=key).first()
    if speaker is None and type == Speaker.Type.PERSON:
        speaker = _person_by_surname(key=key, name=name)
    if speaker is None:
        speaker, created = Speaker.objects.get_or_create(
            key=key,
            defaults={"name": name, "type": type, "aliases": sorted(set(aliases or [])), "title": title},
        )
        if created:
            return speaker
    new_aliases = set(speaker.aliases) | set(aliases or [])
    if name != speaker.name:
        new_aliases.add(name)
    if new_aliases != set(speaker.aliases) or (title and not speaker.title):
        speaker.aliases = sorted(new_aliases)
        speaker.title = speaker.title or title
        speaker.save(update_fields=["aliases", "title"])
    return speaker


def _person_by_surname(*, key: str, name: str) -> Speaker | None:
    """A person already known under this surname (or, for a surname, under a full name), if unambiguous."""
    persons = Speaker.objects.filter(type=Speaker.Type.PERSON)
    if " " not in key:
        matches = list(persons.filter(key__endswith=f" {key}")[:2])
        return matches[0] if len(matches) == 1 else None
    surname = key.rsplit(" ", 1)[1]
    surname_only = persons.filter(key=surname).first()
    if surname_only is None or persons.filter(key__endswith=f" {surname}").exists():
        return None
    # Upgrade the surname-only record to the full name; the surname stays as an alias.
    surname_only.aliases = sorted({*surname_only.aliases, surname_only.name})
    surname_only.name, surname_only.key = name, key
    try:
        with transaction.atomic():
            surname_only.save(update_fields=["aliases", "name", "key"])
    except IntegrityError:  # a concurrent worker created the full-name record first
        return Speaker.objects.filter(key=key).first()
    return surname_only


def _speaker_for(extracted: ExtractedSpeaker | None) -> Speaker | None:
    if extracted is None or not extracted.name.strip():
        return None
    return speaker_resolve(
        name=extracted.name, type=extracted.type, aliases=extracted.aliases, title=extracted.title
    )


def _date_or_none(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass
class StoredClaims:
    claims: list[Claim]
    created: int


def claims_store_extraction(*, document: Document, result: ExtractionResult) -> StoredClaims:
    """Store a document's extracted claims, appearances and quantities; re-running updates, never duplicates."""
    stored: list[Claim] = []
    created_count = 0
    with transaction.atomic():
        kept_spans: set[tuple[int, int]] = set()
        for extracted in result.claims:
            claim, created = _claim_upsert(extracted)
            created_count += int(created)
            _appearance_upsert(claim=claim, document=document, extracted=extracted)
            kept_spans.add((extracted.start, extracted.end))
            stored.append(claim)
        # Spans the extractor no longer finds are removed, so re-extraction converges.
        stale = Appearance.objects.filter(document=document)
        for start, end in kept_spans:
            stale = stale.exclude(start=start, end=end)
        orphan_ids = list(stale.values_list("claim_id", flat=True))
        stale.delete()
        Claim.objects.filter(id__in=orphan_ids, appearances__isnull=True, status=Claim.Status.NEW).delete()
    return StoredClaims(claims=stored, created=created_count)


def _claim_upsert(extracted: ExtractedClaim) -> tuple[Claim, bool]:
    speaker = _speaker_for(extracted.speaker)
    fingerprint = claim_fingerprint(text=extracted.text, speaker=speaker)
    claim, created = Claim.objects.get_or_create(
        fingerprint=fingerprint,
        defaults={
            "text": extracted.text,
            "kind": extracted.kind,
            "language": extracted.language,
            "speaker": speaker,
            "checkworthiness": extracted.checkworthiness.score,
            "checkworthiness_reasons": extracted.checkworthiness.reasons,
            "flags": extracted.flags,
        },
    )
    if not created:
        merged_flags = list(dict.fromkeys([*claim.flags, *extracted.flags]))
        changed = merged_flags != claim.flags or claim.checkworthiness != extracted.checkworthiness.score
        if changed:
            claim.flags = merged_flags
            claim.checkworthiness = extracted.checkworthiness.score
            claim.checkworthiness_reasons = extracted.checkworthiness.reasons
            claim.save(update_fields=["flags", "checkworthiness", "checkworthiness_reasons", "updated_at"])
    return claim, created


def _appearance_upsert(*, claim: Claim, document: Document, extracted: ExtractedClaim) -> Appearance:
    relay = (
        speaker_resolve(name=extracted.relayed_by, type=Speaker.Type.ORGANIZATION)
        if extracted.relayed_by
        else None
    )
    appearance, _ = Appearance.objects.update_or_create(
        document=document,
        start=extracted.start,
        end=extracted.end,
        defaults={
            "claim": claim,
            "quote": extracted.text,
            "sentence": extracted.sentence,
            "channel": extracted.channel,
            "relayed_by": relay,
            "date_said": _date_or_none(extracted.date_said),
            "flags": extracted.flags,
        },
    )
    appearance.quantities.all().delete()
    Quantity.objects.bulk_create(
        [
            Quantity(
                appearance=appearance,
                text=q.text,
                value=q.value,
                unit=q.unit,
                normalized_value=q.normalized_value,
                normalized_unit=q.normalized_unit or "",
                approximate=q.approximate,
                start=q.start,
                end=q.end,
            )
            for q in extracted.quantities
        ]
    )
    return appearance
