"""Speech verbs and speaker names of the fourth round: present tense, passives, titles, particles."""

from __future__ import annotations

from tests.claims.extraction.claim_lookup import claims_of, only


def test_he_says_at_the_end_of_a_paragraph_goes_to_the_named_subject_before_it():
    claims = claims_of(
        "Gov. Ellen Park wants the state to buy the old mill. The site could host 400 homes, she says.",
        "en",
    )
    assert only(claims, "400 homes").speaker.name == "Ellen Park"


def test_a_name_with_a_present_tense_verb_is_a_sentence_subject():
    claims = claims_of(
        "Sen. Paul Iverson disagrees. The plan would double the county's debt, the senator argues.",
        "en",
    )
    assert only(claims, "double").speaker.name == "Paul Iverson"


def test_an_abbreviated_title_and_initials_do_not_cut_the_name_after_a_quote():
    claims = claims_of(
        '"The cells degrade far more slowly than we expected," said lead author Dr. K. L. Moreau.',
        "en",
    )
    assert only(claims, "degrade").speaker.name == "K. L. Moreau"


def test_a_live_blog_entry_time_is_not_part_of_the_speaker():
    claims = claims_of("09:42 Dr Anna de Vries said the first two days were decisive.", "en")
    assert only(claims, "decisive").speaker.name == "Anna de Vries"


def test_accepted_that_and_reminded_the_jury_that_report_claims():
    claims = claims_of(
        "Under cross-examination, Mark Hollis accepted that he had deleted the messages. "
        "The judge, Recorder Ann Kemp, reminded the jury that the defendant had no previous convictions.",
        "en",
    )
    assert only(claims, "deleted").speaker.name == "Mark Hollis"
    assert only(claims, "convictions").speaker.name == "Ann Kemp"


def test_told_the_court_he_saw_is_reported_speech():
    claims = claims_of(
        "A doorman, Ray Quinn, told the court he saw the defendant throw the first punch.", "en"
    )
    assert only(claims, "first punch").speaker.name == "Ray Quinn"


def test_the_bbc_understands_without_that_is_reported_speech():
    claims = claims_of("The BBC understands the club has accepted a bid of £40m for the striker.", "en")
    assert only(claims, "accepted a bid").speaker.name == "BBC"


def test_a_passive_speech_verb_gives_no_claim_to_its_grammatical_subject():
    english = claims_of(
        "Thousands of residents have been urged to leave their homes before the river peaks.", "en"
    )
    french = claims_of("Les consommateurs sont invités à rapporter les produits en magasin.", "fr")
    assert english == [] and french == []


def test_a_passive_participle_inside_a_clause_does_not_make_the_speaker_a_relay():
    claims = claims_of(
        "Marc Royer a affirmé que des irrégularités avaient été constatées dans deux bureaux.", "fr"
    )
    claim = only(claims, "irrégularités")
    assert claim.speaker.name == "Marc Royer"
    assert claim.relayed_by == ""


def test_a_participle_opener_before_the_subject_is_skipped():
    claims = claims_of(
        "Battu de 80 voix, le maire sortant, Hervé Gasc (divers droite), a reconnu sa défaite. "
        "Il a toutefois affirmé que des bulletins avaient disparu dans un bureau de vote.",
        "fr",
    )
    assert only(claims, "bulletins").speaker.name == "Hervé Gasc"


def test_dit_avoir_and_a_reflexive_verb_after_a_quote_are_attributed():
    claims = claims_of(
        "La Dr Inès Morel-Dubois, pédiatre à Vannes, dit avoir reçu vingt appels depuis lundi. "
        "« On nous retire des heures de cours », s’indigne Paul Ferrand, délégué des parents.",
        "fr",
    )
    assert only(claims, "vingt appels").speaker.name == "Inès Morel-Dubois"
    assert only(claims, "heures de cours").speaker.name == "Paul Ferrand"


def test_tranche_x_closes_a_reported_claim():
    claims = claims_of("Bâcher les glaciers n’a aucun sens à grande échelle, tranche Claire Vidal.", "fr")
    assert only(claims, "glaciers").speaker.name == "Claire Vidal"


def test_a_named_spokesperson_with_a_particle_after_selon_is_the_speaker():
    claims = claims_of(
        "Berlin partage cette réserve, selon la porte-parole du gouvernement allemand, Ute von Arnim.", "fr"
    )
    assert only(claims, "Berlin").speaker.name == "Ute von Arnim"


def test_a_capital_article_inside_a_sentence_belongs_to_the_paper_title():
    claims = claims_of("Selon L’Équipe, le défenseur aurait signé pour quatre saisons.", "fr")
    assert only(claims, "défenseur").speaker.name == "L'Équipe"


def test_a_sentence_initial_article_is_still_dropped():
    claims = claims_of("L’Ademe a indiqué que la facture avait doublé en dix ans.", "fr")
    assert only(claims, "facture").speaker.name == "Ademe"


def test_a_description_with_an_age_refers_to_the_last_person_named():
    claims = claims_of(
        "Le demi de mêlée Hugo Sarda a marqué deux essais. « Je me suis régalé », sourit le jeune homme de 21 ans.",
        "fr",
    )
    assert only(claims, "régalé").speaker.name == "Hugo Sarda"


def test_a_researcher_introduced_with_an_apposition_is_found_by_la_chercheuse():
    claims = claims_of(
        "La glaciologue Marie Aubert, directrice de recherche au CNRS, publie un livre. "
        "La chercheuse rappelle que le glacier a reculé de 80 mètres en deux ans.",
        "fr",
    )
    assert only(claims, "reculé").speaker.name == "Marie Aubert"
