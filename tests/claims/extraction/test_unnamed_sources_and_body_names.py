"""Unnamed sources met again by their head noun or a pronoun; an official described by an office "de la
ville" is a person; "M." before a two-word surname; a town that opens a club's name; a report's
author in an apposition; a lead's "its operator"; a claim going on after ", but never"; "their last
calls" is a noun; a body's own "it" is no relay; a body's name cut short by a mention; bodies whose
names end like trades."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_he_after_an_unnamed_farmer_is_the_farmer():
    claims = claims_of(
        "Drop planned.\n\n"
        "Wiremu Tane said the iwi had been consulted.\n\n"
        "One Opunake dairy farmer, who asked not to be named, said most farmers supported the drop.\n\n"
        '"Ring us first. That is all we ask," he said.',
        "en",
    )
    assert only(claims, "most farmers").speaker.type == "person"
    assert said_by(claims, "Ring us first")[0] == "Opunake dairy farmer"


def test_the_assistant_is_the_unnamed_library_assistant_who_spoke():
    claims = claims_of(
        "Evening hours cut.\n\n"
        "Librarian Saara Niemi said the cut would save $90,000.\n\n"
        "A library assistant at one of the four branches, who asked not to be named, said evening visitors "
        "were mostly students.\n\n"
        '"Those are the people who cannot come at 2 in the afternoon," the assistant said.',
        "en",
    )
    speaker = said_by(claims, "cannot come")[0]
    assert speaker.startswith("library assistant")


def test_a_town_opening_a_clubs_name_stays_but_a_title_or_a_noun_does_not():
    claims = claims_of(
        "Lift closed.\n\n"
        "The Casper Nordic Juniors, a club that trains 70 children, said in a post that it would move "
        "its training.\n\n"
        "The Rev Morag Lennie said the hall would open at 6pm.\n\n"
        "L'ONG Récif Vivant estime que 30 % du corail est blanchi.",
        "en",
    )
    assert said_by(claims, "move its training")[0] == "Casper Nordic Juniors"
    assert said_by(claims, "6pm")[0] == "Morag Lennie"


def test_a_reports_author_in_an_apposition_is_the_source():
    claims = claims_of(
        "Lift closed.\n\n"
        "According to the inspection report, prepared by Cheyenne-based Medicine Bow Ropeways, the cracks "
        'were "consistent with metal fatigue" in old parts.',
        "en",
    )
    assert said_by(claims, "metal fatigue")[0] == "Medicine Bow Ropeways"


def test_its_operator_in_a_lead_is_the_shipping_line_opening_the_next_paragraph():
    claims = claims_of(
        "Dozens of Arctic Bay households will wait until next summer for their cargo after the last ship "
        "turned back, its operator says.\n\n"
        "Tuktu Marine Lines said in a statement that its vessel could not unload because of heavy ice.\n\n"
        "It said about 90 tonnes of cargo had been taken back to Montreal.",
        "en",
    )
    assert said_by(claims, "Dozens of Arctic Bay")[0] == "Tuktu Marine Lines"
    assert said_by(claims, "90 tonnes")[0] == "Tuktu Marine Lines"


def test_a_claim_goes_on_after_but_never_and_their_last_calls_is_a_noun():
    claims = claims_of(
        "Sealift late.\n\n"
        'Leah Qaunaq said the family had seen late sealifts before, but never one that "just left."\n\n'
        "Sealift is the only way heavy goods arrive, and ships usually make their last calls in early "
        "October.",
        "en",
    )
    assert (
        only(claims, "late sealifts").text.endswith('"just left."')
        or "never one" in only(claims, "late sealifts").text
    )
    assert not [c for c in claims if "Sealift is the only way" in c.text]


def test_an_officer_of_the_town_is_a_person_and_lui_is_that_officer():
    claims = claims_of(
        "La gare routière déménage.\n\n"
        "Lors d'une réunion mardi, l'administrateur délégué de la ville a affirmé que le nouveau site pourra "
        "accueillir 300 véhicules. « Ce n'est plus tenable », a-t-il martelé. Selon lui, les travaux ont "
        "coûté environ 350 millions de francs CFA.",
        "fr",
    )
    assert only(claims, "300 véhicules").speaker.type == "person"
    assert said_by(claims, "350 millions")[0] == "administrateur délégué de la ville"


def test_a_courtesy_title_before_two_words_gives_the_full_name():
    claims = claims_of(
        "Les transporteurs protestent.\n\n"
        "Le Syndicat des transporteurs de Tahoua, par la voix de son secrétaire général, Issoufou Dan Baba, "
        "affirme que le site est trop loin. « Le voyageur devra payer 500 francs de plus », a ajouté M. Dan "
        "Baba.",
        "fr",
    )
    assert said_by(claims, "500 francs")[0] == "Issoufou Dan Baba"


def test_a_bodys_own_it_is_no_relay_and_the_ministry_is_its_full_listed_name():
    claims = claims_of(
        "Hot springs cool.\n\n"
        "Beppu Geothermal Power said in a statement that drilling would continue.\n\n"
        "The Ministry of Land, Infrastructure and Transport, which approved the permit, said it had asked the "
        "developer for more data.\n\n"
        "Geothermal power supplies little of Japan's electricity, but the ministry said 12 new plants were "
        "planned.",
        "en",
    )
    claim = only(claims, "more data")
    assert (claim.speaker.name, claim.relayed_by) == ("Ministry of Land, Infrastructure and Transport", "")
    assert said_by(claims, "12 new plants")[0] == "Ministry of Land, Infrastructure and Transport"


def test_bodies_whose_names_end_like_trades_stay_bodies():
    claims = claims_of(
        "Lignes menacées\n\n"
        "Trois lignes de bus pourraient être supprimées, a indiqué jeudi le Gouvernement jurassien dans un "
        "communiqué.\n\n"
        "Deux pêcheurs sont portés disparus, a indiqué dimanche la Brigade nationale des sapeurs-pompiers.",
        "fr",
    )
    assert only(claims, "Trois lignes").speaker.type == "organization"
    assert only(claims, "Deux pêcheurs").speaker.type == "organization"


def test_a_two_word_name_before_spokeswoman_is_a_body_and_monitoring_data_is_its_issuers():
    claims = claims_of(
        "Post delayed.\n\n"
        "A Parcel Force spokeswoman said customers could collect items from the depot at Hayle.\n\n"
        "According to Environmental Protection Agency monitoring data, fine particles were three times the "
        "guideline on Monday.",
        "en",
    )
    claim = only(claims, "depot at Hayle")
    assert (claim.speaker.name, claim.speaker.type) == ("Parcel Force", "organization")
    assert said_by(claims, "fine particles")[0] == "Environmental Protection Agency"
