"""A lead that only describes a body ("the programme", "the owner of a café") names it in the paragraph
after, where the body speaks first; places of two words before "-based"; "An X spokesman"; "said in a
statement" before a clause without "that"; a French company noun gives the body its gender."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_the_programme_in_the_lead_is_the_body_that_opens_the_next_paragraph():
    claims = claims_of(
        "Lifeguards could leave three beaches in January after a donor pulled out, the programme has warned.\n\n"
        "Surf Watchers said on Monday that it needed R900,000 to finish the season.",
        "en",
    )
    assert said_by(claims, "Lifeguards could leave")[0] == "Surf Watchers"
    assert said_by(claims, "R900,000")[0] == "Surf Watchers"


def test_the_owner_in_the_lead_is_the_company_named_next_with_its_relative_clause():
    claims = claims_of(
        "The owner of a Dorking bakery has announced that it will shut in June.\n\n"
        "Mole Valley Loaves Ltd, which has baked on the high street since 1987, said energy bills had tripled.",
        "en",
    )
    assert said_by(claims, "shut in June")[0] == "Mole Valley Loaves"


def test_a_lead_about_a_person_is_not_given_to_a_body():
    claims = claims_of(
        "Rents at the estate will rise by a fifth, the local councillor has said.\n\n"
        "Harbour Homes said it had written to every tenant.",
        "en",
    )
    assert said_by(claims, "rise by a fifth")[0] != "Harbour Homes"


def test_a_two_word_place_before_based_is_dropped_before_the_name():
    claims = claims_of(
        "The lender, New York-based bank Orchard Street Capital, said it had frozen the account. "
        "It said the freeze would last until March.",
        "en",
    )
    assert only(claims, "frozen the account").speaker.name == "Orchard Street Capital"
    assert said_by(claims, "until March")[0] == "Orchard Street Capital"


def test_a_business_noun_before_a_name_of_two_words_makes_a_body():
    claims = claims_of(
        "The sponsor, Durban insurer Kestrel Mutual, said it had moved its budget to school meals.", "en"
    )
    assert only(claims, "school meals").speaker.name == "Kestrel Mutual"
    assert only(claims, "school meals").speaker.type == "organization"


def test_a_spokesman_of_a_one_word_body_speaks_for_the_body():
    claims = claims_of(
        "Loganair, the regional airline, said fog had grounded 14 flights.\n\n"
        "The chamber has called for a second airline to be allowed on the route.\n\n"
        "A Loganair spokesman said refunds would be paid within a week.",
        "en",
    )
    assert said_by(claims, "14 flights")[0] == "Loganair"
    assert said_by(claims, "refunds would be paid")[0] == "Loganair"


def test_said_in_a_statement_then_a_clause_without_that():
    claims = claims_of(
        "The shire council said in a statement the sinkhole was about six metres deep. "
        "Nobody would be allowed back before Friday, it said.",
        "en",
    )
    assert said_by(claims, "six metres deep")[0] == "shire council"
    assert said_by(claims, "allowed back before Friday")[0] == "shire council"


def test_a_french_company_noun_makes_the_body_masculine_for_il():
    claims = claims_of(
        "Sollicité, le bureau d'études, le cabinet rennais Ardoise Ingénierie, n'a pas répondu. "
        "L'assureur du chantier, Mutuelle Armor Bâtiment, a refusé de payer. Dans un courrier, il estime "
        "que les fissures relèvent d'un défaut d'entretien.",
        "fr",
    )
    assert said_by(claims, "défaut d'entretien")[0] == "Mutuelle Armor Bâtiment"
    assert only(claims, "défaut d'entretien").speaker.type == "organization"


def test_a_manager_of_a_named_company_is_the_person_named_after_the_comma():
    claims = claims_of(
        "Le gérant de la société Rova Transit, Haja Ravelomanana, soutient que la caisse lui avait été "
        "remise « déjà scellée ».",
        "fr",
    )
    assert said_by(claims, "déjà scellée")[0] == "Haja Ravelomanana"


def test_the_public_prosecution_is_not_the_company_in_a_title_before_it():
    claims = claims_of(
        "Le gérant de la société Rova Transit, Haja Ravelomanana, a reconnu avoir signé le bordereau.\n\n"
        "Pour le ministère public, les prévenus appartenaient à « une filière bien rodée ».",
        "fr",
    )
    assert said_by(claims, "filière bien rodée")[0] == "ministère public"


def test_investigators_speak_for_the_force_whose_inquiry_was_just_named():
    claims = claims_of(
        "Selon l'enquête de la Gendarmerie nationale, les caisses étaient cachées sous du riz. Les enquêteurs "
        "ont également établi que le bateau devait rejoindre Mayotte. Aucun lien établi avec le port n'a "
        "été trouvé.",
        "fr",
    )
    assert said_by(claims, "rejoindre Mayotte")[0] == "Gendarmerie nationale"
    assert not any("port n'a" in c.text for c in claims)


def test_the_manager_described_in_an_according_to_apposition_is_the_body_later():
    claims = claims_of(
        "L'échevin Gaspard Heuvelmans a présenté la mesure au conseil. D'après Fluvia, le gestionnaire du "
        "réseau, 1.800 lampadaires sont concernés. Le gestionnaire précise que les ampoules LED "
        "peuvent être rallumées à distance.",
        "fr",
    )
    assert said_by(claims, "rallumées à distance")[0] == "Fluvia"


def test_an_alderman_opening_a_sentence_is_who_il_means_next():
    claims = claims_of(
        "Lothaire Stiévenart, échevin des Travaux, a présenté le chantier.\n\n"
        "Pour Corentin Demarteau, ingénieur à l'Université de Mons, le pont « tiendra encore dix ans ».\n\n"
        "L'échevin promet une réunion publique en avril. « Nous ne fermerons rien sans prévenir », "
        "a-t-il assuré.",
        "fr",
    )
    assert said_by(claims, "fermerons rien")[0] == "Lothaire Stiévenart"


def test_le_regroupement_is_the_grouping_of_employers_named_before():
    claims = claims_of(
        "Selon un sondage du Regroupement des producteurs du Haut-Lac dévoilé lundi, 60 fermes manquent de "
        "bras. Le regroupement précise que la moitié d'entre elles cultivent des bleuets.",
        "fr",
    )
    assert said_by(claims, "cultivent des bleuets")[0] == "Regroupement des producteurs du Haut-Lac"


def test_a_title_met_pages_back_beats_whoever_spoke_last():
    speakers = "".join(
        f"{name}, {role}, estime que le dossier avance « trop lentement ». Selon {name.split()[-1]}, les "
        "travaux coûteront plus cher que prévu.\n\n"
        for name, role in [
            ("Maëlys Vanderborght", "infirmière"),
            ("Joachim Dethier", "commerçant"),
            ("Sixtine Lambotte", "riveraine"),
            ("Oscar Wéry", "chercheur à l'Université de Liège"),
            ("Nestor Hubinon", "retraité"),
            ("Armel Bodart", "architecte"),
        ]
    )
    claims = claims_of(
        "L'échevin des Travaux, Léandre Moureau, a présenté le chantier au conseil.\n\n"
        "Il a précisé que la rue resterait ouverte aux piétons.\n\n"
        + speakers
        + "L'échevin promet un bilan en mars. « Nous ne fermerons rien sans prévenir », a-t-il assuré.",
        "fr",
    )
    assert said_by(claims, "fermerons rien")[0] == "Léandre Moureau"
