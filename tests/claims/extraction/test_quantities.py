"""Quantities: the number lexer, the unit lexicon, approximation markers and pint normalisation."""

from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def only(text: str, language: str):
    found = find_quantities(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("space", [" ", NBSP, NNBSP, THIN])
def test_it_reads_french_thousands_separated_by_any_kind_of_space(space):
    quantity = only(f"Ils ont repris 2{space}000 kilomètres carrés.", "fr")
    assert quantity.value == 2000
    assert quantity.text == f"2{space}000 kilomètres carrés"


@pytest.mark.parametrize("space", [NBSP, NNBSP, THIN])
def test_it_reads_english_thousands_separated_by_a_no_break_or_thin_space(space):
    assert only(f"They retook 12{space}500 km", "en").value == 12500


def test_it_reads_a_comma_as_a_decimal_mark_in_french_and_a_thousands_mark_in_english():
    assert only("une hausse de 2,5 %", "fr").value == 2.5
    assert only("some 2,500 people", "en").value == 2500
    assert only("2,000.5 km", "en").value == 2000.5


def test_it_reads_a_dot_followed_by_three_digits_as_thousands_in_french():
    assert only("2.000 soldats", "fr").value == 2000
    assert only("3.2 %", "fr").value == 3.2


def test_it_refuses_an_english_comma_that_is_not_a_thousands_mark():
    assert find_quantities("ratio 2,5 here", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("1.5 million people", "en", 1.5e6, "people"),
        ("3 millions d'habitants", "fr", 3e6, "people"),
        ("2 milliards d'euros", "fr", 2e9, "EUR"),
        ("2 billion dollars", "en", 2e9, "USD"),
        ("$5bn", "en", 5e9, "USD"),
        ("5 Md€", "fr", 5e9, "EUR"),
        ("12 M€", "fr", 12e6, "EUR"),
        ("£3 million", "en", 3e6, "GBP"),
        ("300 roubles", "fr", 300, "RUB"),
        ("40 hryvnias", "en", 40, "UAH"),
        ("deux mille soldats", "fr", 2000, "troops"),
        ("mille soldats", "fr", 1000, "troops"),
        ("two million people", "en", 2e6, "people"),
        ("a dozen soldiers", "en", 12, "troops"),
        ("3 000 troops", "fr", 3000, "troops"),
    ],
)
def test_it_scales_numbers_by_million_milliard_billion_and_number_words(text, language, value, unit):
    quantity = only(text, language)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit
    assert quantity.text == text


def test_it_gives_french_billion_its_french_meaning():
    assert only("2 billions d'euros", "fr").value == pytest.approx(2e12)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("environ 2 000 km", "fr"),
        ("près de 2 000 km", "fr"),
        ("plus de 2 000 km", "fr"),
        ("moins de 2 000 km", "fr"),
        ("quelque 2 000 km", "fr"),
        ("plus d'un million de personnes", "fr"),
        ("about 2,000 km", "en"),
        ("nearly 2,000 km", "en"),
        ("more than 2,000 km", "en"),
        ("up to 2,000 km", "en"),
        ("roughly 2,000 km", "en"),
        ("~2,000 km", "en"),
        ("2 000 km environ", "fr"),
    ],
)
def test_it_marks_approximations_but_keeps_the_marker_outside_the_span(text, language):
    quantity = only(text, language)
    assert quantity.approximate is True
    assert not quantity.text.startswith(("environ", "près", "plus", "about", "~", "up"))


def test_a_collective_is_an_approximate_quantity():
    quantity = only("une centaine de soldats", "fr")
    assert (quantity.value, quantity.unit, quantity.approximate) == (100, "troops", True)


def test_an_exact_figure_is_not_approximate():
    assert only("2 000 km", "fr").approximate is False


def test_vague_plurals_are_not_quantities():
    assert find_quantities("des milliers de soldats et des dizaines de kilomètres", "fr") == []
    assert find_quantities("thousands of troops", "en") == []


def test_pint_converts_square_miles_to_square_kilometres():
    quantity = only("700 miles carrés", "fr")
    assert quantity.unit == "mi²"
    assert quantity.normalized_unit == "km²"
    assert quantity.normalized_value == pytest.approx(1812.99, abs=0.5)


@pytest.mark.parametrize(
    ("text", "language", "unit", "normalized_value", "normalized_unit"),
    [
        ("700 sq mi", "en", "mi²", 1812.99, "km²"),
        ("50 hectares", "fr", "ha", 0.5, "km²"),
        ("100 miles", "en", "mi", 160.934, "km"),
        ("500 mètres", "fr", "m", 0.5, "km"),
        ("3 kilomètres carrés", "fr", "km²", 3, "km²"),
        ("40 tonnes", "fr", "t", 40, "t"),
        ("3,2 pour cent", "fr", "%", 3.2, "%"),
        ("3.2 per cent", "en", "%", 3.2, "%"),
        ("3.2%", "en", "%", 3.2, "%"),
        ("5 €", "fr", "EUR", 5, "EUR"),
        ("2 000 habitants", "fr", "people", 2000, "people"),
        ("2,000 soldiers", "en", "troops", 2000, "troops"),
    ],
)
def test_it_normalises_units_and_keeps_currencies_people_and_percentages_as_they_are(
    text, language, unit, normalized_value, normalized_unit
):
    quantity = only(text, language)
    assert quantity.unit == unit
    assert quantity.normalized_unit == normalized_unit
    assert quantity.normalized_value == pytest.approx(normalized_value, rel=1e-3)


def test_pint_never_sees_raw_text_so_spaced_thousands_survive_conversion():
    quantity = only("2 000 km²", "fr")
    assert quantity.normalized_value == 2000


def test_a_bare_number_has_no_unit_and_keeps_its_value():
    quantity = only("Il a cité 42 exemples", "fr")
    assert (quantity.unit, quantity.normalized_unit, quantity.normalized_value) == ("", None, 42)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en 2022, la guerre", "fr"),
        ("le 1er septembre", "fr"),
        ("le 11 septembre", "fr"),
        ("on September 11", "en"),
        ("in 1999 and 2100", "en"),
        ("COVID-19", "en"),
        ("un Airbus A320", "fr"),
        ("des F-16", "fr"),
        ("24/7", "en"),
        ("la 3e armée", "fr"),
        ("les deux pays", "fr"),
        ("a third term", "en"),
        ("un tiers de confiance", "fr"),
        ("le second half", "en"),
        ("au cours d'un jour", "fr"),
    ],
)
def test_years_dates_and_identifiers_are_not_quantities(text, language):
    assert find_quantities(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "written", "hours"),
    [
        ("à 10:30", "fr", "10:30", 10.5),
        ("à 19h30", "fr", "19h30", 19.5),
        ("vers 21 h 45, la sirène", "fr", "21 h 45", 21.75),
        ("à 15 heures précises", "fr", "15 heures", 15),
        ("by 5.30am on Monday", "en", "5.30am", 5.5),
        ("at 6 p.m. (1200 GMT)", "en", "6 p.m.", 18),
        ("at 12 a.m.", "en", "12 a.m.", 0),
    ],
)
def test_a_time_of_day_is_hours_after_midnight_never_a_duration(text, language, written, hours):
    quantity = find_quantities(text, language)[0]
    assert (quantity.text, quantity.value, quantity.unit) == (written, hours, "time")


def test_a_time_in_gmt_follows_the_local_time():
    assert [q.text for q in find_quantities("at 6 p.m. (1200 GMT)", "en")] == ["6 p.m.", "1200 GMT"]


@pytest.mark.parametrize(
    ("text", "language", "written", "percent"),
    [
        ("près de la moitié des besoins", "fr", "moitié", 50),
        ("plus des deux tiers des vols", "fr", "deux tiers", 66.67),
        ("dont près d'un tiers sans contrat", "fr", "un tiers", 33.33),
        ("moins d’un vingtième de la dose", "fr", "un vingtième", 5),
        ("près d’un patient sur deux", "fr", "un patient sur deux", 50),
        ("neuf Français sur dix", "fr", "neuf Français sur dix", 90),
        ("a third of the city's budget", "en", "a third", 33.33),
        ("two-thirds of voters", "en", "two-thirds", 66.67),
        ("one in five adults", "en", "one in five", 20),
        ("half of the staff", "en", "half", 50),
    ],
)
def test_a_proportion_in_words_is_normalised_to_a_percentage(text, language, written, percent):
    quantity = only(text, language)
    assert (quantity.text, quantity.unit, quantity.normalized_unit) == (written, "fraction", "%")
    assert quantity.normalized_value == pytest.approx(percent, abs=0.01)


def test_a_share_is_not_read_where_a_measure_follows():
    assert [q.text for q in find_quantities("un parc électrifié sur 40 hectares", "fr")] == ["40 hectares"]


@pytest.mark.parametrize(
    ("text", "language", "written", "unit", "normalized"),
    [
        ("près d'un kilomètre", "fr", "un kilomètre", "km", 1),
        ("une semaine plus tard", "fr", "une semaine", "week", 7),
        ("within an hour", "en", "an hour", "h", 1 / 24),
        ("158.1mm of rain", "en", "158.1mm", "mm", 0.0001581),
        ("une houle de 60 cm", "fr", "60 cm", "cm", 0.0006),
        ("une soixantaine de milles nautiques", "fr", "une soixantaine de milles nautiques", "nmi", 111.12),
        ("a 120-bed hospital", "en", "120-bed", "bed", 120),
        ("trois fois plus", "fr", "trois fois", "fois", 3),
        ("NZ$40 million", "en", "NZ$40 million", "NZD", 40e6),
        ("CHF 12 millions", "fr", "CHF 12 millions", "CHF", 12e6),
        ("₹500 crore", "en", "₹500", "INR", 500),
    ],
)
def test_more_units_articles_and_glued_symbols(text, language, written, unit, normalized):
    quantity = only(text, language)
    assert (quantity.text, quantity.unit) == (written, unit)
    assert quantity.normalized_value == pytest.approx(normalized, rel=1e-3)


def test_hours_after_a_duration_word_stay_a_duration():
    assert only("pendant 12 heures", "fr").unit == "h"


def test_an_article_before_a_rate_unit_is_not_one():
    assert [q.text for q in find_quantities("à 60 km an hour", "en")] == ["60 km"]


def test_a_year_with_a_unit_is_a_quantity_after_all():
    assert only("2022 soldats", "fr").value == 2022


SAMPLES = [
    (
        "fr",
        "les forces armées ukrainiennes avaient libéré environ 700 miles carrés (2 000 kilomètres carrés)",
    ),
    ("fr", f"2{NBSP}000{NNBSP}km, 3{THIN}500 personnes, 2,5 %, 12 M€ et 5 Md€ ; 1er septembre 2022"),
    ("fr", "une centaine de soldats, deux millions d'habitants, plus d'un million de réfugiés !"),
    ("fr", "COVID-19, A320, F-16, 10:30, 24/7, 19h30, 3e, 1 234 567, 2.000, 3.2, 1,2,3"),
    ("en", "$5bn, £3 million, 1.5 million people, 2,000.5 km, ~300 troops, 3.2%, 7 per cent."),
    ("en", "In 2021 some 2,000 soldiers (about 1,800 troops) moved 100 km/h on September 11."),
    ("en", "a dozen, a hundred, a thousand people, two hundred km, 5k, $5m, 5 m, 10,5"),
    ("fr", "«2 000 km»… (700 mi²) 0,5 ha; -3 %, +4 %, 50%, 1.000.000 €, 4,"),
    ("en", ""),
    ("fr", "2"),
]


@pytest.mark.parametrize(("language", "text"), SAMPLES)
def test_every_span_slices_back_to_its_text(language, text):
    for quantity in find_quantities(text, language):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.start < quantity.end


def test_the_seed_article_figures_are_found_with_their_units():
    with open("seeds/000_5cd07c1ed0724f90.txt", encoding="utf-8") as handle:
        text = handle.read()
    found = [(q.text, q.unit, q.approximate) for q in find_quantities(text, "fr")]
    assert ("700 miles carrés", "mi²", True) in found
    assert ("2 000 kilomètres carrés", "km²", False) in found
    assert ("2 000 kilomètres", "km", True) in found


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("the minimum fare would rise to P15 from P13", "P15", 15.0, "PHP"),
        ("drivers earn about P1,050 a day", "P1,050", 1050.0, "PHP"),
        ("average rents reached Dh118,000 a year", "Dh118,000", 118000.0, "AED"),
        ("the association invested about RM2.5mil", "RM2.5mil", 2_500_000.0, "MYR"),
        ("peak demand touched 9,214MW on Tuesday", "9,214MW", 9214.0, "MW"),
        ("la centrale produit 900 mégawatts", "900 mégawatts", 900.0, "MW"),
        ("consumption fell to 4.2 TWh last year", "4.2 TWh", 4.2, "TWh"),
    ],
)
def test_glued_currency_codes_and_power_units(text, written, value, unit):
    language = "fr" if "centrale" in text else "en"
    found = [q for q in find_quantities(text, language) if q.text == written]
    assert found, [q.text for q in find_quantities(text, language)]
    assert (found[0].value, found[0].unit) == (value, unit)


def test_a_letter_before_a_spaced_figure_or_inside_a_code_is_not_a_currency():
    assert all(q.unit != "PHP" for q in find_quantities("see page P 3 of the report", "en"))
    assert not find_quantities("the A320 and COVID-19", "en")
