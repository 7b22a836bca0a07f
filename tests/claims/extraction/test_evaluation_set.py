"""Properties over the whole evaluation set: spans slice back, furniture stays out, gold is reachable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.extraction import extract_html, extract_text

DATA = Path(__file__).resolve().parents[3] / "bench" / "data" / "extraction"
GOLD = sorted(DATA.glob("*.json"))


def extract(gold):
    raw = (DATA / gold["file"]).read_text(encoding="utf-8")
    return extract_html(raw) if gold["file"].endswith(".html") else extract_text(raw)


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_every_span_and_quantity_slices_back(path):
    gold = json.loads(path.read_text())
    result = extract(gold)
    assert result.language == gold["language"]
    for claim in result.claims:
        assert result.text[claim.start : claim.end] == claim.text
        assert claim.text == claim.text.strip()
        for quantity in claim.quantities:
            assert result.text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_claims_never_overlap(path):
    claims = sorted(extract(json.loads(path.read_text())).claims, key=lambda c: c.start)
    for first, second in zip(claims, claims[1:]):
        assert first.end <= second.start


def test_the_evaluation_set_is_large_enough():
    assert len(GOLD) >= 15
    languages = {json.loads(p.read_text())["language"] for p in GOLD}
    assert languages == {"fr", "en"}


def test_html_metadata_is_kept():
    result = extract_html((DATA / "fr_html_page.html").read_text(encoding="utf-8"))
    assert result.title.startswith("Pollution : Lyon interdit")
    assert result.canonical_url == "https://www.quotidien-rhone.example/lyon/pollution-zfe-diesel"
    assert result.published_at.startswith("2024-11-05")
    assert "Accueil" not in result.text and "Articles liés" not in result.text
    assert "commentaires" not in result.text
