"""French press habits: an occupation standing for the person just named, a description of the body
quoted before, "A" without its accent before a place, pronominal verbs after a quote, clitics before
the verb, "le Ministère" capitalised, unnamed people who keep their noun only, relative clauses after
an unnamed subject; and the reporting verb "adding:" that opens a quote of its own."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_the_winegrower_is_the_person_named_in_the_paragraph():
    claims = claims_of(
        "Dans ses parchets, Urs Baumgartner montre des grappes hachées. « Tout est parti en dix minutes, "
        "raconte le vigneron, qui cultive 6 hectares. Je ne vendangerai rien. » Il estime avoir perdu "
        "« la moitié » de sa récolte.",
        "fr",
    )
    assert said_by(claims, "Tout est parti")[0] == "Urs Baumgartner"


def test_the_federal_office_is_the_brand_name_quoted_just_before():
    claims = claims_of(
        "Des rafales à 140 km/h ont été mesurées lundi sur les crêtes, selon MétéoSuisse. L'office fédéral "
        "de météorologie précise avoir relevé 90 millimètres de pluie en six heures.",
        "fr",
    )
    assert said_by(claims, "90 millimètres")[0] == "MétéoSuisse"


def test_a_first_estimate_speaks_for_the_insurer_that_made_it():
    claims = claims_of(
        "Selon une première estimation de Suisse Grêle, quelque 80 hectares de vergers ont été touchés. "
        "L'assureur estime que les dégâts atteignent « au moins 3 millions de francs ».",
        "fr",
    )
    assert said_by(claims, "80 hectares")[0] == "Suisse Grêle"
    assert said_by(claims, "3 millions")[0] == "Suisse Grêle"


def test_a_place_opening_the_sentence_with_an_unaccented_a_leaves_the_subject():
    claims = claims_of(
        "Dans ses vignes, Marc Rossel compte les dégâts.\n\n"
        "A Cressier, la viticultrice Mathilde Perrenoud a eu plus de chance. Interrogée par la radio locale, "
        "elle affirme que ses parcelles ont été « épargnées à cinquante mètres près ».",
        "fr",
    )
    assert said_by(claims, "épargnées")[0] == "Mathilde Perrenoud"


def test_a_pronominal_verb_after_a_quote_names_the_speaker_after_it():
    claims = claims_of(
        "« Ce n'est pas nous qui fixons les prix », se défend Boubacar Keïta-Traoré, grossiste depuis vingt ans.",
        "fr",
    )
    assert said_by(claims, "fixons les prix")[0] == "Boubacar Keïta-Traoré"


def test_a_reflexive_clitic_before_the_verb_is_not_the_subject():
    claims = claims_of(
        "Maude Tremblay-Gagnon, elle, ne se fait plus d'illusions : « Mon fils entrera à l'école avant "
        "d'avoir une place en garderie. »",
        "fr",
    )
    assert said_by(claims, "Mon fils entrera")[0] == "Maude Tremblay-Gagnon"


def test_le_ministere_capitalised_is_the_ministry_named_before():
    claims = claims_of(
        "Dans une déclaration écrite, le ministère de la Famille affirme que 120 places seront ouvertes d'ici "
        "l'automne. Le Ministère précise que le projet du CPE Les Petits Castors « demeure prioritaire ».",
        "fr",
    )
    assert said_by(claims, "demeure prioritaire")[0] == "ministère de la Famille"


def test_how_seasoned_an_unnamed_worker_is_no_part_of_the_speaker():
    claims = claims_of(
        "Une éducatrice d'expérience, qui a demandé à ne pas être nommée, affirme que son CPE a fermé "
        "deux groupes cette année.",
        "fr",
    )
    assert said_by(claims, "deux groupes")[0] == "éducatrice"


def test_an_unnamed_employee_with_a_relative_clause_is_il_afterwards():
    claims = claims_of(
        "Au refuge, Clémence Payet-Hoarau, 29 ans, a adopté deux chiots. La jeune femme affirme que le refuge "
        "est plein.\n\n"
        "Un agent du refuge, qui s'exprime sous couvert d'anonymat, dresse un constat amer. « On ne fait que "
        "vider la mer avec une cuillère », lâche-t-il. Il affirme que 300 chiens attendent une famille.",
        "fr",
    )
    assert said_by(claims, "vider la mer")[0] == "agent du refuge"
    assert said_by(claims, "300 chiens")[0] == "agent du refuge"


def test_the_unionist_is_the_woman_named_in_the_sentence_before():
    claims = claims_of(
        "La Poste défend son choix. « Le relais sera ouvert 50 heures par semaine », fait valoir le directeur "
        "du réseau La Poste en Bigorre, Thierry Lacaze-Pouey.\n\n"
        "Un argument que balaie Sandrine Cazenave-Mirande, secrétaire de Sud PTT. Selon la syndicaliste, les "
        "relais « ne garantissent pas le secret bancaire ».",
        "fr",
    )
    assert said_by(claims, "50 heures")[0] == "Thierry Lacaze-Pouey"
    assert said_by(claims, "secret bancaire")[0] == "Sandrine Cazenave-Mirande"


def test_adding_then_a_colon_ends_the_reported_claim_before_the_quote():
    claims = claims_of(
        "State Senator Dwight Ambrose, whose district includes the town, wrote on X that the closure was "
        '"the result of low reimbursement rates," adding: "Washington needs to fix this."',
        "en",
    )
    assert said_by(claims, "the closure was")[0] == "Dwight Ambrose"
    assert said_by(claims, "Washington needs")[0] == "Dwight Ambrose"
