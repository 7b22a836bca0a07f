"""A courtroom story: the police inquiry speaks for the station that led it, "le prévenu" opens a sentence
after "Face au tribunal", a feminine occupation tells a witness's gender, and "s'est-il défendu" names
the man, not the woman quoted before."""

from tests.claims.extraction.claim_lookup import claims_of, said_by


def test_the_inquiry_speaks_for_the_police_station():
    claims = claims_of(
        "Selon l'enquête du commissariat de Martigues, le préjudice s'élève à 21 400 euros. L'enquête précise "
        "que le prévenu encaissait les chèques sur le compte de son frère.",
        "fr",
    )
    assert said_by(claims, "21 400 euros")[0] == "commissariat de Martigues"
    assert said_by(claims, "compte de son frère")[0] == "commissariat de Martigues"


def test_s_est_il_defendu_is_the_defendant_not_the_retired_witness():
    claims = claims_of(
        "Le tribunal correctionnel de Toulon a condamné mardi Lorenzo Baccichetti, 31 ans, à deux ans de "
        "prison.\n\n"
        "« Il m'a dit que ma chaudière allait exploser », a raconté à la barre Ginette Aubanel, 84 ans. "
        "La retraitée dit avoir signé « sans lire » le devis.\n\n"
        "Face au tribunal, le prévenu a reconnu « des erreurs ». « Je ne suis pas un voleur », s'est-il défendu.",
        "fr",
    )
    assert said_by(claims, "pas un voleur")[0] == "Lorenzo Baccichetti"
