"""Speaker names are cleaned: titles before the name, affiliations after it, dates and parentheses around it."""

from __future__ import annotations

from claims.extraction import extract_text


def speakers(text, language):
    return [
        (c.speaker.name, c.speaker.title) for c in extract_text(text, language=language).claims if c.speaker
    ]


def test_a_role_written_before_an_english_name_becomes_its_title():
    found = speakers('"We have nothing to add," Kremlin spokesman Dmitry Peskov told reporters.', "en")
    assert found == [("Dmitry Peskov", "Kremlin spokesman")]


def test_a_team_and_role_before_a_name_are_stripped():
    found = speakers('"It was a penalty," Leeds head coach Maria Olsen said afterwards.', "en")
    assert found[0][0] == "Maria Olsen"


def test_an_affiliation_after_a_name_is_moved_to_the_title():
    found = speakers(
        '"The data are clear," said Detective Inspector John Hale of the Thames Valley Police.', "en"
    )
    assert found[0][0] == "John Hale"
    assert "Thames Valley Police" in found[0][1]


def test_organisation_names_with_of_or_for_inside_stay_whole():
    text = (
        "Retail sales fell by 1.2% in March, the Office for National Statistics said on Friday. "
        "Its members expect prices to rise, the British Chambers of Commerce said."
    )
    names = [name for name, _ in speakers(text, "en")]
    assert names == ["Office for National Statistics", "British Chambers of Commerce"]


def test_a_weekday_between_verb_and_subject_is_not_part_of_the_name():
    found = speakers("Le déficit a atteint 5,1 % du PIB en 2024, a annoncé mardi l’Insee.", "fr")
    assert found == [("Insee", "")]


def test_parenthesised_acronyms_are_dropped_from_names():
    text = "Plus de 400 pompiers étaient mobilisés, selon le service départemental d’incendie et de secours (Sdis)."
    # Names are read from the normalised text, where typographic apostrophes are straight.
    assert speakers(text, "fr")[0][0] == "service départemental d'incendie et de secours"


def test_a_group_keeps_its_head_noun_without_the_place():
    found = speakers("Health officials in Ohio said the outbreak had been contained.", "en")
    assert found[0][0] == "Health officials"


def test_a_surname_with_a_particle_resolves_to_the_full_name():
    text = (
        "Le maire de Quimper, Paul Le Goff, a présenté son budget lundi. "
        "M. Le Goff a affirmé que la dette de la ville avait baissé de 3 % en un an."
    )
    assert speakers(text, "fr")[-1][0] == "Paul Le Goff"


def test_a_noun_of_action_is_never_taken_for_a_speaker():
    text = "L’avocat du prévenu, Me Paul Rivière, a plaidé la relaxe."
    assert extract_text(text, language="fr").claims == []
