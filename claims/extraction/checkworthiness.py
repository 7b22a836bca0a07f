"""Explainable check-worthiness: a score in [0, 1] built from signed, named contributions."""

from __future__ import annotations

import re
from typing import Any

from claims.extraction.quantities import find_quantities
from claims.extraction.types import CheckWorthiness, ExtractedClaim

BASE = 0.30

_ENTITY_LABELS = frozenset({"PER", "PERSON", "LOC", "GPE", "ORG", "NORP", "MISC", "FAC", "EVENT"})

# Verbs that report something that happened or was measured, by lemma. The surface patterns are
# the fallback when no spaCy doc is given; they list verbal endings only, so that "libération"
# (a noun) does not count as "libérer".
# No bare "-e"/"-es": "la baisse", "le vote", "une frappe" are nouns; the spaCy lemma covers
# "augmente" when a doc is given.
_FR_ER = r"(?:er|ent|é|ée|és|ées|ait|aient|èrent|ant)"
_EN_REG = r"(?:e|s|es|ed|d|ing)?"
_FACTUAL_VERBS: dict[str, dict[str, str]] = {
    "fr": {
        "libérer": rf"libér{_FR_ER}",
        "capturer": rf"captur{_FR_ER}",
        "reprendre": r"repren(?:d|dre|nent|ait|aient)|repris(?:e|es)?",
        "prendre": r"pris(?:e|es)?",
        "tuer": r"tu(?:é|ée|és|ées|ent|ait|aient)",
        "blesser": rf"bless{_FR_ER}",
        "détruire": r"détrui(?:t|te|ts|tes|re|sent|sait|saient)",
        "abattre": r"abattu(?:e|s|es)?",
        "bombarder": rf"bombard{_FR_ER}",
        "frapper": rf"frapp{_FR_ER}",
        "attaquer": rf"attaqu{_FR_ER}",
        "envahir": r"envahi(?:r|t|e|s|es|ssent|ssait|ssaient)?",
        "occuper": rf"occup{_FR_ER}",
        "évacuer": rf"évacu{_FR_ER}",
        "abandonner": rf"abandonn{_FR_ER}",
        "retirer": rf"retir{_FR_ER}",
        "augmenter": rf"augment{_FR_ER}",
        "baisser": rf"baiss{_FR_ER}",
        "diminuer": rf"diminu{_FR_ER}",
        "atteindre": r"atteint(?:e|s|es)?|atteindre|atteignent|atteignait",
        "dépasser": rf"dépass{_FR_ER}",
        "chuter": rf"chut{_FR_ER}",
        "reculer": rf"recul{_FR_ER}",
        "doubler": rf"doubl{_FR_ER}",
        "voter": rf"vot{_FR_ER}",
        "signer": rf"sign{_FR_ER}",
        "adopter": rf"adopt{_FR_ER}",
        "coûter": rf"coût{_FR_ER}",
        "dépenser": rf"dépens{_FR_ER}",
        "perdre": r"perdu(?:e|s|es)?|perd(?:ent|ait|aient)?",
        "mourir": r"mort(?:e|s|es)?|meurent",
        "arrêter": rf"arrêt{_FR_ER}",
        "condamner": rf"condamn{_FR_ER}",
        "enregistrer": rf"enregistr{_FR_ER}",
        "franchir": r"franchi(?:r|t|e|s|es|ssent)?",
    },
    "en": {
        "liberate": rf"liberat{_EN_REG}",
        "capture": rf"captur{_EN_REG}",
        "take": r"took|taken|retook|retaken",
        "kill": rf"kill{_EN_REG}",
        "wound": rf"wound{_EN_REG}",
        "destroy": rf"destroy{_EN_REG}",
        "shoot": r"shot",
        "bomb": rf"bomb{_EN_REG}",
        "strike": r"struck",
        "attack": rf"attack{_EN_REG}",
        "invade": rf"invad{_EN_REG}",
        "occupy": r"occup(?:y|ies|ied|ying)",
        "evacuate": rf"evacuat{_EN_REG}",
        "abandon": rf"abandon{_EN_REG}",
        "withdraw": r"withdr(?:ew|awn|aw|aws)",
        "increase": rf"increas{_EN_REG}",
        "decrease": rf"decreas{_EN_REG}",
        "rise": r"rose|risen|rises",
        "fall": r"fell|fallen|falls",
        "drop": r"drop(?:s|ped)",
        "reach": rf"reach{_EN_REG}",
        "exceed": rf"exceed{_EN_REG}",
        "double": rf"doubl{_EN_REG}",
        "vote": rf"vot{_EN_REG}",
        "sign": r"sign(?:s|ed)",
        "cost": r"cost(?:s)?",
        "spend": r"spent|spends",
        "lose": r"lost|loses",
        "die": r"died|dies",
        "arrest": rf"arrest{_EN_REG}",
        "grow": r"grew|grown|grows",
        "record": r"record(?:s|ed)",
    },
}
_FACTUAL_LEMMAS = frozenset(lemma for verbs in _FACTUAL_VERBS.values() for lemma in verbs)
_FACTUAL_RE = {
    lang: [
        (lemma, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)) for lemma, pattern in verbs.items()
    ]
    for lang, verbs in _FACTUAL_VERBS.items()
}

_PAST_RE = {
    "fr": re.compile(
        r"(?<!\w)(?:(?:a|ai|as|avons|avez|ont|avait|avaient|avais|avions|eut|eurent)\s+"
        r"(?:(?:déjà|été|pas|bien|ensuite|enfin|aussi|encore|finalement)\s+)*"
        r"\w+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues)"
        r"|(?:est|sont|était|étaient)\s+(?:(?:déjà|pas|bien)\s+)*\w+(?:é|ée|és|ées)"
        r"|\w{3,}(?:ait|aient|èrent))(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)(?:was|were|had|did|said|took|fell|rose|lost|won|paid|spent|grew|told|made"
        r"|\w{2,}ed)(?!\w)",
        re.IGNORECASE,
    ),
}
# "-ed" words that are not past tenses.
_NOT_PAST = frozenset(
    {"need", "speed", "seed", "feed", "indeed", "proceed", "exceed", "succeed", "bed", "red", "shed"}
)

_OPINION_RE = re.compile(
    r"(?<!\w)(?:je\s+pense|je\s+crois|selon\s+moi|à\s+mon\s+avis|il\s+me\s+semble|j['’]estime"
    r"|je\s+suis\s+convaincu\w*|nous\s+pensons|nous\s+croyons|je\s+trouve\s+que|personnellement"
    r"|I\s+think|I\s+believe|in\s+my\s+(?:view|opinion)|I\s+feel|we\s+believe|we\s+think"
    r"|it\s+seems\s+to\s+me|I['’]m\s+convinced|personally)(?!\w)",
    re.IGNORECASE,
)
_FUTURE_RE = {
    "fr": re.compile(
        r"(?<!\w)(?:(?:il\s+)?n['’]y\s+aura|il\s+y\s+aura"
        r"|(?:va|vont|allons|allez|vais|vas)\s+(?:\w+\s+)?\w+(?:er|ir|re|oir)"
        r"|sera|seront|serons|serai|seras|serez|aura|auront|aurons|aurai|fera|feront|ira|iront"
        r"|pourra|pourront|devra|devront|faudra|viendra|viendront|verra|verront"
        # Third-person futures only: "-irons", "-erons" also end nouns ("environs", "biberons").
        r"|\w{3,}(?:era|eront|ira|iront))(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<!\w)(?:will|won['’]t|shall|going\s+to|\w+['’]ll)(?!\w)", re.IGNORECASE),
}
_SPECULATION_RE = re.compile(r"(?<!\w)(?:pourrait|pourraient|risque\s+de|could|might)(?!\w)", re.IGNORECASE)
_APPEAL_RE = {
    "fr": re.compile(
        r"(?<!\w)(?:nous\s+devons|il\s+faut|n['’]oubliez|n['’]oublions)(?!\w)"
        r"|(?:^|(?<=[.!?…:;«“\"—–]))\s*(?!(?:vous|nous|chez|assez|selon)\b)(\w{3,}(?:ez|ons))(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\w)(?:we\s+must|we\s+need\s+to|let\s+us|let['’]s|you\s+must)(?!\w)"
        r"|(?:^|(?<=[.!?…:;“\"—–]))\s*(keep|stand|join|support|help|remember|stop|fight|vote"
        r"|do\s+not|don['’]t|never\s+forget|come\s+on)(?!\w)",
        re.IGNORECASE,
    ),
}
_IRONY_RE = re.compile(
    r"(?:…|\.\.\.)[^.?!…]*!|(?<!\w)(?:lol|mdr|haha\w*|ahah\w*|hihi|bravo|quelle\s+surprise"
    r"|what\s+a\s+surprise|yeah\s+right|sans\s+blague)(?!\w)"
    r"|[;:]-?[)D]|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
    re.IGNORECASE,
)

_CAPITALISED = re.compile(r"(?<!\w)(?:[dlDLjJ]['’])?([A-ZÀ-ÖØ-Þ][\w-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w-]+)*)")
_SENTENCE_START = re.compile(r"(?:^|(?<!\bM)(?<!\bMr)(?<!\bDr)(?<!\bMme)[.!?:…])[\s\"“”«»'‘’(—–-]*$")
_NOT_ENTITIES = frozenset(
    [
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "ce",
        "cette",
        "ces",
        "et",
        "mais",
        "the",
        "a",
        "an",
        "we",
        "they",
        "he",
        "she",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "our",
        "my",
        "his",
        "her",
        "their",
        "in",
        "on",
        "at",
        "but",
        "and",
        "if",
        "when",
        "selon",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
)


def score_claim(claim: ExtractedClaim, *, doc: Any = None) -> CheckWorthiness:
    """Score how worth checking a claim is, from 0 to 1, listing each signed contribution."""
    lang = "fr" if claim.language.startswith("fr") else "en"
    text = claim.text
    contributions: list[tuple[float, str]] = [(BASE, "base score")]
    contributions += _figure(claim, lang)
    for weight, label, finder in _RULES:
        found = finder(text, lang, doc)
        if found is not None:
            contributions.append((weight, f"{label}: {found}" if found else label))
    total = sum(weight for weight, _ in contributions)
    score = round(min(1.0, max(0.0, total)), 2)
    return CheckWorthiness(score, [f"{weight:+.2f} {label}" for weight, label in contributions])


def _figure(claim: ExtractedClaim, lang: str) -> list[tuple[float, str]]:
    quantities = claim.quantities or find_quantities(claim.text, lang)
    with_unit = [q for q in quantities if q.unit]
    if with_unit:
        return [(0.30, f"states a figure: {with_unit[0].text}")]
    if quantities:
        return [(0.20, f"contains a number: {quantities[0].text}")]
    return []


def _entity(text: str, lang: str, doc: Any) -> str | None:
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ in _ENTITY_LABELS:
                return ent.text
    # The surface rules also run when a doc is given: small models miss names a capital shows.
    for found in _CAPITALISED.finditer(text):
        words = found.group(1).split()
        if _SENTENCE_START.search(text, max(0, found.start() - 12), found.start()):
            words = words[1:]  # a capital at the start of a sentence says nothing
        words = [w for w in words if w.lower() not in _NOT_ENTITIES and len(w) > 1]
        if words:
            return " ".join(words)
    return None


def _factual_verb(text: str, lang: str, doc: Any) -> str | None:
    if doc is not None:
        for token in doc:
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _FACTUAL_LEMMAS:
                return token.lemma_.lower()
    for lemma, pattern in _FACTUAL_RE[lang]:
        if pattern.search(text):
            return lemma
    return None


def _past_tense(text: str, lang: str, doc: Any) -> str | None:
    if doc is not None:
        for token in doc:
            tense = token.morph.get("Tense")
            finite = "Fin" in token.morph.get("VerbForm")
            if finite and ("Past" in tense or "Imp" in tense) and token.pos_ in ("VERB", "AUX"):
                return ""
            if token.dep_.startswith("aux") and "Part" in token.head.morph.get("VerbForm"):
                return ""
    for found in _PAST_RE[lang].finditer(text):
        if found.group().lower() not in _NOT_PAST:
            return ""
    return None


def _opinion(text: str, lang: str, doc: Any) -> str | None:
    found = _OPINION_RE.search(text)
    return f"'{found.group()}'" if found else None


def _question(text: str, lang: str, doc: Any) -> str | None:
    return "" if "?" in text else None


def _prediction(text: str, lang: str, doc: Any) -> str | None:
    found = _FUTURE_RE[lang].search(text)
    if found:
        return f"'{found.group()}'"
    if doc is not None:
        for token in doc:
            if "Fut" in token.morph.get("Tense"):
                return f"'{token.text}'"
    return None


def _speculation(text: str, lang: str, doc: Any) -> str | None:
    found = _SPECULATION_RE.search(text)
    return f"'{found.group()}'" if found else None


def _appeal(text: str, lang: str, doc: Any) -> str | None:
    found = _APPEAL_RE[lang].search(text)
    if found:
        return f"'{(found.group(1) or found.group()).strip()}'"
    if doc is not None:
        for token in doc:
            if "Imp" in token.morph.get("Mood"):
                return f"'{token.text}'"
    return None


def _irony(text: str, lang: str, doc: Any) -> str | None:
    found = _IRONY_RE.search(text)
    if not found:
        return None
    if found.group()[0] in "….":
        return "trailing off then '!'"
    return f"'{found.group()}'"


def _exclamation(text: str, lang: str, doc: Any) -> str | None:
    return "" if "!" in text else None


# (weight, label, finder): a finder returns None when the rule does not apply, else the evidence
# to quote ("" when the label says it all).
_RULES = [
    (0.15, "names an entity", _entity),
    (0.15, "factual verb", _factual_verb),
    (0.10, "past tense", _past_tense),
    (-0.30, "opinion", _opinion),
    (-0.25, "rhetorical question", _question),
    (-0.25, "prediction/future", _prediction),
    (-0.15, "speculation", _speculation),
    (-0.20, "appeal/imperative", _appeal),
    (-0.20, "joke/irony marker", _irony),
    (-0.10, "exclamation", _exclamation),
]
