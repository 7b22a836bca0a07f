"""A body that speaks "par la voix de" its officer is still the speaker; a short name ("le Parc", "la
LPO", "the Fire Service") is the body named in full before; a firm "of" its town; a council's
department speaks for the council; a lead's company named by the paragraph after it; a denied act
inside a body's claim is no relay; sentence openers that are nobody ("No new homes", "Non,")."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def spoken_by(claims, fragment):
    """(name, type) of the speaker of the one claim containing `fragment`."""
    speaker = only(claims, fragment).speaker
    return (speaker.name, speaker.type)


def test_a_named_body_is_the_subject_when_its_officer_only_lends_a_voice():
    claims = claims_of(
        "Les bancs publics disparaissent du centre de Vevey.\n\n"
        "L’association Vevey Assise, par la voix de sa vice-présidente Orlane Pittet, affirme que "
        "quarante bancs ont été retirés depuis mars.\n\n"
        "« On nous a promis des remplacements », a ajouté Orlane Pittet.",
        "fr",
    )
    assert spoken_by(claims, "quarante bancs") == ("Vevey Assise", "organization")
    assert said_by(claims, "promis des remplacements")[0] == "Orlane Pittet"


def test_a_voice_set_off_by_commas_after_the_verb_leaves_the_body_speaking():
    claims = claims_of(
        "Les bateaux restent à quai.\n\n"
        "La Boulangerie Verhaegen, qui livre les écoles de la ville, affirme, par la voix de son gérant, "
        "Stanislas Verhaegen, que trois fours sur cinq sont à l'arrêt.",
        "fr",
    )
    assert spoken_by(claims, "trois fours") == ("Boulangerie Verhaegen", "organization")


def test_an_unnamed_group_speaks_through_its_named_voice():
    claims = claims_of(
        "Le budget passe mal.\n\n"
        "L'opposition municipale, par la voix de son chef de groupe, Théodule Marsac, estime que la dette "
        "atteindra 12 millions d'euros.",
        "fr",
    )
    assert said_by(claims, "12 millions")[0] == "Théodule Marsac"


def test_the_bare_head_of_a_long_body_name_is_that_body():
    claims = claims_of(
        "Le Parc naturel régional du Haut-Vivarais a indiqué lundi dans un communiqué que douze nids de "
        "chouettes ont été détruits.\n\n"
        "La plupart des nids se trouvaient dans des granges rénovées, précise le Parc.",
        "fr",
    )
    assert spoken_by(claims, "granges rénovées") == ("Parc naturel régional du Haut-Vivarais", "organization")


def test_an_acronym_after_its_article_is_not_a_spelt_out_name():
    claims = claims_of(
        "Les hérons reviennent.\n\n"
        "La LPO Vallée du Lot estime que les hérons ont faim. D'après la LPO, la colonie compte environ "
        "300 couples.",
        "fr",
    )
    assert said_by(claims, "300 couples")[0] == "LPO Vallée du Lot"


def test_the_short_name_of_a_service_met_through_its_spokesman():
    claims = claims_of(
        "Grass fires spread south.\n\n"
        "A Belize Fire Service spokesman said three tenders had been sent to the border.\n\n"
        "The Fire Service said in a Facebook post that the largest fire had been contained.",
        "en",
    )
    assert said_by(claims, "largest fire")[0] == "Belize Fire Service"


def test_a_firm_of_its_town_is_the_firm_but_a_survey_of_a_country_keeps_it():
    claims = claims_of(
        "Bills doubled in Dauphin.\n\n"
        "The supplier, Westgrain Telemetry of Brandon, said in an email that the fault had been fixed.\n\n"
        "The Geological Survey of Norway said 14 tremors were felt.",
        "en",
    )
    assert said_by(claims, "fault had been fixed")[0] == "Westgrain Telemetry"
    assert said_by(claims, "14 tremors")[0] == "Geological Survey of Norway"


def test_a_named_councils_department_speaks_for_the_council():
    claims = claims_of(
        "Homes wait in Kells.\n\n"
        "According to a report from Meath County Council's housing department, 140 applications have "
        "been deferred since January.",
        "en",
    )
    assert said_by(claims, "140 applications")[0] == "Meath County Council"


def test_a_leads_company_is_the_one_opening_the_next_paragraph_with_an_ampersand():
    claims = claims_of(
        "Bakery to close\n\n"
        "A Jarrow bakery that has supplied cafés for five decades will close in March with the loss of 38 "
        "jobs, the company has announced.\n\n"
        "Tindall & Crake Bakeries told staff on Monday that flour costs had made the site unviable.",
        "en",
    )
    assert said_by(claims, "38 jobs")[0] == "Tindall & Crake Bakeries"


def test_a_denied_act_inside_a_bodys_claim_is_not_relayed():
    claims = claims_of(
        "Les tilleuls du quai.\n\n"
        "L’association Sauvons les tilleuls, par la voix de sa présidente, Ginette Rochat, affirme que la "
        "commune n’a jamais demandé de contre-expertise.",
        "fr",
    )
    assert spoken_by(claims, "jamais demandé") == ("Sauvons les tilleuls", "organization")
    assert all(c.relayed_by == "" for c in claims)


def test_a_negative_opening_and_a_bare_non_are_nobody():
    claims = claims_of(
        "Sewage limits building\n\n"
        "No new homes can be connected to Kingscourt's sewage plant until it is enlarged in 2030 at the "
        "earliest, Uisce Éireann has said.\n\n"
        "In a statement to the Northern Standard, the utility said the plant, which was built for 1,500 "
        "people, was now treating waste from 2,900 people.",
        "en",
    )
    assert said_by(claims, "2,900 people")[0] == "Uisce Éireann"
    french = claims_of(
        "Des mouettes ? Non, des goélands, qui ont pris goût aux frites.\n\n"
        "« Le goéland est déplacé », a ajouté Lénaïc Quéméner, délégué de l'association. Il précise que "
        "les colonies des îles ne sont pas concernées.",
        "fr",
    )
    assert said_by(french, "ne sont pas concernées")[0] == "Lénaïc Quéméner"
