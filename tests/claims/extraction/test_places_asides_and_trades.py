"""Who speaks when the words around a speaker are places, asides and trades: a US state after a town,
what an unnamed source was doing, a count before a group, a body's records, committees and chambers,
a city, a group of owners, an agglomeration's gender, a trade a person or a firm may have, a
geographer; sentences ending inside guillemets; passive participles, "ne … que" and ", soit" glosses
that open no claim; asides between a postposed verb and its subject."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_a_state_after_a_town_and_what_the_source_was_doing_are_not_the_speaker():
    claims = claims_of(
        "Beet harvest paused.\n\n"
        "One truck driver waiting at the beet pile near Crookston, Minn., who asked not to be named, said he "
        "had been paid for four hours of hauling in a week.",
        "en",
    )
    assert said_by(claims, "four hours")[0] == "truck driver"


def test_a_bodys_records_are_the_body_named_before():
    claims = claims_of(
        "Boats limited.\n\n"
        "Boats anchored in the harbour will be limited to 14 days, the Comox Port Authority announced.\n\n"
        "According to port authority records, 31 boats have had no one aboard for a year.",
        "en",
    )
    assert said_by(claims, "31 boats")[0] == "Comox Port Authority"


def test_a_country_owning_a_college_stays_in_its_name_and_a_count_is_no_part_of_a_group():
    claims = claims_of(
        "Sheep numbers fall.\n\n"
        "According to figures from Scotland's Rural College, there are around 14,000 ewes on Islay.\n\n"
        "More than 300 market traders at the Ondangwa open market say the site has no shade.",
        "en",
    )
    assert said_by(claims, "14,000 ewes")[0] == "Scotland's Rural College"
    assert said_by(claims, "no shade")[0] == "market traders at the Ondangwa open market"


def test_le_comite_is_the_committee_named_before_and_a_first_name_is_no_participle():
    claims = claims_of(
        "Les tirs inquiètent.\n\n"
        "Au moins 22 maisons présentent des fissures, affirme le Comité de quartier de Gaurain, qui a déposé "
        "une pétition. Le comité précise que plus de 300 riverains ont signé.\n\n"
        "« Quand ils tirent, tout tremble. » Aimée Vanhoutte, 71 ans, habite à 300 mètres du front de taille.",
        "fr",
    )
    assert said_by(claims, "300 riverains")[0] == "Comité de quartier de Gaurain"
    assert said_by(claims, "tout tremble")[0] == "Aimée Vanhoutte"


def test_a_body_contacted_by_a_paper_speaking_through_its_director_is_the_body():
    claims = claims_of(
        "Les tirs continuent.\n\n"
        "Contactée par Le Courrier, la société Carrières Vandenhove, par la voix de son directeur, Loïc "
        "Dupuis, assure que chaque tir respecte les seuils fixés par son permis.",
        "fr",
    )
    assert said_by(claims, "chaque tir") == ("Carrières Vandenhove", "")


def test_a_passive_participle_is_no_speech_verb():
    claims = claims_of(
        "Une étude est lancée.\n\n"
        "Lundi soir, au conseil communal, l'échevin de l'Urbanisme, Gaspard Lemaire, a annoncé qu'une étude "
        "serait confiée à l'Université de Liège.",
        "fr",
    )
    assert len(claims) == 1
    assert said_by(claims, "Université de Liège")[0] == "Gaspard Lemaire"


def test_a_trade_a_person_or_a_firm_may_have_is_the_person_just_named():
    claims = claims_of(
        "Le prix fâche.\n\n"
        "Le Comité interprofessionnel du sésame a fixé le prix à 300 FCFA.\n\n"
        "Modou Sarr cultive 9 hectares à Birkelane. Le producteur dit avoir attendu trois mois le paiement "
        "de ses bons.",
        "fr",
    )
    assert said_by(claims, "trois mois")[0] == "Modou Sarr"


def test_a_chamber_a_city_and_a_union_met_after_its_elided_article_are_bodies():
    claims = claims_of(
        "Le foin manque.\n\n"
        "Il manque près de 6’000 tonnes de foin dans le canton, estime la Chambre neuchâteloise d'agriculture "
        "dans un communiqué. La Chambre précise que la tonne se négocie à 400 francs.\n\n"
        "La Ville de Trois-Rivières précise que l'installation des compteurs sera gratuite.\n\n"
        "Pour Ibrahima Faye, président de l'Union des producteurs de mil du Sine, le prix « ne couvre rien ». "
        "L'Union affirme que 2 000 producteurs ont vendu à perte.",
        "fr",
    )
    assert said_by(claims, "6’000 tonnes")[0] == "Chambre neuchâteloise d'agriculture"
    assert said_by(claims, "400 francs")[0] == "Chambre neuchâteloise d'agriculture"
    assert only(claims, "compteurs").speaker.type == "organization"
    assert said_by(claims, "2 000 producteurs")[0] == "Union des producteurs de mil du Sine"


def test_le_groupe_may_be_an_association_of_owners():
    claims = claims_of(
        "Les compteurs divisent.\n\n"
        "Cité par Le Nouvelliste, le Regroupement des propriétaires du secteur Lac-à-la-Tortue soutient que "
        "d'autres villes ont obtenu un délai. Le groupe dit avoir recueilli plus de 700 signatures.",
        "fr",
    )
    assert said_by(claims, "700 signatures")[0] == "Regroupement des propriétaires du secteur Lac-à-la-Tortue"


def test_elle_after_an_agglomeration_is_the_agglomeration():
    claims = claims_of(
        "Le sel manque.\n\n"
        "Nolwenn Guého dit avoir reçu moins de la moitié de ses livraisons.\n\n"
        "Citée par France Bleu, l’agglomération Redon Agglomération indique que le marais représente 200 "
        "emplois. Elle estime que les pertes pourraient atteindre 4 millions d’euros.",
        "fr",
    )
    assert said_by(claims, "4 millions")[0] == "Redon Agglomération"


def test_selon_elle_after_a_closing_guillemet_starts_a_sentence_of_its_own():
    claims = claims_of(
        "Le sel manque.\n\n"
        "« Le sel ne se fait pas sans soleil, résume Gwenola Le Pape. Cet été, on n’a rien eu. » Selon elle, "
        "la fleur de sel se vend désormais 2,80 euros les 100 grammes.",
        "fr",
    )
    assert said_by(claims, "2,80 euros")[0] == "Gwenola Le Pape"


def test_a_geographer_is_an_occupation_and_the_apposition_is_no_part_of_the_claim():
    claims = claims_of(
        "La route est coupée.\n\n"
        "Pour Erwan Le Goff, géographe spécialiste du littoral, reconstruire la digue « n’a plus de sens ». "
        "« Chaque tempête emporte du sable », prévient le géographe.",
        "fr",
    )
    assert only(claims, "reconstruire").text.startswith("reconstruire la digue")
    assert said_by(claims, "emporte du sable")[0] == "Erwan Le Goff"


def test_ne_que_and_a_soit_gloss_open_and_extend_no_claim():
    claims = claims_of(
        "L'usine prend du retard.\n\n"
        "La start-up, qui promettait ses premières cellules fin 2026, décale son usine et ne créera que 500 "
        "emplois.\n\n"
        "Voltanor, qui construit une usine à Loon-Plage, près de Dunkerque, a annoncé lundi que la production "
        "était repoussée « au premier semestre 2028 », soit plus d’un an de retard.",
        "fr",
    )
    assert not [c for c in claims if "500" in c.text]
    claim = only(claims, "premier semestre 2028")
    assert claim.speaker.name == "Voltanor"
    assert "soit" not in claim.text


def test_when_and_where_between_a_postposed_verb_and_its_subject_go():
    claims = claims_of(
        "Le festival est reporté.\n\n"
        "Le festival de Byblos est reporté, a annoncé son comité d'organisation.\n\n"
        "« Nous avons attendu jusqu'au dernier moment », a déclaré mardi, lors d'une conférence de presse à "
        "Beyrouth, la directrice du festival, Rania Khoury-Saadé.",
        "fr",
    )
    assert said_by(claims, "dernier moment")[0] == "Rania Khoury-Saadé"
