"""spaCy pipelines, loaded lazily once per process and language."""

from __future__ import annotations

import threading

_lock = threading.Lock()
_models: dict[str, object] = {}

# The lemmatizer is not used by any rule; the benchmark's bare baseline loads through
# this same function, so both sides run exactly the same pipes.
_FRENCH_EXCLUDE = ["lemmatizer"]


def _load_french():
    import spacy

    return spacy.load("fr_core_news_md", exclude=_FRENCH_EXCLUDE)


def _load_english():
    import spacy

    try:
        return spacy.load("en_core_web_sm", exclude=["lemmatizer"])
    except OSError:
        # No statistical English model installed: sentences come from the rule-based
        # sentencizer and speakers from capitalisation rules in attribution.
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp


def get_nlp(language: str):
    """Return the shared spaCy pipeline for "fr" or "en" (anything else falls back to "en")."""
    language = "fr" if language == "fr" else "en"
    model = _models.get(language)
    if model is None:
        with _lock:
            model = _models.get(language)
            if model is None:
                model = _load_french() if language == "fr" else _load_english()
                _models[language] = model
    return model


def has_parser(nlp) -> bool:
    """True when the pipeline provides named entities (a statistical model)."""
    return "ner" in getattr(nlp, "pipe_names", [])
