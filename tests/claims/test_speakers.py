"""One Speaker record per real person or organisation, across articles."""

import pytest

from claims.models import Speaker
from claims.services import speaker_resolve

pytestmark = pytest.mark.django_db

PERSON = Speaker.Type.PERSON


def test_transliterations_of_a_name_are_one_speaker():
    first = speaker_resolve(name="Volodymyr Zelensky", type=PERSON)
    assert speaker_resolve(name="Volodymyr Zelenskyy", type=PERSON) == first
    assert speaker_resolve(name="Andriy Yermak", type=PERSON) == speaker_resolve(
        name="Andriï Iermak", type=PERSON
    )
    assert "Volodymyr Zelenskyy" in Speaker.objects.get(pk=first.pk).aliases


def test_a_surname_alone_joins_the_one_person_known_by_that_surname():
    full = speaker_resolve(name="Volodymyr Zelensky", type=PERSON)
    assert speaker_resolve(name="Zelenskiy", type=PERSON) == full
    assert Speaker.objects.count() == 1


def test_a_full_name_upgrades_a_speaker_known_only_by_surname():
    surname_only = speaker_resolve(name="Zelensky", type=PERSON, title="président")
    full = speaker_resolve(name="Volodymyr Zelensky", type=PERSON)
    assert full.pk == surname_only.pk
    full.refresh_from_db()
    assert (full.name, full.title) == ("Volodymyr Zelensky", "président")
    assert "Zelensky" in full.aliases
    assert speaker_resolve(name="Zelensky", type=PERSON) == full


def test_two_people_sharing_a_surname_are_never_merged():
    anna = speaker_resolve(name="Anna Martin", type=PERSON)
    paul = speaker_resolve(name="Paul Martin", type=PERSON)
    assert anna != paul
    surname_only = speaker_resolve(name="Martin", type=PERSON)
    assert surname_only not in (anna, paul)


def test_organisations_are_not_matched_by_their_last_word():
    ministry = speaker_resolve(name="ministère de la Défense", type=Speaker.Type.ORGANIZATION)
    assert speaker_resolve(name="Défense", type=PERSON) != ministry
