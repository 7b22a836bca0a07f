"""Eighteenth session: a circumstance or a participle before the subject ("Outside court,", "Contactée,"),
where an unnamed source works, a force named only further down, "X officers", documents behind
"according to", English "Ministry of" names, long descriptions, titles met pages before, streets in a
description, a clause verb nested in a claim with a plain object, names joined by "et", relays after a
postposed speaker and the other rules of that round."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by

# ---- who the subject is ------------------------------------------------------------------------------


def test_a_circumstance_before_the_name_does_not_make_a_person_a_body():
    claims = claims_of(
        "Magistrate Rosalind Yeo granted bail on strict conditions.\n\n"
        "Outside court, Dermot Quaile, who owns one of the burgled farms, said the losses were heavy.\n\n"
        "He said his staff had spent a week repairing fences.",
        "en",
    )
    assert said_by(claims, "losses were heavy")[0] == "Dermot Quaile"
    assert said_by(claims, "repairing fences")[0] == "Dermot Quaile"


def test_a_participle_before_a_body_is_not_its_name():
    claims = claims_of(
        "Contactée, la société Transports Kerbiriou (TK), qui exploite le quai, indique dans un communiqué "
        "que les travaux reprendront en mars.",
        "fr",
    )
    assert said_by(claims, "travaux reprendront")[0] == "Transports Kerbiriou"


def test_an_unnamed_source_keeps_the_ward_or_market_where_they_work():
    claims = claims_of(
        '"We have had no beds since Friday," said a junior doctor on the maternity ward, who asked not to '
        "be named.\n\n"
        '"Prices doubled in a month," said a rice seller at Kolda market.\n\n'
        '"It was dark already," said a guard in the statement.',
        "en",
    )
    assert said_by(claims, "no beds since Friday")[0] == "junior doctor on the maternity ward"
    assert said_by(claims, "Prices doubled")[0] == "rice seller at Kolda market"
    assert said_by(claims, "dark already")[0] == "guard"


def test_a_described_porter_before_the_verb_keeps_the_department():
    claims = claims_of(
        "A porter in the emergency department said trolleys had been lined up in the corridor all night.",
        "en",
    )
    assert said_by(claims, "trolleys had been lined")[0] == "porter in the emergency department"


def test_a_machine_operator_is_a_person_and_the_later_he():
    claims = claims_of(
        "Managing director Tebogo Maleka said the plant would double its output.\n\n"
        "A forklift operator at the warehouse said pay had not risen since 2021.\n\n"
        '"We are glad of the orders, but we need a raise too," he said.',
        "en",
    )
    assert said_by(claims, "glad of the orders")[0] == "forklift operator at the warehouse"


def test_a_farmer_described_by_a_whose_clause():
    claims = claims_of(
        "A Kona grower whose orchard flooded twice this year said the insurer had refused both claims.\n\n"
        '"We paid every premium," she said.',
        "en",
    )
    assert said_by(claims, "insurer had refused")[0] == "Kona grower"
    assert said_by(claims, "paid every premium")[0] == "Kona grower"


def test_a_long_french_description_is_still_a_person():
    claims = claims_of(
        "Selon la préfecture du Cantal, trente plaintes ont été déposées.\n\n"
        "« Ils frappent aux portes des fermes isolées en fin de journée », observe un gendarme de la cellule "
        "de prévention des atteintes aux biens du Cantal, qui anime des réunions.",
        "fr",
    )
    speaker = said_by(claims, "frappent aux portes")[0]
    assert speaker.startswith("gendarme de la cellule de prévention")


def test_a_participle_after_a_definite_description_goes_before_resolving_it():
    claims = claims_of(
        "Le Stade saint-gaudinois a battu Lannemezan. L'ailier Mathis Cazaubon a marqué deux essais.\n\n"
        "« Je rêvais de ce match depuis l'école de rugby », a écrit sur Instagram l'ailier formé au club.",
        "fr",
    )
    assert said_by(claims, "Je rêvais de ce match")[0] == "Mathis Cazaubon"


def test_an_economist_whose_apposition_ends_in_a_place_keeps_her_name():
    claims = claims_of(
        "L'économiste Josée Brassard-Lavoie, professeure à l'Université du Québec en Abitibi-Témiscamingue, "
        "estime que la filière du bois franc reste solide.",
        "fr",
    )
    assert said_by(claims, "filière du bois franc")[0] == "Josée Brassard-Lavoie"


def test_a_title_met_long_before_still_names_the_person():
    claims = claims_of(
        "L'usine Bergeron va embaucher 40 personnes, a annoncé son président, Normand Bergeron.\n\n"
        "« On mise sur la valeur ajoutée », a-t-il lancé.\n\n"
        "Selon le directeur, Yves Paradis, la ligne sera prête en mai.\n\n"
        "La ministre régionale, Carole Fontaine, a confirmé un prêt de 2 millions $.\n\n"
        "« C'est une bonne nouvelle », a indiqué le président du syndicat, Gilles Roy.\n\n"
        "Selon Services Québec, le chômage est bas.\n\n"
        "« Les jeunes reviennent », a ajouté M. Roy.\n\n"
        "Normand Bergeron a précisé que les travaux commenceraient au printemps.\n\n"
        "Le président a également indiqué que l'entreprise formerait ses nouveaux employés.",
        "fr",
    )
    assert said_by(claims, "formerait ses nouveaux employés")[0] == "Normand Bergeron"


def test_a_resident_of_a_named_street_is_not_the_street():
    claims = claims_of(
        "Une habitante de la rue des Tanneurs-Vieux, mère de trois enfants, a affirmé que son loyer "
        "avait doublé en cinq ans.",
        "fr",
    )
    assert said_by(claims, "loyer avait doublé")[0] == "habitante de la rue des Tanneurs-Vieux"


def test_a_named_subject_with_a_relative_holding_a_large_number():
    claims = claims_of(
        "Coach Dana Whitcombe said the team had earned the title.\n\n"
        "Lexi Moreau scored 24 points.\n\n"
        "Moreau, who has 2,105 career points, is now 40 short of the record. Asked about it, she smiled.\n\n"
        '"I would swap all of them for a ring," she said.',
        "en",
    )
    assert said_by(claims, "swap all of them")[0] == "Lexi Moreau"


# ---- bodies ------------------------------------------------------------------------------------------


def test_bare_police_is_the_force_the_story_names_later():
    claims = claims_of(
        "A man has been refused bail over thefts from three cattle stations.\n\n"
        "Police allege tools worth about $40,000 were taken from the sheds.\n\n"
        "In a statement, WA Police said rural detectives had made four arrests.",
        "en",
    )
    assert said_by(claims, "tools worth about")[0] == "WA Police"


def test_council_officers_speak_for_the_council_and_a_report_is_no_relay():
    claims = claims_of(
        "Launceston City Council will trial a parking fee at the gorge.\n\n"
        "Council officers estimate the fee could raise about $300,000 a year, according to a report tabled "
        "at the meeting.",
        "en",
    )
    speaker, relay = said_by(claims, "fee could raise")
    assert speaker == "Launceston City Council" and relay == ""


def test_the_ministry_is_the_one_just_named_in_english():
    claims = claims_of(
        "Japan will fund a new ferry, the Ministry of Foreign Affairs in Tokyo said on Monday.\n\n"
        "In Funafuti, the Ministry of Transport and Energy welcomed the grant. In a statement, the ministry "
        "said the old ferry had missed 30 sailings this year.",
        "en",
    )
    assert said_by(claims, "missed 30 sailings")[0] == "Ministry of Transport and Energy"


def test_a_un_adjective_picks_the_un_body():
    claims = claims_of(
        "Selon l'Agence nigérienne de presse, les eaux montent.\n\n"
        "Le Fonds des Nations unies pour l'enfance estime que 20 000 enfants sont touchés.\n\n"
        "Un porte-parole de l'agence onusienne a précisé que des écoles étaient fermées.",
        "fr",
    )
    assert said_by(claims, "écoles étaient fermées")[0] == "Fonds des Nations unies pour l'enfance"


def test_bodies_named_like_people_are_bodies():
    claims = claims_of(
        "Selon la Mutualité sociale agricole des Alpes, les accidents de tracteur ont baissé.\n\n"
        "La Croix-Rouge du Niger a affirmé que 500 familles avaient été aidées.",
        "fr",
    )
    types = {c.speaker.name: c.speaker.type for c in claims}
    assert types["Mutualité sociale agricole des Alpes"] == "organization"
    assert types["Croix-Rouge du Niger"] == "organization"


def test_this_work_is_the_body_whose_study_was_presented():
    claims = claims_of(
        "Une étude de l'Agence régionale de santé Bretagne, présentée mardi, dresse un bilan inquiétant. "
        "Selon ce travail, mené entre 2020 et 2024 avec des pharmaciens, la consommation a doublé.",
        "fr",
    )
    claim = next(c for c in claims if "consommation a doublé" in c.text)
    assert claim.speaker.name == "Agence régionale de santé Bretagne"
    assert claim.text.startswith("la consommation")


def test_the_note_is_the_office_that_prepared_it():
    claims = claims_of(
        "According to a fiscal note prepared by the Legislative Budget Office, the change would cost "
        "$12 million. About $5 million of that would fall on schools, the note said.",
        "en",
    )
    assert said_by(claims, "fall on schools")[0] == "Legislative Budget Office"


def test_a_report_published_by_a_body_is_that_body():
    claims = claims_of(
        "Selon un rapport publié l'an dernier par le Programme alimentaire mondial (PAM), la faim progresse "
        "dans la région.",
        "fr",
    )
    assert said_by(claims, "faim progresse")[0] == "Programme alimentaire mondial"


# ---- constructions -----------------------------------------------------------------------------------


def test_a_verb_with_a_plain_object_inside_a_claim_is_no_relay():
    claims = claims_of(
        "The Ohio Department of Health said the season started early.\n\n"
        "The department's weekly figures show that Lake County has confirmed three cases this month and "
        "Geauga two, both linked to a camp.",
        "en",
    )
    claim = next(c for c in claims if "three cases" in c.text)
    assert claim.speaker.name == "Ohio Department of Health" and claim.relayed_by == ""
    assert claim.text.startswith("Lake County has confirmed")


def test_adjectives_joined_by_et_stay_in_the_body_name():
    claims = claims_of(
        "Selon l'Agence de presse de Djibouti (ADP), le ministère de l'Équipement et des Transports "
        "terrestres et ferroviaires a indiqué que la ligne rouvrira en juin.",
        "fr",
    )
    speaker, relay = said_by(claims, "ligne rouvrira")
    assert speaker == "ministère de l'Équipement et des Transports terrestres et ferroviaires"
    assert relay == "Agence de presse de Djibouti"


def test_an_agency_after_a_postposed_speaker_relays_the_quote():
    claims = claims_of(
        "« La saison est perdue », a déclaré le ministre, Abdou Karim Sarr, selon des propos rapportés "
        "par l'agence Anadolu.\n\n"
        "« Les stocks remontent », a affirmé la directrice, Fatou Ndao, citée par Xinhua.",
        "fr",
    )
    assert said_by(claims, "saison est perdue") == ("Abdou Karim Sarr", "Anadolu")
    assert said_by(claims, "stocks remontent") == ("Fatou Ndao", "Xinhua")


def test_a_statement_taken_up_by_an_agency_is_the_channel():
    claims = claims_of(
        "Dans une déclaration reprise par l'agence Reuters, le ministère affirme que les ventes ont baissé.",
        "fr",
    )
    claim = next(c for c in claims if "ventes ont baissé" in c.text)
    assert claim.channel == "déclaration"


def test_a_quote_after_a_colon_can_still_be_attributed_after_it():
    claims = claims_of(
        "Au stand des crêpes, la soirée a été longue : « On a servi plus de 900 crêpes, un record », "
        "racontait une bénévole de l'association.",
        "fr",
    )
    claim = next(c for c in claims if "900 crêpes" in c.text)
    assert claim.speaker.name == "bénévole de l'association" and claim.speaker.type == "person"


def test_savouring_and_not_hiding_report_speech():
    claims = claims_of(
        "« On a tenu jusqu'au bout », a savouré l'entraîneur des lignes arrière, Bastien Corrèges.\n\n"
        "Le capitaine Noé Lafitte, lui, n'a pas caché que la mêlée avait souffert en première période.",
        "fr",
    )
    assert said_by(claims, "tenu jusqu'au bout")[0] == "Bastien Corrèges"
    claim = only(claims, "mêlée avait souffert")
    assert claim.text.startswith("la mêlée") and claim.speaker.name == "Noé Lafitte"


def test_a_message_on_a_club_page_is_the_club():
    claims = claims_of(
        "Selon un message publié mardi sur la page Facebook du Rugby Club de Figeac, le pilier sera absent "
        "six semaines.",
        "fr",
    )
    assert said_by(claims, "pilier sera absent")[0] == "Rugby Club de Figeac"


def test_this_university_study_is_the_university():
    claims = claims_of(
        "Reef cover off the island fell by a third in five years, according to a University of Tarrant "
        "study.\n\nThe paper, published in Coral Reefs, found that bleaching struck twice.",
        "en",
    )
    assert said_by(claims, "fell by a third")[0] == "University of Tarrant"
    assert said_by(claims, "bleaching struck twice")[0] == "University of Tarrant"


# ---- round 2 ------------------------------------------------------------------------------------------


def test_a_club_named_by_its_town_adjective_and_no_verb_in_a_club_name():
    claims = claims_of(
        "Mené à la pause, le Stade rodézien a renversé Millau vendredi soir.\n\n"
        "Dans un communiqué publié samedi, le club indique que son arrière sera absent un mois.",
        "fr",
    )
    assert said_by(claims, "arrière sera absent")[0] == "Stade rodézien"


def test_figures_released_by_an_acronym_are_the_body_it_stands_for():
    claims = claims_of(
        "The Cotton Board (CB) opened the season last week.\n\n"
        "According to CB figures released on Friday, growers had sold 12 million kilograms.",
        "en",
    )
    assert said_by(claims, "growers had sold")[0] == "Cotton Board"


def test_research_from_a_university_is_the_university_behind_the_study():
    claims = claims_of(
        "Puffins are raising fewer chicks, according to new research from the University of Gwynedd.\n\n"
        "The study, published this week, found that burrows on the island held half as many eggs.",
        "en",
    )
    assert said_by(claims, "held half as many eggs")[0] == "University of Gwynedd"


def test_an_intercommunality_spokesperson_speaks_for_the_community_of_communes():
    claims = claims_of(
        "La communauté de communes du Thouarsais a fait savoir que la redevance ne bougerait pas. "
        "« Personne ne paiera deux fois », a indiqué un porte-parole de l'intercommunalité.",
        "fr",
    )
    assert said_by(claims, "Personne ne paiera")[0] == "communauté de communes du Thouarsais"


def test_the_named_lawyer_in_a_long_apposition_and_le_conseil():
    claims = claims_of(
        "Un maraîcher de Gy a raconté que ses serres avaient été forcées.\n\n"
        "L'avocat de Kévin B., Me Lucille Marandet, du barreau de Dijon, a décrit un homme aux abois. "
        "« Il n'a jamais volé pour s'enrichir », a-t-elle plaidé. Le conseil a fait valoir que son client "
        "avait commencé à rembourser.",
        "fr",
    )
    assert said_by(claims, "jamais volé pour")[0] == "Lucille Marandet"
    assert said_by(claims, "commencé à rembourser")[0] == "Lucille Marandet"


def test_a_broker_keeps_his_trade():
    claims = claims_of(
        "« Les chais sont pleins et les prix ont reculé depuis deux ans », observe un courtier en vins de Cahors.",
        "fr",
    )
    assert said_by(claims, "chais sont pleins")[0] == "courtier en vins de Cahors"


def test_a_named_chief_is_not_lost_behind_the_town_described_after_him():
    claims = claims_of(
        "Glenda Paquin-Royce, the harbour master in Lunenburg, a town of about 2,000 people, said the wharf "
        "had been closed for three weeks.",
        "en",
    )
    assert said_by(claims, "wharf had been closed")[0] == "Glenda Paquin-Royce"
