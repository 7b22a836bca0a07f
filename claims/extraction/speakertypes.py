"""Whether a speaker's name stands for a person or an organisation."""

from __future__ import annotations

import re

from .coreference import description_kind, org_kind
from .names import is_role_word
from .nouns import (
    GROUP_HEADS,
    ORG_HEADS,
    ORG_NAMES,
    ORG_PHRASES,
    PERSON_NOUNS,
    PLACE_NAMES,
    ROLE_HEADS,
)
from .types import SpeakerType

_NATION_ENDINGS = set(
    "scotland wales england ireland britain canada australia zealand africa india pakistan nigeria kenya ghana "
    "uganda tanzania zambia zimbabwe malaysia singapore philippines indonesia bangladesh jamaica barbados "
    "trinidad tobago québec quebec belgique suisse sénégal senegal cameroun maroc tunisie algérie".split()
)


_MEMBERS = {"member", "membre", "trustee", "governor", "director"}


# "machine operator at the tannery", "opérateur de séchoir": who runs a machine (a "tour operator" or an
# "opérateur de téléphonie" is a business)
_MACHINE_OPERATOR_RE = re.compile(
    r"(?:machine|crane|forklift|camera|drone|lathe|press|excavator|plant|radio|switchboard)\s+operator\b"
    r"|opérat(?:eur|rice)\s+(?:de|d')\s*(?!(?:téléphonie|télécom|réseau|transport|services|paiement|jeux)\w*)[a-zé]"
)


def speaker_type(bare: str, title: str, ent_labels: dict[str, str]) -> SpeakerType:
    lowered = bare.lower()
    words = lowered.replace("'", " ").split()
    if not words:
        return "person"
    if words[0] in ROLE_HEADS or words[0] in GROUP_HEADS or _MACHINE_OPERATOR_RE.match(lowered):
        return "person"
    last = bare.split()[-1]
    if (
        len(words) > 1
        and last.islower()
        and not description_kind(last)
        and (last in PERSON_NOUNS or is_role_word(last))
        # but "Gouvernement jurassien", "Brigade nationale des sapeurs-pompiers" are bodies
        and not any(w in ORG_HEADS or w in ("de", "des", "du", "of", "for") for w in words[:-1])
    ):
        return "person"  # "Okato dairy farmer": a trade after a place or an industry is a person's
    head = re.split(r"\s+(?:at|of|from|with|in|on|de|du|des|d)\s", bare)[0]
    described = head.lower().split()
    if (
        head.islower()  # "senior official at the Department of Fisheries": the words before its name
        and len(described) < len(words)
        and (
            any(w in ROLE_HEADS | PERSON_NOUNS for w in described)
            or is_role_word(described[0])
            and described[0] not in ORG_HEADS
            and not description_kind(described[0])
            # "small-scale miner from Penhalonga": an English head comes last, its trade said by where from
            or lowered.startswith(head.lower() + " from ")
            and is_role_word(described[-1])
            and described[-1] not in ORG_HEADS
        )
    ):
        # "dental nurse at the practice", "administrateur délégué de la ville": who works there, not the place
        return "person"
    undetermined = re.sub(r"^(?:la|le|les|the)\s+", "", lowered)  # "La Poste"
    if undetermined in ORG_NAMES or lowered in PLACE_NAMES or any(p in lowered for p in ORG_PHRASES):
        return "organization"
    if any(w in ORG_HEADS for w in words):
        return "organization"
    if re.fullmatch(r"(?:Saint|Sainte|St|Ste|San|Santa|Fort|Mont|Port)-[A-ZÀ-Ý][\w-]+", bare):
        return "organization"  # "Saint-Chamond a manqué deux lancers francs": the town's club, no one's name
    if len(words) == 1 and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}[A-ZÀ-Ý][\w-]+", bare):
        return "organization"  # "MétéoSuisse", "SwissTransit": a brand, not "McKinnon" nor "LeBlanc"
    if (
        len(words) >= 2
        # ("Santé publique France", but "France Bélanger" is a name in Québec)
        and (
            words[-1] in _NATION_ENDINGS | {"france", "luxembourg"} or words[0] in _NATION_ENDINGS - {"india"}
        )
        and not title
    ):
        return "organization"  # "Citizens Advice Scotland", "Parks Canada", "Suisse Grêle", "Kenya Airways"
    if re.search(r"\w\.(?:com|org|net|io|fr)$", bare):
        return "organization"  # "Chess.com", "Booking.com": a website speaks as a company
    if "&" in bare or org_kind(bare) and not title:
        return "organization"  # "Pacific Gas & Electric", "Northbridge Motors"
    if len(bare.split()[0]) >= 2 and bare.split()[0].isupper() and bare.split()[0].isalpha():
        return "organization"  # acronyms: TASS, INSEE, NATO
    title_words = title.lower().split()
    roles = [
        w for w in title_words if w in ROLE_HEADS | _MEMBERS or w.rpartition("-")[2] in ROLE_HEADS
    ]  # vice-président; "Board member X" sits on the board, she is not it
    honorific = re.search(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|M\.|Mme|Me|Pr)(?![\w])", title)
    if title and _title_heads_body(title) and not roles and not honorific:
        return "organization"
    if ent_labels.get(bare) == "ORG" and not roles and not honorific:
        return "organization"  # but "le porte-parole du ministère, Rhéal Desbiens" is a person
    if org_kind(bare) and not roles and not honorific and not PERSON_NOUNS.intersection(title_words):
        return "organization"  # "The buyer, Cascadia Timberline Homes": no role makes the name a person's
    return "person"


# What follows a title's or a descriptor's head noun: "de la Santé", "at the firm", "qui a …".
_DESCRIPTOR_TAIL_RE = re.compile(
    r"\s+(?:of|at|in|for|from|that|which|who|de|du|des|d'|à|au|aux|qui|que|dont)\b.*$", re.I
)


def _title_heads_body(title: str) -> bool:
    """True when the noun heading a name's title is a body's: "the health watchdog", "agence de presse",
    but not "a Supreme Court advocate" nor "secondary school teacher from Kubwa" (English heads come last,
    French ones first)."""
    if re.match(r"(?:at|of|from|in|with|de|du|des|d'|à|au|chez)\b", title.strip(), re.IGNORECASE):
        return False  # "Tomás Irigoyen at the University of Valencia": an affiliation, not a head noun
    words = [w.strip(",.'’").lower() for w in _DESCRIPTOR_TAIL_RE.sub("", title).split()]
    words = [w for w in words if w not in ("a", "an", "the", "un", "une", "le", "la", "l")]
    if not words:
        return False
    return words[-1] in ORG_HEADS or words[0] in ORG_HEADS


_FIRM_NOUNS = set(
    "insurer lender carrier airline retailer supplier manufacturer carmaker drugmaker automaker housebuilder "
    "homebuilder conglomerate company firm brewery distillery winery chain assureur transporteur armateur "
    "constructeur fabricant équipementier".split()
)


def described_as_body(mention: str, bare: str, title: str) -> bool:
    """True when the words around a name make it a body: "the Portuguese Red Cross" (a person is never
    "the" + name in English), "Nordlink, Ireland's third-largest mobile operator" (a company noun heads
    the apposition of a one-word name; "crane operator Sanne de Boer" stays a person)."""
    if re.match(r"(?:the|The)\s+[A-Z]", mention):
        return True
    # "The buyer, Cape Town-based insurer Fynbos Mutual": a noun only a business is called by
    if any(w.strip(",").lower() in _FIRM_NOUNS for w in _DESCRIPTOR_TAIL_RE.sub("", title).split()):
        return True
    head = _DESCRIPTOR_TAIL_RE.sub("", title).split() if len(bare.split()) == 1 else []
    return bool(head) and head[-1] not in ROLE_HEADS and bool(description_kind(head[-1].strip(",")))
