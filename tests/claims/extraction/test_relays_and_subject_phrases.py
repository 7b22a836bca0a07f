"""Relays written around the speaker, long subject phrases, and descriptions standing for a body."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_an_apposition_between_the_quoted_person_and_as_saying_is_skipped():
    claims = claims_of(
        "The Harbour Gazette quoted Oleg Marchuk, the owner of the ferry operator, Baltline, "
        "as saying that the crossings would resume in May.",
        "en",
    )
    assert said_by(claims, "crossings would resume") == ("Oleg Marchuk", "Harbour Gazette")


def test_was_quoted_by_gives_the_subject_as_speaker_and_the_agent_as_relay():
    claims = claims_of(
        "Team captain Rosa Lindqvist was quoted by the Nordic news agency NTB as saying the pitch had been frozen.",
        "en",
    )
    assert said_by(claims, "pitch had been frozen") == ("Rosa Lindqvist", "NTB")


def test_citing_after_the_verb_makes_the_cited_source_the_speaker():
    claims = claims_of(
        "The daily Le Courrier reported on Monday, citing a senior civil servant, that the budget would be cut.",
        "en",
    )
    assert said_by(claims, "budget would be cut") == ("senior civil servant", "Le Courrier")


def test_according_to_an_outlet_which_cited_someone():
    claims = claims_of(
        "According to the Valley Herald, which cited a county engineer, the bridge had been closed twice.",
        "en",
    )
    assert said_by(claims, "bridge had been closed") == ("county engineer", "Valley Herald")


def test_figures_cited_by_a_paper_are_the_issuers_relayed_by_the_paper():
    claims = claims_of(
        "La Sodelec procède à des coupures depuis mars. "
        "D'après des chiffres de la Sodelec cités par le quotidien La Gazette du Sud, "
        "la société doit 40 millions d'euros à ses fournisseurs.",
        "fr",
    )
    assert said_by(claims, "doit 40 millions") == ("Sodelec", "La Gazette du Sud")


def test_a_restrictive_relative_inside_the_subject_does_not_become_the_speaker():
    claims = claims_of(
        "The head of a village school that received one of the heaters told reporters that it broke after a week.",
        "en",
    )
    assert said_by(claims, "broke after a week")[0] == "head of a village school"


def test_an_apposition_with_its_own_relative_clause_leaves_the_name():
    claims = claims_of(
        "Dana Whitlow, a farmer who drove 200 miles from Amarillo, Texas, after the storm, says she lost 40 cattle.",
        "en",
    )
    assert said_by(claims, "lost 40 cattle")[0] == "Dana Whitlow"


def test_a_role_and_a_name_before_a_verb_then_but_said():
    claims = claims_of(
        "Council spokesperson Ivo Brandt declined to comment on the audit but said the city would publish it.",
        "en",
    )
    assert said_by(claims, "city would publish")[0] == "Ivo Brandt"


def test_a_governing_body_stands_for_the_body_named_before():
    claims = claims_of(
        "The Irish Rowing Union said the coach had been suspended. "
        "The governing body said in a statement that an inquiry would report within a month.",
        "en",
    )
    assert said_by(claims, "inquiry would report")[0] == "Irish Rowing Union"


def test_the_legal_form_of_a_company_is_not_part_of_its_name():
    claims = claims_of("Marlowe Timber Ltd. said on Tuesday that it would close two mills.", "en")
    assert said_by(claims, "close two mills")[0] == "Marlowe Timber"


def test_plural_staff_stand_for_the_office_named_before():
    claims = claims_of(
        "The Regional Prosecutor's Office said it would appeal. "
        "The prosecutors also said that three invoices had been forged.",
        "en",
    )
    assert said_by(claims, "invoices had been forged")[0] == "Regional Prosecutor's Office"


def test_a_country_after_a_name_and_a_hyphenated_description_before_it_are_not_the_name():
    claims = claims_of("Runner-up Amaru Quispe of Ethiopia said the last climb was brutal.", "en")
    assert said_by(claims, "last climb")[0] == "Amaru Quispe"


def test_a_belgian_prosecutor_title_ends_with_du_roi():
    claims = claims_of(
        "« Les comptes étaient maquillés », a résumé la substitute du procureur du Roi Marie Wauters.",
        "fr",
    )
    assert said_by(claims, "comptes étaient maquillés")[0] == "Marie Wauters"


def test_anonymity_after_a_postposed_speaker_is_not_part_of_it():
    claims = claims_of("« Personne ne comprend », glisse un joueur lyonnais sous couvert d'anonymat.", "fr")
    assert said_by(claims, "Personne ne comprend")[0] == "joueur lyonnais"


def test_a_person_described_with_a_count_is_the_person_just_named():
    claims = claims_of(
        "Assise sur le trottoir, Leïla Haddad raconte avoir prévenu le gérant. "
        "« Il nous répondait que tout allait bien », dit la mère de trois enfants.",
        "fr",
    )
    assert said_by(claims, "tout allait bien")[0] == "Leïla Haddad"


def test_a_register_speaks_for_the_service_named_in_its_complement():
    claims = claims_of(
        "D'après le registre des contrôles du SDIS, consulté par notre journal, l'immeuble a reçu 9 avis.",
        "fr",
    )
    assert said_by(claims, "immeuble a reçu")[0] == "SDIS"
