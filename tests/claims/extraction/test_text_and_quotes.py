"""Offset-preserving normalisation, paragraph splitting, the quote finder and speaker keys."""

from __future__ import annotations

from claims.extraction import extract_text
from claims.extraction.quotes import find_quotes
from claims.extraction.speakers import speaker_key, strip_title
from claims.extraction.textnorm import normalize, paragraphs


def quoted(text):
    norm = normalize(text)
    return [(norm[q.start : q.end], q.closed) for q in find_quotes(norm, paragraphs(norm))]


def test_normalisation_keeps_length_and_unifies_spaces_and_apostrophes():
    text = "l’État\u00a0:\u202f«\u2009oui\u2009»"
    norm = normalize(text)
    assert len(norm) == len(text)
    assert norm == "l'État : « oui »"


def test_quote_marks_of_every_kind_are_found():
    assert quoted('« un » “deux” „drei“ ‹ quatre › "five"') == [
        ("un", True),
        ("deux", True),
        ("drei", True),
        ("quatre", True),
        ("five", True),
    ]


def test_nested_quotes_stay_inside_the_outer_quote():
    assert quoted("« Il m’a dit “non” hier »") == [("Il m'a dit “non” hier", True)]


def test_mixed_opening_and_closing_marks_close_the_quote():
    assert quoted("«Pour atteindre le but. direction.” Fin.") == [("Pour atteindre le but. direction.", True)]


def test_an_unclosed_quote_stops_at_its_paragraph():
    found = quoted("Il a dit : « Nous partirons demain.\n\nLe reste de l'article continue ici.")
    assert found == [("Nous partirons demain.", False)]


def test_multi_paragraph_quote_reopens_each_paragraph():
    found = quoted("Il a déclaré : « Un.\n\n“Deux.\n\n“Trois.”")
    assert [text for text, _ in found] == ["Un.", "Deux.", "Trois."]


def test_apostrophes_are_not_quote_marks():
    assert quoted("It’s the people’s choice, isn’t it") == []


def test_nbsp_before_colon_and_inside_guillemets_still_attributes():
    text = "Le ministre a déclaré\u00a0: «\u00a0Nous baisserons les impôts.\u00a0»"
    result = extract_text(text, language="fr")
    assert [c.text for c in result.claims] == ["Nous baisserons les impôts."]


def test_unclosed_quote_does_not_swallow_following_paragraphs():
    text = "Anne Durand a dit que la réforme était prête.\n\nElle a ajouté : « Rien n’est joué.\n\nLes élections auront lieu en juin.\n\nLe vote est ouvert."
    result = extract_text(text, language="fr")
    assert [c.text for c in result.claims] == ["la réforme était prête", "Rien n’est joué."]
    assert result.claims[1].speaker.name == "Anne Durand"
    assert "unclosed_quote" in result.claims[1].flags


def test_speaker_key_matches_transliterations():
    assert len({speaker_key(n) for n in ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski", "Zelenskyi"]}) == 1
    assert len({speaker_key(n) for n in ["Yermak", "Iermak", "Ermak"]}) == 1
    assert speaker_key("Le président Zelensky") == speaker_key("Zelensky")
    assert speaker_key("Zelensky") != speaker_key("Yermak")


def test_strip_title_keeps_the_title_apart():
    assert strip_title("M. Yermak") == ("M.", "Yermak")
    assert strip_title("Prime Minister Keir Starmer") == ("Prime Minister", "Keir Starmer")
    assert strip_title("la vice-ministre ukrainienne de la Défense Hanna Malyar") == (
        "vice-ministre ukrainienne de la Défense",
        "Hanna Malyar",
    )
    assert strip_title("Dr Hans Kluge") == ("Dr", "Hans Kluge")
