"""Research copy and wire appositions: the body behind "the researchers" or "l'étude", a title then the name
in apposition ("le PDG, X", "the mission's chief, Chilean diplomat X"), an adverb after the auxiliary, a
name in apposition with her trade giving her gender, emphatic and epithet words around names."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_the_researchers_speak_for_the_university_whose_study_it_is():
    claims = claims_of(
        "Hospital admissions for asthma rose by a quarter during heatwaves, according to a large new study.\n\n"
        "The study, by researchers at the University of Carnwath and published on Monday, covered 40 hospitals.\n\n"
        "The researchers found that children under five were twice as likely to be admitted.",
        "en",
    )
    assert said_by(claims, "by a quarter")[0] == "University of Carnwath"
    assert said_by(claims, "twice as likely")[0] == "University of Carnwath"


def test_l_etude_speaks_for_the_body_that_published_it():
    claims = claims_of(
        "Selon une étude de Santé Jura publiée mardi, une école sur six dépasse la valeur de référence.\n\n"
        "L'étude estime que l'assainissement d'une école coûte en moyenne 20 000 francs.",
        "fr",
    )
    assert said_by(claims, "20 000 francs")[0] == "Santé Jura"


def test_a_camelcase_name_in_brackets_is_an_acronym():
    claims = claims_of(
        "Les chercheurs ont croisé leurs données avec les relevés de l'Office cantonal de la nature "
        "(NaturVaud). Selon NaturVaud, la saison dure aujourd'hui 41 jours.",
        "fr",
    )
    assert said_by(claims, "41 jours")[0] == "Office cantonal de la nature"


def test_a_role_acronym_then_the_name_in_apposition_is_the_person():
    claims = claims_of(
        "« Nous payons l'électricité deux fois plus cher », explique le PDG, Fadi Haddad, petit-fils du "
        "fondateur.",
        "fr",
    )
    assert said_by(claims, "deux fois plus cher")[0] == "Fadi Haddad"


def test_a_described_office_then_a_nationality_and_the_name_is_the_person():
    claims = claims_of(
        '"Turnout was high in the north," the mission\'s chief, Uruguayan diplomat Rosalba Etcheverry, '
        "said at the news conference.",
        "en",
    )
    assert said_by(claims, "Turnout was high")[0] == "Rosalba Etcheverry"


def test_en_chef_belongs_to_the_office_not_to_where_it_was_said():
    claims = claims_of(
        "« Un député garde ses désaccords pour le caucus », a justifié le whip en chef du gouvernement, "
        "Maxence Thibodeau, en mêlée de presse.",
        "fr",
    )
    assert said_by(claims, "garde ses désaccords")[0] == "Maxence Thibodeau"


def test_an_adverb_between_the_auxiliary_and_the_verb_keeps_the_subject():
    claims = claims_of(
        "L'avocat de la défense, Me Ludovic Sarrazin, a plutôt fait valoir que son client était de bonne foi.",
        "fr",
    )
    assert said_by(claims, "bonne foi")[0] == "Ludovic Sarrazin"


def test_par_ecrit_is_no_speech_verb():
    claims = claims_of(
        "Interrogé par écrit, un porte-parole du ministère des Transports a fait savoir que le ministre "
        "restait ouvert à des amendements.",
        "fr",
    )
    assert said_by(claims, "ouvert à des amendements")[0] == "ministère des Transports"


def test_a_name_with_her_trade_in_apposition_is_the_next_elle():
    claims = claims_of(
        "Ticona Quispe a affirmé que la route était coupée.\n\n"
        "Parmi les évacués figure Solène Arbogast, une enseignante de Rimouski. Jointe par téléphone, elle a "
        "raconté que le groupe avait marché six heures.",
        "fr",
    )
    assert said_by(claims, "six heures")[0] == "Solène Arbogast"


def test_emphasis_and_epithets_around_names_go():
    claims = claims_of(
        "Tamatea himself wrote on Instagram that he was all good.\n\n"
        "According to the nonpartisan Office of Budget Review, the state will end the year in surplus.\n\n"
        '"We will not take sides," said Senate President Pro Tempore Horatio Quill.',
        "en",
    )
    assert said_by(claims, "all good")[0] == "Tamatea"
    assert said_by(claims, "in surplus")[0] == "Office of Budget Review"
    assert said_by(claims, "take sides")[0] == "Horatio Quill"


def test_it_said_opening_the_next_paragraph_is_the_chain_described_before():
    claims = claims_of(
        "Furniture chain Marlow & Finch will close 20 of its 90 shops next year.\n\n"
        "In a statement this morning, the Bristol-based retailer said it had made a loss of £9m.\n\n"
        "It said sales had fallen 6 per cent.",
        "en",
    )
    assert said_by(claims, "loss of £9m")[0] == "Marlow & Finch"
    assert said_by(claims, "6 per cent")[0] == "Marlow & Finch"
