"""The speed changes keep what they replace: word lists written as prefix trees match as the flat
alternation did, and quantities read once per text are copied to each caller."""

import re

from claims.extraction import extract_text
from claims.extraction.alternation import one_of


def test_the_prefix_tree_matches_the_longest_word_like_the_flat_alternation():
    words = ["déclare", "déclaré", "déclarait", "dit", "dites", "a", "ajoute", "ajouté"]
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    tree = re.compile(one_of(words))
    text = "il déclarait, elle dites, ajoute-t-il, a dit, déclaré et ajouté"
    assert [m.group() for m in tree.finditer(text)] == [m.group() for m in flat.finditer(text)]


def test_the_prefix_tree_backtracks_to_a_shorter_word_when_what_follows_fails():
    tree = re.compile(rf"(?:{one_of(['said', 'saidx', 'sa'])})(?![a-z])")
    assert [m.group() for m in tree.finditer("sa saidxy said")] == ["sa", "said"]


def test_a_claim_s_quantities_are_read_once_and_not_shared_between_calls():
    first = extract_text("Le ministère a indiqué que 2 000 km² avaient été repris.", language="fr")
    second = extract_text("Le ministère a indiqué que 2 000 km² avaient été repris.", language="fr")
    first.claims[0].quantities[0].text = "changed"
    assert second.claims[0].quantities[0].text == "2 000 km²"
