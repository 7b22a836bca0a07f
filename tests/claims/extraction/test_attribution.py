"""Attribution constructions in French and English: cues, quote-first, relays, channels, pronouns."""

from __future__ import annotations

from tests.claims.extraction.claim_lookup import claims_of, only


def test_french_reported_speech_excludes_the_speaker_intro():
    claims = claims_of("La ministre Anne Durand a affirmé mardi que le chômage avait baissé de 2 %.", "fr")
    claim = only(claims, "chômage")
    assert claim.kind == "reported"
    assert claim.text == "le chômage avait baissé de 2 %"
    assert claim.speaker.name == "Anne Durand" and claim.speaker.title == "ministre"


def test_english_reported_speech_with_and_without_that():
    claims = claims_of(
        "The mayor, Jane Cole, said on Monday that the bridge would reopen in May. "
        "Police said the driver had been arrested.",
        "en",
    )
    assert only(claims, "bridge").speaker.name == "Jane Cole"
    police = only(claims, "driver")
    assert police.text == "the driver had been arrested"
    assert police.speaker.type == "organization"


def test_french_quote_first_with_inverted_pronoun_resolves_to_last_speaker():
    text = (
        "Le maire de Lille, Paul Martin, a annoncé que la piscine fermerait en juillet.\n\n"
        "« Nous n'avons pas le choix, les coûts ont doublé », a-t-il expliqué."
    )
    claim = only(claims_of(text, "fr"), "pas le choix")
    assert claim.kind == "direct"
    assert claim.speaker.name == "Paul Martin"


def test_french_quote_first_with_named_speaker_after_the_verb():
    claim = only(
        claims_of("« La reprise est solide », a déclaré Christine Lagarde devant les députés.", "fr"),
        "reprise",
    )
    assert claim.kind == "direct" and claim.speaker.name == "Christine Lagarde"


def test_english_quote_first_said_x_and_x_told_reporters():
    claims = claims_of(
        '"We will not give up," said Mayor Tom Reed. "The plan is working," Reed told reporters.', "en"
    )
    assert only(claims, "give up").speaker.name == "Tom Reed"
    assert only(claims, "plan is working").speaker.name == "Tom Reed"


def test_selon_x_quote_first_and_according_to():
    fr = only(
        claims_of("« Les stocks sont suffisants pour l'hiver », selon le ministère de l'Énergie.", "fr"),
        "stocks",
    )
    assert fr.speaker.type == "organization" and fr.kind == "direct"
    en = only(
        claims_of("Unemployment rose to 4.2% in March, according to the Labor Department.", "en"),
        "Unemployment",
    )
    assert en.speaker.name == "Labor Department" and en.kind == "reported"


def test_english_relay_quoted_as_saying():
    claim = only(
        claims_of("Interfax quoted the Russian Foreign Ministry as saying that the talks had stalled.", "en"),
        "talks",
    )
    assert claim.speaker.name == "Russian Foreign Ministry"
    assert claim.relayed_by == "Interfax"


def test_french_relay_selon_then_declaration():
    claim = only(
        claims_of("Selon l'AFP, le parquet de Paris a indiqué qu'une enquête avait été ouverte.", "fr"),
        "enquête",
    )
    assert claim.speaker.name == "parquet de Paris"
    assert claim.relayed_by == "AFP"


def test_english_relay_reported_that_x_said():
    claim = only(
        claims_of("Reuters reported that the central bank governor said rates would stay high.", "en"),
        "rates",
    )
    assert claim.relayed_by == "Reuters"
    assert "governor" in claim.speaker.name


def test_channels_are_kept_as_written():
    fr = only(
        claims_of("Le gouvernement a indiqué dans un communiqué que les prix seraient gelés.", "fr"), "prix"
    )
    assert fr.channel == "communiqué"
    en = only(claims_of("The senator wrote on Telegram that the vote had been postponed.", "en"), "vote")
    assert en.channel == "Telegram"


def test_she_resolves_to_the_last_female_speaker():
    text = (
        "La présidente de la région, Carole Delga, a annoncé que les lycées seraient rénovés.\n\n"
        "Le préfet a ajouté que les travaux commenceraient en mai.\n\n"
        "Elle a déclaré : « Nous tiendrons nos engagements. »"
    )
    assert only(claims_of(text, "fr"), "engagements").speaker.name == "Carole Delga"


def test_mr_surname_resolves_to_the_full_name_in_english():
    text = (
        "Finance minister Rachel Adams presented the budget on Tuesday.\n\n"
        'Ms Adams said: "This budget protects working families."'
    )
    assert only(claims_of(text, "en"), "working families").speaker.name == "Rachel Adams"


def test_scare_quotes_and_titles_in_quotes_are_not_claims():
    claims = claims_of(
        "Le film « Les Misérables » a attiré 2 millions de spectateurs. "
        "Les opposants parlent d'une réforme « brutale » sans préciser leurs chiffres.",
        "fr",
    )
    assert claims == []
    english = claims_of('The report, titled "A Lost Decade", was published on Friday.', "en")
    assert english == []


def test_narration_without_a_cue_is_not_a_claim():
    assert claims_of("The river burst its banks overnight and flooded 200 homes.", "en") == []
    assert claims_of("Les pompiers sont intervenus vers 3 heures du matin.", "fr") == []


def test_group_speakers_are_collective_persons():
    claim = only(
        claims_of("Witnesses described a loud explosion shortly before midnight.", "en"), "explosion"
    )
    assert claim.speaker.name == "Witnesses".lower() or claim.speaker.name.lower() == "witnesses"
    assert claim.speaker.type == "person"


def test_date_said_only_when_the_text_gives_a_date():
    claims = claims_of(
        "Le ministre a déclaré le 3 mars 2024 que la réforme serait retirée.\n\n"
        "Le ministre a déclaré que la loi serait votée.",
        "fr",
    )
    assert only(claims, "réforme").date_said == "2024-03-03"
    assert only(claims, "loi serait votée").date_said == ""
