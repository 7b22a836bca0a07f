"""Lexicons of speech cues (verbs, constructions), organisation heads and roles, FR and EN."""

from __future__ import annotations

import re

from .alternation import one_of

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
    "dénonc": {SAY},  # "dénonce un projet" is a stance, not a claim; "dénonce que" is
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
    "réclam": {SAY, DE},  # "réclame une baisse" asks for something, it asserts nothing
    "pens": {SAY},
    "menac": {DE},
    "martel": {SAY},
    "tranch": {SAY},
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
    # A broader journalistic lexicon: verbs that introduce a que-clause or a colon.
    "déplor": {SAY},
    "redout": {SAY},
    "anticip": {SAY},
    "rétorqu": {SAY},
    "répliqu": {SAY},
    "attest": {SAY},
    "certifi": {SAY},
    "proclam": {SAY},
    "clam": {SAY},
    "alert": {SAY},
    "recens": {SAY},
    "calcul": {SAY},
    "chiffr": {SAY},
    "reconnaiss": {SAY},
}
_FR_IRREGULAR = {
    SAY: "dit dite dits disent disait disaient disant dirent écrit écrite écrivent écrivait écrivaient "
    "écrivant reconnu reconnue reconnaît reconnait reconnaissent reconnaissait reconnaissant reconnut "
    "admis admet admettent admettait admettant averti avertit avertissent avertissait avertissant "
    "prévenu prévient préviennent prévenait soutenu soutient soutiennent soutenait soutenant "
    "maintenu maintient maintiennent maintenait répondu répond répondent répondait répondant "
    "démenti dément démentent démentait prétendu prétend prétendent prétendait craint craignent "
    "craignait cru croit croient croyait prédit prédisent prédisait promis promet promettent "
    "promettait rappelle rappellent répète répètent martèle martèlent concède espère considère relève relèvent "
    "révèle révèlent suggère suggèrent réitère réitèrent considèrent espèrent concèdent "
    "confié décrit décrivent prévoit prévoient prévoyait prévu prévue conclut conclu concluent "
    "garantit garanti garantissent assure assurent soutient maintient prévient avertit "
    "fait valoir fait remarquer fait observer laissé entendre laisse entendre",
    DE: "dit disent disait disant promis promet promettent promettait",
    OBJ: "décrit décrivent décrivait reconnu reconnaît reconnait reconnaissent démenti dément "
    "démentent admis admet",
}
_FR_ENDINGS = ["é", "ée", "és", "ées", "e", "ent", "ait", "aient", "a", "ant", "èrent"]

# Multi-word constructions that work like a speech verb ("a lancé une mise en garde, exhortant…").
FR_PHRASES = [
    r"lanc(?:é|e|ent|ait|aient|ant)\s+(?:une|un|sa|son|ses|de nouvelles?|plusieurs)\s+"
    r"(?:mise en garde|mises en garde|avertissement|avertissements|appel|cri d'alarme)",
    r"mis(?:e)?\s+en\s+garde|met(?:tent|tait|taient|tant)?\s+en\s+garde",
    r"tir(?:é|e|ent|ait)\s+la\s+sonnette\s+d'alarme",
    r"(?:s'est|se sont|s'était|se)\s+(?:dit|dite|dits|dites|déclaré|déclarée|félicité|"
    r"félicitée|inquiété|inquiétée|réjoui|réjouie|engagé|engagée)",
    r"fait\s+savoir",
    # "«…», s'est contenté de déclarer X": the speaker follows the second verb
    r"(?:s'est|se sont|s'était)\s+content(?:é|ée|és|ées)\s+de\s+(?:déclarer|dire|lâcher|répondre|glisser|commenter)",
    # "Le rapport note par ailleurs que …": "note" is a verb only before its "que"
    r"not(?:e|ent)(?=\s+(?:(?:par\s+ailleurs|également|aussi|encore|toutefois|cependant|enfin)\s+)?qu)",
    r"établi(?:t|ssent)?(?=\s+qu)",  # "Les enquêteurs ont établi que …" (but "sans lien établi avec")
    r"appris(?=\s+(?:auprès|de\s+sources?\s))",  # "a-t-on appris auprès de la gendarmerie", "de source sûre"
    r"fai(?:t|saient|sait)\s+état(?=\s+d|\s*,)",  # "fait état d'une hausse": the object is the claim
    r"insist(?:é|e|ent|ait|ant)\s+sur\s+le\s+fait",
    r"fai(?:t|saient|sait)\s+(?:valoir|remarquer|observer)|laiss(?:é|e|ent|ait)\s+entendre",
    r"(?:s'est|se sont|s'était|se)\s+(?:dit|dite|dits|dites)\s+(?:convaincue?s?|persuadée?s?|certaine?s?|sûre?s?)",
    r"n['’](?:a|ont|avait|avaient)\s+pas\s+caché(?=\s+qu)",  # "n'a pas caché que …": admitted it
]
# Verbs that only introduce speech right after a quote ("« … », a lancé X", "…," she quipped):
# elsewhere they mean something else ("a lancé un projet", "continued to rise").
_FR_QUOTE_ONLY = (
    "lancé lance lancent lançait réagi réagit poursuivi poursuit conclu conclut tranché tranche "
    "ironisé ironise glissé glisse lâché lâche asséné assène tonné tonne fulminé fulmine souri sourit "
    "nuancé nuance résumé résume interrogé interroge témoigné témoigne plaisanté plaisante soupiré "
    "soupire exclamé exclame emporté emporte note noté notent relève constate nie s'indigne s'insurge "
    "s'agace s'étonne s'alarme s'inquiète s'amuse s'exclame s'emporte tempère tempéré relativise relativisé "
    "insiste insisté martèle martelé souffle soufflé prévient prévenu résume tance tancé justifie justifié "
    "plaide plaidé défend défendu analyse analysé décrypte décrypté grince grincé peste pesté râle râlé "
    "rigole rigolé abonde abondé renchérit enchaîne enchaîné complète complété argumente argumenté "
    "objecte objecté proteste protesté temporise temporisé rassure rassuré salue salué philosophe "
    "philosophé pointe pointé s'interroge s'emballe s'enthousiasme s'enflamme s'étrangle s'offusque "
    "dépeint dépeignent décrit décrivent juge jugent "
    "tacle taclé cingle cinglé fustige fustigé recadre recadré balaie balayé élude éludé esquive esquivé "
    "relance relancé questionne questionné interpelle interpellé avoue avoué jure juré explicite explicité "
    "illustre illustré énumère énuméré confesse confessé hasarde hasardé suggère suggéré avance avancé "
    "parie parié mise misé souhaite souhaité exige exigé propose proposé tempête tempêté s'énerve savoure savouré "
    "s'exaspère enrage enragé rit corrige corrigé rectifie rectifié reprend repris approuve approuvé doute"
)
_EN_QUOTE_ONLY = (
    "quipped quips joked jokes continued continues shouted laughed sighed reflected smiled "
    "went on goes on recalled recalls exclaimed offered grumbled fumed mused chuckled scoffed snapped "
    "enthused quipped beamed conceded shrugged reasoned ventured recounted remembered marvelled marveled "
    "wondered protested objected pleaded bristled"
)


# Verbs that report a claim only through an explicit "that" ("found that", "shows that"); without
# it they take ordinary objects ("found the body", "showed the way").
EN_THAT_ONLY_WORDS = (
    "find finds found show shows showed shown indicate indicates indicated hint hints hinted signal "
    "signals signalled signaled testify testifies testified project projects projected forecast "
    "forecasts reckon reckons reckoned accept accepts accepted remind reminds reminded understood "
    "rule rules ruled ruling"
).split()

_EN_FORMS = {
    SAY: "say says said saying insisting arguing noting stressing explaining acknowledging conceding admitting asserting contending tell tells told telling write writes wrote written writing claim claims "
    "claimed claiming warn warns warned warning add adds added adding state states stated announce "
    "announces announced insist insists insisted explain explains explained note notes noted argue "
    "argues argued acknowledge acknowledges acknowledged admit admits admitted confirm confirms "
    "confirmed deny denies denied report reports reported tweet tweets tweeted posted estimate understands "
    "estimates estimated stress stresses stressed emphasised emphasized emphasises emphasizes "
    "predict predicts predicted believe believes believed think thinks thought suggest suggests "
    "suggested concede concedes conceded maintain maintains maintained contend contends contended "
    "allege alleges alleged assert asserts asserted reiterate reiterated recall recalled reveal "
    "reveals revealed disclose disclosed complain complained complains hope hopes hoped vow vowed "
    "vows promise promised promises cautioned caution cautions observed observes remarked "
    "replied replies responded conclude concluded concludes declare declares declared retort "
    "retorted counter countered lament lamented laments boasted stressed insisted warned "
    + " ".join(sorted(EN_THAT_ONLY_WORDS)),
    DE: "urge urges urged ask asks asked tell tells told call calls called "
    "advise advised advises instruct instructed encourage encouraged promise promised vow vowed "
    "threaten threatened threatens pledge pledged pledges demand demanded demands recommend "
    "recommended recommends appeal appealed appeals implore implored",
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
# "…, a-t-elle dit, avant d'avancer que …": the infinitive reports only after "avant de"
FR_INFINITIVES = frozenset(
    {stem + "er" for stem, classes in _FR_REGULAR.items() if SAY in classes and not stem.endswith("ss")}
    | {"avancer"}
)
for _infinitive in FR_INFINITIVES:
    FR_FORMS.setdefault(_infinitive, {SAY})
EN_FORMS: dict[str, set[str]] = {}
for _cls, _words in _EN_FORMS.items():
    for _w in _words.split():
        EN_FORMS.setdefault(_w, set()).add(_cls)
EN_THAT_ONLY = set(EN_THAT_ONLY_WORDS)

FR_AUX = (
    r"(?:n'|ne\s+)?(?:a|ont|avait|avaient|aurait|auraient|aura|auront|eut|ayant|avoir)"
    r"(?:-t-(?P<inv0>il|elle|on)|-(?P<inv3>il|elle|ils|elles|on))?"
)
FR_ADVERBS = (
    r"(?:pas|plus|jamais|également|aussi|notamment|encore|déjà|ensuite|enfin|alors|toutefois|"
    r"cependant|pourtant|plutôt|surtout|volontiers|néanmoins|récemment|publiquement|clairement|simplement|d'ailleurs|bien|même|souvent|"
    r"longtemps|hier|ainsi|immédiatement|rapidement|fermement|vivement|officiellement|explicitement|"
    r"lui-même|elle-même|eux-mêmes|tout|de nouveau|par ailleurs|en outre|sèchement|pour sa part|pour leur part|"
    r"de son côté|de leur côté|quant à lui|quant à elle|quant à eux|à son tour|lui aussi|elle aussi|eux aussi|en revanche|par contre|en effet|"
    r"de plus|pour autant|à nouveau|d'abord|en particulier)"
)


# (but "avant d'avancer que": an infinitive after "d'"; finite forms there are nouns, see clauses)
def _fr_cue(verbs: str, after_d: bool = True) -> re.Pattern:
    start = (
        rf"(?<![\w-])(?:(?<=\bd['’])(?={one_of(FR_INFINITIVES)}\b)|(?<!['’]))" if after_d else r"(?<![\w'-])"
    )
    return re.compile(
        rf"{start}(?:(?P<aux>{FR_AUX})(?:\s+{FR_ADVERBS}){{0,3}}\s+)?"
        rf"(?P<verb>{verbs})"
        r"(?:-t-(?P<inv1>il|elle|on)|-(?P<inv2>il|elle|ils|elles|on))?(?![\w])",
        re.IGNORECASE,
    )


def _en_cue(verbs: str) -> re.Pattern:
    return re.compile(
        r"(?<![\w'])(?:(?P<aux>(?:has|have|had|will|would|could|is|was|were|are)(?:\s+(?:also|repeatedly|"
        r"previously|publicly|reportedly|long|already|often|since|again|\w+ly))?|also|later|previously|then|"
        r"again|repeatedly|publicly|reportedly|once|further|earlier)\s+)?"
        rf"(?P<verb>{verbs})(?![\w'])"
    )


# Phrases go first: at one position the regex takes the first alternative that matches.
FR_CUE_RE = _fr_cue(f"{'|'.join(FR_PHRASES)}|{one_of(FR_FORMS)}")
EN_CUE_RE = _en_cue(f"{one_of(EN_FORMS)}|pointed out|points out|point out")


# Right after a quote, a wider set of verbs introduces the speaker.
def _imperfects(words: str) -> set[str]:
    """ "glissait", "tranchait", "jugeait" from "glisse", "tranche", "juge": the story's imperfect."""
    forms = set()
    for word in words.split():
        # (not "relève", "balaie": their imperfects change the stem)
        if not word.endswith("e") or "'" in word or "è" in word or word.endswith("ie") or len(word) <= 4:
            continue
        stem = word[:-1]
        if stem.endswith("c"):
            stem = stem[:-1] + "ç"  # "lançait"
        elif stem.endswith("g"):
            stem += "e"  # "jugeait"
        forms.add(stem + "ait")
    return forms


# "», se défend Lassana X": a pronominal verb of reaction, its clitic and all
_FR_QUOTE_PRONOMINAL = (
    # "», s'est défendu Lenny X": the compound past of the same verbs
    r"(?:s'est|s'était)\s+(?:défendue?|justifiée?|désolée?|plainte?|lamentée?|emportée?|exclamée?|indignée?|"
    r"étonnée?|agacée?|interrogée?|insurgée?|offusquée?)|"
    r"se\s+(?:défend|défendent|désole|désolent|réjouit|réjouissent|félicite|félicitent|plaint|plaignent|"
    r"lamente|lamentent|justifie|justifient|console|consolent|défendait|désolait|réjouissait|plaignait)"
)
FR_QUOTE_CUE_RE = _fr_cue(
    f"{'|'.join(FR_PHRASES)}|{_FR_QUOTE_PRONOMINAL}|"
    f"{one_of((set(FR_FORMS) - FR_INFINITIVES) | set(_FR_QUOTE_ONLY.split()) | _imperfects(_FR_QUOTE_ONLY))}",
    after_d=False,
)
EN_QUOTE_CUE_RE = _en_cue(
    f"{one_of(set(EN_FORMS) | set(_EN_QUOTE_ONLY.split()) | {'went on', 'goes on'})}|pointed out"
)


def inverted_pronoun(cue: re.Match) -> str | None:
    """The subject pronoun of a French inverted cue: "a-t-il affirmé", "estime-t-elle"; else None."""
    groups = cue.re.groupindex
    for name in ("inv0", "inv3", "inv1", "inv2"):
        if name in groups and cue.group(name):
            return cue.group(name)
    return None


ACCORDING_RE = {
    "fr": re.compile(
        r"(?<![\w'])(?:selon|d'après|de l'avis de|aux dires de|[àa] en croire)\s+", re.IGNORECASE
    ),
    "en": re.compile(r"(?<![\w'])(?:according to|in the words of|as per)\s+", re.IGNORECASE),
}
COMPLEMENTIZER = {"fr": r"(?:que|qu')", "en": r"that"}
