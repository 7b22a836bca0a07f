"""Two people with one surname told apart by Mr/Mrs and by the pronouns they were met with; the person
behind a business ("run by X. He told …"); asides that are not the speaker (a paper that asked, a dash
aside, the day before an inverted subject); a quoted sentence before the person who opens the next one;
a place of two words after "maire de"; a lead's agency named by its spokesman in the next paragraph."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_mr_and_mrs_with_one_surname_are_husband_and_wife():
    claims = claims_of(
        "Wenna Trethowan, who has rented a beach hut for 30 years, said she had taken everything home.\n\n"
        "Her husband, Jago Trethowan, said the couple were told nothing about the erosion.\n\n"
        '"We were promised a warning," Mr Trethowan said.\n\n'
        "Mrs Trethowan said she would not go back.",
        "en",
    )
    assert said_by(claims, "promised a warning")[0] == "Jago Trethowan"
    assert said_by(claims, "would not go back")[0] == "Wenna Trethowan"


def test_he_after_a_business_run_by_a_named_man_is_that_man():
    claims = claims_of(
        'Gwithian Sandercombe said the café had lost "half its trade".\n\n'
        "The huts belong to Porthleven Huts, a family firm run by Lowen Angove. He told the Packet that "
        "repairs would cost £60,000.",
        "en",
    )
    assert said_by(claims, "£60,000")[0] == "Lowen Angove"


def test_she_after_mister_is_the_cousin_named_with_a_relative_clause():
    claims = claims_of(
        'Alston Ebanks, who runs two dive boats, said the cap would "hurt small operators first".\n\n'
        '"The big firms book months ahead," Mr Ebanks told the paper.\n\n'
        "His cousin, Marcia Ebanks, who sells snorkel tours, took a different view. She said crowding had "
        "already cost her bookings.",
        "en",
    )
    assert said_by(claims, "cost her bookings")[0] == "Marcia Ebanks"


def test_a_bare_noun_with_money_inside_opens_a_reported_clause():
    claims = claims_of(
        "Mr Solomon Rankine said fines of up to CI$2,500 would apply to repeat offenders.", "en"
    )
    assert said_by(claims, "CI$2,500")[0] == "Solomon Rankine"


def test_a_mothers_son_is_he_though_her_title_is_mrs():
    claims = claims_of(
        "A neighbour, who asked not to be named, said the builder had returned twice.\n\n"
        "Mrs Pengelly's son, Treve Pengelly, who sat in court, said his mother was frightened.\n\n"
        '"She still checks the locks every night," he told the radio station.',
        "en",
    )
    assert said_by(claims, "checks the locks")[0] == "Treve Pengelly"


def test_the_paper_that_reached_the_mayor_is_not_the_speaker():
    claims = claims_of(
        "Le maire de Paimpol, contacté par Le Trégor, dit avoir proposé à la banque de payer le loyer.", "fr"
    )
    assert said_by(claims, "payer le loyer")[0] == "maire de Paimpol"


def test_a_quoted_sentence_before_the_person_who_opens_the_next_one():
    claims = claims_of(
        "« On rend service, mais on ne remplacera pas la poste. » Maïwenn Le Quéré, qui tient la librairie "
        "du bourg, permet depuis lundi de retirer des colis.",
        "fr",
    )
    assert said_by(claims, "remplacera pas la poste")[0] == "Maïwenn Le Quéré"


def test_investigators_of_a_police_zone():
    claims = claims_of(
        "Selon l'enquête de la zone de police de Mons-Quévy, les prélèvements ont rapporté 28.000 euros. Les "
        "enquêteurs ont également établi que les vélos avaient été revendus à Lille.",
        "fr",
    )
    assert said_by(claims, "28.000 euros")[0] == "zone de police de Mons-Quévy"
    assert said_by(claims, "revendus à Lille")[0] == "zone de police de Mons-Quévy"


def test_a_compound_past_of_se_defendre_after_a_quote():
    claims = claims_of(
        "« Je n'ai jamais voulu tromper mes clients », s'est défendu Kévin Delhaise devant le tribunal.", "fr"
    )
    assert said_by(claims, "tromper mes clients")[0] == "Kévin Delhaise"


def test_the_day_before_an_inverted_subject_and_a_place_of_two_words():
    claims = claims_of(
        "La station sera fermée « d'ici la fin du mois », a averti jeudi le maire de Port Vila. Il a précisé "
        "que 300 foyers seraient privés d'eau.",
        "fr",
    )
    assert said_by(claims, "fin du mois")[0] == "maire de Port Vila"
    assert said_by(claims, "300 foyers")[0] == "maire de Port Vila"


def test_a_lead_agency_is_named_by_its_spokesman_in_the_next_paragraph():
    claims = claims_of(
        "A 2.8m crocodile has been caught near the marina, the state's wildlife department has confirmed.\n\n"
        "A spokeswoman for the Department of Rivers, Coasts and Wildlife (DRCW) said the animal would be "
        "moved to a farm.",
        "en",
    )
    assert said_by(claims, "2.8m crocodile")[0] == "Department of Rivers, Coasts and Wildlife"


def test_a_lead_agency_with_a_relative_clause_and_according_to():
    claims = claims_of(
        "The lake will be lowered by 6 feet after engineers found a crack in the spillway, according to the "
        "state agency that owns it.\n\n"
        "The Idaho Water Resource Board said in a statement that there was no danger downstream.",
        "en",
    )
    assert said_by(claims, "lowered by 6 feet")[0] == "Idaho Water Resource Board"
    assert not [c for c in claims if c.text == "owns it"]


def test_a_dash_aside_is_not_part_of_the_name():
    claims = claims_of(
        "Odran Lafrenière - no relation to the mayor - chairs the lake association. He said 140 cottages "
        "still used septic tanks.",
        "en",
    )
    assert said_by(claims, "140 cottages")[0] == "Odran Lafrenière"


def test_a_place_and_an_office_before_the_name_are_the_title():
    claims = claims_of(
        "Marin County Supervisor Odalys Brenneman said the delay was unacceptable.\n\n"
        "ʻEua District Officer Tevita Haʻunga said the island felt cut off.",
        "en",
    )
    assert said_by(claims, "delay was unacceptable")[0] == "Odalys Brenneman"
    assert said_by(claims, "cut off")[0] == "Tevita Haʻunga"


def test_a_bare_surname_is_the_namesake_who_spoke_just_before():
    claims = claims_of(
        '"We sandbag every winter," said Rosalind Achebe-Quist, who lives by the river.\n\n'
        "Achebe-Quist said she could not afford insurance.\n\n"
        "Tobias Achebe-Quist, a farmworker who is not related to Rosalind, said he heard of the delay at work.\n\n"
        '"Nobody told us," Achebe-Quist said.',
        "en",
    )
    assert said_by(claims, "Nobody told us")[0] == "Tobias Achebe-Quist"


def test_an_association_name_stops_before_its_verb_and_object():
    claims = claims_of(
        "Sur Facebook, l'association Sierre Sans Plastique salue une décision « courageuse » et affirme que "
        "la moitié des déchets pourrait être triée.",
        "fr",
    )
    assert said_by(claims, "pourrait être triée")[0] == "Sierre Sans Plastique"


def test_la_commune_is_the_municipality_named_before():
    claims = claims_of(
        "Le sac de 35 litres coûtera 2,40 francs, a annoncé mercredi la Municipalité de Bex dans un "
        "communiqué. La commune précise que la taxe de base reste fixée à 110 francs par ménage.",
        "fr",
    )
    assert said_by(claims, "110 francs")[0] == "Municipalité de Bex"


def test_a_cousin_who_spoke_last_is_mr_x_though_both_are_men():
    claims = claims_of(
        "Obadiah Kalsakau, who is on his fourth season, said the workers had been promised a house.\n\n"
        "His cousin, Jethro Kalsakau, said $150 a week was taken from each worker's pay.\n\n"
        '"Back home, $150 feeds my family for a fortnight," Mr Kalsakau said.',
        "en",
    )
    assert said_by(claims, "$150 a week")[0] == "Jethro Kalsakau"
    assert said_by(claims, "feeds my family")[0] == "Jethro Kalsakau"


def test_a_brother_named_in_apposition_is_he_so_ms_is_his_sister():
    claims = claims_of(
        "Loretta Rolle, who runs a cookshop, said the water had tasted of salt for a month.\n\n"
        'Her brother, Cedric Rolle, a fishing guide, said: "You turn on the tap and it tastes like the sea."\n\n'
        "Ms. Rolle said she had lost about a third of her lunch trade.",
        "en",
    )
    assert said_by(claims, "lunch trade")[0] == "Loretta Rolle"


def test_he_did_one_thing_and_said_another():
    claims = claims_of(
        "Aziz Patel said he had been refused finance twice.\n\n"
        "His brother, Imran Patel, took a different view. He bought an electric car last year and said his "
        "fuel bill had fallen to £25 a week.",
        "en",
    )
    assert said_by(claims, "fuel bill")[0] == "Imran Patel"


def test_estimates_and_readings_from_a_body_are_the_body():
    claims = claims_of(
        "Output fell by a third this year, according to early estimates from the Quebec Honey Producers' "
        "Federation. The air quality index reached 212 at noon, according to readings from the Department "
        "of Environment.",
        "en",
    )
    assert said_by(claims, "by a third")[0] == "Quebec Honey Producers' Federation"
    assert said_by(claims, "212 at noon")[0] == "Department of Environment"


def test_a_lead_union_described_by_a_participle_is_the_union_named_next():
    claims = claims_of(
        "Patients in Kamloops wait up to a week for scan results, according to the union representing "
        "radiographers.\n\n"
        "The Allied Imaging Workers Union said in a news release that 9 of 40 posts were vacant.",
        "en",
    )
    assert said_by(claims, "up to a week")[0] == "Allied Imaging Workers Union"


def test_a_spokeswoman_for_a_body_of_three_capitalised_words_speaks_for_it():
    claims = claims_of("A Riverina Bulk Storage spokeswoman said the silo would stay shut for a month.", "en")
    assert said_by(claims, "stay shut")[0] == "Riverina Bulk Storage"


def test_a_relative_clause_inside_the_apposition_after_a_name():
    claims = claims_of(
        "Hollis Brandvold, president of the local that represents school bus drivers, said split shifts ran "
        "to 11 hours.",
        "en",
    )
    assert said_by(claims, "11 hours")[0] == "Hollis Brandvold"


def test_a_younger_brother_named_in_passing_is_son_frere_and_le_cadet():
    claims = claims_of(
        "Yusuf Demirtaş, 44 ans, est poursuivi aux côtés de son frère cadet, Emre Demirtaş, qui tient la "
        "caisse.\n\n"
        "Yusuf Demirtaş conteste. « Ce sont des amis », s'est défendu le gérant.\n\n"
        "Son frère a assuré qu'il ne s'occupait « que de la caisse ». « Les plannings, c'est Yusuf qui "
        "les faisait », a ajouté le cadet.",
        "fr",
    )
    assert said_by(claims, "que de la caisse")[0] == "Emre Demirtaş"
    assert said_by(claims, "Les plannings")[0] == "Emre Demirtaş"


def test_a_comparative_adjective_opening_a_body_name_is_no_occupation():
    claims = claims_of("According to Safer Roads Tasmania data, 41 cyclists were injured last year.", "en")
    assert said_by(claims, "41 cyclists")[0] == "Safer Roads Tasmania"
