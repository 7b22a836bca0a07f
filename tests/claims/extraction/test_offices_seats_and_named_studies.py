"""Offices and seats around names in parliamentary and provincial copy, sport positions that point back,
studies named after their body, and where an unnamed source is met."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_a_seat_title_after_a_place_is_the_member_just_quoted():
    claims = claims_of(
        "Labour's health spokesperson Niamh Corless said the figures could not both be true.\n\n"
        '"She has to come in and correct the record," the Galway West TD said.',
        "en",
    )
    assert said_by(claims, "correct the record")[0] == "Niamh Corless"


def test_the_president_of_the_assembly_after_a_quote_is_the_president_who_just_spoke():
    claims = claims_of(
        "Lundi, le président du Grand Conseil, Aurelio Bassani, a prévenu que la majorité ne voterait pas "
        "le budget.\n\n"
        "« On nous avait promis un calendrier tenu », a lancé le président de l'assemblée, sous les "
        "applaudissements.",
        "fr",
    )
    assert said_by(claims, "calendrier tenu")[0] == "Aurelio Bassani"


def test_a_party_and_seat_after_the_name_are_no_speaker():
    claims = claims_of(
        "Rep. Dorian Westlake, D-Stamford, a co-chair of the budget committee, said about 120,000 families "
        "would qualify.",
        "en",
    )
    assert said_by(claims, "120,000 families")[0] == "Dorian Westlake"


def test_provincial_titles_before_the_name_are_stripped():
    claims = claims_of(
        "Health MEC Thandeka Mvelase said the tender had been suspended.\n\n"
        "Mthatha City Agriculturist Luvuyo Bangani said the city was considering a fuel subsidy.",
        "en",
    )
    assert said_by(claims, "tender had been suspended")[0] == "Thandeka Mvelase"
    assert said_by(claims, "fuel subsidy")[0] == "Luvuyo Bangani"


def test_a_position_on_the_pitch_points_back_to_the_captain():
    claims = claims_of(
        'Captain Yaw Ofori-Atta said the squad went back to training "in good faith".\n\n'
        '"We are asking to be treated like workers," the centre-back said.',
        "en",
    )
    assert said_by(claims, "treated like workers")[0] == "Yaw Ofori-Atta"


def test_a_study_named_after_its_university_is_the_universitys():
    claims = claims_of(
        "Reefs off Bantayan lost a third of their coral cover, according to a University of Leyte (UL) study.",
        "en",
    )
    assert said_by(claims, "a third of their coral")[0] == "University of Leyte"


def test_an_unnamed_source_ends_before_as_she_walked():
    claims = claims_of(
        '"My husband works here too," said one packer as she walked to her car.',
        "en",
    )
    assert said_by(claims, "works here too")[0] == "packer"


def test_an_office_after_a_comma_introduces_the_person_the_description_points_to():
    claims = claims_of(
        "La rapporteure du budget, Héloïse Vantorre, pourtant issue du même camp, n'a pas caché sa colère. "
        "« C'est du mépris », a lancé la députée de la Drôme.",
        "fr",
    )
    assert said_by(claims, "du mépris")[0] == "Héloïse Vantorre"
