"""Sixth round: bodies told apart from people by their wording, and labels cut from the front of names."""

from __future__ import annotations

from claims.extraction.bodies import strip_owner
from claims.extraction.mentions import SpeakerBook
from claims.extraction.names import drop_union_noun
from claims.extraction.speakertypes import described_as_body
from tests.claims.extraction.claim_lookup import claims_of, only


def test_a_name_after_the_is_a_body_and_a_later_description_finds_it():
    claims = claims_of(
        "The Highland Mountain Rescue said its volunteers had searched the ridge for nine hours. "
        "The organisation said two walkers had been flown to hospital.",
        "en",
    )
    first = only(claims, "volunteers had searched")
    assert (first.speaker.name, first.speaker.type) == ("Highland Mountain Rescue", "organization")
    assert only(claims, "two walkers").speaker.name == "Highland Mountain Rescue"


def test_a_one_word_name_with_a_company_apposition_is_a_company():
    claims = claims_of(
        "Brivola, Spain's second-largest bus operator, said ticket sales had fallen by a fifth. "
        "The company said no routes would be cut this winter.",
        "en",
    )
    assert only(claims, "ticket sales").speaker.type == "organization"
    assert only(claims, "no routes").speaker.name == "Brivola"


def test_an_occupation_before_a_full_name_keeps_a_person():
    assert not described_as_body("crane operator Lena Vos", "Lena Vos", "crane operator")
    assert described_as_body("Brivola", "Brivola", "Spain's second-largest bus operator")
    assert described_as_body("the Tidewater Trust", "Tidewater Trust", "")


def test_a_union_named_after_its_noun_loses_the_noun_in_french():
    claims = claims_of(
        "Le syndicat Sud Rail affirme que trente contrôleurs manquent dans la région.",
        "fr",
    )
    speaker = only(claims, "trente contrôleurs").speaker
    assert (speaker.name, speaker.type) == ("Sud Rail", "organization")
    assert drop_union_noun("syndicat CGT des cheminots") == "CGT des cheminots"
    assert drop_union_noun("syndicat national des journalistes") == "syndicat national des journalistes"


def test_an_owner_that_belongs_to_the_name_of_a_body_is_kept():
    assert strip_owner("The Walkers' Association of Wales") == "The Walkers' Association of Wales"
    assert strip_owner("Kenya's Ruth Chebet") == "Ruth Chebet"


def test_a_country_before_a_full_name_is_not_part_of_it():
    book = SpeakerBook()
    book.add_names(["Uganda's Joseph Okello"])
    assert book.full_names == ["Joseph Okello"]
    assert book.expand_surname("Okello") == "Joseph Okello"


def test_an_irish_member_of_parliament_is_a_person_without_the_label():
    claims = claims_of(
        "Independent TD Maura Keane said the hospital needed forty more beds before winter.",
        "en",
    )
    speaker = only(claims, "forty more beds").speaker
    assert (speaker.name, speaker.type) == ("Maura Keane", "person")
