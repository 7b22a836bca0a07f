"""Descriptions that point back to someone met before: an unnamed source ("the dispatcher"), an unnamed
office holder ("le maire"), a title given in a second apposition, the person a paragraph has just
named ("le céréalier de 58 ans"), the county that spoke, a practice by its street; names kept whole
(Irish state bodies, a French federation's complements, a group's name without "group"); a clock time
is not a colon; a dateline is nobody."""

from claims.extraction.names import plausible
from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_a_clock_time_is_not_a_colon_opening_the_claim():
    claims = claims_of(
        "Calls went unanswered.\n\n"
        "The county said 214 calls were dropped between 9:40 p.m. and 1:25 a.m. on Sunday.",
        "en",
    )
    assert only(claims, "214 calls").text.startswith("214 calls were dropped between 9:40 p.m.")


def test_the_county_is_the_one_that_spoke_not_the_one_named_last():
    claims = claims_of(
        "Phones failed in Leelanau.\n\n"
        'In a news release, Benzie County said the backup link to Manistee County "did not pick up".\n\n'
        "The county said 118 calls were lost overnight.",
        "en",
    )
    assert said_by(claims, "118 calls")[0] == "Benzie County"


def test_the_unnamed_source_is_met_again_by_the_same_noun():
    claims = claims_of(
        "Lines went dead.\n\n"
        "County Commissioner Orrin Pflug said he would ask for a review.\n\n"
        "A dispatcher who was on shift, and who asked not to be named, said the screens froze at 9 p.m.\n\n"
        '"Nobody in that room will forget the silence," the dispatcher said.',
        "en",
    )
    assert said_by(claims, "forget the silence")[0] == "dispatcher"


def test_a_nurse_at_a_practice_is_a_person_and_the_practice_by_its_street_is_the_firm():
    claims = claims_of(
        "Dentist to close\n\n"
        "Shetland's busiest dental practice will stop seeing adult NHS patients, Voe Dental Care has "
        "announced.\n\n"
        "In a letter to patients, the Harbour Street practice said fees no longer covered the cost of "
        "materials.\n\n"
        "A dental nurse at the practice, who asked not to be named, said staff were told last week.",
        "en",
    )
    assert said_by(claims, "fees no longer covered")[0] == "Voe Dental Care"
    assert only(claims, "told last week").speaker.type == "person"


def test_a_named_group_loses_the_word_group():
    claims = claims_of(
        "Wells tested.\n\nThe Ridgeway Well Owners group said 60 households had signed up for the meeting.",
        "en",
    )
    assert said_by(claims, "60 households")[0] == "Ridgeway Well Owners"


def test_a_leads_unit_is_the_body_named_after_an_opening_phrase_next():
    claims = claims_of(
        "Households near the base were told not to drink their well water, the region's public health "
        "unit said Thursday.\n\n"
        "In an advisory issued to residents, Lanark Leeds Public Health said 14 wells were above the "
        "guideline.",
        "en",
    )
    assert said_by(claims, "not to drink")[0] == "Lanark Leeds Public Health"


def test_irish_bodies_keep_their_article_and_a_garda_spokesperson_speaks_for_the_force():
    claims = claims_of(
        "Station hours cut\n\n"
        "In a statement, An Garda Síochána said the station at Bantry would close at 8pm.\n\n"
        "The Garda Representative Association said the division was 30 officers short.\n\n"
        "A Garda spokesperson said an intercom would be fitted at the front door.",
        "en",
    )
    assert said_by(claims, "close at 8pm")[0] == "An Garda Síochána"
    assert said_by(claims, "intercom")[0] == "An Garda Síochána"


def test_a_federations_complements_are_its_name():
    claims = claims_of(
        "Plus de 1 100 sangliers ont été prélevés en Seine-et-Marne depuis l'ouverture de la chasse, le 1er juin, "
        "a indiqué lundi la Fédération départementale des chasseurs de Seine-et-Marne dans un communiqué. C'est "
        "25 % de plus qu'à la même date l'an dernier, précise la fédération.",
        "fr",
    )
    assert said_by(claims, "25 %")[0] == "Fédération départementale des chasseurs de Seine-et-Marne"


def test_an_occupation_with_an_age_is_the_person_the_paragraph_just_named():
    claims = claims_of(
        "« Nos bénévoles ne peuvent pas être partout », a déclaré le président, Anselme Rigobert.\n\n"
        "À Saint-Siméon, Fulbert Lacassagne n'en revient pas. « En une nuit, ils ont retourné trois hectares "
        "», raconte le maraîcher de 61 ans. Il affirme que ses pertes atteignent 12 000 euros.",
        "fr",
    )
    assert said_by(claims, "trois hectares")[0] == "Fulbert Lacassagne"
    assert said_by(claims, "12 000 euros")[0] == "Fulbert Lacassagne"


def test_le_maire_is_the_unnamed_mayor_who_spoke_not_the_person_named_last():
    claims = claims_of(
        "Odile Fradet, courtière, confirme que la moitié des acheteurs viennent de Québec.\n\n"
        "Lundi soir, le maire de Saint-Urbain a annoncé que la municipalité baissera son taux de 8 %. Selon "
        "le maire, la mesure coûtera 300 000 $.",
        "fr",
    )
    assert said_by(claims, "300 000 $")[0] == "maire de Saint-Urbain"


def test_a_title_from_a_second_apposition_resolves_the_description():
    claims = claims_of(
        "« La vague nous a pris de côté. » Malick Sarr, 29 ans, a nagé deux heures.\n\n"
        "Son frère aîné, Ousmane Sarr, propriétaire de la pirogue, affirme que le moteur était neuf. « On "
        "sort la nuit parce que le poisson est loin », ajoute le propriétaire de la pirogue.",
        "fr",
    )
    assert said_by(claims, "poisson est loin")[0] == "Ousmane Sarr"


def test_a_dateline_before_a_count_is_nobody():
    assert not plausible("DENVER - Three of the eight bolts meant to hold", "")
    assert plausible("Denver Water", "")
