"""`manage.py extract_claims`: the JSON contract and clear errors for bad input, no database."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_5cd07c1ed0724f90.txt"
HTML = Path(__file__).resolve().parents[3] / "bench" / "data" / "extraction" / "fr_html_page.html"
CLAIM_KEYS = {
    "text",
    "kind",
    "speaker",
    "channel",
    "relayed_by",
    "start",
    "end",
    "language",
    "quantities",
    "flags",
    "checkworthiness",
}


def run(*args) -> str:
    out = StringIO()
    call_command("extract_claims", *args, stdout=out)
    return out.getvalue()


def test_json_output_follows_the_contract():
    claims = json.loads(run(str(SEED), "--json"))
    assert claims
    for claim in claims:
        assert set(claim) == CLAIM_KEYS
        assert claim["kind"] in ("direct", "reported")
        assert claim["speaker"] is None or set(claim["speaker"]) == {"name", "type"}
        assert claim["speaker"] is None or claim["speaker"]["type"] in ("person", "organization")
        assert set(claim["checkworthiness"]) == {"score", "reasons"}
        for quantity in claim["quantities"]:
            assert set(quantity) == {
                "text",
                "value",
                "unit",
                "normalized_value",
                "normalized_unit",
                "approximate",
            }
    text = SEED.read_text(encoding="utf-8")
    assert all(text[c["start"] : c["end"]] == c["text"] for c in claims)


def test_html_input_is_detected_and_boilerplate_dropped():
    claims = json.loads(run(str(HTML), "--json"))
    texts = " ".join(c["text"] for c in claims)
    assert "qualité de l’air" in texts
    assert "tout irait bien" not in texts  # a reader comment
    assert "cookies" not in texts


def test_readable_table_without_json():
    out = run(str(SEED))
    assert "claims, language fr" in out
    assert "Hanna Malyar (person)" in out


def test_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        run(str(tmp_path / "nope.txt"))


def test_empty_file_is_a_command_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(CommandError, match="empty"):
        run(str(empty))


def test_cp1252_bytes_are_decoded_and_flagged(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Le ministre a déclaré que la dette avait baissé de 3 %.".encode("cp1252"))
    claims = json.loads(run(str(legacy), "--json"))
    assert claims and "decoded_as_cp1252" in claims[0]["flags"]
    assert "déclaré" not in claims[0]["text"] and "dette" in claims[0]["text"]


def test_undecodable_bytes_are_refused(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 20)
    with pytest.raises(CommandError, match="neither UTF-8 nor Windows-1252"):
        run(str(binary))
