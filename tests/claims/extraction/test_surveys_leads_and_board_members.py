"""Surveys that speak for their body, thousands separators after "according to", leads that describe a
person the next paragraph names, board members who are people, pleas for anonymity that report nothing,
"the media said", French titles before a name, traders and pupils as person nouns."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_a_district_survey_of_parents_is_the_district_s_and_keeps_its_thousands():
    claims = claims_of(
        "The Cuba Independent School District voted on Monday to move to a four-day week.\n\n"
        "According to a district survey of 1,260 parents, 61% supported the change.",
        "en",
    )
    assert said_by(claims, "61% supported")[0] == "Cuba Independent School District"


def test_a_board_member_is_she_afterwards():
    claims = claims_of(
        "Superintendent Tobias Quintana said the change would save $500,000 a year.\n\n"
        'Board member Rosalinda Baca, who voted against the plan, said families had been "left out."\n\n'
        '"Nobody here knows what happens to a child on a Friday," she said.',
        "en",
    )
    assert said_by(claims, "Nobody here knows")[0] == "Rosalinda Baca"


def test_a_lead_describing_a_chief_officer_is_the_one_named_next():
    claims = claims_of(
        "Seven of the 9 volunteers at Okains Bay have resigned over plans to close their station, the "
        "brigade's chief fire officer says.\n\n"
        "Chief Fire Officer Hemi Rangitoto told The Press the resignations took effect on Friday.",
        "en",
    )
    assert said_by(claims, "Seven of the 9")[0] == "Hemi Rangitoto"


def test_a_plea_for_anonymity_reports_nothing_and_the_media_said_is_a_verb():
    claims = claims_of(
        "A Nanakuli nurse who asked not to be named because she was not allowed to speak to the media said "
        "her ward had been short of 4 nurses every night.",
        "en",
    )
    assert said_by(claims, "short of 4 nurses")[0] == "Nanakuli nurse"
    assert not [c for c in claims if c.text.startswith("not to be named")]


def test_a_french_title_before_a_name_then_il_on_facebook():
    claims = claims_of(
        "« Je vendais pour Rs 3 000 le samedi », explique Vikash Dookhun, marchand de fruits. Le marchand affirme "
        "que ses voisins sont partis.\n\n"
        "Le conseiller municipal de l'opposition Anil Gopee dénonce, lui, un « gâchis ». Sur Facebook, il "
        "affirme que le chantier a coûté Rs 90 millions.",
        "fr",
    )
    assert said_by(claims, "voisins sont partis")[0] == "Vikash Dookhun"
    assert said_by(claims, "Rs 90 millions")[0] == "Anil Gopee"
