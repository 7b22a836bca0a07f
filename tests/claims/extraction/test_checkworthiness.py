"""Check-worthiness: factual, figure-bearing claims rank above opinions, predictions and jokes."""

from __future__ import annotations

import pytest
import spacy

from claims.extraction.checkworthiness import score_claim
from claims.extraction.quantities import find_quantities
from claims.extraction.types import ExtractedClaim

LIBERATED = "Les forces armées ukrainiennes avaient libéré environ 2 000 kilomètres carrés de territoire"
FASTEST = "L'armée russe revendique le titre d'armée la plus rapide du monde… continuez à courir !"
NO_PLACE = "Il n'y a, et il n'y aura pas de place pour les occupants en Ukraine."
INFLATION = "Inflation reached 5.2% in March, the statistics office said"
WILL_WIN = "I think we will win"


def claim(text: str, language: str = "fr") -> ExtractedClaim:
    return ExtractedClaim(
        text=text,
        kind="direct",
        speaker=None,
        channel="",
        relayed_by="",
        start=0,
        end=len(text),
        language=language,
    )


def score(text: str, language: str = "fr", doc=None):
    return score_claim(claim(text, language), doc=doc)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("fr_core_news_md")


def test_a_past_liberation_with_a_figure_ranks_high():
    assert score(LIBERATED).score >= 0.6


def test_an_ironic_appeal_ranks_low():
    assert score(FASTEST).score <= 0.4


def test_a_prediction_ranks_low():
    assert score(NO_PLACE).score <= 0.4


def test_a_sourced_statistic_ranks_high_in_english():
    assert score(INFLATION, "en").score >= 0.6


def test_an_opinion_about_the_future_ranks_low_in_english():
    assert score(WILL_WIN, "en").score <= 0.4


def test_the_figure_claim_outranks_every_low_example():
    high = min(score(LIBERATED).score, score(INFLATION, "en").score)
    low = max(score(FASTEST).score, score(NO_PLACE).score, score(WILL_WIN, "en").score)
    assert high > low


def test_every_reason_shows_its_signed_contribution_and_they_add_up_to_the_score():
    result = score(LIBERATED)
    assert "+0.30 states a figure: 2 000 kilomètres carrés" in result.reasons
    assert "+0.15 factual verb: libérer" in result.reasons
    assert "+0.10 past tense" in result.reasons
    total = sum(float(reason.split()[0]) for reason in result.reasons)
    assert result.score == round(min(1.0, max(0.0, total)), 2)


def test_the_score_is_clamped_to_zero_and_one():
    assert score(FASTEST).score == 0.0
    assert 0.0 <= score(INFLATION, "en").score <= 1.0
    assert score("Le 3 mars, Kyiv a repris 2 000 km² et tué 300 soldats à Izium.").score == 1.0


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("Je pense que la ville est calme", "fr", "-0.30 opinion: 'Je pense'"),
        ("À mon avis la ville est calme", "fr", "-0.30 opinion: 'À mon avis'"),
        ("I believe the city is calm", "en", "-0.30 opinion: 'I believe'"),
        ("In my view the city is calm", "en", "-0.30 opinion: 'In my view'"),
        ("Qui peut croire cela ?", "fr", "-0.25 rhetorical question"),
        ("Who can believe that?", "en", "-0.25 rhetorical question"),
        (NO_PLACE, "fr", "-0.25 prediction/future: 'il n'y aura'"),
        ("Les troupes vont attaquer la ville", "fr", "-0.25 prediction/future: 'vont attaquer'"),
        ("The troops are going to attack", "en", "-0.25 prediction/future: 'going to'"),
        ("Nous devons tenir la ligne", "fr", "-0.20 appeal/imperative: 'Nous devons'"),
        ("Continuez à courir", "fr", "-0.20 appeal/imperative: 'Continuez'"),
        ("We must hold the line", "en", "-0.20 appeal/imperative: 'We must'"),
        ("Let us hold the line", "en", "-0.20 appeal/imperative: 'Let us'"),
        ("Quelle vitesse… bravo !", "fr", "-0.20 joke/irony marker: trailing off then '!'"),
        ("Nice retreat lol", "en", "-0.20 joke/irony marker: 'lol'"),
        ("Cela pourrait être un tournant", "fr", "-0.15 speculation: 'pourrait'"),
        ("Les troupes ont repris la ville de Koupiansk", "fr", "+0.15 names an entity: Koupiansk"),
        ("The army retook the town of Izium", "en", "+0.15 names an entity: Izium"),
        ("Les troupes ont capturé la ville", "fr", "+0.15 factual verb: capturer"),
        ("The troops captured the town", "en", "+0.15 factual verb: capture"),
        ("Les troupes ont quitté la ville", "fr", "+0.10 past tense"),
        ("The troops left the town after they had rested", "en", "+0.10 past tense"),
        ("Le chômage touche 7 % des habitants", "fr", "+0.30 states a figure: 7 %"),
        ("Unemployment hit 7 per cent", "en", "+0.30 states a figure: 7 per cent"),
    ],
)
def test_each_rule_gives_its_reason_in_both_languages(text, language, reason):
    assert reason in score(text, language).reasons


def test_a_capital_at_the_start_of_a_sentence_is_not_an_entity():
    assert not any("entity" in r for r in score("Les troupes sont calmes. Elles attendent.").reasons)


def test_a_calm_statement_in_the_present_gets_no_past_tense_bonus():
    assert not any("past tense" in r for r in score("Les troupes attendent au nord").reasons)


def test_a_noun_does_not_count_as_a_factual_verb():
    assert not any("factual verb" in r for r in score("la libération de la ville").reasons)


def test_quantities_already_on_the_claim_are_used():
    extracted = claim("Ils ont avancé.")
    extracted.quantities = find_quantities("300 km", "fr")
    assert "+0.30 states a figure: 300 km" in score_claim(extracted).reasons


def test_a_spacy_doc_supplies_entities_lemmas_and_tenses(nlp):
    text = "Andriy Yermak a publié une photo des troupes qui ont libéré Izium."
    result = score(text, doc=nlp(text))
    assert "+0.15 factual verb: libérer" in result.reasons
    assert "+0.10 past tense" in result.reasons
    assert any(r.startswith("+0.15 names an entity: ") for r in result.reasons)


def test_a_spacy_doc_reveals_a_future_the_word_lists_miss(nlp):
    text = "Les occupants prendront la fuite."
    assert not any("prediction" in r for r in score(text).reasons)
    assert "-0.25 prediction/future: 'prendront'" in score(text, doc=nlp(text)).reasons


def test_the_ranking_holds_with_a_spacy_doc(nlp):
    assert score(LIBERATED, doc=nlp(LIBERATED)).score >= 0.6
    assert score(FASTEST, doc=nlp(FASTEST)).score <= 0.4
    assert score(NO_PLACE, doc=nlp(NO_PLACE)).score <= 0.4


def test_a_span_works_as_the_doc(nlp):
    doc = nlp(f"Le titre. {LIBERATED}.")
    span = doc[3:]
    assert score(LIBERATED, doc=span).score >= 0.6
