"""Plain data records produced by the extraction pipeline (no ORM, JSON-ready)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ClaimKind = Literal["direct", "reported"]
SpeakerType = Literal["person", "organization"]


@dataclass
class ExtractedSpeaker:
    # Canonical display name, titles stripped ("Volodymyr Zelensky", "ministère russe de la Défense").
    name: str
    type: SpeakerType
    aliases: list[str] = field(default_factory=list)  # other surface forms seen ("M. Zelensky", "Zelensky")
    title: str = ""  # stripped title, if any ("président", "vice-ministre ukrainienne de la Défense")


@dataclass
class ExtractedQuantity:
    text: str  # surface form, exactly text[start:end] of the extracted text
    value: float  # the number as written, scaled by million/milliard ("2 000" -> 2000.0)
    unit: str  # unit as lexed, canonical spelling ("mi²", "km²", "km", "%", "EUR", "people")
    normalized_value: float | None  # in the normalized unit (700 mi² -> 1812.99)
    normalized_unit: str | None  # SI-ish canonical unit ("km²", "km", "%", "EUR", "people")
    approximate: bool  # "environ", "près de", "about", "more than" ...
    start: int
    end: int


@dataclass
class CheckWorthiness:
    score: float  # 0.0 .. 1.0
    reasons: list[str]  # human-readable, e.g. "+0.25 contains a number (2 000 kilomètres)"


@dataclass
class ExtractedClaim:
    text: str  # exactly document_text[start:end]
    kind: ClaimKind
    speaker: ExtractedSpeaker | None
    channel: str  # "" when none; the wording as written ("discours vidéo nocturne", "Twitter")
    relayed_by: str  # "" when none ("TASS")
    start: int  # offsets in ExtractionResult.text
    end: int
    language: str  # "fr" | "en"
    quantities: list[ExtractedQuantity] = field(default_factory=list)
    # e.g. "unclosed_quote", "quantity_mismatch: ...", "unit_dimension_mismatch: ..."
    flags: list[str] = field(default_factory=list)
    checkworthiness: CheckWorthiness = field(default_factory=lambda: CheckWorthiness(0.0, []))
    sentence: str = ""  # the sentence (or paragraph) context the claim sits in
    # ISO date when the text says when it was said; "" otherwise.
    date_said: str = ""

    def as_json(self) -> dict[str, Any]:
        """The public `extract_claims --json` shape (see issue contract)."""
        data = asdict(self)
        data["speaker"] = {"name": self.speaker.name, "type": self.speaker.type} if self.speaker else None
        data["quantities"] = [
            {k: q[k] for k in ("text", "value", "unit", "normalized_value", "normalized_unit", "approximate")}
            for q in data["quantities"]
        ]
        data["checkworthiness"] = {
            "score": self.checkworthiness.score,
            "reasons": self.checkworthiness.reasons,
        }
        del data["sentence"], data["date_said"]
        return data


@dataclass
class ExtractionResult:
    text: str  # the extracted main text all offsets refer to
    language: str
    title: str = ""
    author: str = ""
    published_at: str = ""  # ISO 8601 or ""
    canonical_url: str = ""
    claims: list[ExtractedClaim] = field(default_factory=list)
