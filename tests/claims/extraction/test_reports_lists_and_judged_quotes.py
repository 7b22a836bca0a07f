"""Fifteenth session: second claims after "adding that", titles and bodies that list their remits, reports
that speak for whoever prepared them, quoted objects of judging verbs, and who an unnamed or described
person is."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by

# ---- where a reported clause ends ----------------------------------------------------------------


def test_adding_that_opens_a_second_claim_of_the_same_speaker():
    claims = claims_of(
        "Harbour master Ilse Brandvold said the ferry would sail on Friday, adding that the new ramp had "
        "passed its load test.",
        "en",
    )
    assert only(claims, "ferry would sail").text == "the ferry would sail on Friday"
    assert said_by(claims, "new ramp had passed")[0] == "Ilse Brandvold"


def test_ajoutant_que_opens_a_second_claim_in_french():
    claims = claims_of(
        "La préfète a déclaré que la route rouvrirait lundi, ajoutant que les travaux avaient coûté 3 millions "
        "d'euros.",
        "fr",
    )
    assert only(claims, "route rouvrirait").text == "la route rouvrirait lundi"
    assert said_by(claims, "travaux avaient")[0] == "préfète"


def test_a_that_after_but_and_a_second_verb_belongs_to_that_verb():
    claims = claims_of(
        "The Ministry of Ports said cargo volumes rose 9 percent to $2.4 billion in March, but warned that "
        "a dock strike could reverse the gain.",
        "en",
    )
    assert only(claims, "cargo volumes").text.startswith("cargo volumes rose")
    assert said_by(claims, "dock strike")[0] == "Ministry of Ports"


def test_that_after_a_preposition_is_a_determiner():
    claims = claims_of(
        "The Green Party claims the county still holds £40 million in reserves, and says a share of that money "
        "could pay for the bus routes.",
        "en",
    )
    assert only(claims, "share of that money").text.startswith("a share of that money")


def test_a_dot_inside_a_station_name_ends_no_sentence():
    claims = claims_of(
        "Treasurer Orla Penhaligon told 102.7 FM on Monday that the reserve would last until June.", "en"
    )
    assert said_by(claims, "reserve would last")[0] == "Orla Penhaligon"


# ---- titles and bodies listing their remits ----------------------------------------------------------


def test_a_title_listing_remits_with_commas_comes_off_the_name():
    claims = claims_of(
        "Secretary of Lands, Housing and the Environment Marisol Quashie said the survey would start in May.",
        "en",
    )
    assert said_by(claims, "survey would start")[0] == "Marisol Quashie"


def test_a_trailing_according_to_keeps_a_listed_name_whole():
    claims = claims_of(
        "The lobster catch was worth $310 million last year, according to figures from the provincial "
        "Department of Fisheries, Forestry and Wildlife.",
        "en",
    )
    assert said_by(claims, "lobster catch")[0] == "Department of Fisheries, Forestry and Wildlife"


def test_a_union_named_by_a_list_is_the_union_met_later():
    claims = claims_of(
        "The Standing Lobster Price-Setting Panel set the price at $3.10 a pound.\n\n"
        "The Timber, Pulp and Allied Trades union (TPAT) called the decision a disgrace.\n\n"
        "The union says it will ballot its members on Thursday.",
        "en",
    )
    assert said_by(claims, "ballot its members")[0] == "Timber, Pulp and Allied Trades union"


def test_a_party_s_initials_go_with_the_title():
    claims = claims_of(
        "La députée PSD Maryse Kintzelé a assuré que la réforme serait votée avant l'été.", "fr"
    )
    assert said_by(claims, "réforme serait votée")[0] == "Maryse Kintzelé"


def test_a_given_name_ending_like_an_occupation_stays_in_the_name():
    claims = claims_of(
        "Le coordonnateur du programme, le Dr Patrice Mvoula Ngoma, a assuré que les stocks étaient "
        "suffisants. Le général Héctor Quiroga Paredes a affirmé que la frontière restait ouverte.",
        "fr",
    )
    assert said_by(claims, "stocks étaient")[0] == "Patrice Mvoula Ngoma"
    assert said_by(claims, "frontière restait")[0] == "Héctor Quiroga Paredes"


# ---- documents and who prepared them ----------------------------------------------------------------


def test_the_report_says_is_the_report_s_preparer():
    claims = claims_of(
        "According to a report prepared by the council's head of planning, housing waits have grown by "
        "30 per cent.\n\n"
        "The report says 120 new homes will be finished by March.",
        "en",
    )
    assert said_by(claims, "120 new homes")[0] == "council's head of planning"


def test_the_affidavit_states_after_it_was_filed_by_a_body():
    claims = claims_of(
        "According to a probable cause affidavit filed by the Marlow County Sheriff's Office, a camera "
        "recorded a man carrying a crowbar.\n\n"
        "Deputies later found the crowbar in his truck, the affidavit states.",
        "en",
    )
    assert said_by(claims, "camera recorded")[0] == "Marlow County Sheriff's Office"
    assert said_by(claims, "found the crowbar")[0] == "Marlow County Sheriff's Office"


def test_a_document_signed_by_a_judge_is_hers():
    claims = claims_of(
        "Selon l'ordonnance de renvoi signée par la juge d'instruction Odile Marchetti, la société a facturé 90 "
        "chantiers fictifs.",
        "fr",
    )
    assert said_by(claims, "chantiers fictifs")[0] == "Odile Marchetti"


def test_le_texte_is_whatever_document_was_named():
    claims = claims_of(
        "Le ministère de l'Intérieur a annoncé mardi, dans un communiqué relayé par l'Agence France-Presse "
        "(AFP), que 800 gendarmes seront déployés. "
        "Les deux postes resteront fermés « jusqu'à nouvel ordre », précise le texte.",
        "fr",
    )
    assert said_by(claims, "postes resteront")[0] == "ministère de l'Intérieur"


def test_figures_published_last_month_are_the_publisher_s():
    claims = claims_of(
        "According to figures published by the Port of Penzance last month, the port handled 91,000 tonnes.",
        "en",
    )
    assert said_by(claims, "91,000 tonnes")[0] == "Port of Penzance"


def test_a_plural_country_owner_is_dropped_like_a_singular_one():
    claims = claims_of(
        "According to the Philippines' Bureau of Fisheries and Aquatic Resources, the boat was the fourth "
        "seized this year.",
        "en",
    )
    assert said_by(claims, "fourth seized")[0] == "Bureau of Fisheries and Aquatic Resources"


# ---- quoted objects, representatives, reflexives ----------------------------------------------------


def test_a_judging_verb_with_a_quoted_object_gives_a_direct_claim():
    claims = claims_of(
        "Le président du groupe, Anton Ferracci, a salué « un budget de courage ». "
        "Le maire a défendu un plan « de bon sens, dans une période difficile ».",
        "fr",
    )
    assert said_by(claims, "budget de courage")[0] == "Anton Ferracci"
    assert only(claims, "de bon sens").kind == "direct"


def test_a_quoted_relative_after_a_noun_is_no_judged_object():
    claims = claims_of(
        "Un fromager a signalé des meules « qui ne portaient aucune étiquette ». Le directeur, Paul Viret, "
        "a affirmé que la fraude avait duré trois ans.",
        "fr",
    )
    assert not [c for c in claims if c.text.startswith("qui ne portaient")]


def test_a_body_represented_by_a_lawyer_speaks_through_him():
    claims = claims_of(
        "The State, represented by Mr Farai Mushonga, alleged that the pair had crossed the border twice.",
        "en",
    )
    assert said_by(claims, "crossed the border")[0] == "Farai Mushonga"


def test_a_courtesy_title_makes_a_surname_the_person_s_not_the_firm_s():
    claims = claims_of(
        "Their lawyer, Mr Tendai Chikore of Chikore and Partners, argued that the seizure was unlawful.\n\n"
        '"My client has receipts for every gram," said Mr Chikore.',
        "en",
    )
    assert said_by(claims, "receipts for every gram")[0] == "Tendai Chikore"


def test_a_reflexive_reconnaitre_reports_nothing():
    claims = claims_of(
        "Un soudeur de Matane, qui travaille depuis huit ans au large, se reconnaît dans l'étude. "
        "« On rentre épuisé », raconte-t-il.",
        "fr",
    )
    assert [c.speaker.name for c in claims] == ["soudeur de Matane"]


def test_a_noun_after_de_is_no_speech_verb():
    claims = claims_of(
        "Selon le parquet, l'entreprise a déposé 120 dossiers de demande de subvention en deux ans.", "fr"
    )
    assert said_by(claims, "120 dossiers")[0] == "parquet"


def test_quoted_x_as_saying_after_a_quote_gives_the_quoted_person():
    claims = claims_of(
        "Kenji Moriyama heads the agency. "
        '"Every tank is checked twice," Reuters quoted Mr Moriyama as saying.',
        "en",
    )
    assert said_by(claims, "Every tank") == ("Kenji Moriyama", "Reuters")


# ---- who a description or a pronoun is ---------------------------------------------------------------


def test_the_exporter_is_the_person_described_as_one():
    claims = claims_of(
        "Pour Samir Ben Hadj, exportateur installé à Sfax, la baisse arrive trop tard. Le ministère, cité "
        "par l'agence Tunis Afrique Presse (TAP), a parlé.\n\n"
        "L'exportateur affirme que ses ventes ont progressé de 20 % depuis janvier.",
        "fr",
    )
    assert said_by(claims, "ventes ont progressé")[0] == "Samir Ben Hadj"


def test_the_coach_is_the_one_whose_players_the_article_named():
    claims = claims_of(
        "Le troisième quart-temps a été remporté 25-10 par les hommes de Gaëtan Roussillon, portés par un "
        "Loïc Berthaud intenable.\n\n"
        "« On a montré du caractère », a raconté l'entraîneur nancéien.",
        "fr",
    )
    assert said_by(claims, "montré du caractère")[0] == "Gaëtan Roussillon"


def test_the_lawyer_named_with_me_is_l_avocate():
    claims = claims_of(
        "Me Bruno Castel a plaidé que son client était de bonne foi.\n\n"
        "Partie civile, la commune était représentée par Me Sandrine Ollivier. L'avocate a indiqué que le "
        "préjudice atteignait 40 000 euros.",
        "fr",
    )
    assert said_by(claims, "préjudice atteignait")[0] == "Sandrine Ollivier"


def test_a_described_worker_who_just_spoke_is_le_travailleur():
    claims = claims_of(
        "Un foreur de Rouyn, qui travaille au Nunavik, se reconnaît dans l'étude. « On part deux semaines », "
        "raconte-t-il. « On n'en parlait pas au camp », ajoute le travailleur.",
        "fr",
    )
    assert said_by(claims, "en parlait pas")[0] == "foreur de Rouyn"


def test_a_long_apposition_after_a_name_still_lets_the_name_be_the_subject():
    claims = claims_of(
        "Le Burkina Faso a connu une grave épidémie.\n\n"
        "Présent à l'atelier, le Dr Issa Ouédraogo, directeur de la lutte contre les maladies vectorielles "
        "et de la surveillance épidémiologique au ministère de la Santé, a salué les résultats. "
        "Selon lui, le ministère révisera sa stratégie.",
        "fr",
    )
    assert said_by(claims, "révisera sa stratégie")[0] == "Issa Ouédraogo"


def test_a_small_scale_miner_from_a_town_is_a_person():
    claims = claims_of(
        "A refinery official, who declined to be named, said deliveries had fallen by 15 percent.\n\n"
        "A small-scale miner from Odzi, who gave only his first name, said buyers paid cash on the spot.\n\n"
        '"The refinery makes you wait," he said.',
        "en",
    )
    assert said_by(claims, "refinery makes you wait")[0] == "small-scale miner from Odzi"


def test_a_team_of_a_body_is_the_body():
    claims = claims_of("Pour l'équipe du Centre Pasteur de Garoua, la pulvérisation ne suffit pas.", "fr")
    assert said_by(claims, "pulvérisation")[0] == "Centre Pasteur de Garoua"
