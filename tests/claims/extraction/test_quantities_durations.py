"""Durations as units and spelled-out figures that count a noun ("trois mois", "deux postes")."""

from __future__ import annotations

import pytest

from claims.extraction.consistency import conversion_flags, dimension_flags
from claims.extraction.quantities import find_quantities


def only(text: str, language: str):
    found = find_quantities(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "written", "value", "unit", "days"),
    [
        ("The trial was expected to last three months.", "en", "three months", 3, "month", 91.3125),
        ("He would miss six weeks with a hamstring injury.", "en", "six weeks", 6, "week", 42),
        ("It ran for 10 days.", "en", "10 days", 10, "day", 10),
        ("Il a servi cette commune pendant dix-sept ans.", "fr", "dix-sept ans", 17, "year", 6209.25),
        ("Ils sont repartis en moins de quatre minutes.", "fr", "quatre minutes", 4, "min", 4 / 1440),
        ("La grève a duré 48 heures.", "fr", "48 heures", 48, "h", 2),
        ("Une pause de vingt-deux semaines.", "fr", "vingt-deux semaines", 22, "week", 154),
        ("Depuis quatre-vingt-dix jours.", "fr", "quatre-vingt-dix jours", 90, "day", 90),
        ("Le chantier durera deux années.", "fr", "deux années", 2, "year", 730.5),
        ("Trois mois de plus.", "fr", "Trois mois", 3, "month", 91.3125),
    ],
)
def test_a_duration_is_read_with_its_canonical_unit_and_normalised_to_days(
    text, language, written, value, unit, days
):
    quantity = only(text, language)
    assert (quantity.text, quantity.value, quantity.unit) == (written, value, unit)
    assert quantity.normalized_unit == "day"
    assert quantity.normalized_value == pytest.approx(days, rel=1e-4)


@pytest.mark.parametrize(
    ("text", "language", "written", "value", "unit"),
    [
        ("within the legal 72-hour deadline", "en", "72-hour", 72, "h"),
        ("a 10-year plan", "en", "10-year", 10, "year"),
        ("a three-month pause", "en", "three-month", 3, "month"),
        ("a 40-minute detour", "en", "40-minute", 40, "min"),
        ("a 10-km stretch", "en", "10-km", 10, "km"),
    ],
)
def test_a_hyphenated_adjectival_figure_is_a_quantity_with_the_unit_after_the_hyphen(
    text, language, written, value, unit
):
    quantity = only(text, language)
    assert (quantity.text, quantity.value, quantity.unit) == (written, value, unit)


@pytest.mark.parametrize(
    "text",
    ["a 2-1 win", "COVID-19 cases", "the F-16 jets", "a twenty-first win"],
)
def test_a_hyphen_not_followed_by_a_unit_gives_no_quantity(text):
    assert find_quantities(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en 2022, la guerre", "fr"),
        ("le 1er septembre", "fr"),
        ("In 2022 elections were held", "en"),
        ("le 2 mars", "fr"),
    ],
)
def test_years_and_dates_are_still_not_quantities(text, language):
    assert find_quantities(text, language) == []


def test_an_age_in_years_is_a_duration():
    quantity = only("Camille, 27 ans, infirmière", "fr")
    assert (quantity.text, quantity.unit, quantity.normalized_value) == ("27 ans", "year", 9861.75)


def test_hours_after_a_clock_preposition_are_a_time_of_day_not_a_duration():
    assert only("rendez-vous à 15 heures", "fr").unit == "time"
    assert only("peu avant 21 heures", "fr").unit == "time"
    assert find_quantities("à quatre heures", "fr") == []


def test_one_day_is_an_idiom_not_a_duration():
    assert find_quantities("One day, he said, it will end.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "written", "value", "noun"),
    [
        (
            "Le syndicat affirme que deux postes de surveillance ont été supprimés.",
            "fr",
            "deux postes",
            2,
            "postes",
        ),
        ("Il manque onze médecins urgentistes.", "fr", "onze médecins", 11, "médecins"),
        ("Deux hôpitaux ont été frappés.", "fr", "Deux hôpitaux", 2, "hôpitaux"),
        ("Bulgaria could contribute two minesweepers.", "en", "two minesweepers", 2, "minesweepers"),
        ("It was held in nineteen Countries.", "en", None, None, None),
        ("Leaders of twenty-two countries met.", "en", "twenty-two countries", 22, "countries"),
    ],
)
def test_a_spelled_figure_counts_the_plural_noun_after_it(text, language, written, value, noun):
    found = find_quantities(text, language)
    if written is None:
        assert found == []  # a capitalised word after the figure is a name, not a counted noun
        return
    assert len(found) == 1, found
    quantity = found[0]
    assert (quantity.text, quantity.value, quantity.unit) == (written, value, noun)
    assert (quantity.normalized_value, quantity.normalized_unit) == (value, noun)


def test_a_lexicon_unit_wins_over_the_counted_noun_reading():
    assert only("a dozen soldiers", "en").unit == "troops"
    assert only("twenty-two people", "en").unit == "people"
    assert only("deux mille soldats", "fr").unit == "troops"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("les deux pays", "fr"),
        ("the two sides met", "en"),
        ("two others said", "en"),
        ("deux autres sont restés", "fr"),
        ("en rapporte trois aux commerces", "fr"),
    ],
)
def test_determiners_and_function_words_are_not_counted_nouns(text, language):
    assert find_quantities(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "written", "unit"),
    [
        ("two Tajik drones were shot down", "en", "two Tajik drones", "drones"),
        ("the crew of nine Filipino seafarers", "en", "nine Filipino seafarers", "seafarers"),
        ("police arrested three men", "en", "three men", "men"),
        ("cinq sages-femmes et trois gynécologues", "fr", "cinq sages-femmes", "sages-femmes"),
        ("deux autres postes seront supprimés", "fr", "deux autres postes", "postes"),
    ],
)
def test_a_spelled_number_counts_a_plural_noun_after_up_to_two_modifiers(text, language, written, unit):
    first = find_quantities(text, language)[0]
    assert (first.text, first.unit, first.value) == (written, unit, first.normalized_value)


def test_a_digit_figure_before_a_plain_noun_keeps_no_unit():
    quantity = only("310 runners finished", "en")
    assert (quantity.text, quantity.unit, quantity.normalized_unit) == ("310", "", None)


def test_a_stated_duration_equivalence_is_never_checked_as_a_conversion():
    """GIVEN "trois mois (100 jours)", 9% apart WHEN checked THEN no quantity_mismatch: only area/length/mass convert."""
    text = "Le chantier durera trois mois (100 jours)."
    quantities = find_quantities(text, "fr")
    assert [q.unit for q in quantities] == ["month", "day"]
    assert conversion_flags(text, quantities, "fr") == []


def test_a_duration_sharing_a_figure_with_an_area_is_not_a_unit_dimension_slip():
    document = find_quantities("Ils ont repris 2 000 kilomètres carrés.", "fr")
    here = find_quantities("Le siège a duré 2 000 heures.", "fr")
    assert [q.unit for q in here] == ["h"]
    assert dimension_flags(here, document) == []
