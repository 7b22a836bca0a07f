"""Titles before honorifics, documents a body files, local governments and bodies named by their noun."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_an_honorific_marks_the_person_after_a_capitalised_title():
    claims = claims_of(
        "The Medical Director of the Asankrangwa District Hospital, Dr Yaw Mensah-Tetteh, said the wards "
        "were full.\n\n"
        "The Amenfi West District Chief Executive (DCE), Mrs Abena Owusu-Ansah, told Adom FM that 12 "
        "pumps had been seized.\n\n"
        '"We buy water every morning," said Madam Efua Kwarteng, a trader.',
        "en",
    )
    assert said_by(claims, "wards were full")[0] == "Yaw Mensah-Tetteh"
    assert said_by(claims, "12 pumps")[0] == "Abena Owusu-Ansah"
    assert said_by(claims, "buy water")[0] == "Efua Kwarteng"


def test_a_companys_filing_speaks_for_the_company_with_its_legal_form():
    claims = claims_of(
        "The state agency has 30 days to decide, agency spokesperson Mirela Vantongeren said.\n\n"
        "Cedar Hollow Poultry LLC, owned by farmer Ansel Brakkee, wants to build three barns.\n\n"
        "According to the company's application, the barns would house 90,000 birds.",
        "en",
    )
    assert said_by(claims, "90,000 birds")[0] == "Cedar Hollow Poultry"


def test_a_french_order_speaks_for_the_authority_that_signed_it():
    claims = claims_of(
        "Selon l'arrêté pris par la mairie de Pavilly, la salle présente « un risque d'incendie ».\n\n"
        "Selon un arrêté de la préfecture de l'Orne signé lundi, des réquisitions pourront être prononcées.",
        "fr",
    )
    assert said_by(claims, "risque d'incendie")[0] == "mairie de Pavilly"
    assert said_by(claims, "réquisitions")[0] == "préfecture de l'Orne"


def test_a_dateline_and_a_board_named_with_of():
    claims = claims_of(
        "AMES, Iowa — The Story County Board of Supervisors voted 3-0 on Monday to oppose the plan, saying "
        "the site floods every spring.",
        "en",
    )
    assert said_by(claims, "site floods")[0] == "Story County Board of Supervisors"


def test_an_irregular_past_tense_still_makes_the_sentence_subject():
    claims = claims_of(
        "Councillor Dorian Fessenden made the motion.\n\n"
        "Councillor Liesl Haakenson cast the only vote against it. She argued the plan met every rule.",
        "en",
    )
    assert said_by(claims, "met every rule")[0] == "Liesl Haakenson"


def test_a_county_spokesperson_and_a_consulting_firm_named_after_its_place():
    claims = claims_of(
        "A Hillsborough County spokesperson said the county would not raise its share.\n\n"
        "A study from the Orlando consulting firm Pemberton & Lasko found that riders had fallen by 8%.",
        "en",
    )
    assert said_by(claims, "raise its share")[0] == "Hillsborough County"
    assert said_by(claims, "riders had fallen")[0] == "Pemberton & Lasko"


def test_a_name_then_an_apposition_holding_and_and_who():
    claims = claims_of(
        "Orla Fitzwilliam, a Clearwater city commissioner and one of the three members who voted no, argued "
        "the agency should have used its reserve.",
        "en",
    )
    assert said_by(claims, "used its reserve")[0] == "Orla Fitzwilliam"


def test_saying_after_a_clause_with_its_own_subject():
    claims = claims_of(
        "The Ballarat meeting was abandoned after three races when riders refused to go on, saying the "
        "track had become dangerous.",
        "en",
    )
    assert said_by(claims, "track had become dangerous")[0] == "riders"


def test_french_bodies_introduced_by_their_noun():
    claims = claims_of(
        "La prime passera à 3 000 francs, a annoncé mardi la province Nord dans un communiqué. Dans ce "
        "texte, la collectivité estime que les dégâts ont doublé.\n\n"
        "L'association Parents d'élèves Vaud affirme qu'un sondage montre que 58 % des parents sont "
        "favorables.\n\n"
        "« Une note ne dit rien », a plaidé devant le plénum la conseillère d'Etat en charge de la "
        "formation, Aurélie Monnier-Bovet.",
        "fr",
    )
    assert said_by(claims, "passera à 3 000")[0] == "province Nord"
    assert said_by(claims, "dégâts ont doublé")[0] == "province Nord"
    assert said_by(claims, "58 %")[0] == "Parents d'élèves Vaud"
    assert only(claims, "ne dit rien").speaker.name == "Aurélie Monnier-Bovet"


def test_an_unpunctuated_quote_alone_on_its_line_is_a_subheading():
    claims = claims_of(
        "« C'est une faute grave », a lancé la procureure Inès Vanderkelen.\n\n"
        "« Je n'ai rien volé »\n\n"
        "Le prévenu conteste toute fraude.",
        "fr",
    )
    assert not [c for c in claims if "rien volé" in c.text]


def test_the_defendant_named_after_ce_mardi_and_a_pensioner_with_her_age():
    claims = claims_of(
        "Ce mardi, son gérant, Kevin V., 41 ans, comparaissait pour escroquerie. La substitute Anaïs "
        "Roelandts a requis deux ans.\n\n"
        "Le prévenu, lui, conteste. Il affirme avoir remboursé « une dizaine de clients ».\n\n"
        "Me Solène Dubrulle réclame 200.000 euros pour ses clients.\n\n"
        "Parmi eux, Ghislaine Mertens, 74 ans, de Ciney. La retraitée dit avoir versé 6.000 euros "
        "d'acompte.",
        "fr",
    )
    assert said_by(claims, "une dizaine de clients")[0] == "Kevin V."
    assert said_by(claims, "6.000 euros")[0] == "Ghislaine Mertens"


def test_an_audit_done_and_filed_speaks_for_its_author():
    claims = claims_of(
        "Un audit du Service public fédéral Finances (SPF), réalisé en 2025 et versé au dossier, conclut "
        "que 80 dossiers sur 150 étaient incomplets.",
        "fr",
    )
    assert said_by(claims, "80 dossiers")[0] == "Service public fédéral Finances"


def test_a_french_body_is_il_or_elle_by_its_head_noun_in_the_next_sentence():
    claims = claims_of(
        "Le Dr Basile Ferrandou, porte-parole du collectif, dénonce la baisse des indemnités.\n\n"
        "L'Agence régionale de santé (ARS) de Bretagne conteste ces chiffres. Dans un communiqué publié "
        "jeudi, elle assure que la rémunération globale n'a pas baissé.\n\n"
        "Le syndicat Santé Unie apporte son soutien au collectif. Dans un communiqué, il affirme que 12 "
        "secteurs ne sont plus couverts.",
        "fr",
    )
    assert said_by(claims, "rémunération globale")[0] == "Agence régionale de santé de Bretagne"
    assert said_by(claims, "12 secteurs")[0] == "Santé Unie"


def test_tout_en_affirmant_que_opens_a_second_claim():
    claims = claims_of(
        "Son président, le Dr Gaspard Levasseur, rappelle que la garde reste « un devoir », tout en affirmant "
        "que l'Ordre « ne sanctionnera personne » pour l'instant.",
        "fr",
    )
    assert only(claims, "un devoir").text.endswith("« un devoir »")
    assert said_by(claims, "ne sanctionnera personne")[0] == "Gaspard Levasseur"
