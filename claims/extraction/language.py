"""Language detection restricted to the languages the pipeline supports."""

from __future__ import annotations

import threading

SUPPORTED = ("fr", "en")

_lock = threading.Lock()
_detector = None


def _build():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH).build()


def detect_language(text: str, default: str = "fr") -> str:
    """Return "fr" or "en" for `text` (default when the text is empty or undecidable)."""
    global _detector
    sample = text[:5000].strip()
    if not sample:
        return default
    if _detector is None:
        # Building the detector loads its n-gram models; do it once per process.
        with _lock:
            if _detector is None:
                _detector = _build()
    found = _detector.detect_language_of(sample)
    if found is None:
        return default
    return found.iso_code_639_1.name.lower()
