"""Speaker name normalisation shared with the database layer: titles and matching keys."""

from __future__ import annotations

import re
from functools import lru_cache

from .alternation import one_of
from .nouns import ORG_HEADS, STREET_NOUNS
from .textnorm import fold

# Honorifics and roles that precede a name. Longest first so "vice-ministre" wins over "ministre".
_TITLE_WORDS = [
    # French
    "président de la République",
    "présidente de la République",
    "premier ministre",
    "première ministre",
    "vice-président",
    "vice-présidente",
    "vice-ministre",
    "ministre",
    "président",
    "présidente",
    "secrétaire général",
    "secrétaire générale",
    "secrétaire d'état",
    "porte-parole",
    "chef d'état-major",
    "chef",
    "cheffe",
    "directeur général",
    "directrice générale",
    "directeur",
    "directrice",
    "maire",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "général",
    "colonel",
    "commandant",
    "gouverneur",
    "procureur",
    "procureure",
    "commissaire",
    "lieutenant",
    "juge",
    "docteur",
    "professeur",
    "entraîneur",
    "sélectionneur",
    "capitaine",
    "préfet",
    "préfète",
    "ambassadeur",
    "ambassadrice",
    "patron",
    "patronne",
    "pape",
    "Monsieur",
    "Madame",
    "Mademoiselle",
    "Mgr",
    "P.",  # le P. (père) in religious titles
    "abbé",
    "Fr.",
    "Revd",
    "Me",
    "Pr",
    "Dr",
    "Dre",
    "Dresse",  # Swiss French: la Dresse X
    "Reeve",  # the head of a rural municipality in Manitoba or Saskatchewan
    "Doctoresse",
    "M.",
    "Mme",
    "Mlle",
    "MM.",
    # English
    "Prime Minister",
    "Vice President",
    "Deputy Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Defense Minister",
    "Defense Secretary",
    "Secretary of State",
    "Secretary",
    "Minister",
    "President",
    "Chancellor",
    "House Speaker",
    "Speaker",
    "Governor",
    "Sheriff",
    "Corporal",
    "Constable",
    "Cathaoirleach",  # the chair of an Irish council
    "Senator",
    "Sen.",
    "TD",  # Teachta Dála, a member of the Irish parliament: "Opposition TD Declan Murphy"
    "Governor",
    "Gov.",
    "Lieutenant Governor",
    "Recorder",
    "Rev.",
    "lead author",
    "co-author",
    "Rep.",
    "Representative",
    "Mayor",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Col",
    "Lt Col",
    "Maj",
    "Brig",
    "Hon.",
    "Hon",
    "Engr",
    # Malay and Bruneian honorifics: "Awang Izzuddin bin Haji Suhardi", "Dayang Hamidah"
    "Awang",
    "Dayang",
    "Pengiran",
    "Datuk",
    "Dato",
    "Datin",
    "ComPol",
    "Eng",
    "Eng.",
    "Engr.",
    "DSP",
    "ASP",
    "CSP",
    "ACP",
    "DCP",
    "AIG",
    "SSP",
    "SP",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Principal",
    "Vice Principal",
    "Headteacher",
    "Headmaster",
    "Headmistress",
    "Commodore",
    "Perit",
    "Commissioner-General",
    "Director-General",
    "Secretary-General",
    "Regent",
    "Datuk Seri",
    "Datuk",
    "Dato'",
    "Dato",
    "Datin",
    "Tan Sri",
    "Garda",
    "Admiral",
    "Rear Admiral",
    "Vice Admiral",
    "Brigadier",
    "Brigadier General",
    "Major General",
    "Lieutenant General",
    "Lt Gen",
    "Lt-Gen",
    "Maj Gen",
    "Maj-Gen",
    "Lt",
    "Lt.",
    "Capt",
    "Capt.",
    "Sgt",
    "Sgt.",
    "Supt",
    "Insp",
    "MP",
    "MLA",
    "MCA",
    "MSP",
    "MEP",
    "MPP",
    "Assemblyman",
    "Assemblywoman",
    "Alderman",
    "Councilman",
    "Councilwoman",
    "City Councilor",
    "City Councillor",
    "Councilor",
    "Councillor",
    "Constable",  # "Constable Simon X" heads a Jersey parish
    "Deemster",  # a Manx judge
    "Council member",
    "Supervisor",
    "District Officer",
    "Town Officer",
    "Selectman",
    "Selectwoman",
    "Commissioner",
    "Chief Executive",
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "Chief Magistrate",
    "Senior Magistrate",
    "Regional Magistrate",
    "Magistrate",
    "Coroner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "Judge",
    "Justice",
    "Professor",
    "Prof.",
    "Prof",
    "Detective Chief Inspector",
    "Detective Inspector",
    "Detective Sergeant",
    "Chief Inspector",
    "Inspector",
    "Detective",
    # British police ranks as papers abbreviate them: "DC Rishworth", "Det Supt Y", "PC Z"
    "DC",
    "DS",
    "DI",
    "DCI",
    "DSU",
    "PC",
    "PCSO",
    "Det",
    "Det Con",
    "Det Sgt",
    "Det Insp",
    "Det Supt",
    "Det Ch Insp",
    "Det Ch Supt",
    "Ch Insp",
    "Ch Supt",
    "Superintendent",
    "Chief Constable",
    "Senior Chief",
    "Paramount Chief",
    "Constable",
    "Sergeant",
    "Business Secretary",
    "Home Secretary",
    "Health Secretary",
    "Foreign Secretary",
    "Chancellor of the Exchequer",
    "Head Coach",
    "Manager",
    "Coach",
    "Captain",
    "Ambassador",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Lord",
    "Lady",
    "Sir",
    "Dame",
    "Cr",
    "Cllr",
    "Clr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Miss",
    "Madam",
    "Rev",
    "Rev.",
    "Reverend",
    "Pastor",
    "Rabbi",
    "Imam",
    "Alhaji",
    "Hajia",
    "Advocate",  # South African courtesy title of a barrister: "Advocate Palesa X"
    "Adv",
    "Adv.",
]
_TITLE_RE = re.compile(
    r"^((?:(?:le|la|l'|the)\s+)?(?:"
    + one_of({t.lower() for t in _TITLE_WORDS})  # the regex ignores case
    + r"))(?=\s|$)"
    # "General Staff", "Federal Assembly": a title word that begins a body's name is not a title.
    r"(?!\s+(?:Staff|Assembly|Secretariat|Directorate|Council|Command|Headquarters|Electric|Motors|Courts?)\b)",
    re.IGNORECASE,
)
_LINKS = set("de du des d' la le l' à au aux of the for in at et and".split())
_BODY_HEADS = set(
    "association council authority board commission committee union federation society trust club service "
    "agency department institute foundation network alliance corporation chamber league party".split()
)
# Words that name a minister's or a secretary's remit in English titles
_PORTFOLIO_WORDS = set(
    "public works planning affairs federal finance financial health economy economic education transport "
    "transportation tourism culture sport sports agriculture fisheries environment justice home foreign "
    "interior trade industry energy labour labor housing social development security national local "
    "government youth women digital infrastructure water mines mining lands land natural resources commerce "
    "defence defense immigration communications information technology science research welfare family "
    "children gender community rural urban treasury budget investment enterprise innovation employment "
    "service aviation marine maritime ports roads highways utilities petroleum forestry wildlife heritage "
    "arts state provincial regional cooperatives co-operatives disaster management climate change".split()
)
HONORIFICS = {"m", "mme", "mlle", "mr", "mrs", "ms", "miss", "monsieur", "madame", "mademoiselle", "madam"}
_NAME_RE = re.compile(r"^[A-ZÀ-Ý][\w'.-]*$")
_DETERMINER_RE = re.compile(r"^(?:(?:le|la|les|un|une|des|du|the|a|an)\s+|l')", re.IGNORECASE)
# "Kaveri Finlease Ltd", "Vahini Credit Technologies Pvt. Ltd": the legal form is no part of who speaks.
_LEGAL_FORM_RE = re.compile(
    r"(?<=\w)(?:,?\s+(?:pvt\.?|private|pty\.?))?,?\s+(?:ltd|limited|inc|incorporated|plc|llc|gmbh|corp)\.?$"
)


@lru_cache(maxsize=8192)  # pure, and asked again for the same words
def strip_title(name: str) -> tuple[str, str]:
    """Split a mention into (title, bare name): "Le président Zelensky" -> ("président", "Zelensky")."""
    name = " ".join(name.replace("\u2019", "'").split()).strip(" ,")
    titles = []
    while True:
        match = _TITLE_RE.match(name)
        if not match:
            # English puts capitalised qualifiers before the title: "Ukrainian President X".
            for count in (1, 2):
                lead = re.match(
                    # but "Our Lady of the Oquirrhs Parish" is a church's name
                    rf"^((?:(?!(?:Our|My|Your|His|Her|Their|Its)\s)[ʻ'’]?(?:[A-Z][a-z]+|[A-Z]{{2,5}})\s+){{{count}}}"
                    rf"(?:(?:state|county|city|federal)\s+)?)(?=[A-Z]|spokes)",
                    name,
                )
                match = _TITLE_RE.match(name[lead.end() :]) if lead else None
                if lead and match and name[lead.end() + match.end() :].strip():
                    name = name[lead.end() :]
                    titles.append(lead.group(1).strip())
                    break
                match = None
        if not match:
            break
        rest = name[match.end() :]
        if not rest.strip():
            break  # the whole mention is a title ("le porte-parole"): keep it as the name
        title = match.group(1)
        if title.strip(".").lower() in HONORIFICS:
            # "M. Le Bihan", "Mme de La Tour": after an honorific everything is the name.
            titles.append(title)
            name = rest.strip(" ,")
            break
        words = rest.split()
        taken = 0
        # The title goes on through lowercase words and complements ("ukrainienne de la Défense");
        # a capital right after a link word belongs to the complement, not to the name.
        while taken < len(words):
            word = words[taken]
            previous = words[taken - 1].lower() if taken else ""
            if (
                not _NAME_RE.match(word)
                or previous in _LINKS
                or previous.endswith("'")
                or (word.lower() in _LINKS)
                # "Secretary of Finance, Trade and the Economy X": the complement is a list
                or previous.endswith(",")
                and any(w.lower() in ("and", "et", "&") for w in words[taken + 1 : taken + 3])
            ):
                taken += 1
                continue
            if previous in STREET_NOUNS:
                taken = len(words)  # "résidente du boulevard Saint-Pierre Ouest": the street, not a name
                continue
            # "President of the Conset Bay Fisherfolk Association Sherwin Blenman": the body's name runs
            # on to its head noun, and the person's name comes after it
            ahead = next(
                (
                    j
                    for j in range(taken, min(taken + 5, len(words) - 1))
                    if words[j].lower() in _BODY_HEADS
                    and all(_NAME_RE.match(w) for w in words[taken : j + 2])
                ),
                None,
            )
            if taken and ahead is not None:
                taken = ahead + 1
                continue
            if (
                taken
                and word.lower() in _PORTFOLIO_WORDS
                and len(words) - taken >= 3
                and any(w.lower() in ("of", "for") for w in words[:taken])
            ):
                # "Minister of Public Works Delcina X", "Minister for Federal Affairs and Planning Dilli
                # Ram Y": capitalised words of a portfolio go on with the title while a name is left
                taken += 1
                continue
            if (
                taken == len(words) - 1
                and taken >= 2
                and words[taken - 2].lower() in _LINKS
                and words[taken - 1][:1].isupper()
            ):
                # "le maire de Nuku Hiva", "the mayor of Port Louis": one capital left after the place's
                # first word goes on with the place, it is no name alone
                taken += 1
                continue
            break
        if (
            taken < len(words) - 2
            and re.fullmatch(r"[A-ZÉ]{2,6}", words[taken])
            and all(_NAME_RE.match(w) for w in words[taken + 1 :])
        ):
            # "la députée CSV Nadine Schartz", "Labour MP X": the party's initials go with the title
            taken += 1
        if taken == len(words) or (taken and words[taken - 1].lower() in _LINKS):
            break  # no name after the title: the mention is a bare role ("chef de l'administration à Kharkiv")
        title = " ".join([title, *words[:taken]])
        rest = " ".join(words[taken:])
        titles.append(_DETERMINER_RE.sub("", title).strip())
        name = rest.strip(" ,")
    if not titles:
        # "Buffalo Pound Oilseeds president and CEO Lorne X", "Moose Jaw Chamber of Commerce CEO Carla Y":
        # a body's name, then a title word, then the person's own name
        # (only a phrase of three words or more can hold both; strip_title runs for every speaker key)
        late = _LATE_TITLE_RE.search(name) if name.count(" ") >= 2 else None
        if late and not any(w.lower() in ORG_HEADS for w in late.group("name").split()):
            honour, bare = strip_title(late.group("name"))  # "… secretary-general Datuk Lim Boon Huat"
            return " ".join(filter(None, [name[: late.start("name")].strip(), honour])), bare
    return " ".join(titles), name


_LATE_TITLE_RE = re.compile(
    r"(?:^|\s)(?i:"
    + one_of({t.lower() for t in _TITLE_WORDS if len(t) > 2})
    + r")\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})$"
)


_TRANSLIT = [
    (re.compile(r"[^a-z0-9 ]"), ""),
    (re.compile(r"tch|tsch|sch|sh"), "ch"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),  # Zelenskyy -> zelenski after y -> i
    (re.compile(r"\b(?:ie|je)"), "e"),  # Yermak / Iermak / Ermak
    (re.compile(r"\bi(?=[aeou])"), ""),
    (re.compile(r"(?<=ski)[ij]\b"), ""),
]


@lru_cache(maxsize=8192)  # pure, and asked again for the same words
def speaker_key(name: str) -> str:
    """Return a matching key: titles stripped, accents folded, common transliterations merged."""
    _, bare = strip_title(name)
    key = fold(bare or name).lower().replace("'", " ").replace("-", " ")
    key = _DETERMINER_RE.sub("", key)
    key = _LEGAL_FORM_RE.sub("", key.strip())
    for pattern, replacement in _TRANSLIT:
        key = pattern.sub(replacement, key)
    return " ".join(key.split())


def surname(name: str) -> str:
    """Return the last word of a bare person name ("Andriy Yermak" -> "Yermak")."""
    parts = strip_title(name)[1].split()
    return parts[-1] if parts else ""
