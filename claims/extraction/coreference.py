"""Resolving descriptions to named entities: roles, ages, kin, organisation kinds, short names."""

from __future__ import annotations

import re
from functools import lru_cache

# Roles that exclude each other inside one story: "l'accusé" is never the defence lawyer, "the
# striker" never the manager. Each word maps to (family, role).
_ROLE_FAMILIES: dict[str, tuple[str, str]] = {}
for _family, _role, _words in (
    ("court", "defence", "avocat avocate lawyer barrister counsel solicitor défense defence defense"),
    ("court", "prosecution", "procureur procureure prosecutor parquet accusation magistrat magistrate"),
    ("court", "judge", "juge judge présidente président"),
    ("court", "defendant", "accusé accusée prévenu prévenue defendant accused suspect suspecte mis"),
    ("court", "witness", "témoin witness expert investigator enquêteur enquêtrice neighbour voisin voisine"),
    (
        "sport",
        "player",
        "joueur joueuse striker midfielder defender goalkeeper forward winger attaquant "
        "attaquante buteur milieu défenseur gardien international recrue player signing capitaine captain",
    ),
    ("sport", "coach", "entraîneur entraîneuse technicien technicienne manager coach sélectionneur"),
    (
        "sport",
        "executive",
        "président présidente dirigeant dirigeante chairman executive director directeur propriétaire owner",
    ),
    ("sport", "agent", "agent agente"),
    # "the minister" after "the housing secretary, Rachel Ormond" and "Nadia Quinlan, the Labour MP".
    ("politics", "government", "minister ministre secretary chancellor ministers"),
    (
        "politics",
        "legislator",
        "mp député députée senator sénateur sénatrice lawmaker congressman congresswoman",
    ),
):
    for _word in _words.split():
        _ROLE_FAMILIES.setdefault(_word, (_family, _role))

# Family nouns that stand for a person already named ("her daughter", "son frère") and tell a gender.
_MALE_KIN = set(
    "son brother father husband widower nephew grandson uncle dad grandad fils frère père mari époux veuf "
    "neveu oncle petit-fils papa cadet aîné".split()
)
_FEMALE_KIN = set(
    "daughter sister mother wife widow niece granddaughter aunt mum mom grandma gran nan fille sœur soeur "
    "mère épouse femme veuve nièce tante petite-fille maman cadette aînée".split()
)
KIN_NOUNS = (_MALE_KIN | _FEMALE_KIN) - {"femme"}  # "sa femme" is kin, "la femme" any woman


def kin_gender(noun: str) -> str:
    """ "brother" -> "m", "épouse" -> "f"; "" for any other noun."""
    noun = noun.lower()
    return "m" if noun in _MALE_KIN else "f" if noun in _FEMALE_KIN else ""


_DECADE_NOUNS = {
    "trentenaire": (30, 39),
    "quadragénaire": (40, 49),
    "quinquagénaire": (50, 59),
    "sexagénaire": (60, 69),
    "septuagénaire": (70, 79),
    "octogénaire": (80, 89),
    "nonagénaire": (90, 99),
    "quadragenarian": (40, 49),
    "quinquagenarian": (50, 59),
    "sexagenarian": (60, 69),
    "septuagenarian": (70, 79),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    # "Mariette X, 71 ans, de Gembloux. La retraitée dit …": an age fits, a younger person does not
    "retraité": (55, 110),
    "retraitée": (55, 110),
    "pensioner": (55, 110),
    "retiree": (55, 110),
}
_AGE_NOUN_RE = re.compile(r"^(\d{1,3})-year-old(?:\s|$)|^(?:\w+\s+){1,2}de\s+(\d{1,3})\s+ans$", re.IGNORECASE)
# "Sylvie Cabrol, 52 ans,", "Paul Grant, 38,", "Stefan Dimov (61)": an age right after a name.
# (a word with a stop is an initial or a title, "J." or "Dr.", never "Court." ending a sentence)
_NAME_PART = r"(?:[A-ZÀ-Ý][\w'’-]*|[A-ZÀ-Ý][a-z]{0,2}\.)"
AGE_APPOSITION_RE = re.compile(
    rf"({_NAME_PART}(?:[ \t]+(?:{_NAME_PART}|de|da|van|von|le|la|al|el|bin|ben)){{0,3}}"
    r"[ \t]+[A-ZÀ-Ý][\w'’-]+)\s*(?:,\s*|\()(\d{1,3})(?:\s+ans)?\s*[,).]"
)
AGE_PIECE_RE = re.compile(r"^\(?\d{1,3}(?:\s+ans)?\)?$")

# Organisation kinds, by the head noun or suffix of a name and by the noun of a description.
_ORG_KIND_WORDS = {
    "company": "company firm group groupe carmaker maker utility label entreprise société compagnie "
    "opérateur operator constructeur enseigne inc corp corporation plc ltd llc sa sas motors systems "
    "technologies records airlines energy bank banque holdings industries pharmaceuticals foods nutrition "
    "leisure talent packaging emballages fromagerie laboratoires laboratories brands logistics direction transports "
    "prestataire fabricant exploitant distributeur équipementier laboratoire assureur transporteur armateur "
    "sous-traitant manufacturer retailer supplier airline carrier insurer conglomerate brand chain "
    "securities capital partners advisers advisors lender platform plateforme com discom pharma biotech mining "
    "resources minerals metals petroleum steel textiles apparels properties homes construction engineering "
    "developer housebuilder homebuilder builder miner exporter importer broker promoteur producteur "
    "exportateur bailleur start-up startup spin-out logisticien cimentier semencier papetier verrier "
    "voyagiste grossiste fournisseur hébergeur minotier processor consultancy consulting dairy dairies creamery laiterie brewery "
    "brasserie distillery distillerie winery bakery batellerie boulangerie boucherie menuiserie imprimerie scierie "
    "quincaillerie pâtisserie chocolaterie pépinière practice care renewables lines power hydro electric mill",
    "club": "club team équipe fc afc sc united city olympique sporting",
    "ministry": "ministry ministère department departement",
    "agency": "agency agence office institute institut authority autorité service bureau administration "
    "observatory observatoire survey health pharmacy statistics railways rail transport police force "
    "commission council conseil port corps",
    "union": "union syndicat confédération confederation federation fédération ligue league regroupement groupement",
    "court": "court cour tribunal parquet",
    "outlet": "newspaper journal quotidien daily broadcaster channel chaîne",
    "charity": "charity society association ong foundation fondation trust collectif collective",
    "government": "government gouvernement executive exécutif",
    "town": "commune municipalité mairie ville county borough township intercommunalité communauté agglomération",
    "committee": "comité committee",
}
_ORG_KIND = {word: kind for kind, words in _ORG_KIND_WORDS.items() for word in words.split()}


def role_of(words) -> tuple[str, str] | None:
    """The (family, role) of the first role word in `words`, if any."""
    words = [w.lower().strip(",.'’") for w in words]
    for first, second in zip(words, words[1:], strict=False):
        if first.startswith("avocat") and second.startswith("général"):
            return "court", "prosecution"  # "l'avocate générale" speaks for the prosecution
    for word in words:
        found = _ROLE_FAMILIES.get(word.lower().strip(",.'’"))
        if found:
            return found
    return None


def age_range(description: str) -> tuple[int, int] | None:
    """ "38-year-old" -> (38, 38); "quinquagénaire" -> (50, 59); else None."""
    words = description.lower().split()
    if not words:
        return None
    match = _AGE_NOUN_RE.match(description)
    if match:
        age = int(match.group(1) or match.group(2))
        return age, age
    return _DECADE_NOUNS.get(words[0].rstrip("s"))


def find_ages(norm: str) -> dict[str, int]:
    """Ages given right after a name in the document: {"Sylvie Cabrol": 52}."""
    return {m.group(1): int(m.group(2)) for m in AGE_APPOSITION_RE.finditer(norm)}


@lru_cache(maxsize=8192)  # pure, and asked again for the same words
def org_kind(name: str) -> str:
    """ "Northbridge Motors" -> "company", "Ashford City" -> "club", "ministère de …" -> "ministry"."""
    if re.search(r"\b[A-Z]{0,3}FC$", name):
        return "club"  # "Marfleet Ironsides ARLFC", "Leith Athletic FC"
    words = re.findall(r"[\w&]+", name.lower())
    if "news agency" in name.lower() or "agence de presse" in name.lower():
        return "outlet"
    if words[:1] == ["direction"] and words[1:2] and words[1].endswith(("ale", "aux")):
        return "agency"  # "direction départementale de la protection des populations", not a firm's board
    # "Department of Natural Resources": the head comes before its complement
    link = next((i for i, w in enumerate(words) if w in ("of", "for", "de", "du", "des", "d")), len(words))
    for word in reversed(words[: min(link, 2)] + words[link - 1 : link]) if link > 0 else ():
        if word in _ORG_KIND:
            return _ORG_KIND[word]
    for word in reversed(words[:2] + words[-1:]):
        if word in _ORG_KIND:
            return _ORG_KIND[word]
    for word in words:
        if word in _ORG_KIND:
            return _ORG_KIND[word]
    return ""


def description_kind(head: str) -> str:
    """The organisation kind a generic noun designates ("the firm" -> "company"), or ""."""
    head = head.lower()
    found = _ORG_KIND.get(head, "company" if head.endswith("maker") else "")  # drugmaker, chipmaker
    return "" if found == "government" else found  # "le gouvernement de l'île" may be any government


def same_word(a: str, b: str) -> bool:
    """Loose noun equality across gender and number: "climatologue"/"climatologist" no, "élu"/"élue" yes."""
    a, b = a.lower().strip(",.'’"), b.lower().strip(",.'’")
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2


def expand_org(short: str, names: list[str]) -> str:
    """ "Halvorsen" -> "Halvorsen Systems", "Fed" -> "Federal Reserve" when exactly one longer
    organisation name starts with it."""
    found = {n for n in names if n != short and n.startswith(short + " ") and len(n) > len(short)}
    words = short.lower().split()
    if not found and (len(words) == 1 and len(short) > 3 or len(words) == 2):
        # "the Observatory": "Hong Kong Observatory"; "the Fire Service": "Guyana Fire Service"
        found = {n for n in names if n.endswith(" " + short)}
    if not found and len(words) == 2:
        found = {
            n
            for n in names
            if len(n.split()) > 2 and n.lower().split()[0] == words[0] and n.lower().split()[-1] == words[1]
        }
    if not found and words == ["police"]:
        found = {n for n in names if len(n.split()) > 1 and n.lower().split()[-1] == "police"}
    if not found and len(short) >= 3 and not short.isupper():
        # "the Fed" after "the Federal Reserve": a clipped first word of a longer name.
        found = {
            n
            for n in names
            if len(n.split()) > 1 and n.split()[0].startswith(short) and n.split()[0] != short
        }
    return found.pop() if len(found) == 1 else short


_KIN_KINDS = [{"ministry", "agency"}, {"court"}, {"company"}, {"club"}, {"union"}, {"outlet"}, {"charity"}]


def compatible_kinds(found: str, wanted: str) -> bool:
    """True when an organisation of kind `found` may be designated by a noun of kind `wanted` (but "le
    ministère public" or "the court" only by a body whose name says it is one)."""
    if not found:
        return wanted not in ("ministry", "court", "town", "committee")
    if not wanted or found == wanted:
        return True
    return any(found in group and wanted in group for group in _KIN_KINDS)
