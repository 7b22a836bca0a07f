"""Asides between a subject and its verb, short forms of names met before, and nouns that look like cues."""

from claims.extraction.speakers import speaker_key
from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_quoted_by_between_the_subject_and_said_makes_the_outlet_the_relay():
    claims = claims_of(
        "Harbour master Ingrid Solberg, quoted by the news agency NTB, said the quay would reopen on Monday.",
        "en",
    )
    assert said_by(claims, "quay would reopen") == ("Ingrid Solberg", "NTB")


def test_cite_par_between_the_subject_and_coordinated_verbs_keeps_the_subject():
    claims = claims_of(
        "La ministre de la Culture, Odile Ferrand, citée par l'agence Belga, a salué « un accord historique » "
        "et assuré que les musées concernés « rouvriront avant l'été ».",
        "fr",
    )
    assert said_by(claims, "rouvriront avant")[0] == "Odile Ferrand"


def test_a_participle_qualifying_a_noun_before_a_quote_is_not_a_cue():
    claims = claims_of(
        "Le préfet, Alain Mercier, a assuré que les dégâts constatés « restent limités aux berges ».",
        "fr",
    )
    assert said_by(claims, "restent limités")[0] == "Alain Mercier"


def test_a_place_relative_inside_an_apposition_leaves_the_name_as_speaker():
    claims = claims_of(
        "Dr Asha Menon, director of Lakeview Hospital, where 22 patients were taken, said four were in surgery.",
        "en",
    )
    assert said_by(claims, "four were in surgery")[0] == "Asha Menon"


def test_a_number_before_a_cue_word_makes_it_a_noun():
    claims = claims_of(
        "Northgrid Power said it had sent 1,200 crews to 14 states, but warned that some outages could last days.",
        "en",
    )
    assert said_by(claims, "outages could last")[0] == "Northgrid Power"


def test_where_a_company_is_based_is_not_part_of_its_name():
    claims = claims_of(
        "Leeds-based Harrowgate Textiles has cut 40 jobs, the company said on Monday.",
        "en",
    )
    assert said_by(claims, "cut 40 jobs")[0] == "Harrowgate Textiles"


def test_a_hyphenated_head_noun_points_back_to_the_body_named_with_it():
    claims = claims_of(
        "Waipā Valley Co-operative has signed a ten-year supply contract, the co-operative announced on Friday.",
        "en",
    )
    assert said_by(claims, "supply contract")[0] == "Waipā Valley Co-operative"


def test_a_short_name_with_an_ampersand_is_the_full_company_named_before():
    claims = claims_of(
        "The site is owned by Beckett & Lyle Properties, which plans 300 flats. "
        "In a statement, Beckett & Lyle said it would start building in 2028.",
        "en",
    )
    assert said_by(claims, "start building")[0] == "Beckett & Lyle Properties"


def test_a_hyphenated_surname_takes_the_full_name_without_a_model():
    claims = claims_of(
        "The plan passed after Councilwoman Maria Duarte-Fischer spent a year opposing it.\n\n"
        "Ms. Duarte-Fischer said the schools were already full.",
        "en",
    )
    assert said_by(claims, "schools were already full")[0] == "Maria Duarte-Fischer"


def test_a_surname_with_a_particle_takes_the_full_name_but_a_full_name_is_kept():
    claims = claims_of(
        "“We are ready,” board chair Mereana Te Rangi said.\n\n"
        "Te Rangi said the board had cut costs by 9 per cent.\n\n"
        "Labour MP for Rongotai-Miramar Daniel Okafor said the region needed the jobs.",
        "en",
    )
    assert said_by(claims, "cut costs")[0] == "Mereana Te Rangi"
    assert said_by(claims, "needed the jobs")[0] == "Daniel Okafor"


def test_a_subject_with_a_french_present_in_t_is_remembered_for_the_pronoun():
    claims = claims_of(
        "La mairie a annoncé la fermeture du marché.\n\n"
        "Sur la place, Maëlys Rouxel, qui tient la boulangerie, fait ses calculs. "
        "« J'ai perdu un tiers de mes clients depuis mars », raconte-t-elle.",
        "fr",
    )
    assert said_by(claims, "perdu un tiers")[0] == "Maëlys Rouxel"


def test_a_religious_title_and_a_publication_participle_are_not_part_of_the_name():
    claims = claims_of(
        "Son porte-parole, le P. Armand Vidal, rappelle que chaque vente doit être approuvée.\n\n"
        "D'après une enquête de l'Observatoire régional de santé publiée en mai, 12 % des foyers "
        "renoncent à se soigner.",
        "fr",
    )
    assert said_by(claims, "chaque vente")[0] == "Armand Vidal"
    assert said_by(claims, "renoncent à se soigner")[0] == "Observatoire régional de santé"


def test_a_capitalised_title_that_names_a_body_is_not_part_of_the_name():
    claims = claims_of(
        "District Police Officer Tariq Mehmood Awan said the road had reopened.\n\n"
        "Senate Majority Leader Carla Whitcombe said the vote would be held on Thursday.\n\n"
        "Haji Noor Wali said shops had closed early.",
        "en",
    )
    assert said_by(claims, "road had reopened")[0] == "Tariq Mehmood Awan"
    assert said_by(claims, "vote would be held")[0] == "Carla Whitcombe"
    assert said_by(claims, "shops had closed")[0] == "Noor Wali"


def test_an_office_written_as_an_acronym_stands_for_its_holder():
    claims = claims_of(
        "According to Deputy Commissioner (DC) Shazia Rind, the convoy was attacked near the bridge.\n\n"
        "The DC said relief camps had been set up in two schools.",
        "en",
    )
    assert said_by(claims, "relief camps")[0] == "Shazia Rind"


def test_british_single_quotes_are_quotes_and_apostrophes_are_not():
    claims = claims_of(
        "Dr Owen Pryce, a toxicologist, said the pills were dangerous.\n\n"
        "'People don't realise what they're taking until it's too late,' he said.",
        "en",
    )
    quote = only(claims, "realise what")
    assert quote.kind == "direct"
    assert quote.text == "People don't realise what they're taking until it's too late"
    assert quote.speaker.name == "Owen Pryce"


def test_an_occupation_noun_points_back_to_the_person_just_named():
    claims = claims_of(
        "Sur le port, Yann Le Goff répare ses casiers depuis l'aube. « Les prix du gazole nous étranglent », "
        "assure le pêcheur professionnel.",
        "fr",
    )
    assert said_by(claims, "gazole nous étranglent")[0] == "Yann Le Goff"
    claims = claims_of(
        "Parmi les invités, le pianiste Jules Mercadier, attendu samedi. « Je viendrai quoi qu'il arrive », "
        "a-t-il promis. Le pianiste a indiqué qu'il jouerait « gratuitement ».",
        "fr",
    )
    assert said_by(claims, "quoi qu'il arrive")[0] == "Jules Mercadier"
    assert said_by(claims, "jouerait")[0] == "Jules Mercadier"


def test_a_figure_with_a_thousands_comma_does_not_split_an_apposition():
    claims = claims_of(
        "Mary Wanjiru, the former 10,000m world champion who now coaches in Eldoret, said the ban was deserved.",
        "en",
    )
    assert said_by(claims, "ban was deserved")[0] == "Mary Wanjiru"


def test_party_labels_collectives_and_clitics_stay_out_of_french_names():
    claims = claims_of(
        "Au conseil municipal, la conseillère Verte Inès Balmer a affirmé que le projet était illégal.\n\n"
        "Le collectif Sauvons la Halle affirme avoir réuni 3 000 signatures.\n\n"
        "Dans un communiqué, Kestrel Bay Capital annonce un rachat. Son associé, Paul Hirsch, y affirme que "
        "le groupe doublera de taille.",
        "fr",
    )
    assert said_by(claims, "projet était illégal")[0] == "Inès Balmer"
    assert said_by(claims, "3 000 signatures")[0] == "Sauvons la Halle"
    assert said_by(claims, "doublera de taille")[0] == "Paul Hirsch"


def test_a_body_name_goes_on_after_its_acronym_through_d_apostrophe():
    claims = claims_of(
        "Trois cas ont été confirmés à Antibes, a annoncé l’Agence régionale de santé (ARS) Provence-Alpes-Côte "
        "d’Azur.",
        "fr",
    )
    assert said_by(claims, "Trois cas")[0] == "Agence régionale de santé Provence-Alpes-Côte d'Azur"


def test_military_and_parliamentary_titles_after_a_role_are_stripped():
    claims = claims_of(
        "Navy spokesperson Commodore Dario Velasco said the ship had been hit twice.\n\n"
        "MP Somchai Rattanakul said the ministry had known for months.",
        "en",
    )
    assert said_by(claims, "hit twice")[0] == "Dario Velasco"
    assert said_by(claims, "known for months")[0] == "Somchai Rattanakul"


def test_a_name_with_two_appositions_speaks_with_the_first_one():
    claims = claims_of(
        "Ruth Okonkwo, headteacher of Mill Lane School, one of the trust's primaries, said attendance had risen.",
        "en",
    )
    claim = only(claims, "attendance had risen")
    assert claim.speaker.name == "Ruth Okonkwo"
    assert "Mill Lane School" in claim.speaker.title


def test_a_relative_clause_after_a_name_is_not_a_postposed_speaker_but_makes_her_the_subject():
    claims = claims_of(
        "Le ministère a promis une enveloppe de 130 millions d'euros. Une réponse qui ne convainc pas la "
        "députée de la Drôme Aurélie Chanson, qui a dénoncé sur X « un plan au rabais ». Elle assure que "
        "800 emplois sont menacés.",
        "fr",
    )
    assert not [c for c in claims if c.speaker and c.speaker.name.lower() == "qui"]
    assert said_by(claims, "800 emplois")[0] == "Aurélie Chanson"


def test_an_administration_named_direction_is_a_body_and_its_department_stays_in_the_name():
    claims = claims_of(
        "Selon la direction départementale des territoires et de la mer (DDTM) de l'Aude, 3 100 dossiers "
        "ont été déposés.\n\n"
        "Les Jeunes Agriculteurs (JA) de l'Aude dénoncent une prime au rabais. Le syndicat affirme que "
        "les aides ont baissé de 20 %.",
        "fr",
    )
    assert (
        said_by(claims, "3 100 dossiers")[0]
        == "direction départementale des territoires et de la mer de l'Aude"
    )
    assert said_by(claims, "aides ont baissé")[0] == "Jeunes Agriculteurs de l'Aude"


def test_a_newsletter_label_before_a_quote_is_not_a_speaker():
    claims = claims_of(
        "What they're saying: “We will keep working with regulators,” Lumora CEO Dana Whitfield said.",
        "en",
    )
    assert all(c.speaker and c.speaker.name == "Dana Whitfield" for c in claims)
    assert claims


def test_honorifics_and_post_nominals_of_malaysia_and_ireland_are_not_names():
    claims = claims_of(
        "Federation secretary-general Datuk Lim Boon Huat said the players had signed in 2019.\n\n"
        "Detective Garda Aoife Brennan said the money was moved in 2021.\n\n"
        "Defending, Ciarán Moloney SC said his client had lost his home.",
        "en",
    )
    assert said_by(claims, "signed in 2019")[0] == "Lim Boon Huat"
    assert said_by(claims, "moved in 2021")[0] == "Aoife Brennan"
    assert said_by(claims, "lost his home")[0] == "Ciarán Moloney"


def test_a_given_name_after_a_short_family_name_is_the_full_name():
    claims = claims_of(
        "The pair, Goh Wei Jie and Farid Rahman, will leave the team.\n\n"
        "Wei Jie said the decision had been difficult.",
        "en",
    )
    assert said_by(claims, "decision had been difficult")[0] == "Goh Wei Jie"


def test_a_french_title_with_d_apostrophe_and_a_lawyer_written_me():
    claims = claims_of(
        "Le directeur général d'Habitat Val Vert, Louis Bardin, a reconnu que la panne avait été mal gérée.\n\n"
        "En défense, Me Paul Hoarau a plaidé la relaxe. L'avocat a fait valoir que son client n'avait rien signé.",
        "fr",
    )
    assert said_by(claims, "mal gérée")[0] == "Louis Bardin"
    assert said_by(claims, "rien signé")[0] == "Paul Hoarau"


def test_parmi_opens_a_sentence_whose_subject_is_remembered():
    claims = claims_of(
        "Le syndicat a appelé à la grève.\n\n"
        "Parmi les grévistes, Nadège, 51 ans, soudeuse, n'en revient pas. « On a tout donné à cette usine », "
        "souffle-t-elle.",
        "fr",
    )
    assert said_by(claims, "tout donné")[0] == "Nadège"


def test_a_clause_opener_is_not_a_first_name_and_a_short_company_name_is_the_full_one():
    claims = claims_of(
        "Karoo Ridge Platinum said it would cut 900 jobs.\n\n"
        "“If Karoo Ridge goes ahead, we will strike,” union leader Thabo Mokoena said.\n\n"
        "Karoo Ridge said consultations would last 60 days.",
        "en",
    )
    assert said_by(claims, "consultations would last")[0] == "Karoo Ridge Platinum"


def test_a_body_named_with_of_keeps_its_complement_and_its_description_points_back():
    claims = claims_of(
        "In a statement, the Dental Council of Ireland said 14 complaints had been upheld. "
        "According to the council, it is the highest single annual claim total since 2011.",
        "en",
    )
    assert said_by(claims, "14 complaints")[0] == "Dental Council of Ireland"
    assert said_by(claims, "highest single")[0] == "Dental Council of Ireland"


def test_a_state_senator_is_not_a_cue_and_a_french_particle_abi_stays_in_the_surname():
    claims = claims_of(
        "Democratic state Senator Alma Reyes wrote on X that the closure was avoidable.",
        "en",
    )
    assert said_by(claims, "closure was avoidable")[0] == "Alma Reyes"
    claims = claims_of(
        "Le ministre de la Culture, Karim Abi Saab, a regretté la décision.\n\n"
        "Abi Saab a indiqué que le ministère verserait 150 000 dollars.",
        "fr",
    )
    assert said_by(claims, "150 000 dollars")[0] == "Karim Abi Saab"


def test_former_and_future_before_a_role_and_an_occupation_with_its_firm_point_back():
    claims = claims_of(
        "Lucien Maurel a dirigé l'usine du groupe à Rodez jusqu'en 2025. Selon l'ancien directeur, les "
        "postes vacants n'étaient pas remplacés.\n\n"
        "À Blois, Fabrice Lemaire loue des kayaks depuis dix ans. « On a rangé la moitié de la flotte », "
        "soupire le gérant de Loire Kayak.",
        "fr",
    )
    assert said_by(claims, "postes vacants")[0] == "Lucien Maurel"
    assert said_by(claims, "moitié de la flotte")[0] == "Fabrice Lemaire"


def test_quebec_titles_belgian_party_labels_and_the_teen():
    claims = claims_of(
        "La Dre Sylvie Gagnon-Roy a affirmé que la clinique fermerait en juin.\n\n"
        "Le député Écolo Martin Dufrasne a rappelé que le Parlement avait voté une résolution.",
        "fr",
    )
    assert said_by(claims, "clinique fermerait")[0] == "Sylvie Gagnon-Roy"
    assert said_by(claims, "voté une résolution")[0] == "Martin Dufrasne"
    claims = claims_of(
        "“It was like a bad dream,” said Kayla Burns, 16, of Mentor.\n\n"
        "The teen said an employee shouted up to the riders every few minutes.",
        "en",
    )
    assert said_by(claims, "shouted up")[0] == "Kayla Burns"


def test_a_think_tank_is_not_a_cue_a_possessive_ends_a_name_and_a_party_label_can_lead():
    claims = claims_of(
        "Ilona Varga, a senior fellow at the Vienna think tank Ostforum, estimated that budgets would fall.\n\n"
        "Jamie Colquhoun's Scottish record will not stand.\n\n"
        "In a video, Colquhoun said he was disappointed.",
        "en",
    )
    assert said_by(claims, "budgets would fall")[0] == "Ilona Varga"
    assert said_by(claims, "disappointed")[0] == "Jamie Colquhoun"
    claims = claims_of(
        "Au Conseil communal, la Verte Léa Rochat a annoncé qu'elle déposerait une motion.", "fr"
    )
    assert said_by(claims, "déposerait une motion")[0] == "Léa Rochat"


def test_a_unit_named_with_its_owner_keeps_the_owner_but_a_company_does_not():
    claims = claims_of(
        "Japan's Foreign Ministry said the talks would resume in May.\n\n"
        "Hong Kong's Star Ferry Company said fares would rise by 5 per cent.",
        "en",
    )
    assert said_by(claims, "talks would resume")[0] == "Japan's Foreign Ministry"
    assert said_by(claims, "fares would rise")[0] == "Star Ferry Company"


def test_maltese_and_east_african_titles_leading_conjunctions_and_middle_names():
    claims = claims_of(
        "Perit Mark Azzopardi said the footprint had been reduced.\n\n"
        "Lilian Wanjiku Otieno, the trade secretary, said talks would resume.\n\n"
        "Yet Wanjiku Otieno said Kenya would raise the matter again.",
        "en",
    )
    assert said_by(claims, "footprint")[0] == "Mark Azzopardi"
    assert said_by(claims, "raise the matter")[0] == "Lilian Wanjiku Otieno"


def test_a_person_named_as_a_place_is_not_the_pronoun_s_antecedent():
    claims = claims_of(
        "Le match a été arrêté à la 70e minute.\n\n"
        "L'arbitre a été transporté à l'hôpital Marie Curie, a indiqué le parquet. Selon lui, deux personnes "
        "ont été arrêtées.",
        "fr",
    )
    assert said_by(claims, "deux personnes")[0] != "Marie Curie"


def test_an_auxiliary_split_from_its_participle_and_a_traders_association():
    claims = claims_of(
        "M. Kouadio Yao a, par ailleurs, indiqué que les ventes avaient atteint 1,7 million de tonnes.\n\n"
        "L'association de commerçants Cœur de Ville affirme que 80 boutiques sont touchées.",
        "fr",
    )
    assert said_by(claims, "1,7 million")[0] == "Kouadio Yao"
    assert said_by(claims, "80 boutiques")[0] == "Cœur de Ville"


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


def test_a_person_whose_title_names_a_court_or_a_school_stays_a_person():
    claims = claims_of(
        "Ruth Okonjo, a 47-year-old primary school teacher from Ikeja, said she lost her savings.\n\n"
        "Priya Venkatesan, a High Court advocate who follows the sector, said the ruling was rare. She "
        'added that other lenders were watching. "Nobody expected this," she said.',
        "en",
    )
    assert said_by(claims, "other lenders")[0] == "Priya Venkatesan"
    assert said_by(claims, "Nobody expected")[0] == "Priya Venkatesan"
    assert only(claims, "lost her savings").speaker.type == "person"


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


def test_a_name_its_apposition_and_a_relative_clause_before_the_verb():
    claims = claims_of(
        "Carla Mendes, secretary of Unite Branch 12, which represents bus drivers, told BBC Radio Leeds that "
        "drivers had not been consulted.",
        "en",
    )
    assert said_by(claims, "not been consulted")[0] == "Carla Mendes"


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


def test_a_researcher_at_a_university_is_a_person_for_he_says():
    claims = claims_of(
        "Maren Olsvik at the University of Bergen says the results are striking.\n\n"
        "Others are more cautious. Pablo Ferreiro at the University of Vigo, who was not involved in the "
        "work, says the sample was small.\n\n"
        "“A larger trial is needed before anyone changes practice,” he says.",
        "en",
    )
    assert said_by(claims, "larger trial")[0] == "Pablo Ferreiro"


def test_less_common_verbs_after_a_quote_in_both_languages():
    claims = claims_of(
        "« Le prix du blé ne remontera pas avant deux ans », analyse Odile Ferrand, économiste.\n\n"
        "« Ce budget est une insulte aux familles », fustige Marc Tellier, élu d'opposition.",
        "fr",
    )
    assert said_by(claims, "prix du blé")[0] == "Odile Ferrand"
    assert said_by(claims, "insulte aux familles")[0] == "Marc Tellier"
    claims = claims_of(
        '"Nobody reads the small print until it is too late," grumbled Ken Doyle, a landlord.', "en"
    )
    assert said_by(claims, "small print")[0] == "Ken Doyle"


def test_she_after_a_woman_named_with_her_title_outside_the_subject():
    claims = claims_of(
        "La présidente du tribunal, Anne Corbière, a ouvert l'audience à 9 heures.\n\n"
        "Le prévenu a nié les faits. Une version qui n'a pas convaincu la procureure, Isabelle Marsan. "
        "« Les factures parlent d'elles-mêmes », a-t-elle relevé.",
        "fr",
    )
    assert said_by(claims, "factures parlent")[0] == "Isabelle Marsan"


def test_a_director_of_a_company_names_the_company_not_a_person():
    claims = claims_of(
        "« Nous voulons investir », a déclaré Paul Sennac, le directeur général de Crédit Arverne. Il a "
        "précisé que les économies atteindraient 90 millions d'euros.",
        "fr",
    )
    assert said_by(claims, "90 millions")[0] == "Paul Sennac"


def test_the_defendant_is_not_the_woman_who_presides():
    claims = claims_of(
        "Une vingtaine de vignerons sont venus voir comparaître Gérard Pujol, 61 ans, gérant d'une cave.\n\n"
        "La présidente du tribunal, Sylvie Marquet, a rappelé les peines encourues.\n\n"
        "À la barre, le prévenu a reconnu que des vins importés avaient « pu être mélangés ».",
        "fr",
    )
    assert said_by(claims, "vins importés")[0] == "Gérard Pujol"


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


def test_whoever_heads_the_body_named_before():
    claims = claims_of(
        "« La demande dépasse la production », a expliqué le directeur général de la SNEB, Issa Ouattara, "
        "lors d'une conférence de presse.\n\n"
        "Le premier responsable de la SNEB a, par ailleurs, indiqué que 30 forages seraient creusés.",
        "fr",
    )
    assert said_by(claims, "30 forages")[0] == "Issa Ouattara"


def test_how_the_words_reached_the_paper_is_no_part_of_the_speaker():
    claims = claims_of(
        "Quinze circuits sont suspendus, a indiqué le Centre de services scolaire des Sommets par voie de "
        "communiqué.\n\n"
        "« Personne ne nous a rien demandé », lance une habitante de Vuiteboeuf croisée sur la place.",
        "fr",
    )
    assert said_by(claims, "Quinze circuits")[0] == "Centre de services scolaire des Sommets"
    assert said_by(claims, "Personne ne nous")[0] == "habitante de Vuiteboeuf"


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


def test_a_pronoun_subject_before_a_saying_participle():
    claims = claims_of(
        "Pressure would be reduced at night, Lin said.\n\n"
        "He rejected suggestions that the agency had delayed the alert, saying the timing was based on data.",
        "en",
    )
    assert said_by(claims, "timing was based")[0] == "Lin"


def test_she_after_a_lawyer_named_with_her_title():
    claims = claims_of(
        "La procureure, Odile Vasseur, a requis deux ans de prison.\n\n"
        "L'avocate du prévenu, Me Inès Carrel, a plaidé la clémence. Elle fait valoir que l'expertise ne "
        "prouve rien.",
        "fr",
    )
    assert said_by(claims, "expertise ne")[0] == "Inès Carrel"


def test_elle_after_a_french_agency_and_an_expert_report_for_its_author():
    claims = claims_of(
        "Le maire, Julie Brassac, a fermé la plage.\n\n"
        "L'Agence régionale de santé de Normandie a recommandé aux baigneurs de rester à distance. Elle "
        "indique que douze personnes ont consulté.",
        "fr",
    )
    assert said_by(claims, "douze personnes")[0] == "Agence régionale de santé de Normandie"
    claims = claims_of(
        "Selon l'expertise de l'Institut national de police scientifique, la voiture roulait à 95 km/h.", "fr"
    )
    assert said_by(claims, "95 km/h")[0] == "Institut national de police scientifique"


def test_her_readings_a_judge_ruling_and_a_bracketed_name_with_et():
    claims = claims_of(
        "« Nous n'avions rien vu de tel », explique la biologiste Maëva Lallah. Selon ses relevés, l'eau a "
        "atteint 31 °C.",
        "fr",
    )
    assert said_by(claims, "31 °C")[0] == "Maëva Lallah"
    claims = claims_of(
        "Judge Hannah Ferrier ruled Wednesday that the landlord had failed to repair the alarms.", "en"
    )
    assert said_by(claims, "failed to repair")[0] == "Hannah Ferrier"
    claims = claims_of(
        "L'Association des pêcheurs et plaisanciers du Morbihan (APPM) indique que 40 bateaux sont à quai.",
        "fr",
    )
    assert said_by(claims, "40 bateaux")[0] == "Association des pêcheurs et plaisanciers du Morbihan"


def test_a_plural_noun_that_spells_like_a_verb_is_no_cue():
    claims = claims_of(
        "Pour la procureure Ana Delvaux, le prévenu tenait « un véritable commerce », écoulant ses chiots via "
        "des petites annonces en ligne. Elle affirme qu'il aurait encaissé 90.000 euros.",
        "fr",
    )
    assert said_by(claims, "90.000 euros")[0] == "Ana Delvaux"


def test_an_inverted_tempete_t_elle_after_a_quote():
    claims = claims_of(
        "Sa présidente, Hina Teriitahi, réclame un prix plancher. « On nous laisse tomber », tempête-t-elle.",
        "fr",
    )
    assert said_by(claims, "laisse tomber")[0] == "Hina Teriitahi"


def test_a_one_word_body_before_spokesperson_and_a_note_a_paper_consulted():
    claims = claims_of("A Hefra spokesperson said the agency was monitoring prices closely.", "en")
    assert said_by(claims, "monitoring prices")[0] == "Hefra"
    claims = claims_of(
        "Selon une note du SPF Mobilité que Le Soir a pu consulter, la ligne rouvrira en mai.", "fr"
    )
    assert said_by(claims, "rouvrira en mai")[0] == "SPF Mobilité"
