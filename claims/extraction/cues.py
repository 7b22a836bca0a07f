"""Lexicons of speech cues (verbs, constructions), organisation heads and roles, FR and EN."""

from __future__ import annotations

import re

# Verb classes: SAY takes que/that, a colon or a quote; DE takes "(à X) de + infinitive" or
# "X to + infinitive"; OBJ takes a noun-phrase object that is itself the claim (décrire, confirm).
SAY, DE, OBJ = "say", "de", "obj"

_FR_REGULAR = {
    # lemma stem (without -er): classes
    "déclar": {SAY},
    "affirm": {SAY},
    "assur": {SAY},
    "annonc": {SAY, OBJ},
    "expliqu": {SAY},
    "ajout": {SAY},
    "indiqu": {SAY},
    "estim": {SAY},
    "soulign": {SAY},
    "précis": {SAY},
    "insist": {SAY},
    "jug": {SAY},
    "racont": {SAY},
    "confi": {SAY},
    "confirm": {SAY, OBJ},
    "ni": {SAY, OBJ},
    "ordonn": {DE},
    "demand": {DE},
    "exhort": {DE},
    "conseill": {DE},
    "recommand": {SAY, DE},
    "signal": {SAY, OBJ},
    "rapport": {SAY, OBJ},
    "révél": {SAY, OBJ},
    "regrett": {SAY},
    "dénonc": {SAY, OBJ},
    "accus": {SAY, DE},
    "revendiqu": {SAY, OBJ},
    "tweet": {SAY},
    "comment": {SAY},
    "not": {SAY},
    "observ": {SAY},
    "relev": {SAY},
    "constat": {SAY},
    "détaill": {SAY, OBJ},
    "plaid": {SAY},
    "réclam": {SAY, OBJ},
    "pens": {SAY},
    "menac": {DE},
    "martel": {SAY},
    "répét": {SAY},
    "rappel": {SAY},
    "concéd": {SAY},
    "espér": {SAY},
    "considér": {SAY},
    "suggér": {SAY},
    "argu": {SAY},
    "résum": {SAY},
    "implor": {DE},
    "somm": {DE},
    "pri": {DE},
    "suppli": {DE},
    "appel": {DE},
    "invit": {DE},
    "encourag": {DE},
}
_FR_IRREGULAR = {
    SAY: "dit dite dits disent disait disaient disant dirent écrit écrite écrivent écrivait écrivaient "
    "écrivant reconnu reconnue reconnaît reconnait reconnaissent reconnaissait reconnaissant reconnut "
    "admis admet admettent admettait admettant averti avertit avertissent avertissait avertissant "
    "prévenu prévient préviennent prévenait soutenu soutient soutiennent soutenait soutenant "
    "maintenu maintient maintiennent maintenait répondu répond répondent répondait répondant "
    "démenti dément démentent démentait prétendu prétend prétendent prétendait craint craignent "
    "craignait cru croit croient croyait prédit prédisent prédisait promis promet promettent "
    "promettait rappelle rappellent répète répètent martèle martèlent concède espère considère "
    "confié décrit décrivent",
    DE: "dit disent disait disant promis promet promettent promettait",
    OBJ: "décrit décrivent décrivait reconnu reconnaît reconnait reconnaissent démenti dément "
    "démentent admis admet",
}
_FR_ENDINGS = ["é", "ée", "és", "ées", "e", "es", "ent", "ait", "aient", "a", "ant", "èrent"]

# Multi-word constructions that work like a speech verb ("a lancé une mise en garde, exhortant…").
FR_PHRASES = [
    r"lanc(?:é|e|ent|ait|aient|ant)\s+(?:une|un|sa|son|ses|de nouvelles?|plusieurs)\s+"
    r"(?:mise en garde|mises en garde|avertissement|avertissements|appel|cri d'alarme)",
    r"mis(?:e)?\s+en\s+garde|met(?:tent|tait|taient|tant)?\s+en\s+garde",
    r"tir(?:é|e|ent|ait)\s+la\s+sonnette\s+d'alarme",
    r"(?:s'est|se sont|s'était|se)\s+(?:dit|dite|dits|dites|déclaré|déclarée|félicité|"
    r"félicitée|inquiété|inquiétée|réjoui|réjouie|engagé|engagée)",
    r"fait\s+savoir",
]

_EN_FORMS = {
    SAY: "say says said saying tell tells told telling write writes wrote written writing claim claims "
    "claimed claiming warn warns warned warning add adds added adding state states stated announce "
    "announces announced insist insists insisted explain explains explained note notes noted argue "
    "argues argued acknowledge acknowledges acknowledged admit admits admitted confirm confirms "
    "confirmed deny denies denied report reports reported tweet tweets tweeted posted estimate "
    "estimates estimated stress stresses stressed emphasised emphasized emphasises emphasizes "
    "predict predicts predicted believe believes believed think thinks thought suggest suggests "
    "suggested concede concedes conceded maintain maintains maintained contend contends contended "
    "allege alleges alleged assert asserts asserted reiterate reiterated recall recalled reveal "
    "reveals revealed disclose disclosed complain complained complains hope hopes hoped vow vowed "
    "vows promise promised promises cautioned caution cautions observed observes remarked "
    "replied replies responded conclude concluded concludes",
    DE: "urge urges urged order orders ordered ask asks asked tell tells told call calls called "
    "advise advised advises instruct instructed encourage encouraged promise promised vow vowed "
    "threaten threatened threatens",
    OBJ: "announce announces announced describe describes described confirm confirms confirmed deny "
    "denies denied acknowledge acknowledged report reports reported reveal revealed",
}


def _french_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for stem, classes in _FR_REGULAR.items():
        for ending in _FR_ENDINGS:
            forms.setdefault(stem + ending, set()).update(classes)
    for cls, words in _FR_IRREGULAR.items():
        for word in words.split():
            forms.setdefault(word, set()).add(cls)
    # Forms that collide with frequent non-speech words.
    for ambiguous in (
        "note",
        "notes",
        "not",
        "nia",
        "pria",
        "prie",
        "pries",
        "somme",
        "sommes",
        "somma",
        "jugea",
        "confia",
        "lancé",
        "avance",
        "rapporta",
        "appela",
        "nie",
        "nies",
        "nient",
        "nié",
        "niée",
        "nient",
        "prié",
        "priée",
        "priés",
        "noté",
    ):
        forms.pop(ambiguous, None)
    forms["nié"] = {SAY, OBJ}
    forms["nie"] = {SAY}
    forms["noté"] = {SAY}
    return forms


FR_FORMS = _french_forms()
EN_FORMS: dict[str, set[str]] = {}
for _cls, _words in _EN_FORMS.items():
    for _w in _words.split():
        EN_FORMS.setdefault(_w, set()).add(_cls)

FR_AUX = (
    r"(?:n'|ne\s+)?(?:a|ont|avait|avaient|aurait|auraient|aura|auront|eut|ayant|avoir)"
    r"(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on))?"
)
FR_ADVERBS = (
    r"(?:pas|plus|jamais|également|aussi|notamment|encore|déjà|ensuite|enfin|alors|toutefois|"
    r"cependant|pourtant|récemment|publiquement|clairement|simplement|d'ailleurs|bien|même|souvent|"
    r"longtemps|hier|ainsi|immédiatement|rapidement|fermement|vivement|officiellement|explicitement|"
    r"lui-même|elle-même|eux-mêmes|tout|de nouveau|par ailleurs|en outre|sèchement|pour sa part|"
    r"de son côté|quant à lui|quant à elle|à son tour|lui aussi|elle aussi)"
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


FR_CUE_RE = re.compile(
    rf"(?<![\w'])(?:(?P<aux>{FR_AUX})(?:\s+{FR_ADVERBS}){{0,3}}\s+)?"
    rf"(?P<verb>{_alternation(FR_FORMS)}|{'|'.join(FR_PHRASES)})"
    r"(?:-t-(?P<inv1>il|elle|on)|-(?P<inv2>il|elle|ils|elles|on))?(?![\w])",
    re.IGNORECASE,
)
EN_CUE_RE = re.compile(
    r"(?<![\w'])(?:(?P<aux>has|have|had|will|would|could|also|later|previously|then|again|repeatedly|"
    r"publicly|reportedly|once|further|earlier|is|was|were|are|has\s+also|had\s+also|have\s+also)\s+)?"
    rf"(?P<verb>{_alternation(EN_FORMS)}|pointed out|points out|point out)(?![\w'])"
)

ACCORDING_RE = {
    "fr": re.compile(r"(?<![\w'])(?:selon|d'après|de l'avis de|aux dires de)\s+", re.IGNORECASE),
    "en": re.compile(r"(?<![\w'])(?:according to|in the words of|as per)\s+", re.IGNORECASE),
}
COMPLEMENTIZER = {"fr": r"(?:que|qu')", "en": r"that"}

PRONOUNS = {
    "il": "m",
    "elle": "f",
    "ils": "p",
    "elles": "p",
    "he": "m",
    "she": "f",
    "they": "p",
    "celui-ci": "m",
    "celle-ci": "f",
    "ce dernier": "m",
    "cette dernière": "f",
}

ORG_HEADS = set(
    [
        "ministère",
        "ministere",
        "agence",
        "office",
        "gouvernement",
        "armée",
        "armee",
        "police",
        "gendarmerie",
        "commission",
        "conseil",
        "institut",
        "insee",
        "banque",
        "bureau",
        "service",
        "services",
        "direction",
        "parquet",
        "tribunal",
        "cour",
        "préfecture",
        "prefecture",
        "mairie",
        "parti",
        "syndicat",
        "fédération",
        "federation",
        "association",
        "ong",
        "entreprise",
        "groupe",
        "société",
        "compagnie",
        "hôpital",
        "hopital",
        "université",
        "observatoire",
        "autorité",
        "centre",
        "laboratoire",
        "club",
        "équipe",
        "ligue",
        "kremlin",
        "élysée",
        "elysee",
        "matignon",
        "onu",
        "otan",
        "ue",
        "assemblée",
        "sénat",
        "cabinet",
        "administration",
        "état-major",
        "journal",
        "quotidien",
        "chaîne",
        "agences",
        "forces",
        "ministry",
        "agency",
        "government",
        "army",
        "military",
        "commission",
        "council",
        "institute",
        "bank",
        "department",
        "court",
        "party",
        "union",
        "association",
        "company",
        "corporation",
        "hospital",
        "university",
        "authority",
        "center",
        "centre",
        "club",
        "team",
        "league",
        "pentagon",
        "nato",
        "parliament",
        "congress",
        "senate",
        "committee",
        "board",
        "foundation",
        "organisation",
        "organization",
        "network",
        "newspaper",
        "firm",
        "regulator",
        "statistics",
        "navy",
        "ministries",
        "embassy",
        "ambassade",
        "municipality",
        "council",
        "spokesman's",
        "regime",
        "cnrs",
        "staff",
    ]
)
ORG_NAMES = set(
    [
        "tass",
        "ria",
        "interfax",
        "reuters",
        "afp",
        "ap",
        "bloomberg",
        "bbc",
        "cnn",
        "ukrinform",
        "xinhua",
        "insee",
        "eurostat",
        "oms",
        "who",
        "fmi",
        "imf",
        "bce",
        "ecb",
        "ocde",
        "oecd",
        "onu",
        "un",
        "otan",
        "nato",
        "ue",
        "eu",
        "fed",
        "nasa",
        "fifa",
        "uefa",
        "uefa",
        "cio",
        "ioc",
        "inserm",
        "drees",
        "dares",
        "unicef",
        "unesco",
        "kremlin",
        "élysée",
        "matignon",
        "pentagon",
        "pentagone",
        "ofce",
        "sncf",
        "ratp",
        "edf",
        "engie",
    ]
)
ORG_PHRASES = [
    "white house",
    "maison blanche",
    "downing street",
    "associated press",
    "banque de france",
    "bank of england",
    "federal reserve",
    "le monde",
    "new york times",
    "wall street journal",
]
ROLE_HEADS = set(
    [
        "chef",
        "cheffe",
        "président",
        "présidente",
        "ministre",
        "vice-ministre",
        "porte-parole",
        "directeur",
        "directrice",
        "responsable",
        "maire",
        "député",
        "députée",
        "sénateur",
        "sénatrice",
        "général",
        "gouverneur",
        "procureur",
        "procureure",
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
        "dirigeant",
        "dirigeante",
        "secrétaire",
        "conseiller",
        "conseillère",
        "économiste",
        "analyste",
        "médecin",
        "commandant",
        "colonel",
        "officier",
        "avocat",
        "avocate",
        "head",
        "chief",
        "president",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "official",
        "mayor",
        "governor",
        "senator",
        "general",
        "judge",
        "prosecutor",
        "coach",
        "captain",
        "ambassador",
        "secretary",
        "adviser",
        "advisor",
        "economist",
        "analyst",
        "doctor",
        "lawyer",
        "commander",
        "officer",
        "leader",
        "dirigeant",
        "chairman",
        "chairwoman",
        "chair",
        "executive",
        "manager",
    ]
)
GROUP_HEADS = set(
    [
        "témoins",
        "responsables",
        "habitants",
        "experts",
        "analystes",
        "médecins",
        "manifestants",
        "riverains",
        "chercheurs",
        "économistes",
        "élus",
        "officiels",
        "soldats",
        "sources",
        "proches",
        "autorités",
        "enquêteurs",
        "syndicats",
        "salariés",
        "militants",
        "observateurs",
        "diplomates",
        "scientifiques",
        "spécialistes",
        "witnesses",
        "officials",
        "residents",
        "experts",
        "analysts",
        "doctors",
        "protesters",
        "researchers",
        "economists",
        "sources",
        "critics",
        "lawmakers",
        "investigators",
        "scientists",
        "authorities",
        "people",
        "locals",
        "observers",
        "diplomats",
        "campaigners",
    ]
)
FEMININE_HINTS = re.compile(
    r"^(?:la|une|cette|mme|madame|mrs|ms|miss)\b|\b(?:présidente|ministre\s+\w+e|cheffe|directrice|"
    r"sénatrice|députée|procureure|ambassadrice|patronne|préfète|conseillère|dirigeante|porte-parole\s+\w+e|"
    r"spokeswoman|chairwoman)\b",
    re.IGNORECASE,
)
DETERMINERS = re.compile(
    r"^(?:(?:le|la|les|un|une|des|du|de|the|a|an|ce|cette|ces|son|sa|ses|leur|leurs|its|his|her|their|"
    r"plusieurs|certains|certaines|nombreux|de nombreux|quelques|several|some|many|most|other)\s+|[ld]')",
    re.IGNORECASE,
)
