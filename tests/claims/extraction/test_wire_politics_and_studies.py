"""Constructions of wire, politics, court and sport copy: acronyms never bracketed or made of other words,
bodies named in lowercase French, offices and descriptions that point back to the person just named,
titles such as Premier and MLC, refusals to speak, names printed in capitals, speaking on behalf of a
body."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_an_acronym_never_bracketed_may_spell_the_link_words_of_a_name():
    claims = claims_of(
        "The Department of Fisheries will close the bay to scallop dredging, the department has confirmed.\n\n"
        "DOF said in a statement that stocks had fallen by a third since 2025.",
        "en",
    )
    assert said_by(claims, "fallen by a third")[0] == "Department of Fisheries"


def test_known_as_gives_a_body_its_short_name():
    claims = claims_of(
        "The Oregon Department of Land and Water Resources, known as LWR, said in an email that it had "
        "opened an inquiry.\n\n"
        "According to LWR records, the farm was fined $2,300 in 2026.",
        "en",
    )
    assert said_by(claims, "$2,300")[0] == "Oregon Department of Land and Water Resources"


def test_a_bracketed_acronym_made_of_other_words_stands_for_the_name_before_it():
    claims = claims_of(
        "Selon une glaciologue de l'Institut andin des eaux et des montagnes (Cehma), la lagune débordait "
        "depuis mardi.\n\n"
        "Selon le Cehma, les glaciers de la vallée ont perdu 40 % de leur surface depuis 1990.",
        "fr",
    )
    assert said_by(claims, "40 %")[0] == "Institut andin des eaux et des montagnes"


def test_elle_after_a_body_named_in_lowercase_words_is_that_body():
    claims = claims_of(
        "L'Agence régionale de santé déconseille la baignade dans l'étang. Elle précise qu'aucun cas "
        "d'intoxication n'a été signalé et indique que de nouvelles analyses auront lieu dans dix jours.",
        "fr",
    )
    assert said_by(claims, "aucun cas")[0] == "Agence régionale de santé"
    assert said_by(claims, "dix jours")[0] == "Agence régionale de santé"


def test_le_service_is_the_lowercase_service_that_spoke_before():
    claims = claims_of(
        "Les analyses montrent une pollution six fois supérieure au seuil, a indiqué lundi le service "
        "cantonal des eaux dans un communiqué. Les prélèvements ont été faits sur quatre plages, précise "
        "le service.",
        "fr",
    )
    assert said_by(claims, "quatre plages")[0] == "service cantonal des eaux"


def test_capitalised_offices_are_titles_not_names():
    claims = claims_of(
        "Deputy Premier Lorna Quaife told reporters the Government had the numbers.\n\n"
        "Greens MLC Tamsyn Oakhurst said her party would move a matching motion.",
        "en",
    )
    assert said_by(claims, "the numbers")[0] == "Lorna Quaife"
    assert said_by(claims, "matching motion")[0] == "Tamsyn Oakhurst"


def test_would_not_say_reports_nothing_and_the_but_said_clause_is_the_persons():
    claims = claims_of(
        "Harbourline Consulting managing director Petra Vosloo would not say whether the draft had changed, "
        "but said the firm stood by its figures.",
        "en",
    )
    assert [c.text for c in claims if "draft had changed" in c.text] == []
    assert said_by(claims, "stood by its figures")[0] == "Petra Vosloo"


def test_an_age_and_a_nationality_point_back_to_the_coach_just_quoted():
    claims = claims_of(
        "Head coach Matti Rautio said the move was a blow.\n\n"
        "The 52-year-old Finn, in his third season, said the travel would cost the players two hours a day.",
        "en",
    )
    assert said_by(claims, "two hours a day")[0] == "Matti Rautio"


def test_a_list_of_capitals_ending_in_institute_is_one_name_in_an_apposition():
    claims = claims_of(
        "Rosaura Quilla, a hydrologist with the Water, Soil and Forestry Institute (IASF), told AFP the "
        "river had risen 3 metres overnight.",
        "en",
    )
    assert said_by(claims, "3 metres")[0] == "Rosaura Quilla"


def test_the_head_of_state_is_the_president_the_paragraph_just_named():
    claims = claims_of(
        "Dimanche soir, le président Anselmo Tivane a décrété trois jours de deuil national. « Nous "
        "reconstruirons chaque école », a déclaré le chef de l'État.",
        "fr",
    )
    assert said_by(claims, "chaque école")[0] == "Anselmo Tivane"


def test_for_a_union_a_named_person_opening_the_sentence_is_no_according_to():
    claims = claims_of(
        "« C'est un choc », lâche Armel Vandoorne, délégué de la FGTB. Pour la CSC, Ophélie Darchambeau "
        "conteste la logique de la direction. Selon la secrétaire permanente, l'âge moyen des travailleurs "
        "est de 49 ans.",
        "fr",
    )
    assert [c.text for c in claims if "conteste" in c.text] == []
    assert said_by(claims, "49 ans")[0] == "Ophélie Darchambeau"


def test_a_lede_printing_the_name_in_capitals_gives_the_full_name():
    claims = claims_of(
        "ORLAITH MACKESSY HAS stepped down as Carlow manager after a row over funding.\n\n"
        "Speaking on Tuesday, Mackessy said she had been promised a training camp in writing.",
        "en",
    )
    assert said_by(claims, "training camp")[0] == "Orlaith Mackessy"


def test_the_place_clubman_is_the_captain_just_quoted():
    claims = claims_of(
        'Captain Darragh Keoghan posted on X that the squad had been "blindsided" by the news.\n\n'
        '"We found out on a group chat," the Rathvilly clubman wrote.',
        "en",
    )
    assert said_by(claims, "group chat")[0] == "Darragh Keoghan"


def test_said_one_supporter_from_a_town_keeps_the_town():
    claims = claims_of(
        '"They could not find the price of a plane ticket," said one supporter from Tullow, who has been '
        "at every game this year.",
        "en",
    )
    assert said_by(claims, "plane ticket")[0] == "supporter from Tullow"


def test_le_liberal_is_the_minister_just_quoted():
    claims = claims_of(
        "Le ministre de l'Emploi, Baudouin Tellier (MR), a défendu la réforme. Selon lui, elle permettra "
        "d'économiser 6 millions d'euros par an.\n\n"
        "Le libéral a assuré qu'aucun agent ne serait licencié.",
        "fr",
    )
    assert said_by(claims, "aucun agent")[0] == "Baudouin Tellier"
