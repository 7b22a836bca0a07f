"""Clergy titles, single curly quotes, inside sources, infinitives, emphasis and less common French phrasings."""

from tests.claims.extraction.claim_lookup import claims_of, only, said_by


def test_a_reverend_and_a_second_quote_in_single_curly_marks():
    claims = claims_of(
        "The Rev Ailsa Dunwoody said the synod would set up a fund for merged parishes.\n\n"
        "‘Nobody in Armagh is deciding this for Tyrone,’ she said. ‘The people in those pews will decide, "
        "and we will stand by them.’",
        "en",
    )
    assert said_by(claims, "fund for merged")[0] == "Ailsa Dunwoody"
    assert said_by(claims, "people in those pews")[0] == "Ailsa Dunwoody"


def test_first_names_that_look_like_occupations_stay_first_names():
    claims = claims_of(
        "D'après le professeur Prosper Lukusa Mbala, géologue, les sols perdent toute cohésion sous la pluie.",
        "fr",
    )
    assert said_by(claims, "perdent toute cohésion")[0] == "Prosper Lukusa Mbala"


def test_a_source_inside_a_body_is_not_the_body_and_a_broadcaster_named_news_reports():
    claims = claims_of(
        "Prairie News reported Monday, citing a source at the Southern Growers Association, that two more "
        "districts were in talks.\n\n"
        "The association itself said in a statement that growers had always shared water in dry years.",
        "en",
    )
    speaker, relay = said_by(claims, "two more districts")
    assert speaker == "source at the Southern Growers Association" and relay == "Prairie News"
    assert said_by(claims, "always shared water")[0] == "Southern Growers Association"


def test_an_infinitive_is_no_speech_verb():
    claims = claims_of(
        "The Carolina Egg Council said in a statement that it would work with other companies to find new "
        "buyers, but warned that capacity was already stretched thin.",
        "en",
    )
    assert said_by(claims, "capacity was already")[0] == "Carolina Egg Council"


def test_french_phrasings_around_speakers():
    claims = claims_of(
        "Un équipier, cité sous couvert d'anonymat par Antilla, reconnaît que la voile était trop grande.\n\n"
        "« On est venus pour gagner sur l'eau », s'est contenté de déclarer Loïc Anglade-Morin, patron de la "
        "yole.\n\n"
        "L'épreuve de physique du brevet, passée lundi par 30 000 élèves, est annulée, a annoncé hier "
        "l'Office des examens dans un communiqué. Selon le même texte, les sujets circulaient en ligne.\n\n"
        "Le conseil de paroisse de Sâles l'a confirmé : la suspension est « provisoire ».\n\n"
        "L'association de parents d'élèves Fihavanana affirme qu'elle organisera des révisions gratuites.",
        "fr",
    )
    assert said_by(claims, "voile était trop grande") == ("équipier", "Antilla")
    assert said_by(claims, "gagner sur l'eau")[0] == "Loïc Anglade-Morin"
    assert said_by(claims, "circulaient en ligne")[0] == "Office des examens"
    assert said_by(claims, "« provisoire »")[0] == "conseil de paroisse de Sâles"
    assert said_by(claims, "révisions gratuites")[0] == "Fihavanana"


def test_a_description_once_resolved_names_the_person_later():
    claims = claims_of(
        "Sur le quai, Noëlle Brassard-Ouimet tend un casque. « Ce sifflement, c'est un veau », dit-elle.\n\n"
        "La biologiste, chercheuse à l'Institut maritime de Gaspé (IMG), dirige un réseau d'hydrophones.\n\n"
        "La porte-parole du ministère, Odette Lachance-Roy, affirme qu'une consultation sera lancée.\n\n"
        "Selon la biologiste, ralentir les navires réduirait le bruit de 40 %.",
        "fr",
    )
    assert said_by(claims, "réduirait le bruit")[0] == "Noëlle Brassard-Ouimet"


def test_a_quote_introduced_at_the_end_of_the_paragraph_before():
    claims = claims_of(
        "Pour l'ISMER, le bruit double chaque décennie.\n\n"
        "Noëlle Brassard-Ouimet étudie les bélugas depuis vingt ans. Elle résume le problème d'une image :\n\n"
        "« Le béluga vit dans un monde de sons. Quand on lui enlève la moitié de sa portée, il est perdu. »",
        "fr",
    )
    assert said_by(claims, "monde de sons")[0] == "Noëlle Brassard-Ouimet"


def test_a_company_after_a_presidents_title_is_no_person():
    claims = claims_of(
        "Pour Médard Tremblay-Côté, président de l'entreprise Excursions Baie-Bleue, qui exploite trois "
        "bateaux, le problème vient « des grands paquebots ». « On protège les bélugas », lance-t-il.",
        "fr",
    )
    assert said_by(claims, "On protège")[0] == "Médard Tremblay-Côté"


def test_an_attorney_of_her_town_and_a_modal_inside_the_reported_clause():
    claims = claims_of(
        "Ferrand's attorney, Maisie Tolliver of Orono, said the law bars employers from punishing workers.\n\n"
        "The town's attorney, Prescott Hale, said Thursday that the town denies the allegations and would ask "
        "the court to dismiss the case.",
        "en",
    )
    assert said_by(claims, "bars employers")[0] == "Maisie Tolliver"
    claim = only(claims, "denies the allegations")
    assert "dismiss the case" in claim.text and claim.speaker.name == "Prescott Hale"


def test_according_to_a_body_then_a_claim_opening_with_an_er_noun():
    claims = claims_of(
        "According to the Vermont League of Towns, whistleblower complaints against towns have doubled since "
        "2022, with most involving road crews.",
        "en",
    )
    claim = only(claims, "whistleblower complaints")
    assert claim.speaker.name == "Vermont League of Towns"


def test_names_given_only_in_part_and_subordinate_openers():
    claims = claims_of(
        "A Nepali worker who gave his name only as Bikash said 20 workers had not been paid since March.\n\n"
        "When Oihana Larrabeiti got an eviction notice last spring, it came with a check for $3,900.\n\n"
        "She said the landlord took the money back in five installments.\n\n"
        "City Councilor Ravindra Oyelowo said he would table an amendment.",
        "en",
    )
    assert said_by(claims, "20 workers")[0] == "Bikash"
    assert said_by(claims, "took the money back")[0] == "Oihana Larrabeiti"
    assert said_by(claims, "table an amendment")[0] == "Ravindra Oyelowo"


def test_a_ministry_listing_its_remits_after_a_postposed_verb():
    claims = claims_of(
        "La mesure fait suite au refoulement de sept conteneurs au port d'Anvers, a annoncé vendredi le "
        "ministère de l'Agriculture, de l'Elevage et de la Pêche dans un communiqué.",
        "fr",
    )
    assert said_by(claims, "sept conteneurs")[0] == "ministère de l'Agriculture, de l'Elevage et de la Pêche"


def test_a_resident_with_her_age_then_a_colon_and_an_incise_with_reagi():
    claims = claims_of(
        "« Nous avons tout tenté, jusqu'au bout, a réagi la gérante, Anneke Verbruggen, dans un communiqué. "
        "Le prix du houblon a doublé en deux ans. »\n\n"
        "Au comptoir, Josiane Dehon, 68 ans, n'en revient pas : « Mon frère y a travaillé trente ans. »",
        "fr",
    )
    assert said_by(claims, "tout tenté")[0] == "Anneke Verbruggen"
    assert said_by(claims, "prix du houblon")[0] == "Anneke Verbruggen"
    assert said_by(claims, "Mon frère")[0] == "Josiane Dehon"


def test_an_unclosed_quote_split_at_its_attribution_and_a_passive_before_a_quote():
    claims = claims_of(
        "« On pensait trouver une ferme, raconte Albane Chauvelot-Ruiz, responsable de fouille. Nous avons "
        "trouvé des thermes privés.\n\n"
        "« Ce genre de site, on ne le voit que d'avion. »\n\n"
        "Du côté de la Drac Bretagne, on assure qu'une réunion avec l'aménageur est prévue « dans les "
        "prochains jours ».",
        "fr",
    )
    assert said_by(claims, "On pensait trouver")[0] == "Albane Chauvelot-Ruiz"
    assert said_by(claims, "thermes privés")[0] == "Albane Chauvelot-Ruiz"
    assert said_by(claims, "réunion avec l'aménageur")[0] == "Drac Bretagne"
    assert not [c for c in claims if c.text == "dans les prochains jours"]


def test_the_defendants_mother_is_someone_new_and_a_time_clause_names_no_speaker():
    claims = claims_of(
        "L'affaire avait éclaté en mars, lorsqu'un client zurichois avait rapporté au magasin une montre "
        "défectueuse.\n\n"
        "La procureure Line Castagnier-Roux a requis quatre ans.\n\n"
        "Dans la salle, la mère du prévenu, venue de Menton, n'a pas retenu ses larmes. « Il a fait une "
        "bêtise, il paie », a-t-elle glissé.",
        "fr",
    )
    assert not [c for c in claims if "avait éclaté" in c.text]
    assert said_by(claims, "bêtise")[0] == "mère du prévenu"


def test_first_names_ending_like_occupations_and_a_county_assembly_member():
    claims = claims_of(
        '"Nobody has looked at him," said Beatrice Wanjala Otieno, a mother of two from Njoro.\n\n'
        "Njoro MCA Daniel Kiprop said the committee would summon the health officer.",
        "en",
    )
    assert said_by(claims, "Nobody has looked")[0] == "Beatrice Wanjala Otieno"
    assert said_by(claims, "summon the health officer")[0] == "Daniel Kiprop"
