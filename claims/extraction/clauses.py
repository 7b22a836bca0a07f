"""Clause-level patterns for attribution: boundaries, relays, postposed speakers, datelines."""

from __future__ import annotations

import re

from .cues import FR_INFINITIVES
from .nouns import OCCUPATION_ENDINGS
from .textnorm import ABBREVIATION

SENTENCE_END_RE = re.compile(ABBREVIATION + r"[.!?…][»”\"’)]*\s+(?=[A-ZÀ-Ý«“\"„‘])|[»”]\s*[.]\s+")
RELAY_VERBS = {
    "rapporté",
    "rapporte",
    "rapportait",
    "reported",
    "reports",
    "report",
    "indiqué",
    "écrit",
    "wrote",
    "writes",
    "relayé",
    "affirmé",
}
CITE_RE = {
    "fr": re.compile(
        r"(?<![\w'])(?:a|ont|avait|avaient)\s+(?:cité|repris)\s+(?P<speaker>[^,.;:«»“”\"]{2,90}?)"
        r"(?:,\s+(?P<app>[^;:«»“”\"]{2,160}?),)?\s+"
        r"(?:disant|déclarant|affirmant|expliquant|indiquant|assurant|comme disant|selon (?:lequel|laquelle|lesquels))"
        r"\s*(?:qu'|que\s+)?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![\w'])(?:quoted|quotes|cited|cites)\s+(?P<speaker>[^,.;:«»“”\"]{2,90}?)"
        r"(?:,\s+(?P<app>[^;:«»“”\"]{2,160}?),)?\s+"  # "quoted Oleh Tkachuk, the director of X, as saying"
        r"as\s+(?:saying|stating|telling\s+\w+|claiming|warning)\s*(?:that\s+)?",
    ),
}
# "Worku was quoted by the PA news agency as saying …", "a été cité par l'agence TASS comme disant":
# the subject before is the speaker, the agent the relay.
PASSIVE_CITE_RE = {
    "fr": re.compile(
        r"(?<![\w'])(?:a|ont|avait|avaient)\s+été\s+(?:cité|citée|cités|citées)\s+par\s+"
        r"(?P<relay>[^,.;:«»“”\"]{2,80}?)\s+(?:comme\s+)?(?:disant|déclarant|affirmant|ayant\s+dit)"
        r"\s*(?:qu'|que\s+)?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        # "Mr X was later quoted by Rupavahini as saying": an adverb may come before the participle
        r"(?<![\w'])(?:was|were|has\s+been|have\s+been)\s+(?:(?:later|also|then|again|\w+ly)\s+)?(?:quoted|cited)\s+"
        r"(?:(?:by|in)\s+(?P<relay>[^,.;:«»“”\"]{2,80}?)\s+)?"
        r"as\s+(?:saying|stating|claiming|warning)\s*(?:that\s+)?",
    ),
}
# "ont été signalés", "have been urged", "sont invités à": a passive cue's subject is not its speaker.
PASSIVE_BEFORE_RE = {
    "fr": re.compile(
        r"(?<![\w'])(?<!s')(?:été|est|sont|était|étaient|sera|seront|serait|seraient|soit|soient|fut|furent)"
        r"(?:\s+(?:pas|déjà|aussi|également|toutefois|ensuite))?\s+$",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<![\w'])(?:been|being|be)(?:\s+\w+ly)?\s+$", re.IGNORECASE),
}
HARD_BOUNDARY_RE = re.compile(
    ABBREVIATION
    + r"(?<!Ltd)(?<!Inc)(?<!Corp)\.(?!\w)|[;:!?«»“”\")]|\s--?\s|(?<![\w'])qu'(?=\w)|(?<![\w'])(?:que|that|mais|but|puis|then|while|alors que|tandis que|car|because|"
    r"où|where|when|quand|lorsque|si|if|after|après|avant|before|though|although|whereas)(?![\w'])|(?<![\w'])(?:et|and)\s+(?![A-ZÀ-Ý]|de\s|du\s|des\s|d['’](?!autres?\b)[a-zà-ÿ]|[a-zà-ÿ]+[sx]\s+(?:de|du|des|d')\b|of\s|the\s+[A-Z]|"
    # "Steve, cariste depuis onze ans et domicilié à Thionville, dit", "X, enseignante et sans lien de
    # parenté avec Y, affirme": the apposition goes on
    r"(?:domiciliée?s?|installée?s?|originaires?|âgée?s?|mère|père|ancienne?|sans\s+lien"
    # "le groupe communiste et républicain", "Socialistes et apparentés": a group's name goes on
    r"|républicaine?s?|apparentée?s?|progressistes?|citoyens?|solidaires?|écologistes?)\b"
    # "Un audit du SPW, réalisé en 2026 et versé au dossier, conclut": a second participle in the aside
    r"|[a-zà-ÿ]+(?:é|ée|és|ées)\s+(?:au|à|en|par|dans|sur)\s)",
)
PREPOSITION_START_RE = re.compile(
    r"^(?:dans|en|à|au|aux|pour|avec|sur|lors|depuis|pendant|après|avant|in|on|at|for|with|after|before|"
    r"since|during|from|by|par|selon|according|il y a|ago)\b",
    re.IGNORECASE,
)
CLAUSE_CUT_RE = re.compile(
    # (but "…, but never one that …" goes on with the same claim)
    r",\s+(?:mais|but)\s+(?!que\b|qu'|that\b|never\b|not\b|only\b|jamais\b|pas\b|seulement\b)|;\s+"
    # "…, tout en affirmant que …": a second claim of the same speaker
    r"|,\s+(?:tout\s+en|en)\s+[a-zé]+ant\s+(?=que\b|qu')"
    # "…, adding that …", "…, ajoutant que …": the participle reports a second claim
    r"|,\s+(?:adding|noting|saying|stressing|insisting|arguing|warning|explaining|ajoutant|précisant|"
    r"soulignant|assurant|affirmant|indiquant|expliquant|estimant|rappelant|notant|insistant)\s+"
    r"(?=that\b|que\b|qu')"
    # "…, adding: « … »": the quote after the colon is a claim of its own
    r"|(?<=[,\"”»])\s+(?:adding|ajoutant|saying|writing)\s*:\s*(?=[«“\"])"
    # "… repoussé « au premier semestre 2028 », soit plus d'un an de retard": the paper's own gloss
    r"|(?<=[»”\"]),\s+soit\s+(?=(?:plus|moins|près|environ|un|une|deux|trois|\d))",
    re.IGNORECASE,
)
TRAILING_ACCORDING_RE = {
    "fr": re.compile(r",\s*(?:selon|d'après)\s+(?P<who>[^,.;]{2,80})\s*[.]?\s*$", re.IGNORECASE),
    "en": re.compile(r",\s*according to\s+(?P<who>[^,.;]{2,80})\s*[.]?\s*$", re.IGNORECASE),
}
# These are used with match(text, pos): no "^", which would only match at the string's start.
EN_TOLD_OBJECT_RE = re.compile(
    r"\s+(?:reporters|journalists|the press|lawmakers|parliament|MPs|senators|him|her|them|us|me|"
    r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|the\s+\w+(?:\s+(?!(?:he|she|it|they|we|i|that|there)\b)\w+)?"
    r"|\d{2,4}\s+[A-Z]{3,5})(?=[\s,])"  # "told 980 CJME": a radio station by its frequency
)
EN_ADVERBIAL_RE = re.compile(
    r"(?:\s*,?\s+(?:on|late on|early on|last|this|earlier|later|in)\s+(?:[A-Z]\w+day|week|month|year|morning|"
    r"afternoon|evening|night|[A-Z]\w+\s+\d{1,2})|\s+(?:yesterday|today|tonight|earlier|recently|again|also|"
    r"publicly|repeatedly|previously|then|now|late|separately|privately)"
    # "the company said Thursday", "said Monday night": the weekday alone, as American papers write it
    r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    # "said in a statement the hole was …": the channel before a clause without "that"
    r"|\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:statement|letter|post|email|update|video))*"
)
EN_CLAUSE_START_RE = re.compile(
    r"\s*,?\s+(?:it|he|she|they|we|i|there|this|these|those|the|a|an|its|his|her|their|our|some|many|most|"
    r"all|no|more|about|around|nearly|only|thousands|hundreds|millions|dozens|several|both|each|every|none|"
    r"at\s+least|up\s+to|fewer|less|almost|roughly|"
    r"[A-Z][\w'-]*|(?:[$£€]|[A-Z]{1,3}\$)?\d[\d,.]*)\b",
)
# "WEBSTER CITY, Iowa - ", "SINGAPORE: ": a place in capitals opening a wire story
DATELINE_RE = re.compile(
    r"[A-ZÀ-Ý][A-ZÀ-Ý .'-]+,[^-]{0,40}?(?:\([\w ]+\))?\s+-\s+|[A-ZÀ-Ý]{2}[A-ZÀ-Ý .'-]*:\s+"
    r"|[A-ZÀ-Ý]{3}[A-ZÀ-Ý .'-]*?\s+(?:--|—|–)\s+"  # "TASHKENT -- Uzbekistan's Energy Ministry said"
)
# "said rates would stay high": a bare noun followed closely by an auxiliary or a past tense.
EN_FINITE_VERB = (
    r"(?:would|will|had|has|have|was|were|is|are|could|should|may|"
    r"might|must|can|did|does|do|\w+ed|fell|rose|grew|went|came|saw|took|made|gave|found|left|kept|lost|"
    r"won|spent|sold|paid|held|brought|built|began|became|stood|felt|knew|told|broke|ran|"
    r"remains?|continues?|needs?|faces?|poses?|lacks?|includes?|supports?|opposes?|exceeds?|costs?)\b"
)
EN_FINITE_RE = re.compile(
    r"\s+[a-z][\w'-]*,?(?:\s+[\w'’$€£%.,-]+){0,9}?\s+"
    + EN_FINITE_VERB
    # "said rockhopper penguins forage in the area": a plural noun, then a present-tense verb and its complement
    + r"|\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*[^s']s\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:of|and|or|in|on|at|for|with|from|to|by|as|who|which|that)\b)[a-z]{3,}(?<!s)\s+"
    r"(?:in|on|at|from|into|for|with|to|the|a|an|more|less|about|their|its|our|up|out)\b"
)
# "claims about 8,000 members": a count after the verb opens a clause only if a verb follows
EN_COUNT_START_RE = re.compile(
    r"\s*,?\s+(?:about|around|nearly|only|more|fewer|less|almost|roughly|at\s+least|up\s+to|\d)"
)
# "The Hamilton County Board of Supervisors": capitals, and the links inside a body's name
LEADING_NP_RE = re.compile(
    # (but "In Chennai, Tamil Nadu's minister wrote …, saying": a place before the subject speaks for no one)
    r"(?!(?:In|At|On|From|For|With|After|Before|During|Dans|En|À|Au|Aux|Pour|Avec|Après|Avant|Lors|Depuis)\s)"
    r"(?:(?:The|Le|La|Les|L')\s*)?[A-ZÀ-Ý][\w'-]*(?:\s+(?:(?:of|for|de|du|des)\s+(?:the\s+|la\s+|l')?)?[A-ZÀ-Ý][\w'-]*)*"
)


# "le ministère de l'Agriculture, de la Pêche maritime et des Eaux et Forêts": a French body named by its
# remits, whose commas are the name's.
FR_LISTED_NAME_RE = re.compile(
    r"(?i:(?:le\s+|la\s+|l')?(?:ministère|secrétariat|département|direction|commission|agence|office))\b[^,]*"
    r"(?:,\s+(?:et\s+)?(?:de\s+la|de\s+l'|du|des)\s*[A-ZÀ-Ý][^,]*)+"
    # "l'Agence régionale de santé de Guadeloupe, Saint-Martin et Saint-Barthélemy": places listed
    r"|(?i:(?:le\s+|la\s+|l')?(?:ministère|agence|office|direction|commission|conseil|chambre|préfecture))\b"
    r"[^,]*\s(?:de|du|des|d')\s*[A-ZÀ-Ý][\w'’-]+(?:,\s+[A-ZÀ-Ý][\w'’-]+)+\s+et\s+(?:de\s+|d')?[A-ZÀ-Ý][\w'’-]+"
)
# "Department of Climate Change, Energy, the Environment and Water": an English name listing its remits
EN_LISTED_NAME_RE = re.compile(
    r".*\b(?:Department|Ministry|Minister|Secretary|Office|Commission|Committee|Agency)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+"
    r"and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    # "the Geological, Mining and Metallurgical Institute": a list of capitals, then what the body is
    r"|.*\b[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+"
    r"(?:Institute|Agency|Authority|Council|Service|Commission|Association|Union|Federation|Board|Society|"
    r"Corporation|Company|Trust|Centre|Center|[Uu]nion)"
)


def is_listed_name(text: str) -> bool:
    """A body named by its remits, commas and all: "le ministère de l'Agriculture, de l'Elevage et de la
    Pêche", "the Ministry of Trade, Industry and Tourism"."""
    return bool(FR_LISTED_NAME_RE.fullmatch(text.strip()) or EN_LISTED_NAME_RE.fullmatch(text.strip()))


# "State Tourism, Culture and Environment Minister Datuk X": a title listing its remits before the name
_LISTED_TITLE_RE = re.compile(
    r"^(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)+,?\s+(?:and|&)\s+(?:[A-Z][\w'’-]+\s+){1,3}?"
    r"(?:Minister|Secretary|Commissioner|Director|Chair(?:man|woman|person)?|Head|Chief)\s+[A-Z]"
)


def subject_pieces(subject: str) -> list[str]:
    """ "Ruth Okello, MSF's emergency coordinator" -> the name and its apposition, as two pieces; a French
    name listing its remits ("ministère de l'Agriculture, de l'Elevage et de la Pêche") stays whole."""
    if is_listed_name(subject) or _LISTED_TITLE_RE.match(subject.strip()):
        return [subject.strip()]
    return [p.strip() for p in subject.split(",") if p.strip()][:2]


def cut_clause(norm: str, lo: int, hi: int) -> int:
    match = CLAUSE_CUT_RE.search(norm, lo, hi)
    return match.start() if match else hi


# "… et a appelé X à …", "…, but warned that …": a second speech verb sharing the first one's subject.
COORDINATED_RE = re.compile(
    r"(?:,\s*)?(?<![\w'])(?:et|and|but|mais|puis|then|yet)\s+(?:(?:also|however|toutefois|aussi)\s+)?$",
    re.IGNORECASE,
)
# Relays named around a postposed attribution: "cité par l'agence RIA Novosti", "citing the ministry".
# Inside a phrase too: "des chiffres de la compagnie cités par le quotidien X", "figures quoted by X".
CITED_BY_RE = re.compile(
    r"(?<![\w'])(?:cités?|citées?|rapportés?|rapportées?|relayés?|relayées?|repris|reprises?|cited|quoted|reported)"
    r"(?:\s+sous\s+couvert\s+d'anonymat|\s+anonymement|\s+anonymously)?\s+(?:par|by)\s+"
    r"(?P<who>[^,.;]{2,60})",
    re.IGNORECASE,
)
CITING_WORDS = r"(?:citing|quoting|citant)"
# a source is cited, a reason is not: "citing the ministry", "citing sources", but "citing weak demand"
CITING = (
    CITING_WORDS
    # a name, a determiner, or up to three words before a noun for people or papers
    + r"\s+(?P<who>(?=(?-i:[A-ZÀ-Ý0-9])|(?i:the|an?|two|three|several|unnamed|anonymous|senior|le|la|les|"
    r"l['’]|une?|des|deux|trois|plusieurs)\b|(?:[\w'’-]+\s+){0,3}(?:officials?|sources?|investigators|"
    r"representatives|buyers|executives|analysts|traders|people|residents|documents|figures|data|records|"
    r"statistics|diplomats|officers|police|experts|witnesses|workers|prosecutors|responsables|enquêteurs|"
    r"chiffres|données)\b)[^,.;]{2,80})"
)
CITING_RE = re.compile(r"\s*,?\s*" + CITING, re.IGNORECASE)
TRAILING_RELAY_RE = {
    "fr": re.compile(
        r",\s*(?:a|ont|avait)\s+(?:rapporté|indiqué|écrit|relayé|affirmé)\s+(?P<who>[^,.;]{2,60}?)\s*[.]?\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r",\s*(?P<who>(?:the\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+){0,3}?\s+(?:news agency|agency|newspaper|"
        r"broadcaster|daily|television|radio))\s+(?:reported|said|wrote)\s*[.]?\s*$"
    ),
}
_OUTLET_TAIL_RE = re.compile(r"\s+(?:news agency|agency|newspaper|broadcaster|daily|television|radio)$", re.I)
# "Pour X, …" / "For X, …" open a sentence with the speaker, like "Selon X, …".
FOR_OPENER_RE = {
    "fr": re.compile(r"\s*(?:\d{1,2}\s?h\s?\d{2}\s*-\s*)?Pour\s+"),
    "en": re.compile(r"\s*For\s+"),
}
# Formulas of anonymity are not speech: "who asked not to be named", "qui a requis l'anonymat".
ANONYMITY_RE = re.compile(
    r",\s*(?:(?:and|et)\s+)?(?:who|qui)\s+(?:asked|requested|declined|spoke|a\s+requis|a\s+demandé|a\s+souhaité|"
    r"souhaite|requiert)\b[^,]*(?:,|$)|sous couvert d'anonymat|speaking on condition of anonymity[^,]*",
    re.IGNORECASE,
)
EN_NOUN_BEFORE_RE = re.compile(
    # "media reports" (but "Global News reported": a capital makes it a name)
    r"(?<![\w'])(?:the|a|an|these|those|such|(?-i:media|news|press)|recent|unconfirmed|earlier|initial|its|his|"
    r"her|their|our|\d(?:[\d,.]*\d)?|(?:its|his|her|their|the)\s+(?:last|first|final|next|latest|own))\s+$",  # "in 12 states"
    re.IGNORECASE,
)


CHANNEL_SOURCE_RE = re.compile(
    r"^(?:un|une|le|la|son|sa|ses|a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:communiqué|statement|déclaration|"
    r"message|post|tweet|interview|entretien|lettre|letter|courrier|"
    # "…, according to a report tabled at the meeting": a document is what was said, not who passed it on
    r"report|rapport|study|étude|survey|enquête|audit|review|analysis|analyse|note|filing|documents?|"
    r"figures|chiffres|data|données|records?)\b",
    re.IGNORECASE,
)


_OUTLET_NOUN_RE = re.compile(
    r"\b(?:agence|agency|chaîne|channel|journal|quotidien|hebdomadaire|magazine|radio|télévision|"
    r"broadcaster|newspaper|daily|tabloid|site|website|outlet|network)\b"
)


def outlet_name(text: str) -> str:
    """ "the Interfax news agency" -> "Interfax"; "l'agence RIA Novosti" -> "RIA Novosti"."""
    text = re.sub(r"^(?:the|l'|la|le)\s*", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(
        # "l'agence chinoise Xinhua", "le quotidien britannique The Guardian": adjectives before the name go too
        r"^(?:agence(?:\s+de\s+presse)?|journal|quotidien)(?-i:(?:\s+[a-zà-ÿ-]+){0,2}?\s+(?=[A-ZÀ-Ý]))",
        "",
        text,
        flags=re.I,
    )
    # "chaîne qatarie Al Jazeera", "state news agency WAM": a lower-case description before the name.
    described = re.match(r"^(?P<words>(?:[a-zà-ÿ-]+\s+){1,4})(?=[A-ZÀ-Ý])", text)
    if described and _OUTLET_NOUN_RE.search(described.group("words")):
        text = text[described.end() :]
    return _OUTLET_TAIL_RE.sub("", text).strip()


def skip_apposition(text: str) -> int:
    """Length of a leading ", économiste à l'OFCE," apposition in `text` (after a name), else 0."""
    match = re.match(
        # ("…, ORL au CHU de Liège,": a profession by its initials, then where)
        r"^\s*,\s*(?:(?:un|une|a|an|the|le|la)\s+)?(?P<noun>[a-zà-ÿ-]+|[A-Z]{2,5}(?=\s+(?:au|à|aux|at|in|of|de|du|chez)\s))"
        r"[^,.;:«»“”\"]{0,80},",
        text,
    )
    if not match or re.search(r"\d,$", match.group()) and text[match.end() : match.end() + 1].isdigit():
        return 0  # "…, le montant dépasse 3,2 millions": a decimal comma closes nothing
    noun = match.group("noun")
    # "…, whistleblower complaints have roughly doubled since 2022, …" is the claim, not an apposition
    finite = re.search(
        r"\b(?:have|has|had|is|are|was|were|will|would|ont|est|sont|sera|seront|a)\b", match.group()
    )
    # "…, ORL au CHU de Liège,": initials with no article before them (but not "the API at the station")
    initials = noun.isupper() and match.group().lstrip(" ,").startswith(noun)
    if (re.search(rf"(?:{OCCUPATION_ENDINGS}|or|ent)$", noun) or initials) and not finite:  # "…, rédacteur"
        return match.end() - 1
    # "Selon le rapport de X, publié lundi, 73 entreprises …": when the source came out is no claim
    if (
        re.fullmatch(r"(?:publiée?s?|rendue?s?|dévoilée?s?|diffusée?s?|published|released|issued)", noun)
        and not finite
    ):
        return match.end() - 1
    return 0


# Cue words that are as often nouns: "the largest single claim on the fund", "a damning report".
_NOUN_LIKE_CUES = frozenset(
    "claim claims report reports warning warnings comment comments estimate estimates note notes tweet tweets "
    "post posts promise promises statement statements".split()
)


def is_bare_participle(cue: re.Match[str]) -> bool:
    """A past participle with no auxiliary: "annoncée", "signalés", "reported" (not "a annoncé")."""
    return not cue.group("aux") and re.search(r"(?:é|ée|és|ées|ed)$", cue.group("verb")) is not None


def falls_under(norm: str, cue: re.Match[str]) -> bool:
    """ "la sécurité relevait « du club »": "relever de" is to fall under something, not to say it."""
    return (
        cue.group("verb").lower().startswith(("relev", "relèv"))
        and re.match(r"\s*[«“\"]?\s*(?:de|du|des|d')\b", norm[cue.end() : cue.end() + 12]) is not None
    )


def not_a_speech_verb(norm: str, cue: re.Match[str], s_lo: int, language: str) -> bool:
    """True when a cue word is used as a noun, an adjective or a qualifying participle, not to report speech."""
    verb = cue.group("verb").lower()
    before = norm[max(s_lo, cue.start() - 40) : cue.start()]
    after = norm[cue.end() : cue.end() + 20]
    english = language == "en"
    aux = cue.group("aux")
    return bool(
        not english
        and verb in FR_INFINITIVES
        and not cue.group("aux")
        and (not re.search(r"(?<![\w'])avant\s+d[e'’]\s*$", before) or after.lstrip().startswith(":"))
        or
        # "dismissing media reports that …", "in 12 states": a noun, not a verb
        english
        and not aux
        and verb not in ("said", "says")  # "speak to the media said": no noun is spelled "said"
        and EN_NOUN_BEFORE_RE.search(before[-20:])
        or PASSIVE_BEFORE_RE[language].search(before[-30:])
        # "se reconnaît dans les résultats", "se demande si": a reflexive use reports nothing
        or not english
        and re.search(r"(?<![\w'])(?:se\s+|s['’])$", before) is not None
        and verb.startswith(("reconn", "demand"))
        # "214 dossiers de demande": after "de", a finite form is a noun (an infinitive is a verb)
        or not english
        and not aux
        and re.search(r"(?<![\w'])(?:de\s+|d['’])$", before) is not None
        and re.search(r"(?:er|ir|re)$", verb) is None
        # "the match officials' report": a plural possessive makes the word a noun
        or english
        and not aux
        and re.search(r"\ws['’]\s+$", before) is not None
        # "the think tank Bruegel": a compound noun
        or re.match(r"\s+tanks?\b", after)
        # "Republican state Senator X", "state media": the noun, unless "states that"
        or english
        and verb in ("state", "states")
        and not re.match(r"\s+that\b|\s*[.;]", after)  # "…, the affidavit states."
        # "the largest single claim on the fund" (but not "the council estimates"): determiner and modifiers
        or english
        and verb in _NOUN_LIKE_CUES
        # ("The National Audit Office's latest report on …": a possessive before the word makes it a noun)
        and re.search(
            r"\b(?i:the|a|an|its|their|this|that|his|her)\s+(?:[a-z][\w-]*\s+){2}$|\w['’]s\s+(?:[a-z][\w-]*\s+)?$",
            before,
        )
        is not None
        # "l'aide annoncée par le ministre": a participle with its agent qualifies a noun
        or is_bare_participle(cue)
        and re.match(r"\s+(?:par|by)\s+(?!ailleurs|exemple)", after)
        or falls_under(norm, cue)
        # "contre 7 % annoncés en mars": a French participle with no auxiliary never reports speech
        or not english
        and is_bare_participle(cue)
        and re.fullmatch(r"[\w-]+(?:ée|és|ées)", verb) is not None  # but "s'est félicitée" is a verb
        # "the claims were reported": a passive
        or english
        and (aux or "-").lower().split()[0] in ("is", "are", "was", "were")
        # "flood warning sirens", "an early warning system": the gerund qualifies the noun after it
        or english
        and verb == "warning"
        and re.match(
            r"\s+(?:sirens?|systems?|signs?|lights?|labels?|letters?|shots?|notices?|centres?|"
            r"centers?|levels?|messages?|devices?|sensors?|times?)\b",
            after,
        )
        is not None
        # "Letters warning that …", "a notice saying …": the paper says it, the sentence's verb comes later
        or english
        and not aux
        and verb.endswith("ing")
        and re.search(
            r"\b(?i:letters?|notices?|signs?|leaflets?|posters?|e-?mails?|messages?|texts?|circulars?|"
            r"banners?|placards?|flyers?|labels?)\s+$",
            before,
        )
        is not None
        # "la société du prévenu", "un soutenu": after an article that is no object pronoun, a noun
        or not english
        and not aux
        and re.search(r"(?<![\w'])(?i:du|des|au|aux|un|une|ce|cet|cette|par)\s+$", before) is not None
        # "who asked not to be named", "qui a demandé à ne pas être nommée": a plea for anonymity
        or re.match(
            r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:his|her|their)\s+names?\s+not|"
            r"(?:à\s+)?(?:ne\s+pas\s+être|garder\s+l'anonymat|rester\s+anonyme|l'anonymat)"
            r"(?:\s+(?:nommée?s?|identifiée?s?|citée?s?))?)",
            after + norm[cue.end() + 20 : cue.end() + 40],
        )
        is not None
        # "X would not say whether …", "declined to say": a refusal to speak reports nothing
        or english
        and re.search(
            r"\b(?:would|did|could|will|does|do)\s+not\s+$|n't\s+$|\b(?:declined|refused)\s+to\s+$", before
        )
        is not None
        and verb in ("say", "comment", "confirm", "disclose", "discuss", "elaborate", "reveal", "specify")
        # "work with other companies to find new contracts": an infinitive reports nothing yet
        or english
        and not aux
        and re.search(r"(?<![\w'])to\s+$", before) is not None
    )


# Who drew up a document: "the report, prepared by X", "l'étude, réalisée par Y"
PREPARED_VERBS = (
    r"(?:prepared|filed|submitted|commissioned|written|compiled|conducted|carried\s+out|drawn\s+up|drafted|produced|"
    r"réalisée?s?|commandée?s?|rédigée?s?|menée?s?|produite?s?|préparée?s?)"
)
