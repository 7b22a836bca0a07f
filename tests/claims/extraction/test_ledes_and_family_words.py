"""Wire-style ledes, bodies named by trade, family words, papers' titles and acronyms holding a country."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_a_lede_closed_by_whom_the_body_told_and_a_later_description_of_it():
    claims = claims_of(
        "Brackenfold Creamery will raise its collection charge by 1.2p a litre from 1 May, the processor has "
        "told its 230 suppliers.\n\n"
        "In a letter to farmers, the Devon-based company said rising haulage and energy costs had left it "
        "with little choice. It said it would look at the charge again in the autumn.",
        "en",
    )
    assert said_by(claims, "collection charge by 1.2p")[0] == "Brackenfold Creamery"
    assert said_by(claims, "rising haulage and energy costs")[0] == "Brackenfold Creamery"
    assert said_by(claims, "look at the charge again")[0] == "Brackenfold Creamery"


def test_a_counted_description_is_no_name_for_the_body_it_mentions():
    claims = claims_of(
        "Brackenfold Creamery said prices would stay flat until spring.\n\n"
        "One Brackenfold supplier, who asked not to be named, said three neighbours had already left.\n\n"
        "Brackenfold said its members would get a one-off bonus in June.",
        "en",
    )
    assert said_by(claims, "one-off bonus")[0] == "Brackenfold Creamery"


def test_a_consultant_of_a_consultancy_is_the_person():
    claims = claims_of(
        "Farm consultant Idris Vantongeren of Lowmead Agri Consultancy said that two more buyers were likely "
        "to cut prices.\n\n"
        "She added: “Anyone without a costing in front of them needs one now.”",
        "en",
    )
    assert said_by(claims, "two more buyers")[0] == "Idris Vantongeren"
    assert only(claims, "two more buyers").speaker.type == "person"


def test_his_dad_is_the_dad_quoted_before():
    claims = claims_of(
        "“Nobody told us a thing,” fumed dad Corin Pascoe, 38, whose daughter Elsie, six, fell ill.\n\n"
        "Elsie was back at school on Friday, her dad said.",
        "en",
    )
    assert said_by(claims, "back at school")[0] == "Corin Pascoe"


def test_a_paper_whose_title_is_a_trade_noun_relays():
    claims = claims_of(
        "Union official Dilys Harcombe said the stores would stay open.\n\n"
        "The Grocer reported on Friday, citing two store managers, that shelf prices would rise in March.",
        "en",
    )
    speaker, relay = said_by(claims, "shelf prices would rise")
    assert speaker == "store managers"
    assert relay.removeprefix("The ") == "Grocer"


def test_one_verb_with_two_that_clauses_the_first_without_that():
    claims = claims_of(
        "Hydrologist Dr Renske Oyelaran said ordinary filters did not remove the spores and that a single "
        "leak could spoil a whole reservoir.",
        "en",
    )
    claim = only(claims, "ordinary filters")
    assert "single leak" in claim.text
    assert claim.speaker.name == "Renske Oyelaran"


def test_an_acronym_that_holds_a_country_code_is_spelt_by_the_full_name():
    claims = claims_of(
        "The UK Coastal Safety Agency said four beaches had been closed.\n\n"
        "UKCSA said it expected the closures to last until Sunday.",
        "en",
    )
    assert said_by(claims, "closures to last")[0] == "UK Coastal Safety Agency"


def test_an_attribution_inside_the_marks_splits_a_french_quote_in_two():
    claims = claims_of(
        "« Ce ne sont pas des pierres, ce sont des archives, a déclaré la conservatrice du site, Gaëlle "
        "Trouvadec-Merle, devant la presse. Chaque bloc raconte une époque. » Elle a ajouté que les fouilles "
        "dureraient deux ans.",
        "fr",
    )
    first = only(claims, "ce sont des archives")
    assert first.kind == "direct" and "a déclaré" not in first.text
    assert first.speaker.name == "Gaëlle Trouvadec-Merle"
    assert said_by(claims, "Chaque bloc raconte")[0] == "Gaëlle Trouvadec-Merle"


def test_impersonal_on_beside_the_body_it_stands_for():
    claims = claims_of(
        "Le maître d'ouvrage renvoie la balle à Hydrelis. Du côté de la société de distribution, on assure "
        "que le raccordement sera achevé fin mai.\n\n"
        "Chez Batimeuse, on affirme que le chantier reprendra lundi.",
        "fr",
    )
    assert said_by(claims, "raccordement sera achevé")[0] == "Hydrelis"
    assert said_by(claims, "chantier reprendra")[0] == "Batimeuse"


def test_a_collective_named_once_is_the_collective_later_and_its_spokesperson_speaks_on_x():
    claims = claims_of(
        "Pour le collectif Rives Vivantes, qui milite depuis 2019 contre le barrage, c'est la lenteur qui "
        "inquiète. « Il faudra vingt ans à ce rythme », a ironisé sur X son porte-parole, Anouk Belleville-Tran."
        "\n\nLe collectif rappelle que la rivière a perdu 40 % de ses truites en dix ans.",
        "fr",
    )
    claim = only(claims, "c'est la lenteur")
    assert claim.text.startswith("c'est la lenteur") and claim.speaker.name == "Rives Vivantes"
    assert said_by(claims, "vingt ans à ce rythme")[0] == "Anouk Belleville-Tran"
    assert said_by(claims, "perdu 40 %")[0] == "Rives Vivantes"


def test_a_long_title_before_a_name_still_makes_the_sentence_subject():
    claims = claims_of(
        "Un technicien, qui a requis l'anonymat, affirme que les relevés ont été bâclés.\n\n"
        "À Dakar, le directeur général de l'Office national des eaux et forêts du Sénégal (ONEFS), Mamadou "
        "Sarr-Ndiaye, a salué « une avancée ». Dans un entretien au Soleil, il assure que les pépinières "
        "sont prêtes.",
        "fr",
    )
    assert said_by(claims, "pépinières sont prêtes")[0] == "Mamadou Sarr-Ndiaye"


def test_a_company_named_then_described_where_it_sits():
    claims = claims_of(
        "Coup dur pour Varnelis. La biotech installée au parc scientifique de Louvain a annoncé que son "
        "unique essai clinique avait échoué.\n\n"
        "Fondée en 2015, Varnelis avait levé 30 millions d'euros. Un nouveau plan sera présenté en mars, a "
        "précisé l'entreprise.",
        "fr",
    )
    assert said_by(claims, "unique essai clinique")[0] == "Varnelis"
    assert only(claims, "unique essai clinique").speaker.type == "organization"


def test_a_colon_inside_a_claim_introduced_by_selon():
    claims = claims_of(
        "La syndique Odile Perrenoud-Vaucher défend le plan.\n\n"
        "Selon l'élue, l'opposition retarde un chantier qui répond à une urgence : la ville manque de 300 "
        "logements.",
        "fr",
    )
    claim = only(claims, "l'opposition retarde")
    assert "300 logements" in claim.text and claim.speaker.name == "Odile Perrenoud-Vaucher"


def test_pour_a_named_body_with_its_relative_clause():
    claims = claims_of(
        "Pour le WWF Jura, qui n'a pas fait recours, la forêt du Bémont abrite « au moins trois espèces de "
        "pics protégés ».\n\n"
        "Pour les ONG, « il faut faire davantage ».",
        "fr",
    )
    assert said_by(claims, "trois espèces")[0] == "WWF Jura"
    assert not [c for c in claims if "davantage" in c.text]


def test_a_quote_after_a_colon_with_no_speech_verb():
    claims = claims_of(
        "Le promoteur Aurèle Chappuis-Vernet attend le verdict.\n\n"
        "Il ne cache pas son impatience : « Chaque semaine perdue renchérit les loyers futurs. »\n\n"
        "Noémie Jaquier-Roulet est catégorique : « Ce terrain doit rester agricole. »",
        "fr",
    )
    assert said_by(claims, "Chaque semaine perdue")[0] == "Aurèle Chappuis-Vernet"
    assert said_by(claims, "doit rester agricole")[0] == "Noémie Jaquier-Roulet"


def test_a_en_croire_a_titled_scientist_then_a_quote_after_a_colon():
    claims = claims_of(
        "A en croire la géologue Awa Sawadogo-Kaboré, chercheuse à l'université Norbert-Zongo, le recul "
        "s'explique par le vent : « En saison sèche, la dune avance de deux mètres par mois. »",
        "fr",
    )
    assert said_by(claims, "la dune avance")[0] == "Awa Sawadogo-Kaboré"


def test_a_french_ministry_named_by_a_list_is_one_speaker():
    claims = claims_of(
        "Selon le ministère de l'Équipement, du Transport et de la Logistique, le chantier sera livré en juin.",
        "fr",
    )
    assert said_by(claims, "chantier sera livré")[0] == (
        "ministère de l'Équipement, du Transport et de la Logistique"
    )


def test_a_regulators_final_notice_speaks_for_the_regulator():
    claims = claims_of(
        "The Prudential Conduct Office (PCO) fined the lender £12m.\n\n"
        "According to the PCO's final notice, an internal review warned managers in 2021 that 900 files "
        "were overdue.",
        "en",
    )
    assert said_by(claims, "900 files")[0] in ("PCO", "Prudential Conduct Office")
