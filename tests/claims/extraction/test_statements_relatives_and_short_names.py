"""Who "the statement" and a postposed description stand for; relative clauses that report and then
give way to the main verb; counts that open no clause; short Malay names; abbreviated months; nouns
that look like adverbs or participles; bodies named after their country."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_the_statement_speaks_for_whoever_issued_it_not_for_the_last_body_named():
    claims = claims_of(
        "The Housing Ombudsman found that Harrowfield Homes had ignored 14 complaints about damp. "
        'Harrowfield chief executive Morwenna Tregaskis said in a statement that the firm was "deeply sorry". '
        '"We have already replaced the ventilation in every flat on the estate," the statement added.',
        "en",
    )
    assert said_by(claims, "replaced the ventilation")[0] == "Morwenna Tregaskis"


def test_a_postposed_description_stands_for_the_body_opening_the_sentence():
    claims = claims_of(
        "Brightwater Ferries will run only 9 sailings to the island next winter, down from 20, "
        "the ferry line has confirmed.",
        "en",
    )
    assert said_by(claims, "9 sailings")[0] == "Brightwater Ferries"


def test_a_spokeswoman_for_the_charity_is_not_the_government_that_spoke_before():
    claims = claims_of(
        'A Welsh Government spokesman said officials were "reviewing the figures".\n\n'
        "According to Shelter Cymru, evictions rose by 22 per cent in a year.\n\n"
        "A spokeswoman for the charity told BBC Radio Wales that most families had nowhere else to go.",
        "en",
    )
    assert said_by(claims, "nowhere else to go")[0] == "Shelter Cymru"


def test_a_body_ending_with_its_country_is_an_organisation():
    claims = claims_of(
        "According to Citizens Advice Scotland, complaints about letting agents rose by 31 per cent.", "en"
    )
    assert only(claims, "letting agents").speaker.type == "organization"


def test_a_relative_clause_that_reports_ends_where_the_main_verb_resumes():
    claims = claims_of(
        "Zippa Rides, which says it has more than 40,000 riders in Penang, did not respond to questions "
        "about the new fares.",
        "en",
    )
    claim = only(claims, "40,000 riders")
    assert claim.text == "it has more than 40,000 riders in Penang"
    assert claim.speaker.name == "Zippa Rides"


def test_a_count_after_claims_is_an_object_not_a_clause():
    claims = claims_of(
        "The association claims about 5,000 members, most of them in Johor. "
        "The union said about 900 drivers took part in the protest.",
        "en",
    )
    assert not [c for c in claims if "5,000 members" in c.text]
    assert said_by(claims, "900 drivers")[0] == "union"


def test_a_malay_name_shortened_to_its_first_two_words_is_the_same_person():
    claims = claims_of(
        "Drivers' association chairman Mohd Faizal Hamidon said the platform had cut fares without notice. "
        "Mohd Faizal claimed that drivers would lose up to RM700 a month.",
        "en",
    )
    assert said_by(claims, "RM700")[0] == "Mohd Faizal Hamidon"


def test_an_abbreviated_month_before_its_day_ends_no_sentence():
    claims = claims_of(
        "A diver found the first mussels near the marina on Sept. 14, and more were found at a second site "
        "3 miles north, according to the agency.",
        "en",
    )
    assert only(claims, "second site").text.startswith("A diver found")


def test_said_after_a_comma_then_a_name_puts_the_name_in_front():
    claims = claims_of(
        "Beavers raise the water table and can slow floods, which can protect farmland downstream, "
        "said Ingrid Solheim, a hydrologist at the University of Aberdeen.",
        "en",
    )
    claim = only(claims, "raise the water table")
    assert claim.speaker.name == "Ingrid Solheim"
    assert claim.text.startswith("Beavers raise")


def test_a_statement_released_through_a_lawyer_is_still_the_family_s():
    claims = claims_of(
        "Mr Pennock's family said in a statement released through their lawyer that he was "
        '"the kindest man in the valley".',
        "en",
    )
    assert said_by(claims, "kindest man")[0] == "Pennock's family"


def test_a_participle_after_a_contracted_article_is_a_noun():
    claims = claims_of(
        "Dans une lettre envoyée à ses clients en 2030, la société du prévenu, Les Pressoirs du Val d'Ance, "
        "affirmait que ses jus étaient « pressés sur place ».",
        "fr",
    )
    assert said_by(claims, "pressés sur place")[0] == "Pressoirs du Val d'Ance"


def test_the_governing_body_is_the_irish_body_just_quoted_not_the_council():
    claims = claims_of(
        "Kerry County Council said the pool would close in March. The council said repairs would cost "
        "€400,000.\n\n"
        "According to figures compiled by Swim Ireland, one in four children in rural Kerry cannot swim 25 "
        'metres. A spokeswoman for the governing body said the closure was "a real blow".',
        "en",
    )
    assert said_by(claims, "real blow")[0] == "Swim Ireland"
