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
