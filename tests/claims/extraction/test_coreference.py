"""Descriptions, short names, possessive sources and relays resolved to the entity they stand for."""

from __future__ import annotations

from claims.extraction.coreference import age_range, compatible_kinds, org_kind, role_of
from claims.extraction.names import split_capitalised_role
from tests.claims.extraction.claim_lookup import claims_of


def speaker_of(claims, fragment):
    found = [c for c in claims if fragment in c.text]
    assert len(found) == 1, [(c.text, c.speaker) for c in claims]
    return found[0].speaker.name if found[0].speaker else None


def test_organisations_are_classified_by_their_head_noun_or_suffix():
    assert org_kind("Northbridge Motors") == "company"
    assert org_kind("Kestrel Rovers FC") == "club"
    assert org_kind("ministère de la Culture") == "ministry"
    assert org_kind("the RIA news agency") == "outlet"
    assert compatible_kinds("ministry", "agency") and not compatible_kinds("club", "company")


def test_role_families_tell_the_defence_from_the_prosecution_and_the_player_from_the_coach():
    assert role_of(["avocate", "générale"]) == ("court", "prosecution")
    assert role_of(["accusé"]) == ("court", "defendant")
    assert role_of(["striker"])[1] != role_of(["manager"])[1]


def test_age_descriptions_give_an_age_range():
    assert age_range("44-year-old") == (44, 44)
    assert age_range("septuagénaire") == (70, 79)
    assert age_range("magistrate") is None


def test_an_english_capitalised_role_before_a_name_is_a_title():
    assert split_capitalised_role("Deputy Fire Chief Rosa Mendel") == ("Deputy Fire Chief", "Rosa Mendel")
    assert split_capitalised_role("Hydrologist Ben Carver") == ("Hydrologist", "Ben Carver")
    assert split_capitalised_role("Imogen Hale QC") == ("", "Imogen Hale")
    assert split_capitalised_role("Russian Foreign Ministry") == ("", "Russian Foreign Ministry")


def test_the_french_defendant_is_not_resolved_to_the_defence_lawyer_who_spoke_last():
    claims = claims_of(
        "L'accusé, Marc Delorme, a comparu libre. Son avocate, Me Inès Faure, a affirmé que son client "
        "était absent ce soir-là. L'accusé a ensuite déclaré qu'il n'avait jamais vu la victime.",
        "fr",
    )
    assert speaker_of(claims, "jamais vu") == "Marc Delorme"


def test_the_english_striker_is_not_resolved_to_the_manager_who_spoke_last():
    claims = claims_of(
        "Kestrel Rovers signed striker Tomas Veld on Monday. Rovers manager Ian Brody said the forward "
        "would start on Saturday. The striker said he had chosen the club for its academy.",
        "en",
    )
    assert speaker_of(claims, "academy") == "Tomas Veld"


def test_an_age_description_goes_to_the_person_of_that_age():
    claims = claims_of(
        "Farmer Alice Brenner, 63, met inspector Joe Tamm, 41, at the gate. Tamm said the herd was healthy. "
        "The 63-year-old said she had lost 12 cows since May.",
        "en",
    )
    assert speaker_of(claims, "12 cows") == "Alice Brenner"


def test_a_french_decade_description_goes_to_the_person_of_that_age():
    claims = claims_of(
        "Dans son atelier, Louis Mercier, 57 ans, répare des vélos. Son apprenti, Noé Blanc, affirme "
        "que le carnet de commandes est plein. « Nous refusons des clients chaque semaine », assure le quinquagénaire.",
        "fr",
    )
    assert speaker_of(claims, "refusons") == "Louis Mercier"


def test_a_description_matching_a_title_goes_to_the_person_with_that_title():
    claims = claims_of(
        "The hydrologist who led the survey, Dr Maya Ortiz, said the aquifer had dropped by 3 metres. "
        "Local farmer Pete Lund said wells had run dry. The hydrologist said the decline had started in 2015.",
        "en",
    )
    assert speaker_of(claims, "decline") == "Maya Ortiz"


def test_a_french_job_description_resolves_to_the_named_person_who_holds_it():
    claims = claims_of(
        "La vétérinaire du parc, Agathe Roux, a expliqué que deux loups avaient été relâchés. "
        "« Ils sont en bonne santé », a ajouté la vétérinaire.",
        "fr",
    )
    assert speaker_of(claims, "bonne santé") == "Agathe Roux"


def test_the_company_is_the_latest_company_named_and_a_short_name_is_expanded():
    claims = claims_of(
        "Shares in Orvane Technologies fell 4% on Monday. The company said sales had dropped in Asia. "
        "Orvane said it would cut 300 jobs.",
        "en",
    )
    assert speaker_of(claims, "sales") == "Orvane Technologies"
    assert speaker_of(claims, "300 jobs") == "Orvane Technologies"


def test_the_utility_is_resolved_to_the_company_that_spoke_before():
    claims = claims_of(
        "Western Power & Light said it had restored supply to 8,000 homes. "
        "The utility said repairs would take another two days.",
        "en",
    )
    assert speaker_of(claims, "repairs") == "Western Power & Light"


def test_a_french_acronym_stands_for_the_full_name_given_before_it():
    claims = claims_of(
        "Selon l'Office régional du tourisme (ORT), la fréquentation a baissé de 6 %. "
        "L'ORT a ajouté que les réservations reprenaient depuis septembre.",
        "fr",
    )
    assert speaker_of(claims, "réservations") == "Office régional du tourisme"


def test_a_french_possessive_bulletin_speaks_for_the_organisation_just_named():
    claims = claims_of(
        "Vigicrues a placé le Doubs en vigilance orange mardi. "
        "Selon son dernier bulletin, la crue devrait atteindre son maximum jeudi matin.",
        "fr",
    )
    assert speaker_of(claims, "maximum") == "Vigicrues"


def test_an_english_possessive_report_speaks_for_the_organisation_just_named():
    claims = claims_of(
        "The Harbour Trust said on Monday that traffic was stable. "
        "According to its latest annual report, the port handled 2 million containers last year.",
        "en",
    )
    assert speaker_of(claims, "containers") == "Harbour Trust"


def test_selon_son_ministere_is_the_ministry_of_the_minister_just_named():
    claims = claims_of(
        "La ministre de la Culture, Hélène Vasseur, a inauguré le musée. "
        "Selon son ministère, 40 musées ont été rénovés depuis 2022.",
        "fr",
    )
    assert speaker_of(claims, "40 musées") == "ministère de la Culture"


def test_an_english_outlet_citing_a_source_relays_the_source():
    claims = claims_of(
        "Reuters, citing two sources in the transport ministry, said the rail tender would be delayed.",
        "en",
    )
    claim = [c for c in claims if "tender" in c.text][0]
    assert claim.speaker.name == "sources in the transport ministry"
    assert claim.relayed_by == "Reuters"


def test_a_french_outlet_citant_a_source_relays_the_source():
    claims = claims_of(
        "Le quotidien Sud Ouest, citant une source à la préfecture, affirme que le pont restera fermé.",
        "fr",
    )
    claim = [c for c in claims if "pont" in c.text][0]
    assert claim.speaker.name == "source à la préfecture"
    assert claim.relayed_by == "Sud Ouest"


def test_a_study_without_named_authors_speaks_for_the_researchers():
    claims = claims_of(
        "A study published on Tuesday suggests that urban trees lower night temperatures by 2C.",
        "en",
    )
    assert speaker_of(claims, "urban trees") == "researchers"


def test_selon_a_role_then_a_name_credits_the_name():
    claims = claims_of(
        "Selon la directrice du festival, Nina Perrault, 80 000 billets ont été vendus.",
        "fr",
    )
    assert speaker_of(claims, "billets") == "Nina Perrault"


def test_a_trailing_according_to_a_role_and_name_credits_the_name():
    claims = claims_of(
        "The shelter took in 900 dogs last year, according to its director, Sam Okoro.",
        "en",
    )
    assert speaker_of(claims, "900 dogs") == "Sam Okoro"


def test_an_english_capitalised_title_is_stripped_from_the_speaker():
    claims = claims_of(
        "Deputy Fire Chief Rosa Mendel said three engines had been sent to the warehouse.",
        "en",
    )
    assert speaker_of(claims, "engines") == "Rosa Mendel"


def test_an_age_after_a_name_is_not_taken_for_the_speaker():
    claims = claims_of(
        "Potter Joan Adair, 82, who opened her studio in 1970, said the kiln had cracked twice this year.",
        "en",
    )
    assert speaker_of(claims, "kiln") == "Joan Adair"


def test_a_french_present_tense_subject_after_an_apposition_is_remembered():
    claims = claims_of(
        "Le porte-parole du collectif, Hugo Marchand, conteste ces chiffres. "
        "« Il y avait au moins 3 000 personnes », a-t-il assuré.",
        "fr",
    )
    assert speaker_of(claims, "3 000") == "Hugo Marchand"
