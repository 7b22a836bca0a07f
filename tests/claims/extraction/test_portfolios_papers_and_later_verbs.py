"""Sixteenth session: portfolios in English titles, a body's title before a name, documents put out by a
body, court papers and researchers that stand for the court or the university, second claims after
"before adding that" / "avant de préciser que", sources cited first, and pronouns that already told a
person's sex."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by

# ---- titles ------------------------------------------------------------------------------------------


def test_a_ministers_portfolio_comes_off_the_name():
    claims = claims_of(
        "Minister of Public Works Rosalind Tuckett-Amory said the paving crews would double by June.", "en"
    )
    assert said_by(claims, "paving crews")[0] == "Rosalind Tuckett-Amory"


def test_a_portfolio_listed_with_and_comes_off_a_three_word_name():
    claims = claims_of(
        "Minister for Federal Affairs and Planning Hari Prasad Gyawali said the grant would reach every "
        "municipality.",
        "en",
    )
    assert said_by(claims, "grant would reach")[0] == "Hari Prasad Gyawali"


def test_a_portfolio_word_never_takes_the_whole_name():
    claims = claims_of("Minister of Health Grace Oduya said the clinic would open in May.", "en")
    assert said_by(claims, "clinic would open")[0] == "Grace Oduya"


def test_a_bodys_capitalised_title_before_a_name_in_commas_is_a_role():
    claims = claims_of(
        "NHPC's Managing Director, Tenzin Dorji Wangmo, said the drop was caused by a dry winter.", "en"
    )
    assert said_by(claims, "drop was caused")[0] == "Tenzin Dorji Wangmo"


def test_a_description_then_a_titled_name_opens_the_sentence():
    claims = claims_of(
        "L'entraîneur Joris Vanhaecke était satisfait. « On a bien défendu », a-t-il dit.\n\n"
        "Auteure de 19 points et 7 passes, la meneuse Elke Dumortier a porté son équipe. "
        "« Je me sentais légère dès l'échauffement », sourit-elle.",
        "fr",
    )
    assert said_by(claims, "sentais légère")[0] == "Elke Dumortier"


def test_a_pronoun_of_the_other_sex_skips_the_person_it_was_used_of():
    claims = claims_of(
        "Bram Verhelst a salué l'effort de ses joueuses. « On a tenu », a-t-il expliqué.\n\n"
        "Le public a longuement applaudi Ilse Maes, touchée à l'épaule. "
        "« J'avais mal, mais je voulais être là », confie-t-elle.",
        "fr",
    )
    assert said_by(claims, "je voulais être là")[0] == "Ilse Maes"


# ---- documents and papers ----------------------------------------------------------------------------


def test_a_note_published_by_a_body_is_the_bodys():
    claims = claims_of(
        "Selon la note de conjoncture publiée jeudi par l'Observatoire régional de l'économie, l'emploi "
        "salarié a reculé de 1,2 % au deuxième trimestre.",
        "fr",
    )
    assert said_by(claims, "emploi salarié")[0] == "Observatoire régional de l'économie"


def test_a_book_tabled_by_a_ministry_is_the_ministrys():
    claims = claims_of(
        "According to the Estimates Book tabled by the Ministry of Finance last week, spending on school "
        "buses rises to $3.1 million.",
        "en",
    )
    assert said_by(claims, "school buses")[0] == "Ministry of Finance"


def test_court_documents_and_the_judgment_are_the_courts():
    claims = claims_of(
        "Darnell Aguon, 29, was sentenced in the Superior Court of Saipan on Monday.\n\n"
        "According to court documents, Aguon broke into the warehouse twice in March.\n\n"
        "Aguon will serve three years on probation after his release, according to the judgment.",
        "en",
    )
    assert said_by(claims, "broke into the warehouse")[0] == "Superior Court of Saipan"
    assert said_by(claims, "three years on probation")[0] == "Superior Court of Saipan"


def test_the_researchers_are_the_university_they_work_at():
    claims = claims_of(
        "The survey, carried out by researchers at the Tubman Institute of Tropical Medicine with help from "
        "the health ministry, tested 1,900 adults.\n\n"
        "According to the researchers, 12 percent of those tested carried the parasite.",
        "en",
    )
    assert said_by(claims, "carried the parasite")[0] == "Tubman Institute of Tropical Medicine"


def test_a_study_by_researchers_at_a_university_is_the_universitys():
    claims = claims_of(
        "Dock workers in Ravensport are twice as likely to report back pain, according to a study by "
        "researchers at the University of Ravensport.",
        "en",
    )
    assert said_by(claims, "back pain")[0] == "University of Ravensport"


# ---- a second verb after the first ---------------------------------------------------------------------


def test_before_adding_that_is_a_second_claim_of_the_speaker():
    claims = claims_of(
        'Councillor Maeve Tunstall was angry. "We cannot wait," she said, before adding that rents had risen '
        "by 23 per cent in four years.",
        "en",
    )
    assert said_by(claims, "rents had risen")[0] == "Maeve Tunstall"


def test_avant_de_preciser_que_is_a_second_claim_of_the_speaker():
    claims = claims_of(
        "Le maire Anselme Trouillot a salué le travail des agents, avant de préciser que le chantier durera "
        "six mois.",
        "fr",
    )
    assert only(claims, "chantier durera").text == "le chantier durera six mois"
    assert said_by(claims, "chantier durera")[0] == "Anselme Trouillot"


def test_an_infinitive_cue_reports_nothing_without_avant_de():
    claims = claims_of(
        "Il faut préciser que le site restera ouvert tout l'été, écrit le journal local.\n\n"
        "Les températures ne permettent pas d'assurer « la sécurité des coureurs », justifie la fédération.",
        "fr",
    )
    assert not [c for c in claims if c.speaker and c.speaker.name.startswith(("Il faut", "ne permettent"))]


def test_a_source_cited_first_speaks_and_the_agency_relays():
    claims = claims_of(
        "Citing the Capitanía Marítima de Huelva, the harbourmaster's office, EFE said the trawler had been "
        "towed to port.",
        "en",
    )
    claim = only(claims, "trawler had been towed")
    assert claim.speaker.name == "Capitanía Marítima de Huelva"
    assert claim.relayed_by == "EFE"


def test_a_claim_about_what_its_own_speaker_did_is_no_claim():
    claims = claims_of(
        "Rapporteur du budget, le député Saïd Ahamada Msaidié a défendu une réforme destinée, selon lui, à "
        "« réduire les dépenses de fonctionnement ».",
        "fr",
    )
    assert not [c for c in claims if c.text.startswith("Rapporteur du budget")]


def test_a_phrase_with_a_finite_verb_is_no_speaker():
    claims = claims_of(
        "According to court papers, Tolentino entered the shop shortly after 2 a.m., threatened a clerk with "
        "a knife and left with about $1,400 in cash.",
        "en",
    )
    assert not [c for c in claims if c.speaker and "left with" in c.speaker.name]


# ---- round 2: titles listing remits after the verb, title words, owners of premises -----------------------


def test_a_postposed_title_listing_remits_keeps_the_whole_title_before_the_name():
    claims = claims_of(
        "Visitor numbers reached 2.4 million last year, said State Tourism, Culture and Environment Minister "
        "Datuk Marlina Gaban.",
        "en",
    )
    assert said_by(claims, "Visitor numbers")[0] == "Marlina Gaban"


def test_a_name_affiliated_to_a_universiti_keeps_the_person():
    claims = claims_of(
        "Economist Dr Rudy Sangkar of Universiti Malaysia Sarawak said exports now made up a third of output.",
        "en",
    )
    assert said_by(claims, "exports now made up")[0] == "Rudy Sangkar"


def test_a_title_word_met_with_a_name_stands_for_that_person_later():
    claims = claims_of(
        "« On n'a pas le choix », a fait valoir la mairesse Lucie-Anne Bujold en présentant le budget.\n\n"
        "Selon la mairesse, la facture moyenne passera de 2 410 $ à 2 575 $.",
        "fr",
    )
    assert said_by(claims, "facture moyenne")[0] == "Lucie-Anne Bujold"


def test_a_body_word_in_a_persons_title_still_means_the_body():
    claims = claims_of(
        "Council leader Morag Tulloch said the budget was balanced. The council said no jobs would go this year.",
        "en",
    )
    assert said_by(claims, "no jobs would go")[0] != "Morag Tulloch"


def test_a_given_name_ending_in_man_is_no_title():
    claims = claims_of(
        "Pour le sélectionneur, Abdirahman Warsame Guelleh, ce nul récompense deux semaines de stage.", "fr"
    )
    assert said_by(claims, "nul récompense")[0] == "Abdirahman Warsame Guelleh"


def test_the_owner_of_a_named_restaurant_is_an_unnamed_person():
    claims = claims_of(
        "Rue des Pins, la propriétaire du restaurant Le Harfang fait le même constat. « J'ai dû fermer le "
        "lundi », raconte-t-elle.",
        "fr",
    )
    assert said_by(claims, "fermer le lundi")[0] == "propriétaire du restaurant Le Harfang"


def test_a_body_named_for_a_list_of_places_keeps_them_all():
    claims = claims_of(
        "L'Agence régionale de santé de Martinique, Sainte-Lucie et Dominique a déclaré mardi l'épidémie. "
        "Elle précise que 40 cas ont été confirmés.",
        "fr",
    )
    assert (
        said_by(claims, "40 cas")[0] == "Agence régionale de santé de Martinique, Sainte-Lucie et Dominique"
    )


def test_an_aside_after_a_short_opener_leaves_the_claim_after_it():
    claims = claims_of(
        "L'éleveur Fernand Roucayrol raconte la nuit du vol. « Ils ont pris six veaux », témoigne-t-il. "
        "Depuis, dit-il, il dort dans la grange pour surveiller ses bêtes.",
        "fr",
    )
    claim = only(claims, "dort dans la grange")
    assert claim.text == "il dort dans la grange pour surveiller ses bêtes"
    assert claim.speaker.name == "Fernand Roucayrol"


def test_a_lawyer_who_paints_his_client_with_a_quote_is_quoted():
    claims = claims_of(
        "Me Aurélien Castanié, en défense, dépeint un jeune éleveur « écrasé par les dettes ».", "fr"
    )
    assert said_by(claims, "écrasé par les dettes")[0] == "Aurélien Castanié"


def test_this_statement_is_the_one_just_quoted():
    claims = claims_of(
        "Le plan n'est financé qu'à 14 %, a rappelé jeudi le Programme alimentaire mondial dans un communiqué. "
        "Selon ce communiqué, les besoins s'élèvent à 210 millions de dollars.",
        "fr",
    )
    assert said_by(claims, "besoins s'élèvent")[0] == "Programme alimentaire mondial"


def test_a_spokeswomans_town_is_no_part_of_her_body():
    claims = claims_of(
        "« Ce sont surtout des enfants », a déclaré une porte-parole de l'Unicef à Niamey.", "fr"
    )
    assert said_by(claims, "surtout des enfants")[0] == "Unicef"


def test_a_when_asked_aside_is_no_part_of_the_subject():
    claims = claims_of(
        "Permanent secretary Datuk Norliza Ambong, when asked, said the ministry was drafting new rules.",
        "en",
    )
    assert said_by(claims, "drafting new rules")[0] == "Norliza Ambong"


def test_figures_from_a_body_show_a_clause_without_that():
    claims = claims_of(
        "Figures from the Yukon Housing Corporation show the average public housing unit has 3.9 occupants.",
        "en",
    )
    assert said_by(claims, "3.9 occupants")[0] == "Yukon Housing Corporation"


def test_a_present_tense_clause_after_a_plural_noun_is_reported():
    claims = claims_of(
        "A seabird researcher in Port Howard said gentoo penguins feed in the bay at this time of year.", "en"
    )
    assert only(claims, "gentoo penguins").text == "gentoo penguins feed in the bay at this time of year"


def test_an_isle_of_name_is_one_body():
    claims = claims_of(
        "According to Healthwatch Isle of Arran, only one of the island's four practices takes new patients.",
        "en",
    )
    assert said_by(claims, "four practices")[0] == "Healthwatch Isle of Arran"


def test_a_relative_clause_listing_members_is_no_part_of_the_subject():
    claims = claims_of(
        "L'Autorité du bassin de la Volta (ABV) a publié un bilan. L'organisation, qui regroupe le Bénin, le "
        "Togo, le Ghana et le Mali, assure que les riverains ont été prévenus.",
        "fr",
    )
    assert said_by(claims, "riverains ont été prévenus")[0] == "Autorité du bassin de la Volta"


def test_an_aside_does_not_make_a_claim_of_a_participle_after_it():
    claims = claims_of(
        "Le porte-parole de la police, Innocent Ndayizeye, indique que deux suspects ont été relâchés. L'enquête "
        "se poursuit, a-t-il ajouté, sans donner plus de détails.",
        "fr",
    )
    assert not [c for c in claims if c.text.startswith("sans donner")]


def test_a_full_name_with_a_middle_initial_is_found_for_the_surname():
    claims = claims_of(
        "The bill, tabled by Hon. Momodou K. Sanneh-Bojang, the member for Lower Baddibu, was defeated.\n\n"
        "Moving the bill, Hon. Sanneh-Bojang said rural families were paying rates they could not afford.",
        "en",
    )
    assert said_by(claims, "rural families")[0] == "Momodou K. Sanneh-Bojang"


def test_the_authors_are_not_the_one_lead_author():
    claims = claims_of(
        '"The effect shows up within a day," said Dr Nomvula Khoza, an epidemiologist and the study\'s lead '
        "author.\n\nThe authors estimate that about 1,200 births can be attributed to heat.",
        "en",
    )
    assert said_by(claims, "1,200 births")[0] != "Nomvula Khoza"


# ---- round 3 ----------------------------------------------------------------------------------------------


def test_a_town_after_the_institution_in_an_apposition_is_no_speaker():
    claims = claims_of(
        "Dr Solange Uwase, a cardiologist at Butare University Hospital, Huye, told reporters that she sees "
        "patients in their thirties with kidney damage.",
        "en",
    )
    assert said_by(claims, "kidney damage")[0] == "Solange Uwase"


def test_a_title_piece_then_a_ranked_name_is_the_person():
    claims = claims_of(
        "Director of the Division of Fish and Wildlife Protection, Captain Ilebrang Tellei, said the division now "
        "had 31 officers.",
        "en",
    )
    assert said_by(claims, "31 officers")[0] == "Ilebrang Tellei"


def test_a_reeve_is_a_title():
    claims = claims_of("Gimli Reeve Arnold Thorsteinson said the council had approved the rezoning.", "en")
    assert said_by(claims, "approved the rezoning")[0] == "Arnold Thorsteinson"


def test_revele_after_a_claim_gives_the_study_its_author():
    claims = claims_of(
        "Près d'une maison sur six présente un taux de radon trop élevé, révèle une étude de la Direction de "
        "santé publique de la Côte-Nord rendue publique mardi.\n\n"
        "D'après la santé publique, la plupart des maisons peuvent être corrigées pour moins de 3 000 $.",
        "fr",
    )
    assert said_by(claims, "maison sur six")[0] == "Direction de santé publique de la Côte-Nord"
    assert said_by(claims, "peuvent être corrigées")[0] == "Direction de santé publique de la Côte-Nord"
