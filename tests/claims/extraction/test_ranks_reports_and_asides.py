"""Police ranks and team roles before a surname, passive quotations, documents prepared by a body, studies
and their teams, appositions whose "and" joins two roles, and asides between the cue and the speaker."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_a_british_police_rank_before_the_surname_is_a_title():
    claims = claims_of(
        "Detective Sergeant Imelda Crowther, of Lancashire Police, said the van had been stolen in March.\n\n"
        '"Nobody should open the door to a stranger selling repairs," DS Crowther said.',
        "en",
    )
    assert said_by(claims, "open the door")[0] == "Imelda Crowther"


def test_a_team_role_before_a_surname_alone_is_the_player_named_before():
    claims = claims_of(
        "Orla Tumelty scored twice in the second half for Ballinure.\n\n"
        'Ballinure captain Tumelty wrote on Instagram that the squad were "heartbroken".',
        "en",
    )
    assert said_by(claims, "heartbroken")[0] == "Orla Tumelty"


def test_quoted_as_saying_after_a_quote_gives_the_speaker_and_the_relay():
    claims = claims_of(
        "Rescue teams reached the village of Lembah Hijau on Tuesday.\n\n"
        '"The bridge is gone and the boats cannot land," Hartono Sugiarto was quoted by Kompas as saying.',
        "en",
    )
    speaker, relay = said_by(claims, "bridge is gone")[:2]
    assert (speaker, relay) == ("Hartono Sugiarto", "Kompas")


def test_a_document_prepared_by_a_body_speaks_for_it_not_for_the_paper_that_saw_it():
    claims = claims_of(
        "The briefing note, prepared by officials in the Department of Transport in May and seen by the "
        "Courier, states that 14 bridges need urgent repairs.",
        "en",
    )
    assert said_by(claims, "14 bridges")[0] == "Department of Transport"


def test_new_research_from_a_university_is_the_university():
    claims = claims_of(
        "Night-shift nurses sleep two hours less than day staff, according to new research from the "
        "University of Lowmoor.",
        "en",
    )
    assert said_by(claims, "two hours less")[0] == "University of Lowmoor"


def test_a_team_from_a_museum_behind_a_study_speaks_for_the_museum():
    claims = claims_of(
        "Une équipe du Muséum national d'Histoire naturelle s'est penchée sur les abeilles sauvages des "
        "villes, dans une étude publiée jeudi.\n\n"
        "Selon ces travaux, les toits végétalisés accueillent 40 % d'espèces en plus.",
        "fr",
    )
    assert said_by(claims, "toits végétalisés")[0] == "Muséum national d'Histoire naturelle"


def test_a_study_published_in_a_journal_speaks_for_its_university_not_the_journal():
    claims = claims_of(
        "Une étude de l'Université du Québec en Outaouais, publiée ce mois-ci dans la revue Journal of "
        "Urban Health, conclut que les chaleurs nocturnes augmentent de 12 % les visites à l'urgence.",
        "fr",
    )
    assert said_by(claims, "chaleurs nocturnes")[0] == "Université du Québec en Outaouais"


def test_an_apposition_joining_two_roles_with_and_keeps_the_name():
    claims = claims_of(
        "Lead author Dr Hemi Tautahi, a paramedic at Taupō station and lecturer at the University of "
        "Waikato, said response times were the main cause.",
        "en",
    )
    assert said_by(claims, "response times")[0] == "Hemi Tautahi"
    claims = claims_of(
        "Le géographe Anselme Vidrequin, de l'Université de Sherbrooke et coauteur du rapport, précise que "
        "les données couvrent six hivers.",
        "fr",
    )
    assert said_by(claims, "six hivers")[0] == "Anselme Vidrequin"


def test_an_aside_joined_by_et_does_not_become_the_speaker():
    claims = claims_of(
        "Gaspard Hellouin, 44 ans, dirigeait une agence de location de voiliers.\n\n"
        "À la barre, le quadragénaire, chemise froissée et regard baissé, a reconnu qu'il avait encaissé "
        "les acomptes de neuf clients.",
        "fr",
    )
    assert said_by(claims, "acomptes")[0] == "Gaspard Hellouin"


def test_one_of_them_then_who_he_is_names_the_unnamed_source():
    claims = claims_of(
        "« On m'a vendu une croisière qui n'existait pas », écrit de son côté l'un des clients, un "
        "pharmacien lyonnais, dans une lettre lue à l'audience.",
        "fr",
    )
    assert said_by(claims, "croisière")[0] == "pharmacien lyonnais"


def test_who_said_after_a_name_and_its_title_is_the_person_not_the_body():
    claims = claims_of(
        '"We were paid for March and nothing since," said Tariq Lodhra, president of the Millbrook Drivers '
        "Union, who said the union would strike on Monday.",
        "en",
    )
    assert said_by(claims, "strike on Monday")[0] == "Tariq Lodhra"


def test_the_brother_of_one_of_them_is_someone_new():
    claims = claims_of(
        '"My son calls me every night," said Zainab Okonjo, whose son is on board.\n\n'
        "The brother of one of the engineers said the families had written to the ministry twice.",
        "en",
    )
    assert said_by(claims, "written to the ministry")[0] == "brother of one of the engineers"


def test_an_age_description_skips_the_village_the_source_comes_from():
    claims = claims_of(
        "Wayan Suardika, a rice farmer from the village of Batu Lumbang, said by telephone that the ash "
        "had covered his fields. The 52-year-old said his family had left on foot.",
        "en",
    )
    assert said_by(claims, "left on foot")[0] == "Wayan Suardika"


def test_a_three_word_name_after_a_title_is_kept_whole():
    claims = claims_of(
        "« Les digues tiendront », a déclaré le vice-ministre Pham Duc Thanh lors d'une conférence de "
        "presse. Le responsable a ajouté que 300 milliards de dongs seraient débloqués.",
        "fr",
    )
    assert said_by(claims, "300 milliards")[0] == "Pham Duc Thanh"


def test_a_parliamentary_group_named_with_et_stays_whole():
    claims = claims_of(
        "Sur X, le groupe socialiste et apparentés a estimé que les locataires paieraient la hausse.",
        "fr",
    )
    assert said_by(claims, "locataires")[0] == "groupe socialiste et apparentés"


def test_a_body_with_a_relative_listing_its_members_is_the_speaker():
    claims = claims_of(
        "La Commission du fleuve Niger, qui regroupe le Mali, le Niger, le Bénin et le Nigeria, a indiqué "
        "que le débit était inférieur de 30 % à la moyenne.",
        "fr",
    )
    assert said_by(claims, "débit")[0] == "Commission du fleuve Niger"


def test_relever_de_is_not_speech():
    claims = claims_of(
        "Le maire, Aurèle Vantroyen, a estimé que la commune avait payé sa part et que l'entretien relevait "
        "« du département et de l'État ».",
        "fr",
    )
    assert not [c for c in claims if c.kind == "direct"]
    assert said_by(claims, "payé sa part")[0] == "Aurèle Vantroyen"


def test_an_acronym_never_bracketed_is_the_body_written_out_before():
    claims = claims_of(
        "La commission de discipline de la Fédération française de handball a sanctionné le club.\n\n"
        "La FFH précise que le club dispose de dix jours pour faire appel.",
        "fr",
    )
    assert said_by(claims, "dix jours")[0] == "Fédération française de handball"


def test_a_supporters_group_is_named_without_its_noun():
    claims = claims_of(
        "Sur Facebook, le groupe des Fidèles du Moustoir assure que « aucune fusée n'a visé les joueurs ».",
        "fr",
    )
    assert said_by(claims, "aucune fusée")[0] == "Fidèles du Moustoir"


def test_a_relative_after_an_inverted_description_is_the_player():
    claims = claims_of(
        "Interrogé après l'entraînement, le capitaine Ewen Kerhervé ne cache pas sa déception. « Sans notre "
        "public, ce n'est plus le même match », souffle le milieu de terrain, qui estime que l'équipe devra "
        "« gagner deux fois plus ».",
        "fr",
    )
    assert said_by(claims, "deux fois plus")[0] == "Ewen Kerhervé"


def test_a_title_with_aux_before_the_name_keeps_the_name():
    claims = claims_of(
        "« Nous n'avions pas touché aux tarifs depuis huit ans », a défendu en séance la conseillère "
        "déléguée aux mobilités, Perrine Gaudrault.",
        "fr",
    )
    assert said_by(claims, "huit ans")[0] == "Perrine Gaudrault"


def test_by_phone_to_the_agency_then_the_unnamed_source():
    claims = claims_of(
        "« L'eau est montée en dix minutes », a raconté par téléphone à l'AFP un boulanger de Trébizonde, "
        "qui n'a pas souhaité donner son nom.",
        "fr",
    )
    assert said_by(claims, "dix minutes")[0] == "boulanger de Trébizonde"


def test_selon_after_a_colon_opens_its_own_claim():
    claims = claims_of(
        "Les pertes s'annoncent lourdes : selon la Chambre d'agriculture du Gers, près de 3 000 hectares de "
        "vignes ont été grêlés.",
        "fr",
    )
    assert said_by(claims, "3 000 hectares")[0] == "Chambre d'agriculture du Gers"


def test_its_readings_belong_to_the_body_the_sentence_before_is_about():
    claims = claims_of(
        "« Les secours sont arrivés vite », a déclaré le préfet du Gard, Anselme Rigoulet.\n\n"
        "La Direction régionale de la météorologie avait placé le département en vigilance rouge. D'après ses "
        "relevés, il est tombé 240 millimètres de pluie en six heures.",
        "fr",
    )
    assert said_by(claims, "240 millimètres")[0] == "Direction régionale de la météorologie"


def test_a_presidency_is_a_body_that_can_announce_a_toll():
    claims = claims_of(
        "Au moins neuf personnes ont été tuées, a annoncé mercredi la Présidence malienne de la protection "
        "civile.",
        "fr",
    )
    assert said_by(claims, "neuf personnes")[0] == "Présidence malienne de la protection civile"


def test_a_bare_participle_is_no_cue():
    claims = claims_of(
        "Le groupe vise désormais une marge « comprise entre 4 et 4,5 % », contre 6 % annoncés en mars, "
        "selon un communiqué de Brioval.",
        "fr",
    )
    assert all(c.speaker and "contre" not in c.speaker.name for c in claims)


def test_an_unnamed_voice_leaves_the_body_speaking():
    claims = claims_of(
        "Premier actionnaire, le fonds Oriel Partenaires a fait savoir par la voix d'un porte-parole qu'il "
        "« soutient pleinement » la direction.",
        "fr",
    )
    assert said_by(claims, "soutient pleinement")[0] == "Oriel Partenaires"


def test_a_country_owner_and_a_double_dash_dateline_go():
    claims = claims_of(
        "BISHKEK -- Kyrgyzstan's Emergency Ministry said on Monday that a mudflow had cut the road to "
        "Naryn.\n\n"
        "The Walkers' Association of Wales said 40 footpaths were closed.",
        "en",
    )
    assert said_by(claims, "mudflow")[0] == "Emergency Ministry"
    assert said_by(claims, "footpaths")[0] == "Walkers' Association of Wales"


def test_a_direction_with_an_adjective_and_a_union_of_towns_keep_their_names():
    claims = claims_of(
        "D'après la Direction finlandaise des forêts et de l'énergie, les coupes ont baissé de 12 %.\n\n"
        "L'Union des villes et communes de Wallonie rappelle que les fusions coûtent cher au début.",
        "fr",
    )
    assert said_by(claims, "coupes")[0] == "Direction finlandaise des forêts et de l'énergie"
    assert said_by(claims, "fusions")[0] == "Union des villes et communes de Wallonie"


def test_a_pronoun_with_en_revanche_and_a_pronominal_verb_after_the_claim():
    claims = claims_of(
        "Maëlys Fourcroy, directrice financière, a expliqué que les coûts augmenteraient. Elle a en revanche "
        "indiqué que la dette avait baissé de 8 %.\n\n"
        "Près de 12 000 visiteurs sont venus en cinq jours, s'est félicitée l'association organisatrice.",
        "fr",
    )
    assert said_by(claims, "dette")[0] == "Maëlys Fourcroy"
    assert said_by(claims, "12 000 visiteurs")[0] == "association organisatrice"
