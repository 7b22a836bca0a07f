"""An order of the prefect of a named region is the prefect's, and so is "le texte" after it; "le grand
port maritime" is the port named before; school principals and former sailors."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_an_order_of_the_prefect_then_the_text_stay_with_the_prefect():
    claims = claims_of(
        "Selon un arrêté du préfet de la région du Poro signé le 2 mai, la mesure vise à réduire les accidents. "
        "Le texte précise que les contrevenants s'exposent à une amende de 20 000 FCFA.",
        "fr",
    )
    assert said_by(claims, "réduire les accidents")[0] == "préfet de la région du Poro"
    assert said_by(claims, "20 000 FCFA")[0] == "préfet de la région du Poro"


def test_the_great_sea_port_is_the_port_named_before():
    claims = claims_of(
        "La compagnie Caribéa Lines a annulé 9 escales, a confirmé jeudi Martinique Port Antilles dans un "
        "communiqué. Le grand port maritime précise que ces annulations représentent « 21 000 passagers ».",
        "fr",
    )
    assert said_by(claims, "21 000 passagers")[0] == "Martinique Port Antilles"


def test_a_school_principal_keeps_the_title_out_of_the_name():
    claims = claims_of("Principal Harriet Okonedo said attendance had fallen to 60 per cent.", "en")
    assert said_by(claims, "60 per cent")[0] == "Harriet Okonedo"


def test_a_former_sailor_is_the_man_just_named():
    claims = claims_of(
        "Yannig Le Goaziou attend un rendez-vous depuis huit mois. L'ancien marin affirme avoir appelé "
        "« une dizaine de cabinets » sans succès.",
        "fr",
    )
    assert said_by(claims, "dizaine de cabinets")[0] == "Yannig Le Goaziou"


def test_quoted_later_by_a_broadcaster_as_saying_keeps_the_speaker():
    claims = claims_of(
        "Railway manager Chaminda Wijesekera told the Sunday Times that the driver had braked.\n\n"
        "Mr Wijesekera was later quoted by Rupavahini as saying that drivers would be reminded of the "
        "speed limit.",
        "en",
    )
    assert said_by(claims, "reminded of the")[0] == "Chaminda Wijesekera"
    assert said_by(claims, "reminded of the")[1] == "Rupavahini"


def test_the_police_corps_is_the_police_service_named_before():
    claims = claims_of(
        "Trente intersections n'ont pas de brigadier, a confirmé lundi le Service de police de la Ville de "
        "Québec (SPVQ). Le corps policier, qui gère 200 brigadiers, précise que 12 postes restent vacants.",
        "fr",
    )
    assert said_by(claims, "12 postes")[0] == "Service de police de la Ville de Québec"
