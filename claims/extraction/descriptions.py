"""What a noun phrase says about the entity it names: names, determiners, head nouns, gender."""

from __future__ import annotations

import re

from .coreference import KIN_NOUNS, age_range, description_kind, kin_gender, role_of
from .nouns import (
    BUSINESS_NOUNS,
    DETERMINERS,
    FEMININE_HINTS,
    GROUP_HEADS,
    NAME_INTRODUCING_NOUNS,
    NAME_KEEPING_NOUNS,
    NAME_PREPOSITIONS,
    OCCUPATION_ENDINGS,
    ORG_HEADS,
    PERSON_NOUNS,
    ROLE_HEADS,
    SEAT_TITLES,
    STREET_NOUNS,
    TRADE_NOUNS,
)
from .numbers import lex_numbers
from .phrases import strip_based
from .types import ExtractedSpeaker

_PARTICLES = set("de du des van von der den al el bin da di la le ibn ben".split())
# Words that make a two-word surname ("M. Le Bihan", "Te Whata", "Abi Nader", "Van der Berg").
SURNAME_PARTICLES = _PARTICLES | set(
    "del della dos das te ter ten abu abi abou bou ould mac mc st saint".split()
)
# Capitalised words that open a clause ("If Sekhukhune Crest goes ahead"), never a first name.
CLAUSE_OPENERS = frozenset(
    "if as so but yet or nor when while although because after before since until unless the this that "
    "these those and in on at for from with by to of si mais car quand ni then now later soon finally puis alors ensuite enfin".split()
)
# "al-Nour", "el-Sayed", "bin-Talal": a lower-case Arabic article joined to a capitalised name
NAME_WORD_RE = re.compile(r"^(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu)-)?[A-ZÀ-Ý][\w'.-]*$")
# "le Dr", "le ministre" say nothing of the person's gender in French.
MASCULINE_RE = re.compile(
    r"^(?:le|un|ce|m\.|monsieur|mr\.?)\s(?!(?:dr|pr|docteur|professeur|ministre|juge|maire|capitaine|"
    r"secrétaire|porte-parole|médecin)\b)",
    re.IGNORECASE,
)


def looks_like_name(text: str) -> bool:
    """True for a short run of capitalised words ("Hanna Malyar", "TASS")."""
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if not NAME_WORD_RE.match(words[0]):
        return False
    return all(NAME_WORD_RE.match(w) or w.lower() in _PARTICLES for w in words)


# An acronym or a capitalised name after "de"/"of" in a person's title: "délégué CFDT des marins",
# "manager général d'Arvor Cycling", "chief executive of Hollis & Wren".
BODY_IN_TITLE_RE = re.compile(
    r"\b([A-Z][A-Z0-9-]{1,9})\b(?!\s+[A-Z])|(?:\b(?:de|du|des|of|at)\s+(?:la\s+|l'|the\s+)?|\bd')"
    # "président de la FFB Pays de la Loire": a French name goes on through "de la" to a capital
    r"([A-ZÀ-Ý][\w&'’-]*(?:(?:\s+(?:&\s+|(?:de\s+la|de|du|des)\s+|de\s+l'|d')?)[A-ZÀ-Ý][\w'’-]*)*)"
)

# Nouns for whoever heads a body, whatever the exact title: "le premier responsable de l'ONEA".
HEAD_OF_WORDS = set("responsable patron patronne dirigeant dirigeante chef boss head numéro leader".split())
# "Le DG a confirmé" after "le directeur général, X": a role written as its acronym
WRITTEN_OUT_ROLES = {
    "DG": "directeur général",
    "PDG": "président-directeur général",
    "CEO": "chief executive",
}
# the titles of whoever heads a body: "le patron d'OPG" is its "directeur général"
HEAD_TITLES = set(
    "directeur directrice président présidente pdg dg ceo chairman chairwoman chair gérant".split()
)

# French institutions are named head noun first: a description with another head is another body.
FR_INSTITUTION_HEADS = set(
    "institut bureau agence office banque conseil commission cour tribunal ministère fondation "
    "observatoire autorité comité caisse centre parti".split()
)


def opens_with_count(phrase: str) -> bool:
    """True when `phrase` opens with a figure, in either language ("deux enfants", "27 ans", "two")."""
    return any(
        numbers[0].start == 0 for numbers in (lex_numbers(phrase, "fr"), lex_numbers(phrase, "en")) if numbers
    )


# Definite and demonstrative: "la compagnie", "ce père de deux enfants", "this official".
DEFINITE_RE = re.compile(r"^(?:(?:the|le|la|les|ce|cet|cette|this)\s|l')", re.IGNORECASE)
DEFINITE_FR_RE = re.compile(r"^(?:(?:le|la|les|ce|cet|cette)\s|l')", re.IGNORECASE)
COMPLEMENT_RE = re.compile(r"\s+(?:de|du|des|d'|of|at|in|for|who|qui|from)\b\s*", re.IGNORECASE)
_OCCUPATION_RE = re.compile(OCCUPATION_ENDINGS + "$")
PLACE_BEFORE_RE = re.compile(
    r"(?:hôpital|clinique|lycée|collège|école|rue|avenue|boulevard|place|quai|stade|centre|université|"
    r"institut|fondation|hospital|school|college|university|stadium)\s+$",
    re.IGNORECASE,
)
PLACE_AFTER_RE = re.compile(
    r"\s+(?:Street|Avenue|Road|Hospital|School|College|University|Stadium|Foundation)\b"
)
TIME_ADJECTIVES = set(
    "ancien ancienne anciens anciennes futur future nouveau nouvelle jeune former new young ex- retired".split()
)
_GENERIC_ORG_HEADS = set(
    "agence agency institut institute office organisation organization autorité authority company "
    "entreprise groupe firm carmaker charity collectivité métropole club bureau service utility label "
    "syndicat union instance ministère ministry team équipe opérateur operator court tribunal direction "
    "organisme institution lender platform plateforme body watchdog compagnie société ong ngo regulator "
    "régulateur coopérative cooperative co-operative co-op interprofession".split()
)


def is_entity(speaker: ExtractedSpeaker) -> bool:
    """True for a named person, a role, a group or a named body (not "le taux de chômage")."""
    words = speaker.name.split()
    if not words:
        return False
    lowered = [w.lower() for w in words]
    # "la mère du prévenu" is someone, whoever the prévenu is
    if (
        any(w in ROLE_HEADS or w in PERSON_NOUNS or w in KIN_NOUNS for w in lowered)
        or lowered[0] in GROUP_HEADS
    ):
        return True
    if (
        speaker.type == "person"
        and speaker.name[:1].islower()
        and person_head(words[:1])
        and (
            len(words) == 1
            or re.match(
                r"(?:de|du|des|d'|from|at|in|of|originaire|venue?s?|arrivée?s?|installée?s?|based|native)\b",
                lowered[1],
            )
        )
    ):
        return True  # "un foreur de Malartic", "une cueilleuse venue de Roumanie": an occupation says who
    if speaker.type == "organization":
        # "la zone de police Haute-Meuse", "la province Sud": a noun that keeps the name after it
        return words[0][:1].isupper() or lowered[0] in ORG_HEADS | NAME_KEEPING_NOUNS
    return looks_like_name(speaker.name)


def person_head(words: list[str]) -> bool:
    """True when a description's head noun names a person: "the sheriff", "le technicien espagnol"."""
    lowered = [w.lower() for w in words]
    if any(w in ORG_HEADS or w in GROUP_HEADS or generic_org(w) for w in lowered):
        return False
    if description_kind(lowered[0]) == "company":
        return False  # "l'exploitant", "le prestataire", "the carrier": a company's trade, not a person's
    if lowered[0] == "corps":
        return False  # "le corps policier": the force, whatever its adjective
    for word in lowered:
        if word in PERSON_NOUNS or word in ROLE_HEADS or word in KIN_NOUNS or role_of([word]):
            return True
        if word.endswith("te") and len(word) > 5 and person_head([word[:-1]]):
            return True  # "l'experte", "l'adjointe": a feminine form
        if age_range(word) or _OCCUPATION_RE.search(word) and word.islower() and len(word) > 5:
            return True
    return False


def generic_org(head: str) -> bool:
    return head in _GENERIC_ORG_HEADS


def strip_determiner(text: str) -> str:
    return DETERMINERS.sub("", text, count=1).strip()


_KIN_APPOSITION_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ss]on|[Ss]a|[Ll]eur)\s+(?P<kin>\w+),\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}),"
)


def kin_genders(norm: str) -> dict[str, str]:
    """ "Her brother, Elkin Bain, a guide, said: …": the kin noun before a name tells its gender."""
    found: dict[str, str] = {}
    for match in _KIN_APPOSITION_RE.finditer(norm):
        if kin_gender(match.group("kin")):
            found.setdefault(match.group("name"), kin_gender(match.group("kin")))
    return found


def guess_gender(mention: str) -> str:
    owned = re.match(r"^(?:[^,]*?['’]s|her|his|their|son|sa|leur)\s+(?P<kin>\w+)", mention, re.IGNORECASE)
    if owned and kin_gender(owned.group("kin")):
        # "Mrs Alsop's son", "Her husband": the owner's title or pronoun is hers, the kin noun tells his
        return kin_gender(owned.group("kin"))
    hint = FEMININE_HINTS.search(mention)
    if hint:
        # "un responsable sécuritaire": an epicene noun's -e adjective is no hint after a masculine article
        epicene = re.fullmatch(
            r"(?i:ministre|porte-parole|responsable|syndicaliste)\s+[a-zà-ÿ]+e", hint.group(0)
        )
        return "m" if epicene and MASCULINE_RE.match(mention) else "f"
    if MASCULINE_RE.match(mention):
        return "m"
    return ""


def last_name_with_head(window: str, head: str) -> str:
    """The last capitalised name in `window` ending in the noun `head` ("Stratford Festival" for "the
    festival"; English names put their head last), or "the Bureau of …" for "the bureau"; "" if none."""
    if (
        len(head) < 4
        or not head.replace("-", "").isalpha()
        or head in PERSON_NOUNS | GROUP_HEADS | ROLE_HEADS
    ):
        return ""
    word = head.capitalize()
    patterns = (
        # "Country Music Hall of Fame and Museum": small links inside the run; "Fire District 6": its number
        rf"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|and|the|for)[ \t]+)?){{1,5}}{word}(?:[ \t]+\d{{1,3}}(?![\d.,]\d))?)\b",
        # "the bureau" after "the Bureau of Meteorology": the head first, then "of" and the rest, whose
        # own links stay ("Department of Highways and Public Works")
        rf"((?:\b[A-Z][\w'’&-]*[ \t]+){{0,4}}\b{word}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+"
        rf"(?:[ \t]+(?:(?:and|of|the|for)[ \t]+)?[A-Z][\w'’-]+)*)",
    )
    runs = sorted((m.start(), m.group(1)) for p in patterns for m in re.finditer(p, window))
    names = [strip_based(re.sub(r"^(?:The|A|An)\s+", "", run)) for _, run in runs]
    names = [n for n in names if len(n.split()) >= 2]
    return names[-1] if names else ""


# The grammatical gender of a French body's head noun, for "elle indique" after "L'Agence régionale de santé".
_FEMININE_BODIES = set(
    "agence autorité direction commission préfecture mairie région société entreprise association fédération "
    "confédération chambre caisse banque compagnie université cour ville commune métropole gendarmerie police "
    "armée communauté collectivité organisation inspection délégation fondation coopérative clinique "
    "assemblée académie haute enseigne agglomération municipalité".split()
)
_MASCULINE_BODIES = set(
    "ministère conseil office institut bureau syndicat tribunal parquet groupe comité collectif centre service "
    "département gouvernement établissement observatoire laboratoire hôpital rectorat cabinet parti "
    "mouvement secrétariat état-major assureur transporteur armateur constructeur fabricant équipementier "
    "exploitant distributeur opérateur bailleur promoteur".split()
)


def french_body_gender(mention: str, named: bool = False) -> str:
    """ "L'Agence régionale de santé" -> "f", "le syndicat X" -> "m"; "" when the head noun does not tell.
    A mention needs its article unless `named` (a French body's name met without one: "Agence …")."""
    article = r"(?:la\s+|le\s+|l['’])" + ("?" if named else "")
    match = re.match(rf"^{article}(\w[\w-]*)", mention.strip(), re.IGNORECASE)
    head = match.group(1).lower() if match else ""
    return "f" if head in _FEMININE_BODIES else "m" if head in _MASCULINE_BODIES else ""


def head_of_description(
    head: list[str], bare: str, complement: str, ages: tuple[int, int] | None
) -> tuple[list[str], str]:
    """The words of a description that say who or what it is, without its age, its time adjectives, the
    street or the place before a trade: "the 46-year-old Finn" -> ["Finn"], "the Junction Road practice"
    -> ["practice"], "the Baltinglass clubman" -> ["clubman"], "the Savelugu MP" -> ["mp"]."""
    if ages and len(head) > 1 and re.fullmatch(r"\d{1,3}-year-old", head[0]):
        # where they were born says no more than their age: "the 29-year-old Kirkcaldy-born defenceman"
        head = [w for w in head[1:] if not re.fullmatch(r"[A-Z][\w'’]+-born", w)] or head
        bare = " ".join(head + ([complement] if complement else []))
    while len(head) > 1 and head[0].lower() in TIME_ADJECTIVES:
        head = head[1:]  # "l'ancien directeur", "le futur patron", "the former minister"
    street = re.fullmatch(
        r"[A-Z][\w'’-]+\s+(?:Road|Street|Avenue|Lane|Drive|Square|Place|Way)", " ".join(head[:-1])
    )
    if (
        1 < len(head) <= 3
        and head[-1].islower()
        and description_kind(head[-1])
        and (head[-1] == "club" or street)
    ):
        return head[-1:], head[-1]  # "the Premier League club", "the Main Street bakery"
    placed = len(head) > 1 and all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in head[:-1])
    if placed and head[-1].islower() and person_head(head[-1:]):
        return head[-1:], head[-1]  # "the Baltinglass clubman" (but "le Parti socialiste" is a party)
    if len(head) > 1 and head[-1] in SEAT_TITLES and all(w[:1].isupper() for w in head[:-1]):
        return [head[-1].lower()], head[-1].lower()
    return head, bare


_STREET_NOUNS = STREET_NOUNS | {"quartier", "secteur", "village", "cité"}


def split_descriptor(text: str, places: frozenset[str] = frozenset()) -> tuple[str, str]:
    """Split "agence de presse officielle TASS" into ("agence de presse officielle", "TASS")."""
    words = text.split()
    tail: list[str] = []
    while words and (NAME_WORD_RE.match(words[-1]) or words[-1] == "&" and tail):
        tail.insert(0, words.pop())  # "Brackwater & Teague"
    if not tail or not words or len(tail) == 1 and re.match(r"[dl]['’](?!État|Etat)[A-ZÀ-Ý]", words[-1]):
        return "", text  # "habitant d'El Kala": the place the person is from
    if words[-1].lower().strip(".") in NAME_PREPOSITIONS | _STREET_NOUNS or words[-1].endswith("'"):
        return "", text  # "ministère russe de la Défense", "commerçant de la rue X": a complement, not a name
    lowered = [w.lower() for w in words]
    body = words[-1].split("'")[-1]
    if len(words) > 1 and body[:1].isupper() and body.lower() in ORG_HEADS:
        return "", text  # "étudiant de l'Université Savoie Mont Blanc": the capitals name the university
    if lowered[0] in NAME_INTRODUCING_NOUNS:
        return "", text  # "association Parents d'élèves Neuchâtel": the noun introduces the whole name
    if (
        len(lowered) >= 3
        and lowered[-1] in BUSINESS_NOUNS
        and lowered[-2] in NAME_PREPOSITIONS | {"la", "l'"}
    ):
        return "", text  # "propriétaire du restaurant Le Lagopède": whom the unnamed person belongs to
    if len(tail) == 1 and tail[0] in places and any(w in NAME_PREPOSITIONS for w in lowered):
        return "", text  # "chauffeur de la ligne Dakar-Kaolack": the place is the complement's
    if (
        not words[0][0].islower()
        and not re.match(r"^[A-ZÀ-Ý][\w.]*-[a-z]+$", words[0])
        # "Tampa consulting firm Brackwater & Teague": a place, then what the body does
        and not (len(words) >= 2 and words[1][:1].islower() and lowered[-1] in TRADE_NOUNS)
    ):
        return "", text  # "Santé publique France" is one name; "US-owned drugmaker Veltrion" is not
    return " ".join(words), " ".join(tail)
