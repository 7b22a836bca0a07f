"""Leagues, clubs and trusts named in the text; a lead that only describes the body the next paragraph
names; possessives at the end of a spelled-out acronym; sports positions before a name; radio stations
by their frequency."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_the_league_is_the_league_named_inside_a_possessive():
    claims = claims_of(
        "The Moose Jaw Miners will play next season in Warman after the Prairie Junior Hockey League's board "
        "approved the sale of the franchise, the league said Wednesday.",
        "en",
    )
    assert said_by(claims, "play next season")[0] == "Prairie Junior Hockey League"


def test_a_spelled_out_acronym_drops_the_possessive():
    claims = claims_of(
        "The Prairie Junior Hockey League's governors met on Tuesday.\n\n"
        "In a news release, the PJHL said the new owners had signed a 5-year lease.",
        "en",
    )
    assert said_by(claims, "5-year lease")[0] == "Prairie Junior Hockey League"


def test_a_lead_that_only_describes_a_club_takes_the_name_of_the_next_paragraph():
    claims = claims_of(
        "An amateur football club in north Leeds says it may have to fold after thieves stripped 40 metres of "
        "copper cable from its floodlights.\n\n"
        "Meanwood Rovers AFC chairman Gideon Pullan said the repairs would cost about £9,000.\n\n"
        "By Sunday the appeal had raised £2,400, according to the club.",
        "en",
    )
    assert said_by(claims, "may have to fold")[0] == "Meanwood Rovers AFC"
    assert said_by(claims, "£2,400")[0] == "Meanwood Rovers AFC"


def test_a_sports_position_before_a_name_is_no_part_of_it():
    claims = claims_of(
        'Forward Brody Wasylenko, 18, wrote on Instagram that Yorkton "will always be home."', "en"
    )
    assert said_by(claims, "always be home")[0] == "Brody Wasylenko"


def test_told_a_radio_station_by_its_frequency_then_a_clause():
    claims = claims_of(
        "League commissioner Vernon Halvorson told 650 CKOM the league would stay at 12 teams next season.",
        "en",
    )
    assert said_by(claims, "12 teams")[0] == "Vernon Halvorson"


def test_a_party_named_with_its_leader_s_possessive_is_not_the_leader():
    claims = claims_of(
        "Mendes won 51.2 percent of the vote against 48.8 percent for Femi Okafor, a former finance minister, "
        "the electoral commission said.\n\n"
        "Okafor's Inclusive Alliance for Renewal (IAR) said in a statement that 20,000 ballots had gone "
        "missing.\n\n"
        '"We will not accept this result," Okafor said in a video posted on Facebook on Tuesday.',
        "en",
    )
    assert said_by(claims, "accept this result")[0] == "Femi Okafor"
