"""Names that run on past a comparative, a possessive or a comma list; where an unnamed source works;
studies and lawsuits that speak for their author or plaintiff; French administrations and feminine forms."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_a_comparative_opening_a_body_name_is_no_job_title():
    claims = claims_of(
        "Selon un rapport de Better Roads Sahel publié en mai, 40 % des pistes rurales sont impraticables "
        "à la saison des pluies.",
        "fr",
    )
    assert said_by(claims, "pistes rurales")[0] == "Better Roads Sahel"


def test_a_church_named_our_lady_keeps_its_whole_name():
    claims = claims_of(
        "Our Lady of the Harbour Parish said on Facebook on Sunday that the soup kitchen would reopen "
        "after the holidays.",
        "en",
    )
    assert said_by(claims, "soup kitchen")[0] == "Our Lady of the Harbour Parish"


def test_a_department_named_by_a_comma_list_with_an_article_inside():
    claims = claims_of(
        "A spokeswoman for the federal Department of Agriculture, Fisheries, the Environment and Forestry "
        "said the permit would be reviewed within a month.",
        "en",
    )
    assert said_by(claims, "permit would be reviewed")[0] == (
        "Department of Agriculture, Fisheries, the Environment and Forestry"
    )


def test_a_president_of_a_regional_federation_then_he_then_the_federation():
    claims = claims_of(
        "Le président de la CAPEB Centre-Val de Loire, Armel Vanhoutte, se dit « préoccupé » par le chantier. "
        "Il juge que le manque de plaquistes qualifiés est le vrai problème. Selon la fédération, 800 postes "
        "restent vacants dans la région.",
        "fr",
    )
    assert said_by(claims, "manque de plaquistes")[0] == "Armel Vanhoutte"
    assert said_by(claims, "800 postes")[0] == "CAPEB Centre-Val de Loire"


def test_the_year_of_a_census_is_no_part_of_the_body():
    claims = claims_of(
        "Selon le recensement de 2031 de l'Institut de la statistique du Québec, la population du village a "
        "diminué de 12 % en cinq ans.",
        "fr",
    )
    assert said_by(claims, "population du village")[0] == "Institut de la statistique du Québec"


def test_council_figures_and_a_retired_teacher_and_a_convener_who_is_a_she():
    claims = claims_of(
        "Fife Council's planning committee rejected the scheme last month.\n\n"
        "According to council figures, 180 objections were lodged.\n\n"
        "Morag Tullis, 70, who chairs the Kingsbarns Amenity Trust, said residents had been ignored.\n\n"
        "\u201cThis is a quarry in all but name,\u201d said the retired teacher.\n\n"
        "Committee convener Councillor Elspeth Guthrie told the meeting the access road could not cope.\n\n"
        "\u201cWe are not against jobs. We are against this road,\u201d she said.",
        "en",
    )
    assert said_by(claims, "180 objections")[0] == "Fife Council"
    assert said_by(claims, "quarry in all but name")[0] == "Morag Tullis"
    assert said_by(claims, "against this road")[0] == "Elspeth Guthrie"


def test_one_councillor_is_someone_new_not_the_councillor_quoted_before():
    claims = claims_of(
        "Councillor Rhona Baird said the vote had been fair.\n\n"
        "One councillor who voted against the plan, who asked not to be named, said the papers had arrived late.",
        "en",
    )
    assert said_by(claims, "vote had been fair")[0] == "Rhona Baird"
    assert said_by(claims, "papers had arrived late")[0] != "Rhona Baird"


def test_where_an_unnamed_source_works_is_part_of_its_name_but_not_where_it_spoke():
    claims = claims_of(
        "Stocks of insulin would last a week, a pharmacist at the district hospital said.\n\n"
        "The ward had lost three nurses, doctors at the hospital said.\n\n"
        "Residents in Kilgetty said the road had flooded twice.\n\n"
        "The bridge would reopen in May, an official at a press conference said.",
        "en",
    )
    assert said_by(claims, "of insulin")[0] == "pharmacist at the district hospital"
    assert said_by(claims, "lost three nurses")[0] == "doctors at the hospital"
    assert said_by(claims, "flooded twice")[0] == "Residents"
    assert said_by(claims, "bridge would reopen")[0] == "official"


def test_a_study_led_by_a_named_scientist_is_hers():
    claims = claims_of(
        "A freshwater snail survives only in three springs near Alice Springs, according to a study "
        "published on Tuesday.\n\n"
        "The study, led by Charles Darwin University ecologist Dr Wren Halloway, estimates that fewer than "
        "2,000 snails remain.",
        "en",
    )
    assert said_by(claims, "freshwater snail")[0] == "Wren Halloway"


def test_the_suit_speaks_for_its_lead_plaintiff():
    claims = claims_of(
        "Odessa Varnell, 58, said the new meters had doubled her bills.\n\n"
        "Varnell is the lead plaintiff in a lawsuit filed Tuesday against the utility.\n\n"
        "The suit alleges that the utility installed the meters without testing them.",
        "en",
    )
    assert said_by(claims, "without testing them")[0] == "Odessa Varnell"


def test_a_french_administration_named_by_its_domain_and_the_same_document():
    claims = claims_of(
        "Une quarantaine de cigognes ont été retrouvées mortes près du barrage, a indiqué jeudi la direction "
        "de l'agriculture de la wilaya dans un communiqué. Selon le même document, des analyses sont en cours.",
        "fr",
    )
    assert said_by(claims, "cigognes")[0] == "direction de l'agriculture de la wilaya"
    assert said_by(claims, "analyses sont en cours")[0] == "direction de l'agriculture de la wilaya"


def test_a_company_speaks_through_its_management():
    claims = claims_of(
        "L'entreprise Plastiques du Littoral, installée dans la zone portuaire, rejette toute responsabilité. "
        "Dans une déclaration écrite, sa direction assure que ses rejets sont contrôlés chaque mois.",
        "fr",
    )
    assert said_by(claims, "rejets sont contrôlés")[0] == "Plastiques du Littoral"


def test_the_feminine_form_of_an_occupation_points_back_to_her():
    claims = claims_of(
        "Le rapport de la première experte, Solène Kerhervé, conclut que les joints sont défectueux. "
        "L'experte estime par ailleurs que la charpente doit être remplacée.",
        "fr",
    )
    assert said_by(claims, "charpente doit")[0] == "Solène Kerhervé"


def test_a_warning_siren_is_no_warning_and_a_report_published_on_a_day_keeps_its_publisher():
    claims = claims_of(
        "Seven of the 10 flood warning sirens along the river have stopped working, according to a report "
        "published on Monday by the International Centre for Alpine Hazard Research (ICAHR).",
        "en",
    )
    assert said_by(claims, "flood warning sirens")[0] == "International Centre for Alpine Hazard Research"


def test_a_rank_abbreviation_after_a_department_name():
    claims = claims_of(
        "Tucson Fire Department Capt. Orlando Vessey said crews checked on dozens of residents overnight.",
        "en",
    )
    assert said_by(claims, "checked on dozens")[0] == "Orlando Vessey"


def test_a_request_for_anonymity_without_commas_is_no_part_of_the_source():
    claims = claims_of(
        "A tenant who asked that his name not be used because he is behind on his rent said the manager "
        "had threatened evictions.",
        "en",
    )
    assert said_by(claims, "threatened evictions")[0] == "tenant"
    french = claims_of(
        "Un poissonnier du marché aux poissons de Sète qui préfère rester anonyme estime que les prix ont doublé.",
        "fr",
    )
    assert said_by(french, "prix ont doublé")[0] == "poissonnier du marché aux poissons de Sète"


def test_a_french_ministry_listing_its_remits_before_its_verb():
    claims = claims_of(
        "Le ministère de l'Équipement, des Transports et de la Logistique a annoncé jeudi que 40 ponts "
        "seraient inspectés avant l'hiver.",
        "fr",
    )
    assert said_by(claims, "40 ponts")[0] == "ministère de l'Équipement, des Transports et de la Logistique"


def test_a_description_before_the_comma_then_the_name_is_the_subject_for_the_next_pronoun():
    claims = claims_of(
        "Sa présidente, Odile Ferrand, assure que la filière est en danger.\n\n"
        "Boulanger rue Haute depuis vingt ans et président de l'union des commerçants, Gaspard Lemoine redoute "
        "un « hiver noir ». Il affirme que le prix du beurre a doublé en un an.\n\n"
        "Pour la défense, Me Apolline Vérac a plaidé la relaxe. Elle soutient que les analyses sont incomplètes.",
        "fr",
    )
    assert said_by(claims, "filière est en danger")[0] == "Odile Ferrand"
    assert said_by(claims, "prix du beurre")[0] == "Gaspard Lemoine"
    assert said_by(claims, "analyses sont incomplètes")[0] == "Apolline Vérac"


def test_councilwoman_administrator_and_a_body_owned_by_the_city():
    claims = claims_of(
        "Denver City Councilwoman Marisol Teague said the park had no cooling plan.\n\n"
        "Municipal administrator Rufino Alcaraz-Lim said the wells produced 1,200 cubic meters a day.\n\n"
        "The councilwoman said tenants had been ignored for years.\n\n"
        "The administrator said the town would ask for two more tankers.\n\n"
        "A spokesperson for the city's Office of Tenant Protection said the office had received 40 complaints.",
        "en",
    )
    assert said_by(claims, "ignored for years")[0] == "Marisol Teague"
    assert said_by(claims, "two more tankers")[0] == "Rufino Alcaraz-Lim"
    assert said_by(claims, "40 complaints")[0] == "Office of Tenant Protection"


def test_initials_inside_a_source_and_an_advocate():
    claims = claims_of(
        "The ferry ran aground on a sandbar near the harbour mouth, according to the U.S. Coast Guard.\n\n"
        "Advocate Thandeka Mokoena said the commission would go to court if the plant was not repaired.",
        "en",
    )
    assert said_by(claims, "ran aground")[0] == "U.S. Coast Guard"
    assert said_by(claims, "go to court")[0] == "Thandeka Mokoena"


def test_french_bodies_whose_names_look_like_something_else():
    claims = claims_of(
        "La Région Occitanie, autorité organisatrice des TER, a annoncé mardi que les abonnés seraient remboursés.\n\n"
        "Le tarif passera de 4 à 4,50 dirhams le mètre cube, a annoncé lundi l'Office régional de mise en valeur "
        "agricole du Tadla dans une note.\n\n"
        "Une centaine de mètres cubes de roche sont tombés sur la route, a indiqué la zone de police Lesse-Semois.",
        "fr",
    )
    assert said_by(claims, "abonnés seraient remboursés")[0] == "Région Occitanie"
    assert said_by(claims, "4,50 dirhams")[0] == "Office régional de mise en valeur agricole du Tadla"
    assert said_by(claims, "mètres cubes de roche")[0] == "zone de police Lesse-Semois"


def test_a_negated_clitic_is_no_part_of_the_speaker():
    claims = claims_of(
        "Gisèle Marcillac n’y croit qu’à moitié : « Je le croirai quand le train sera à quai. »", "fr"
    )
    assert said_by(claims, "train sera à quai")[0] == "Gisèle Marcillac"


def test_a_body_described_where_it_speaks_takes_the_name_a_later_apposition_gives_it():
    claims = claims_of(
        "A residents' group that has spent two years fighting the incinerator said it would appeal the permit.\n\n"
        "The group, the Harbour Air Alliance, has about 300 members.",
        "en",
    )
    assert said_by(claims, "appeal the permit")[0] == "Harbour Air Alliance"
    french = claims_of(
        "Un collectif de riverains affirme que le permis a été « accordé en catimini ».\n\n"
        "Le collectif, Vivre à Port-Lamarre, compte 120 adhérents.",
        "fr",
    )
    assert said_by(french, "accordé en catimini")[0] == "Vivre à Port-Lamarre"


def test_a_dateline_with_a_colon_and_a_company_named_in_its_own_sentence():
    claims = claims_of(
        "KUALA LUMPUR: Greenrow Hydroponics, which ran three rooftop farms in Petaling Jaya, has stopped trading "
        "after failing to raise new funds, the company said on Monday.",
        "en",
    )
    claim = [c for c in claims if "stopped trading" in c.text][0]
    assert claim.text.startswith("Greenrow Hydroponics") and claim.speaker.name == "Greenrow Hydroponics"


def test_a_lede_firm_named_with_its_legal_form_in_the_next_paragraph():
    claims = claims_of(
        "One of Fife's largest potato growers has gone to the Court of Session over a refused storage shed, "
        "the firm has confirmed.\n\n"
        "Kilrenny Tattie Co Ltd told reporters it lodged the appeal on Friday.",
        "en",
    )
    assert said_by(claims, "largest potato growers")[0] == "Kilrenny Tattie Co"


def test_the_complaint_of_whoever_filed_it_and_a_cooperative_named_after_its_noun():
    claims = claims_of(
        "Delphine Orcutt, 44, who ran the library for nine years, filed the lawsuit Monday in county court.\n\n"
        "According to the complaint, Orcutt was dismissed two weeks after she reported missing funds.",
        "en",
    )
    assert said_by(claims, "dismissed two weeks")[0] == "Delphine Orcutt"
    french = claims_of(
        "La laiterie de Montbrison fermera en 2030, a annoncé la coopérative Laitiers du Forez. D'après les "
        "chiffres présentés par la coopérative, le site a collecté 40 millions de litres l'an dernier.",
        "fr",
    )
    assert said_by(french, "40 millions de litres")[0] == "Laitiers du Forez"


def test_a_report_that_notes_and_a_source_named_again_with_toujours():
    claims = claims_of(
        "Selon le rapport annuel de l'Office cantonal de l'emploi (OCE), publié mardi, 52 agences de placement "
        "ont été contrôlées. Le document relève que les retards de paiement atteignent « trois mois ». "
        "Toujours selon le rapport, le total des sommes dues dépasse 1,8 million de francs.\n\n"
        "Le rapport de l'OCE note par ailleurs que la part des missions courtes a doublé.",
        "fr",
    )
    for fragment in ("52 agences", "retards de paiement", "1,8 million", "missions courtes"):
        assert said_by(claims, fragment)[0] == "Office cantonal de l'emploi"
    assert [c for c in claims if "52 agences" in c.text][0].text.startswith("52 agences")
    assert [c for c in claims if "1,8 million" in c.text][0].text.startswith("le total")


def test_titles_that_end_in_a_body_and_capitalised_descriptions_before_a_name():
    claims = claims_of(
        "Deputy director-general of the NT Health Directorate Siosaia Fonoti told a committee hearing that "
        "the directorate had 40 vacant nursing positions.\n\n"
        "Parent Ngaire Whitcombe said her daughter had spent a week in the library.\n\n"
        "The union's survey of 300 members found that 58 per cent had covered a merged class.",
        "en",
    )
    assert said_by(claims, "vacant nursing")[0] == "Siosaia Fonoti"
    assert said_by(claims, "week in the library")[0] == "Ngaire Whitcombe"
    assert said_by(claims, "58 per cent")[0] == "union"


def test_where_an_unnamed_source_comes_from_stays_in_its_name():
    claims = claims_of(
        "A fisherman from nearby Sandy Bay, who asked not to be named, said the catch had halved.", "en"
    )
    assert said_by(claims, "catch had halved")[0] == "fisherman from nearby Sandy Bay"


def test_an_interprofession_a_union_named_in_a_title_and_how_long_a_source_has_worked():
    claims = claims_of(
        "Le prix du lait de chèvre augmentera de 3 % en 2032, a annoncé lundi l'Association régionale des "
        "producteurs caprins. Selon l'interprofession, le prix moyen atteindra « 980 euros les 1 000 litres ».\n\n"
        "À en croire un garde-pêche en poste depuis quinze ans, la baisse était « prévisible dès juin ».",
        "fr",
    )
    assert said_by(claims, "980 euros")[0] == "Association régionale des producteurs caprins"
    assert said_by(claims, "prévisible dès juin")[0] == "garde-pêche"
    english = claims_of(
        "The secretary of the Walvis Bay Fish Traders Union, Ndapewa Shikongo, said the union had not been "
        "consulted.\n\n"
        "The levy was funded by a grant from the Ministry of Fisheries and Marine Resources.\n\n"
        "The union said it would march to the port offices on Friday.",
        "en",
    )
    assert said_by(english, "march to the port")[0] == "Walvis Bay Fish Traders Union"


def test_a_spokesperson_for_a_body_whose_name_has_small_words_inside():
    claims = claims_of(
        "Ellery said the firm had offered to donate the organ to the Museum of Science and Industry.\n\n"
        "Ellery said the firm would also give its archive to the Delta Blues Hall of Fame and Museum.\n\n"
        "A museum spokesperson said it had received the offer and was reviewing it.",
        "en",
    )
    assert said_by(claims, "reviewing it")[0] == "Delta Blues Hall of Fame and Museum"


def test_a_that_less_clause_with_a_long_subject():
    claims = claims_of(
        "Harbour Line Ferries said return fares for the Kilbrannan and Upper Loch Fyne routes would rise "
        "from £14 to £17 in April.",
        "en",
    )
    assert said_by(claims, "return fares")[0] == "Harbour Line Ferries"


def test_a_compound_occupation_points_back_to_the_person_just_named():
    claims = claims_of(
        "Son gérant, Basile Fontanieu, assure que quatre moniteurs seront détachés dès lundi. « Ce n’est pas du "
        "bricolage, nos gars sont diplômés », ajoute le chef d’entreprise.",
        "fr",
    )
    assert said_by(claims, "bricolage")[0] == "Basile Fontanieu"
