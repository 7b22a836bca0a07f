"""Bodies that speak through someone else: an owner's name, an unnamed spokesperson, French "on"."""

from __future__ import annotations

import re
from functools import lru_cache

from .coreference import org_kind
from .nouns import COMPANY_WORDS, NAME_KEEPING_NOUNS, ORG_HEADS, RESEARCH_PEOPLE, ROLE_HEADS

# "Bernstein's Aisha Al-Sayed", "Turkey's disaster agency AFAD": the owner only qualifies the name.
_OWNER_RE = re.compile(r"^(?:the\s+)?[A-ZÀ-Ý][\w.&-]*(?:\s+[A-ZÀ-Ý][\w.&-]*){0,5}(?:'s|s')\s+(?P<rest>.+)$")
_PLURAL_PLACE_RE = re.compile(
    r"(?:the\s+)?(?:Maldives|Philippines|Netherlands|Bahamas|Seychelles|Comoros|United\s+States|"
    r"(?:Solomon|Cook|Marshall|Falkland|Cayman|Virgin|Faroe|Channel|Canary|Aeolian)\s+Islands)'\s",
    re.IGNORECASE,
)
_SPOKESPERSON = (
    r"(?:spokesperson|spokesman|spokeswoman|porte-parole|représentant|représentante|press\s+service|press\s+office"
    r"|service\s+de\s+presse|service\s+de\s+communication)"
)
# "a spokesperson for the company", "porte-parole de la préfecture", "a council spokesman".
_SPOKESPERSON_RE = re.compile(
    rf"^(?:(?:a|an|the|un|une|le|la|l'|son|sa|its|their)\s+)?(?:(?P<before>[\w' .&-]+?)\s+)?{_SPOKESPERSON}"
    # "A UNICEF spokesperson in Ulaanbaatar", "une porte-parole du HCR à N'Djamena": where the spokesperson
    # sits is no part of the body
    r"(?:\s+(?:for|of|at|de|du|des|d')\s*(?P<after>.+?))?(?:\s+(?-i:in|at|à)\s+(?-i:[A-ZÀ-Ý])[\w'’ -]*)?$",
    re.IGNORECASE,
)
# "a-t-on appris auprès du Sdis", "indique-t-on à la préfecture", "dans l'entourage du ministre".
_ON_SOURCE_RE = re.compile(
    r"^\s*(?:auprès\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')|à\s+la\s+|à\s+l'|au\s+|aux\s+|"
    r"dans\s+l'entourage\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|d')|de\s+(?=sources?\s))(?P<who>[^,.;:«»“”\"]{2,90}?)\s*(?:[,.;]|$)",
    re.IGNORECASE,
)
_DETERMINED_RE = re.compile(r"^(?:the|le|la|les|l')\s*", re.IGNORECASE)


# "FIDE's fair play commission", "the WHO's regional office for Africa": a unit speaks for its owner.
_SUB_BODY_RE = re.compile(
    r"^(?:[a-z][\w -]{0,40}\s)?(?:commission|committee|panel|unit|office|branch|bureau|division|delegation|mission|"
    r"campaign|team|lawyers?|attorneys?)"
    r"(?:\s+(?:for|in|at|on)\s+[^,;:]{1,40})?$"
)


def _owner(mention: str, owned: re.Match[str]) -> str:
    """The owner in "the WHO's regional office": "WHO"."""
    return re.sub(r"^the\s+", "", mention[: owned.start("rest")].strip()[:-2], flags=re.I)


def strip_owner(mention: str) -> str:
    """Drop a possessive owner before a name: "Bernstein's Aisha Al-Sayed" -> "Aisha Al-Sayed"."""
    match = _OWNER_RE.match(mention)
    if match is None:
        return mention
    if _SUB_BODY_RE.match(match.group("rest")):
        return _owner(mention, match)
    if re.fullmatch(r"(?:[a-z][\w-]*\s+){1,3}department", match.group("rest")) and " " in _owner(
        mention, match
    ):
        return _owner(mention, match)  # "Cavan County Council's planning department", not "Assam's labour …"
    words = match.group("rest").split()
    # "the Maldives' Ministry of Fisheries" is a country's, like "Sri Lanka's"; "the Consumers' …" is a name
    plural_owner = mention[: match.start("rest")].rstrip().endswith("s'") and not _PLURAL_PLACE_RE.match(
        mention
    )
    owner = _owner(mention, match)
    if (
        not plural_owner
        # ("Sri Lanka's Department of …", "the Scottish Government's Marine Directorate")
        and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+){0,2}", owner)
        and owner not in ("Queen", "King", "People", "Women", "Children", "Men", "Farmers", "Workers")
        and len(words) >= 2
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words)
        and (words[0].lower() in ORG_HEADS or words[-1].lower() in ORG_HEADS)
        and words[-1].lower() not in ("college", "university")
    ):
        # "Uzbekistan's Energy Ministry", "Ontario's Ministry of the Environment": the country or province
        # only says whose; the body's own name follows
        return match.group("rest")
    if (words[0].lower() in ORG_HEADS or plural_owner and words[-1].lower() in ORG_HEADS) and words[0][
        :1
    ].isupper():
        # "The Consumers' Association of Ireland", "Canadian Actors' Equity Association": the owner is
        # part of the name
        return mention
    if (
        words[-1].lower() in ORG_HEADS | {"college"}  # "Scotland's Rural College"
        and words[-1][:1].isupper()
        and words[-1].lower() not in COMPANY_WORDS | {"corporation", "company", "bank", "corp"}
    ):
        # "China's Foreign Ministry", "NASA's Meteoroid Environment Office": a unit keeps its owner (but
        # "Hong Kong's MTR Corporation" is the company)
        return _DETERMINED_RE.sub("", mention)
    return match.group("rest") if len(words) >= 2 and words[-1][:1].isupper() else mention


# What a body issues or is run by stands for the body: "le communiqué de la préfecture de l'Ain",
# "la direction d'Alcéa Fluor", "the board of Delmont", "CME Group's FedWatch tool".
_DOCUMENT = (
    r"^(?:(?:le|la|l'|les|un|une|des|de|d'|the|a|an|its|their|son|sa|ses|leur|leurs)\s*)?"
    r"(?:(?:\d{4}|[\w]+-[\w-]+|plus|récent|récente|récents|récentes|dernier|dernière|derniers|dernières|nouveau|nouvelle|nouveaux|nouvelles|premier|première|premiers|premières|provisoire|provisoires|"
    r"preliminary|provisional|initial|initiale|first|early|daily|weekly|monthly|"
    r"latest|new|recent|most recent|annual|annuel|annuelle|final|official|officiel|officielle|internal|interne|"
    r"confidential|confidentiel|confidentielle|leaked)\s+)*"
    # "crime statistics", "the latest rental market survey": what the document is about, before its noun
    r"(?:(?!(?:de|des|du|la|le|les|of|the|and|et|en|à|au|aux)\s)(?-i:[a-z][a-z-]+)\s+){0,2}?"
    r"(?:charge sheet|états financiers|communiqué|texte|document|rapport|note|bulletin|lettre|memo|mémo|courriel|e-mail|email|circulaire|"
    r"direction|statement|press release|release|report|letter|filing|management|leadership|analysis|"
    r"study|survey|poll|review|investigation|data|figures|estimate|estimates|analyse|étude|enquête|"
    r"sondage|estimation|estimations|chiffres|données|statistiques|bilan|résultats|projections|prévisions|"
    r"results|statistics|forecasts|registre|register|records|draft|projet|décision|decision|ruling|"
    r"jugement|judgment|arrêt|complaint|lawsuit|indictment|opinion|décompte|comptage|recensement|tally|count|"
    r"calculs|comptes|accounts|acte d'accusation|réquisitoire|assessment|audit|expertise|autopsie|"
    r"contre-expertise|observations|relevés|relevé|constats|mesures|comptages|arrêté|arrêtés|"
    r"procès-verbal|ordonnance|délibération|pièces|documents|readings|measurements|recherches?|"
    rf"research(?!\s+{RESEARCH_PEOPLE})|"
    r"travaux|findings|affidavit|sworn statement|court filing|charge sheet|déposition|conjoncture|diagnostic)"
)
_ISSUED_BY_RE = re.compile(
    _DOCUMENT
    + r"(?:\s+(?:de|of|for)\s+\d{4})?"  # "le recensement de 2026 de Statistique Canada"
    + r"(?:\s+(?!(?:pour|for|de|du|des|of|by|par)\s)[a-zà-ÿ-]+){0,4}?\s+"
    r"(?:de\s+(?P<det>la\s+|l')|(?P<du>du\s+)|(?P<des>des\s+)|de\s+|d'|of\s+(?P<the>the\s+)?|"
    r"from\s+(?P<the2>the\s+)?|by\s+(?P<the3>the\s+)?|par\s+(?P<det2>la\s+|le\s+|l')?)(?!\d)(?P<who>[^;:]{2,100})$",  # (but "a survey of 1,260 parents")
    re.IGNORECASE,
)
# "un sondage Ifop pour le Journal du dimanche", "a YouGov poll": the name right after the noun.
# Case-sensitive: "The Data Protection Commission" is a name, not data from "Protection".
_ISSUED_NAMED_RE = re.compile(_DOCUMENT + r"\s+(?P<named>[A-ZÀ-Ý][\w.&-]+)(?:\s|$)")
# "the company's application", "the county council's latest pupil forecast": a described owner.
_DESCRIBED_OWNER_RE = re.compile(
    r"^(?:the|The)\s+(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})'s\s+(?P<rest>.+)$"
)
# "l'ordonnance de renvoi signée par la juge X", "la note de conjoncture publiée lundi par l'Institut X",
# "the Budget Book tabled by the Ministry of Finance": whoever signed or put out the document
_SIGNED_BY_RE = re.compile(
    r"\s(?:signée?s?|signed|rédigée?s?|written|publiée?s?|diffusée?s?|réalisée?s?|menée?s?|conduite?s?|établie?s?|"
    r"published|issued|prepared|conducted|compiled|tabled|presented|submitted|déposée?s?|présentée?s?)"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on\s+\w+day|\w+day))?"
    r"\s+(?:par|by)\s+(?P<who>[^,;:«»“”\"]{3,100})$",
    re.IGNORECASE,
)
# "the Red Book released by the Ministry": a titled document (but "the man released by police" is a man)
_RELEASED_BY_RE = re.compile(
    r"(?:the|a|its|le|la|l')\s*(?:[A-Z][\w'’-]*\s+){1,4}released(?:\s+on\s+\w+day)?\s+by\s+(?P<who>[^,;:«»“”\"]{3,100})$"
)
_RESEARCHERS_AT_RE = re.compile(
    r"(?:researchers|scientists|a\s+team|experts|chercheurs|chercheuses|une\s+équipe|scientifiques)\s+"
    r"(?:at|from|of|de|du|des|d')\s*(?:the\s+|la\s+|l')?(?P<body>[A-ZÀ-Ý].+)$"
)
_PRESS_OFFICE_RE = re.compile(
    r"(?i:le\s+|the\s+)?(?i:service\s+(?:de\s+(?:la\s+)?)?(?:communication|presse)|press\s+office|media\s+office)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]|de\s+|of\s+)(?P<owner>(?:(?:la|le|l['’]|the)\s*)?[A-ZÀ-Ý].*)$"
)
_FIGURES_IN_RE = re.compile(
    r"(?i:the\s+)?(?i:figures|data|numbers|statistics|estimates|chiffres|données)\s+(?:in|from|dans|du|de\s+la)\s+"
    r"(?P<doc>(?:the|this|that|its|le|la|ce|cette)\s+[a-zé]+)$"
)
_SIGNED_RE = re.compile(
    r"\s+(?:signée?s?|publiée?s?|présentée?s?|presented|carried|relayed|relayée?s?|datée?s?|rendue?s?|transmise?s?|consultée?s?|obtenue?s?|dévoilée?s?|"
    r"signed|published|dated|seen|obtained|released)\b.*$"
)
_ISSUED_RE = re.compile(
    r"^(?:[\w-]+\s+){0,3}(?:tool|statement|report|survey|index|data|website|note|release|poll|barometer|"
    r"filing|analysis|tracker|model|forecast|complaint|lawsuit|indictment|opinion|ruling|order|memo|"
    r"assessment|review|study|figures|estimates?|statistics|audit|findings|projections|records|accounts|"
    r"bulletin|update|count|tally|notice|affidavit|petition|submission|judgment|judgement|documents|"
    r"application|forecast|forecasts|filings|plan|proposal|letter|evidence|testimony)"
    # "the EPA's most recent assessment of water quality": what the document is about goes too
    r"(?:\s+(?:of|on|into|for)\s+[^,;:]{1,60})?$",
    re.IGNORECASE,
)


# "la direction départementale des territoires", "Direction générale de la santé": an administration's
# own name, not the management of whatever follows.
_ADMINISTRATION_RE = re.compile(
    r"^(?:(?:la|une|the)\s+)?(?:direction\s+(?:générale|départementale|régionale|interrégionale|"
    r"interdépartementale|nationale|territoriale|centrale|interministérielle)(?:\s+[a-zà-ÿ]+e)?\s+"
    r"(?:des|de\s+la|de\s+l'|du)\s*[a-zà-ÿ]"  # "Direction générale turque de la météorologie"
    # "la Direction de santé publique de l'Estrie": a capital, or a bare noun after "de", names a service
    r"|(?-i:Direction(?:\s+[a-zà-ÿ]+e)?\s+(?:de|des|du|d')\s*(?:la\s+|l')?[a-zà-ÿ]|direction\s+de\s+(?!la\s|l')[a-zà-ÿ])"
    # "la direction de l'environnement de la wilaya": a domain, not a body, after "de la"/"de l'"
    r"|(?:la\s+)?direction\s+(?:de\s+la|de\s+l'|des)\s*(?:environnement|santé|urbanisme|agriculture|"
    r"équipement|éducation|jeunesse|culture|commerce|industrie|emploi|travail|action\s+sociale|"
    r"protection\s+civile|sécurité|concurrence|pêche|forêts|eaux|transports|mines|énergie|habitat|"
    r"communication|statistique|météorologie|douanes|impôts))",
    re.IGNORECASE,
)
_NAMED_COMPLEMENT_RE = re.compile(
    r"\s(?:de\s+(?P<det>la\s+|l')?|du\s+|des\s+|d'|of\s+(?:the\s+)?)(?=[A-ZÀ-Ý])"
)


_WHEN_TAIL_RE = re.compile(
    r"\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|yesterday|"
    r"(?:le\s+mois|la\s+semaine|l'an|l'année)\s+derni(?:er|ère)|hier)$"
)
_PUBLISHED_ON_RE = re.compile(
    r"\b(published|released|issued|publiée?s?|rendue?s?)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)


_NAMED_STUDY_RE = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:new|recent|large|latest)\s+)?(?P<named>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du)\s+)?[A-Z][\w'’&.-]*)+)"
    r"(?<!['’]s)"  # "Mr Brechin's report" is his, the owner's: see _OWNER_RE
    # "according to Department of Census and Statistics price surveys": what it measures may come between
    r"(?:\s+\([A-Z]{2,8}\))?(?:\s+[a-z]+){0,2}?\s+(?:study|report|survey|surveys|analysis|audit|review|poll|"
    r"data|figures|statistics|estimates)$"
)


def _workplace(who: str) -> str:
    """ "researchers at the University of X" -> "University of X"; anyone else stays who they are."""
    research = _RESEARCHERS_AT_RE.match(who)
    return research.group("body") if research else who


@lru_cache(maxsize=8192)  # pure, and asked again for the same words
def issuer(mention: str) -> str:
    """The body behind its statement, its management or its tool; the mention itself otherwise."""
    press = _PRESS_OFFICE_RE.match(mention.strip())
    if press:
        return press.group("owner")  # "le service communication de la CCFI": the body
    inside = _FIGURES_IN_RE.match(mention.strip())
    if inside:
        return issuer(inside.group("doc"))  # "figures in the report" are the report's
    named_study = _NAMED_STUDY_RE.match(mention.strip())
    if named_study:
        return named_study.group("named")  # "according to a University of San Carlos (USC) study"
    # "a report published on Tuesday by the X": the day is no part of who published it
    mention = _PUBLISHED_ON_RE.sub(r"\1", mention)
    # "figures published by the Port of Workington last month": when is no part of who
    mention = _WHEN_TAIL_RE.sub("", mention)
    signer = _SIGNED_BY_RE.search(mention) or _RELEASED_BY_RE.fullmatch(mention.strip())
    if signer:
        # "l'ordonnance de renvoi signée par la juge X": the one who signed it; "a study conducted by
        # researchers at X": the body they work at
        return _workplace(signer.group("who"))
    named = _ISSUED_NAMED_RE.match(mention.strip())
    if named:
        return named.group("named")
    match = _ISSUED_BY_RE.match(mention.strip()) if not _ADMINISTRATION_RE.match(mention.strip()) else None
    if match:
        # The determiner stays, so that "le communiqué de l'instance" still reads as a description.
        det = (
            match.group("det")
            or match.group("det2")
            or match.group("the")
            or match.group("the2")
            or match.group("the3")
        )
        det = det or ("le " if match.group("du") else "les " if match.group("des") else "")
        who = re.sub(
            r"\s+to\s+(?:the\s+|its\s+|his\s+|her\s+)?[a-z].*$", "", match.group("who")
        )  # "a memo from X to staff"
        who = _SIGNED_RE.sub("", who)  # "un arrêté de la préfecture de la Manche signé lundi"
        if _RESEARCHERS_AT_RE.match(who):
            return _workplace(who)  # "a study by researchers at the Chinese University of Hong Kong"
        head = who.split()[0].lower() if who.split() else ""
        named_head = next((w.lower() for w in who.split() if w[:1].isupper()), "")
        if head not in ORG_HEADS and named_head in ORG_HEADS:
            head = named_head  # "figures from the provincial Department of Fisheries": the department's
        # but "un arrêté du préfet de la région du Gbêkê" is the prefect's, whatever region he heads
        inner = (
            _NAMED_COMPLEMENT_RE.search(who)
            if who[:1].islower() and head not in ORG_HEADS | NAME_KEEPING_NOUNS and head not in ROLE_HEADS
            else None
        )
        if inner:
            # "le registre des inspections du SIM": the first complement with a name issued it.
            det, who = (
                inner.group("det") or ("le " if inner.group().strip() == "du" else ""),
                who[inner.end() :],
            )
        return (det + who).strip()
    owned = _OWNER_RE.match(mention.strip())
    if owned and _ISSUED_RE.match(owned.group("rest")):
        return _owner(mention, owned)
    described = _DESCRIBED_OWNER_RE.match(mention.strip())
    if described and _ISSUED_RE.match(described.group("rest")):
        return "the " + described.group("owner")  # "the company's application" is the company's word
    return mention


def spokesperson_body(mention: str) -> str | None:
    """The body an unnamed spokesperson speaks for ("" when unnamed too); None if not a spokesperson."""
    match = _SPOKESPERSON_RE.match(mention.strip())
    if match is None:
        return None
    body = (match.group("after") or match.group("before") or "").strip()
    if body.endswith("'s"):
        body = body[:-2]
    if body[:1].islower() and not _DETERMINED_RE.match(body):
        body = ("le " if mention.lower().startswith(("un", "le", "la", "l'", "son", "sa")) else "the ") + body
    return body


def on_source(tail: str) -> str:
    """Who stands behind French impersonal "on": "auprès du Sdis de la Manche" -> "Sdis de la Manche"."""
    match = _ON_SOURCE_RE.match(tail)
    return match.group("who").strip() if match else ""


# "Du côté de la mairie, on assure …", "Chez Renault, on indique …": who stands behind impersonal "on".
_ON_SIDE_RE = re.compile(
    r"^\s*(?:Du\s+côté\s+(?P<of>de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')|Chez\s+|(?P<at>À\s+la\s+|À\s+l'|Au\s+|Aux\s+))"
    r"(?P<who>[^,.;:«»“”\"]{2,80}?)\s*,\s*on\s"
)
# The article folded into the preposition goes back on the noun: "du côté de la mairie" -> "la mairie".
_ARTICLE_OF = {
    "de la": "la ",
    "de l'": "l'",
    "des": "les ",
    "du": "le ",
    "à la": "la ",
    "à l'": "l'",
    "au": "le ",
    "aux": "les ",
}


def on_side(clause: str) -> str:
    """The body beside impersonal "on" at the start of a clause: "Du côté de la mairie, on assure" -> "la
    mairie", "Chez Renault, on indique" -> "Renault"; "" if none."""
    match = _ON_SIDE_RE.match(clause)
    if match is None:
        return ""
    folded = " ".join((match.group("of") or match.group("at") or "").lower().split())
    return _ARTICLE_OF.get(folded, "") + match.group("who")


# Irish state bodies keep their article: "An Garda Síochána", "An Post", "An Bord Pleanála"
IRISH_BODY_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>An\s+(?:Garda\s+S[ií]och[aá]na|Post|Taisce|Bord\s+[A-ZÀ-Ý][\w'’-]+)|Garda\s+S[ií]och[aá]na|Garda)"
)
# Words that head a public body's name before "of" and its place: "Diocese of Norwich", "Town of Coaldale"
_PLACE_BODY_HEADS = set(
    "diocese town city borough county states chamber college division church district isle".split()
)


def firm_and_town(bare: str, affiliation: str) -> bool:
    """ "The supplier, Prairieline Metering of Winnipeg": a firm's name and where it is based, not one
    name like "the Geological Survey of Israel"."""
    head = bare.split()[-1].lower()
    return (
        re.fullmatch(r"of [A-ZÀ-Ý][\w'’-]+", affiliation) is not None
        and len(bare.split()) >= 2
        and head not in ORG_HEADS | _PLACE_BODY_HEADS
        and not org_kind(head)
    )


_LOCAL_GOVERNMENTS = set("county city borough township parish district province state shire".split())


def names_a_body(name: str, written: bool, met: bool) -> bool:
    """True when the name a spokesperson speaks for, read as a person's for want of a marker word, is a
    body's. `written`: the name was written in full as a person's; `met`: a person of that name was met."""
    words = name.split()
    last = words[-1].lower()
    return (
        len(words) == 1
        and not written  # "a Defra spokesperson": one word no person was named by
        or last in _LOCAL_GOVERNMENTS  # "a Pinellas County spokesperson": a place's government
        or len(words) >= 3  # "a Murray Bulk Grain spokeswoman": a run of three capitals is a body's name
        # "a Royal Mail spokeswoman", unless a person of that name was met ("a Taylor Swift spokeswoman")
        or not met
        # "a spokesperson for Pittsfield Public Schools": a plural body noun ends the name
        or len(last) > 4
        and last.endswith("s")
        and last[:-1] in ORG_HEADS
    )


_LINKS = r"(?:\s+(?:de|du|des|de\s+la|la|le|les|of|the|and|for|et|pour|à|au|aux|on|in)\s+|\s+|\s*[dl]['’]|\s+de\s+l['’]|-)"


def spelled_out(acronym: str, text: str) -> str:
    """The name an acronym never bracketed stands for, from its initials: "LFP" -> "Ligue de football
    professionnel" when the article writes it out; "" when it does not."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return ""
    first, rest = acronym[0], acronym[1:]
    pattern = rf"(?<!\w){first}[\w'’]*" + "".join(rf"{_LINKS}(?i:{letter})[\w'’]*" for letter in rest)
    for found in re.finditer(pattern + r"(?![\w'’])", text):
        words = [w for w in re.split(_LINKS, found.group(0)) if w]
        # a body's name: its head noun first ("Ligue de football professionnel") or every word capitalised
        if words[0].lower() in ORG_HEADS or all(w[:1].isupper() for w in words):
            # "le CHU" after "Centre hospitalier universitaire de Guyane": the place is part of the name
            place = _NAME_PLACE_RE.match(text, found.end())
            return found.group(0) + (place.group(0) if place else "")
    return ""


_NAME_PLACE_RE = re.compile(r"\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*")
