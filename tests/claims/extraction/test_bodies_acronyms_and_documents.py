"""Bodies behind descriptions, acronyms, long names, spokespersons and the documents they issue."""

from claims.extraction.speakers import speaker_key
from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_a_trade_noun_points_back_to_the_body_of_the_sentence_before():
    claims = claims_of(
        "Norvalis Pharma a fermé en mai son usine de Lyon. Le laboratoire affirme que la production "
        "reprendra en octobre.\n\n"
        "Selon Agrival, la fédération des négociants de grain, les prix ont chuté de 20 %. La fédération "
        "estime que la récolte a été trop abondante.",
        "fr",
    )
    assert said_by(claims, "reprendra en octobre")[0] == "Norvalis Pharma"
    assert said_by(claims, "récolte a été")[0] == "Agrival"


def test_a_police_force_and_a_utility_described_after_their_names():
    claims = claims_of(
        "Tayside Police said two men had been arrested. The force said its inquiries were continuing.\n\n"
        "Glenmarra Water said a pump had failed at the plant on Sunday. The utility said supplies would "
        "return by Friday.",
        "en",
    )
    assert said_by(claims, "inquiries were continuing")[0] == "Tayside Police"
    assert said_by(claims, "supplies would")[0] == "Glenmarra Water"


def test_the_union_in_the_title_of_the_person_just_quoted():
    claims = claims_of(
        "« Nous l'avons appris par la radio », regrette Hugo Marchal, délégué CFDT du site. Le syndicat "
        "affirme que la direction savait tout depuis mars.",
        "fr",
    )
    assert said_by(claims, "savait tout")[0] == "CFDT"


def test_a_minister_s_title_is_no_body_for_a_description():
    claims = claims_of(
        "« Tout est mis en œuvre », a déclaré Paul Arnaud, ministre de l'Intérieur. Le parquet a indiqué "
        "que deux suspects avaient été interpellés.",
        "fr",
    )
    assert said_by(claims, "deux suspects")[0] != "Intérieur"


def test_an_acronym_never_bracketed_stands_for_the_name_its_initials_spell():
    claims = claims_of(
        "About 900 trout died in the river, Coastal Rivers Trust has said.\n\n"
        "In a statement, CRT said samples had been taken for analysis.",
        "en",
    )
    assert said_by(claims, "samples had been taken")[0] == "Coastal Rivers Trust"


def test_a_long_bracketed_french_name_and_an_english_name_with_a_list():
    claims = claims_of(
        "Le ministère de la Mer, de la Pêche, des Ports et de la Navigation (MMPPN) a indiqué que trois "
        "chalutiers avaient été saisis.",
        "fr",
    )
    assert said_by(claims, "trois chalutiers")[0] == (
        "ministère de la Mer, de la Pêche, des Ports et de la Navigation"
    )
    claims = claims_of(
        "A spokesperson for the Department of Housing, Heritage and the Islands said it was aware of the case.",
        "en",
    )
    assert said_by(claims, "aware of the case")[0] == "Department of Housing, Heritage and the Islands"


def test_a_possessive_assessment_and_an_indictment_stand_for_their_issuer():
    claims = claims_of(
        "According to the Marine Institute's latest assessment of shellfish stocks, landings fell by 12 per "
        "cent.",
        "en",
    )
    assert said_by(claims, "landings fell")[0] == "Marine Institute"
    claims = claims_of(
        "Selon l'acte d'accusation du Ministère public, il aurait détourné 80'000 francs.", "fr"
    )
    assert said_by(claims, "80'000 francs")[0] == "Ministère public"


def test_a_legal_form_does_not_part_two_speakers():
    assert speaker_key("Kestrel Finserv Pvt. Ltd") == speaker_key("Kestrel Finserv")
    assert speaker_key("Orrin Holdings plc") == speaker_key("Orrin Holdings")
    assert speaker_key("Jean-Marc Co") != speaker_key("Jean-Marc")


def test_a_director_of_a_company_names_the_company_not_a_person():
    claims = claims_of(
        "« Nous voulons investir », a déclaré Paul Sennac, le directeur général de Crédit Arverne. Il a "
        "précisé que les économies atteindraient 90 millions d'euros.",
        "fr",
    )
    assert said_by(claims, "90 millions")[0] == "Paul Sennac"


def test_a_builder_whose_first_word_ends_like_an_occupation_and_the_developer_after_it():
    claims = claims_of(
        "Fuller Ridge Homes, which has agreed to buy the land, said in a statement that the sale was "
        "subject to planning.\n\n"
        "The developer added that it would fund a new pitch.",
        "en",
    )
    assert said_by(claims, "subject to planning")[0] == "Fuller Ridge Homes"
    assert said_by(claims, "fund a new pitch")[0] == "Fuller Ridge Homes"


def test_an_official_of_a_ministry_whose_name_is_a_list():
    claims = claims_of(
        "An official at the Ministry of Land, Infrastructure, Transport and Tourism told reporters that the "
        "bridge would reopen in May.",
        "en",
    )
    assert said_by(claims, "bridge would reopen")[0] == (
        "official at the Ministry of Land, Infrastructure, Transport and Tourism"
    )


def test_an_acronym_with_its_region_and_a_university_before_a_name():
    claims = claims_of(
        "Une famille a saisi l'agence régionale de santé (ARS) de Bretagne en janvier.\n\n"
        "Sollicitée, l'ARS de Bretagne indique avoir ouvert une inspection le 3 février.",
        "fr",
    )
    assert said_by(claims, "ouvert une inspection")[0] == "agence régionale de santé de Bretagne"


def test_a_listed_company_named_with_its_exchange():
    claims = claims_of(
        "ASX-listed Quandong Copper Mining plans to close its smelter, the company said on Monday.\n\n"
        "The company said the closure would cost about 400 jobs.",
        "en",
    )
    assert said_by(claims, "400 jobs")[0] == "Quandong Copper Mining"


def test_a_public_health_direction_is_a_service_not_the_management_of_a_region():
    claims = claims_of(
        "La Direction de santé publique de la Mauricie rappelle qu'il faut éviter tout contact avec l'eau.",
        "fr",
    )
    assert said_by(claims, "éviter tout contact")[0] == "Direction de santé publique de la Mauricie"
    claims = claims_of("La direction de l'usine affirme que 40 postes seront supprimés.", "fr")
    assert said_by(claims, "40 postes")[0] != "Direction de l'usine"


def test_a_trade_noun_before_a_company_name_and_an_apposition_with_et():
    claims = claims_of(
        "Le logisticien Dravanor compte supprimer 90 postes. Dans un communiqué, la société explique que "
        "deux contrats ont été perdus.\n\n"
        "Marco, cariste depuis dix ans et domicilié à Longwy, dit avoir appris la nouvelle sur le parking.",
        "fr",
    )
    assert said_by(claims, "deux contrats")[0] == "Dravanor"
    assert said_by(claims, "appris la nouvelle")[0] == "Marco"


def test_a_spokesperson_for_a_body_no_person_bears_the_name_of():
    claims = claims_of("A spokesperson for Millbrook Public Schools said no offer had been received.", "en")
    assert said_by(claims, "no offer")[0] == "Millbrook Public Schools"


def test_a_one_word_body_before_spokesperson_and_a_note_a_paper_consulted():
    claims = claims_of("A Hefra spokesperson said the agency was monitoring prices closely.", "en")
    assert said_by(claims, "monitoring prices")[0] == "Hefra"
    claims = claims_of(
        "Selon une note du SPF Mobilité que Le Soir a pu consulter, la ligne rouvrira en mai.", "fr"
    )
    assert said_by(claims, "rouvrira en mai")[0] == "SPF Mobilité"
