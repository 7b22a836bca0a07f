"""Bodies whose names hold a number or their own "and" found again by their head noun; asides that are not
who spoke ("sans lien de parenté", where the reporter met someone); a street in a description; a company
whose first word ends like a trade; "le Groupement"; papers that warn are no speakers."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_the_district_is_the_numbered_district_named_before():
    claims = claims_of(
        "Two pumps failed overnight at the Orchard Lane station, Marlow County Water District 4 said Friday.\n\n"
        "In a notice, the water district said repairs would take about 36 hours.",
        "en",
    )
    assert said_by(claims, "36 hours")[0] == "Marlow County Water District 4"


def test_the_department_keeps_the_and_of_its_full_name():
    claims = claims_of(
        "The ferry will stay out of the water until spring, the island government's Department of Roads and "
        "Public Transit says.\n\n"
        "In a statement on Monday, the department said the landing ramp had cracked in two places.",
        "en",
    )
    assert said_by(claims, "cracked in two places")[0] == "Department of Roads and Public Transit"


def test_no_relation_in_an_apposition_leaves_the_name_as_speaker():
    claims = claims_of(
        "Ambroisine Taquet, boulangère à Rixensart et sans lien de parenté avec l'échevin, affirme que "
        "le marché a perdu un tiers de ses clients.",
        "fr",
    )
    assert said_by(claims, "un tiers de ses clients")[0] == "Ambroisine Taquet"


def test_where_the_reporter_met_an_unnamed_source_is_not_who_they_are():
    claims = claims_of(
        "Un pêcheur de Port-Navalo, rencontré sur le quai, qui préfère rester discret, dit avoir vu "
        "trois phoques dans le chenal.",
        "fr",
    )
    assert said_by(claims, "trois phoques")[0] == "pêcheur de Port-Navalo"


def test_a_street_name_inside_a_description_is_not_a_person():
    claims = claims_of(
        "Un commerçant de la rue Vautrin, qui ne souhaite pas être cité, dit avoir perdu 40 % de son "
        "chiffre d'affaires.",
        "fr",
    )
    assert said_by(claims, "40 %")[0] == "commerçant de la rue Vautrin"


def test_a_company_with_a_legal_form_keeps_its_first_word():
    claims = claims_of(
        "L'entreprise Tôliers Vaudrier SA indique que ses commandes ont baissé de 12 %.",
        "fr",
    )
    assert said_by(claims, "baissé de 12 %")[0] == "Tôliers Vaudrier SA"


def test_le_groupement_is_the_group_named_in_full_before():
    claims = claims_of(
        "Les pertes de truites dues au héron ont atteint 25 % dans certains bassins cette année, a affirmé "
        "jeudi le Groupement des aquaculteurs du Bocage, réuni en assemblée générale à Vire. Le Groupement "
        "estime que 40 fermes pourraient fermer.",
        "fr",
    )
    assert said_by(claims, "40 fermes")[0] == "Groupement des aquaculteurs du Bocage"


def test_letters_warning_that_are_the_subject_of_the_claim_not_its_speaker():
    claims = claims_of(
        "Letters warning that anyone parking on the green faces a fine have been sent to 60 households, "
        "Dunmore Town Council has confirmed.",
        "en",
    )
    assert said_by(claims, "60 households")[0] == "Dunmore Town Council"
