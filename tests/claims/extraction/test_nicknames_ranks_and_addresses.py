"""Names with a nickname, Punjabi given names, ranks written without a full stop; people described by
where they work and the place after it; a body's name inside a title; spokespeople named before;
objects that say nothing; records that stand for their body."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_a_nickname_in_quotes_is_no_part_of_the_name_the_story_goes_on_with():
    claims = claims_of(
        "Boat owner Delroy “Skipper” Harewood told reporters that 25 boats were stuck in the harbour.\n\n"
        "Harewood said the weed had been piling up for ten days.",
        "en",
    )
    assert said_by(claims, "25 boats")[0] == "Delroy Harewood"
    assert said_by(claims, "piling up")[0] == "Delroy Harewood"


def test_a_punjabi_given_name_is_not_a_job_title():
    claims = claims_of(
        "Deputy Commissioner Harinder Kaur Sandhu said the landfill fire had been contained by evening. "
        "Councillor Rajinder Singh Bajwa said the site should have been closed in 2024.",
        "en",
    )
    assert said_by(claims, "contained by evening")[0] == "Harinder Kaur Sandhu"
    assert said_by(claims, "closed in 2024")[0] == "Rajinder Singh Bajwa"


def test_ranks_written_without_a_full_stop_are_titles():
    claims = claims_of(
        "Col Gurmeet Singh Dhillon (retd), president of the residents' association, alleged that the "
        "corporation had ignored 40 complaints. Engr Chukwuma Obi said the market had no fire lanes.",
        "en",
    )
    assert said_by(claims, "40 complaints")[0] == "Gurmeet Singh Dhillon"
    assert said_by(claims, "fire lanes")[0] == "Chukwuma Obi"


def test_people_described_by_where_they_work_keep_it_but_lose_the_parish():
    claims = claims_of(
        "Farmers at Bathsheba Bay, St Joseph say they have lost half their crop to the drought.", "en"
    )
    assert said_by(claims, "half their crop")[0] == "Farmers at Bathsheba Bay"


def test_a_named_person_with_a_long_affiliation_and_a_campus_after_it():
    claims = claims_of(
        "Ocean chemist Dr Marisol Everton of the Institute for Coastal and Marine Resource Studies at The "
        "University of the West Indies, Mona, said the bleaching had reached 60 per cent of the reef.",
        "en",
    )
    assert said_by(claims, "60 per cent")[0] == "Marisol Everton"


def test_a_body_named_inside_a_title_runs_on_to_its_head_noun():
    claims = claims_of(
        "Chairman of the Oistins Bay Boat Owners Association Clement Hinds said 30 boats had been damaged.",
        "en",
    )
    assert said_by(claims, "30 boats")[0] == "Clement Hinds"


def test_the_police_spokesman_is_the_public_relations_officer_named_before():
    claims = claims_of(
        "The Police Public Relations Officer in the state, SP Adaeze Okonkwo, said 11 suspects had been "
        "arrested.\n\nThe State Fire Service said two engines reached the market after an hour.\n\n"
        "The police spokesman said the cause of the fire was yet to be determined.",
        "en",
    )
    assert said_by(claims, "cause of the fire")[0] == "Adaeze Okonkwo"


def test_confirming_the_incident_in_a_statement_says_nothing_about_it():
    claims = claims_of(
        "The spokesman for the command confirmed the incident in a statement on Monday. "
        "The ministry confirmed the death of 3 soldiers near the border.",
        "en",
    )
    assert not [c for c in claims if "the incident" in c.text]
    assert said_by(claims, "3 soldiers")[0] == "ministry"


def test_council_documents_stand_for_the_council_named_at_the_start():
    claims = claims_of(
        "Wyndham City Council received 190 complaints about parking in the first month of the trial, "
        "council documents show.",
        "en",
    )
    assert said_by(claims, "190 complaints")[0] == "Wyndham City Council"


def test_a_spokesperson_in_a_parliament_is_still_named_after_the_comma():
    claims = claims_of(
        "The Liberal Democrats' education spokesperson in the Senedd, Gwenllian Price, said the scheme had "
        "started far too late.",
        "en",
    )
    assert said_by(claims, "far too late")[0] == "Gwenllian Price"
