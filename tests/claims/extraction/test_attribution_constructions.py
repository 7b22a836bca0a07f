"""Constructions of real news copy: pronouns whose antecedent never spoke, coordination, framing, relays."""

from __future__ import annotations

from tests.claims.extraction.claim_lookup import claims_of, only


def test_a_french_pronoun_falls_back_to_the_last_sentence_subject_who_never_spoke():
    claims = claims_of(
        "La maire de Rennes, Anne Colin, a visité le chantier jeudi. "
        "Elle a déclaré que les travaux seraient terminés en juin.",
        "fr",
    )
    assert only(claims, "travaux").speaker.name == "Anne Colin"


def test_an_english_pronoun_falls_back_to_the_last_sentence_subject_who_never_spoke():
    claims = claims_of(
        "The mayor said the bridge would reopen in May. Asked about the cost, Tom Price was blunt. "
        '"It will cost more than anyone admits," he said.',
        "en",
    )
    assert only(claims, "cost more").speaker.name == "Tom Price"


def test_a_pronoun_learns_the_gender_it_implies():
    claims = claims_of(
        "Sam Lee, a nurse, said the ward was full. Alex Moore, a doctor, said the beds were lacking. "
        '"We are exhausted," she said. "We need help now," he added.',
        "en",
    )
    assert only(claims, "exhausted").speaker.name == "Alex Moore"


def test_an_inverted_auxiliary_names_the_sentence_subject():
    claims = claims_of(
        "L’agence régionale de santé a recensé 40 cas depuis janvier, a-t-elle indiqué mercredi.", "fr"
    )
    claim = only(claims, "40 cas")
    assert claim.speaker.name == "agence régionale de santé"


def test_a_coordinated_french_verb_keeps_the_first_subject_and_splits_the_claims():
    claims = claims_of(
        "Le candidat a estimé que « rien n’est joué » et a appelé les électeurs à se mobiliser.", "fr"
    )
    first = only(claims, "rien")
    assert first.text == "« rien n’est joué »"
    second = only(claims, "électeurs")
    assert second.speaker.name == first.speaker.name == "candidat"


def test_a_coordinated_english_verb_after_but_is_not_a_speaker():
    claims = claims_of("The WHO said the risk was low, but urged countries to step up testing.", "en")
    assert {c.speaker.name for c in claims} == {"WHO"}
    assert only(claims, "risk").text == "the risk was low"


def test_pour_x_and_for_x_openers_attribute_the_statement():
    french = claims_of(
        "Pour Julie Marchand, économiste à l’OFCE, la croissance restera faible cette année.", "fr"
    )
    assert only(french, "croissance").speaker.name == "Julie Marchand"
    assert only(french, "croissance").text.startswith("la croissance")
    english = claims_of("For Ben Hart of the Resolution Foundation, the figures are worrying.", "en")
    assert only(english, "figures").speaker.name == "Ben Hart"


def test_pour_opening_a_time_phrase_names_no_one():
    assert claims_of("Pour la première fois, le fleuve a débordé en plein été.", "fr") == []


def test_a_relay_is_found_after_cite_par_and_citing():
    french = claims_of(
        "La Russie est prête à négocier, a déclaré lundi le Kremlin, cité par l’agence RIA Novosti.", "fr"
    )
    claim = only(french, "négocier")
    assert (claim.speaker.name, claim.relayed_by) == ("Kremlin", "RIA Novosti")
    english = claims_of(
        "Air defences destroyed 20 drones overnight, the TASS news agency reported, citing the defence ministry.",
        "en",
    )
    claim = only(english, "drones")
    assert claim.speaker.name == "defence ministry" and claim.relayed_by == "TASS"


def test_a_trailing_outlet_after_a_reported_clause_is_a_relay():
    claims = claims_of(
        "Le vice-ministre Ivan Orlov a estimé que les sanctions « ne changeraient rien », a rapporté l’agence Interfax.",
        "fr",
    )
    claim = only(claims, "sanctions")
    assert claim.speaker.name == "Ivan Orlov" and claim.relayed_by == "Interfax"
    assert "rapporté" not in claim.text


def test_according_to_inside_an_attribution_is_a_relay_not_a_claim():
    claims = claims_of("The Kremlin said, according to RIA Novosti, that no summit was planned.", "en")
    claim = only(claims, "summit")
    assert claim.text == "no summit was planned"
    assert (claim.speaker.name, claim.relayed_by) == ("Kremlin", "RIA Novosti")


def test_an_anonymity_formula_is_neither_speech_nor_part_of_the_name():
    claims = claims_of(
        "A senior official, who asked not to be named because he was not authorised to speak, "
        "said talks had stalled.",
        "en",
    )
    assert [c.text for c in claims] == ["talks had stalled"]
    assert claims[0].speaker.name == "senior official"


def test_a_partial_quote_inside_a_clause_is_not_a_direct_claim():
    french = claims_of(
        "La Russie est prête à discuter « sans conditions préalables », a déclaré le Kremlin.", "fr"
    )
    assert [c.kind for c in french] == ["reported"]
    english = claims_of('The judge said he had shown "not a shred of remorse".', "en")
    assert [c.kind for c in english] == ["reported"]


def test_object_verbs_of_stance_produce_no_claim():
    assert claims_of("L’opposition dénonce un projet « idéologique ».", "fr") == []
    assert claims_of("Le maire a salué « le courage » des pompiers.", "fr") == []
    assert claims_of("L’entraîneur s’est félicité de « la réaction » de son équipe.", "fr") == []


def test_an_interrupted_quote_keeps_its_speaker_for_the_second_piece():
    claims = claims_of(
        '"We are ready to talk," said Olga Petrenko, a spokeswoman for the ministry, "but not at any price."',
        "en",
    )
    assert [c.speaker.name for c in claims] == ["Olga Petrenko", "Olga Petrenko"]


def test_a_quote_after_a_verb_used_only_with_quotes_is_attributed():
    claims = claims_of("« Nous avons perdu nos repères », a lancé sur X l’ancien maire, Louis Garnier.", "fr")
    assert only(claims, "repères").speaker.name == "Louis Garnier"


def test_found_that_reports_a_finding_but_found_without_that_does_not():
    claims = claims_of("Researchers found that the drug cut deaths by 20%.", "en")
    assert only(claims, "drug").speaker.name == "Researchers"
    assert claims_of("Police found the car abandoned near the station on Sunday.", "en") == []


def test_media_reports_that_is_a_noun_not_a_cue():
    assert claims_of("The Kremlin rejected media reports that a summit was planned.", "en") == []
