"""Sentence subjects: the noun phrase a sentence opens with, for pronouns whose antecedent never spoke."""

from __future__ import annotations

import re
from typing import Any

from .clauses import (
    CITED_BY_RE,
    DATELINE_RE,
    EN_LISTED_NAME_RE,
    FR_LISTED_NAME_RE,
    PREPOSITION_START_RE,
    is_listed_name,
)
from .descriptions import looks_like_name, person_head
from .phrases import NOT_A_WORKPLACE
from .speakers import strip_title
from .textnorm import ABBREVIATED_RE, ABBREVIATION

_TIMESTAMP_RE = re.compile(r"^\s*(?:\d{1,2}\s?[h:.]\s?\d{2}(?:\s?[A-Z]{2,4})?\s*[-|:]\s*)")
# An opening adverbial before the subject: "Jeudi, …", "Asked about …, ", "Interrogé sur …, ".
_OPENER_RE = re.compile(
    # (but "Dorothée Cocquyt, 67 ans, habite": a first name may end like a participle)
    r"^(?:(?:(?:ce|cette)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|week-end|semaine)|"
    r"quelques|un peu|peu après|peu avant|plus tôt|plus tard|hours|minutes|moments|days|weeks|earlier|"
    r"later|meanwhile|however|pourtant|toutefois|cependant|ensuite|enfin|de son côté|de leur côté|pour sa part|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday|on \w+day|\w+(?:é|ée|és|ed)\b(?!\s+(?-i:[A-ZÀ-Ý]))|battue?s?|élue?s?|réélue?s?|jointe?s?|reprise?s?|reçue?s?|entendue?s?|saisie?s?|présente?s?\s+(?:à|au|aux|lors|sur)|present\s+at)\b"
    r"|(?=(?:devant|face à|face aux?|outre|dans|en|à|au|aux|pour|avec|sur|lors|depuis|pendant|après|avant|côté|parmi|among|in|on|at|for|with|after|"
    r"before|since|during|from|asked|interrogé|invité|rue|avenue|boulevard|chemin|route)\b))[^,]{0,80},\s*"
    # "A La Neuveville, la viticultrice …": the Swiss press writes "à" without its accent before a place
    r"|(?-i:A\s+(?:La\s+|Le\s+|Les\s+|L')?[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+)*),\s*",
    re.IGNORECASE,
)
_VERB_RE = re.compile(
    r"\s+(?:n'|ne\s+)?(?:a|ont|avait|avaient|est|sont|était|étaient|s'est|se\s+sont|s'en\s+est|s'en\s+sont|sera|va|vont|"
    r"has|have|had|was|were|is|are|will|would|did|does|could|can|"
    r"(?:s'|se\s+)(?!agit\b)(?:[a-zà-ÿ]{3,}(?:e|ent|it|ait)|[a-zà-ÿ]{2,}ut)(?=[\s,]))\b"  # "Le Groupe … (GARR) s'inquiète, lui,"
)
# "Supervisor Ardith Mennenga-Roe cast the lone vote": English past tenses without -ed.
_IRREGULAR_PAST = (
    r"(?:cast|put|set|cut|hit|led|met|won|lost|told|said|made|took|gave|got|left|kept|held|sent|spent|paid|ran|"
    r"came|went|saw|wrote|spoke|broke|chose|drew|drove|fell|felt|fought|found|heard|knew|rose|sat|sold|stood|"
    r"struck|thought|threw|became|began|brought|bought|built|caught)\b"
)
# After an apposition closed by a comma, a lowercase word is the verb even without an auxiliary:
# "Son avocat, Me Olivier Brunet, conteste …", "Prime Minister Stefan Dimov, 61, backed …".
# "La maire, X, défend …", "X, the skipper, admits …": -d and -t forms of the present too.
_LOOSE_VERB_RE = re.compile(
    r"(?<=,)\s+(?=(?:n'(?:en\s+|y\s+)?|ne\s+|s'|se\s+)[a-zà-ÿ]{3,}|[a-zà-ÿ]+(?:e|es|ent|ed|s)\b|(?!(?:dont|mais|but|and|et|that|what|avant)\b)[a-zà-ÿ]{3,}[dt]\b|"
    + _IRREGULAR_PAST  # "His brother, Ilyas Darsot, took a different view"
    + r")"
)
# A name followed by a present- or past-tense verb with no auxiliary: "Sen. Mark Lindqvist disagrees".
_NAMED_SUBJECT_RE = re.compile(
    r"^(?!(?:Le|La|Les|Un|Une|The|A|An|This|Ce|Cette|Son|Sa|Ses|His|Her|Its)\s)(?P<np>[A-ZÀ-Ý][\w.'’-]*\s+(?:(?:[A-ZÀ-Ý][\w.'’-]*|de|du|van|von|der|den|al|ter|bin|binti)\s+){0,4}"
    r"[A-ZÀ-Ý][\w'’-]+)\s+(?=[a-zà-ÿ]{3,}(?:s|e|es|ent|ed)\b|[a-zà-ÿ]{1,}(?:ait|it|ient|ut)\b|"  # "X fait"
    + _IRREGULAR_PAST
    + r")"
)
# "Le syndicat MG France apporte son soutien": a body's noun and name, then a present tense.
_BODY_SUBJECT_RE = re.compile(
    r"^(?P<np>(?:Le|La|L')\s*(?:syndicat|collectif|association|groupe|fédération|parti|cabinet|laboratoire|"
    r"société|entreprise|club|institut)\s+[A-ZÀ-Ý][\w'’&-]*(?:\s+[A-ZÀ-Ý][\w'’&-]*){0,3})\s+"
    r"(?=[a-zà-ÿ]{3,}(?:e|es|ent|t)\b)"
)
# "Commission spokesperson Arnaud Leclercq declined …", "Dovhaliuk called …": a role before the name,
# or a surname alone before an English past tense.
_TITLED_SUBJECT_RE = re.compile(
    r"^(?P<np>(?:[A-ZÀ-Ý][\w'’-]*\s+(?:[a-z][\w'’-]*\s+){1,3}[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})"
    r"|(?!(?:This|That|These|Those|But|And|Yet|So|Then|Also|However)\s)[A-Z][a-z-]{2,}"
    # "(In Kisumu,) county health executive Achieng X wrote": a lowercase role after an opener
    r"|(?-i:[a-z][\w'’-]*\s+){1,4}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2})\s+(?=[a-z]{3,}ed\b|"
    + _IRREGULAR_PAST
    + r")"
)
# "Le conseiller municipal de l'opposition Rajen Ramdin dénonce, lui, …": a French title, then the name
_FR_TITLED_SUBJECT_RE = re.compile(
    r"^(?P<np>(?:Le|La|L'|le|la|l')\s*[a-zà-ÿ][a-zà-ÿ'’ -]{2,60}?\s[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][\w'’-]+)"
    r"\s+(?=(?:n'|ne\s+)?[a-zà-ÿ]{3,}(?:e|ent|t)\b)"
)
# "L'échevin promet un bilan": a person's description, then a present tense
_FR_DESCRIBED_SUBJECT_RE = re.compile(
    r"^(?P<np>(?:Le|La|L')\s*(?P<noun>[a-zà-ÿ-]{4,}))\s+(?=(?:n'|ne\s+)?[a-zà-ÿ]{3,}(?:e|ent|t)\b)"
)
_SPEAKER_OPENER_RE = re.compile(r"\s*(?:Pour|Selon|D'après|According\s+to)\s", re.IGNORECASE)
_NAME_THEN_COMMA_RE = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3},\s*$")
_AGE_RE = re.compile(r",\s*\d{1,3}(?:\s+ans)?(?=\s*,)")
_APPOSITION_RE = re.compile(r"^(?P<head>[^,]{2,80}),\s*(?P<app>[^,]{2,80}),\s*$")
# "Lindqvist, who had not dropped a set, was gracious": the relative clause hides the verb.
# "His cousin, Shernette Bodden, who operates two boats, took a different view": a description, the name,
# then a relative clause before the verb.
_APPOSED_RELATIVE_RE = re.compile(
    r"^(?P<desc>[^,]{2,40}),\s*(?P<np>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}),\s*(?:who|qui)\s[^,]{0,120},"
    r"\s*(?=(?:n'|ne\s+|s'|se\s+)?[a-zà-ÿ]{3,}(?:e|es|ent|ed|s|t)\b|" + _IRREGULAR_PAST + r")"
)
_RELATIVE_RE = re.compile(
    r"^(?P<np>[^,]{2,60}),\s*(?:who|whose|which|qui|dont)\s"
    # "qui regroupe le Sénégal, le Mali, la Mauritanie et la Guinée,": a list inside the clause
    # ("who has 1,842 career points,": a comma inside a number closes nothing)
    r"(?:[^,.;:]{0,60}(?:,\s[^,.;:]{1,30}){1,5}\s(?:et|and)\s[^,.;:]{1,30}|(?:[^,]|(?<=\d),(?=\d)){0,100}),\s*"
)

# "Le groupe « conteste fermement » la décision": a verb in quote marks right after the subject.
_QUOTED_VERB_RE = re.compile(
    r"^(?P<np>[^,.;:«»“”\"]{2,60}?)\s+[«“\"]\s*(?:ne\s+|n')?[a-zà-ÿ]{3,}(?:e|es|ent|t|s|ed)\b"
)

# "Mr. Whitfield, a Republican who ran with the backing of …, conceded": a long apposition whose own
# clause hides the verb; the name before it is the subject.
_LONG_APPOSITION_RE = re.compile(
    r"^(?P<np>(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}),\s*"
    r"(?:a|an|the|un|une|le|la|l'|son|sa|his|her)\s*[^,]{0,160},\s*(?=[a-zà-ÿ]{3,}(?:ed|s|e|ent|t)\b)"
)


# "Président d'un comité de supporters, Exaucé Mwamba dénonce …", "Pour la défense, Me X a plaidé …": a
# description or a side opens the sentence, the name after the comma is its subject.
_DESCRIBED_FIRST_RE = re.compile(
    r"^(?P<desc>(?:[^,.;:«»“”\"]|\.(?=\w)){3,140}),\s*(?:(?:le|la)\s+(?=(?:Dr|Pr|Me)\s))?"
    r"(?P<np>(?:(?:M\.|Mme|Me|Dr|Pr|Mr|Mrs|Ms)\.?\s+)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|de|du|van|von|le|la)){0,3}\s+[A-ZÀ-Ý][\w'’-]+)\s+"
    r"(?=(?:n'|ne\s+|s'|se\s+)?[a-zà-ÿ]{3,}(?:e|es|ent|t|ed|s)\b|(?:a|ont|est|has|have|had|was|is)\s)"
)
# a description of the subject, then the subject as a title and a name
_TITLED_AFTER_DESCRIPTION_RE = re.compile(
    r"^(?P<desc>[^,]{3,140}),\s*(?P<np>(?:le|la|l'|les|the)\s*[a-zà-ÿ][\w' -]{2,60}?"
    r"\s[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})$"
)
_DESCRIPTION_VERB_RE = re.compile(
    r"\s(?:a|ont|est|sont|était|avait|has|have|had|was|were|is|are|said|says|dit|affirme)\s", re.IGNORECASE
)

# "X, cité par l'agence Y, a salué …": a relay's aside inside the subject
_RELAY_ASIDE_RE = re.compile(r",\s*" + CITED_BY_RE.pattern + r"(?=,)", re.IGNORECASE)


_NAME_BEFORE_APPOSITION_RE = re.compile(
    r"(?P<np>(?:(?:le|la|the)\s+)?(?:(?:Dr|Pr|M\.|Mme|Me|Mr|Mrs|Ms)\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}),"
    r"\s+(?:un|une|le|la|l'|a|an|the|directeur|directrice|président|présidente|chef|head|director)\b"
)


_NAME_AFTER_TITLE_RE = re.compile(r",\s*(?P<np>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}),?\s*$")


def sentence_subject(norm: str, lo: int, hi: int) -> list[str]:
    """Return the subject phrase pieces ([head] or [head, apposition]) a sentence opens with."""
    text = norm[lo:hi].lstrip()
    dateline = DATELINE_RE.match(text)
    if dateline:
        text = text[dateline.end() :]
    text = _TIMESTAMP_RE.sub("", text)
    text = re.sub(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]+\s+-\s+", "", text)  # "MARSEILLE - Le Stade rennais …"
    # "When Itziar X got a notice, it came with …": the name is still who the story is about
    text = re.sub(
        # "Then Kenzie Haberkorn found one": an adverb before the name is no part of it
        r"^(?:When|After|Before|Since|Because|Although|While|Once|Until|Lorsque|Quand|Then|Now|Later|Soon|"
        r"Finally|Puis|Alors|Ensuite|Enfin)\s+(?=[A-ZÀ-Ý])",
        "",
        text,
    )
    # "« On dépanne, mais … banque. » Goulwen Gouriou, qui tient le bar, permet …": a whole quoted sentence
    # before the narrative one
    text = re.sub(r"^[«“\"][^«»“”\"]{2,400}?[.!?…]\s*[»”\"]\s+(?=[A-ZÀ-Ý])", "", text)
    lead = text
    for _ in range(2):
        opener = _OPENER_RE.match(text)
        if not opener:
            break
        text = text[opener.end() :]
        # "Au centre hospitalier X, le Dr Claire Y, infectiologue, dit …": the subject as if it opened
        text = text[:1].upper() + text[1:] if re.match(r"(?:le|la|les)\s+[a-zà-ÿ]|l'[a-zà-ÿ]", text) else text
    described = _DESCRIBED_FIRST_RE.match(lead)
    if (
        described
        and not _DESCRIPTION_VERB_RE.search(" " + described.group("desc") + " ")
        and (
            described.group("np").split()[0] in ("M.", "Mme", "Me", "Dr")
            or not _SPEAKER_OPENER_RE.match(lead)
        )
        and not re.match(r"(?:Selon|D'après|According)\b", lead)
    ):
        return [described.group("np")]
    if not text or text[0] in '«“"„' or PREPOSITION_START_RE.match(text) or _SPEAKER_OPENER_RE.match(lead):
        return []  # "Pour X, président de Y, qui …, le problème vient …": the speaker is the opener's
    text = _AGE_RE.sub("", text, count=1)  # "Sylvie Cabrol, 52 ans, a vendu" -> "Sylvie Cabrol, a vendu"
    # "Brekken, in a yellow jail jumpsuit, turned …": how the person stood is no part of who it is
    text = _DRESSED_RE.sub(r"\g<name> ", text, count=1)
    apposed = _APPOSED_RELATIVE_RE.match(text)
    if apposed:
        return [apposed.group("desc").strip(), apposed.group("np")]
    relative = _RELATIVE_RE.match(text)
    if relative:
        after = text[relative.end() :]
        if re.match(r"(?:n'|ne\s+|s'|se\s+)?[a-zà-ÿ]{3,}(?:e|es|ent|ed|s|t)\b", after) and not re.search(
            r"[,;:]|\s(?:et|and)\s+(?:le|la|les|l'|the|son|sa|ses|his|her|their)\b", relative.group("np")
        ):
            # "Un agent de la fourrière, qui s'exprime sous couvert d'anonymat, dresse …": the verb follows
            return [relative.group("np").strip()]
        text = relative.group("np") + " " + after
    named = (
        _NAMED_SUBJECT_RE.match(text)
        or _TITLED_SUBJECT_RE.match(text)
        or _BODY_SUBJECT_RE.match(text)
        or _FR_TITLED_SUBJECT_RE.match(text)
    )
    if named:
        return [named.group("np")]
    long_apposition = _LONG_APPOSITION_RE.match(text)
    if long_apposition:
        return [long_apposition.group("np")]
    # After "X, directrice de …, publie": the comma that closes the apposition, not the one opening it.
    # (but "Gaëtane Lempereur, 71 ans, n'en revient pas", its age gone, has one comma after the name)
    listed = EN_LISTED_NAME_RE.match(text)  # no verb inside "Department of A, B, the C and D"
    loose = (
        m
        for m in _LOOSE_VERB_RE.finditer(text, listed.end() if listed else 0, 200)
        if text[: m.start()].count(",") != 1 or _NAME_THEN_COMMA_RE.match(text[: m.start()])
    )
    found = [v for v in (_VERB_RE.search(text, 0, 200), next(loose, None)) if v is not None]
    if not found:
        described_subject = _FR_DESCRIBED_SUBJECT_RE.match(text)
        if described_subject and person_head([described_subject.group("noun")]):
            return [described_subject.group("np")]
        quoted_verb = _QUOTED_VERB_RE.match(text)
        return [quoted_verb.group("np")] if quoted_verb else []
    verb = min(found, key=lambda v: v.start())  # "X, the skipper, admits the crews were right"
    # "X, cité par l'agence Y, a salué … et assuré que": the relay's aside is not part of the subject
    phrase = _RELAY_ASIDE_RE.sub("", text[: verb.start()])
    # "Sri Lanka's Fisheries Minister X took a hard line": the English past before "a" is the verb
    phrase = re.sub(r"(?<=[A-Za-zà-ÿ])\s+" + _IRREGULAR_PAST + r"$", "", phrase)
    # a title and a name in apposition may run longer: "le directeur général de l'Office … (ONEFS), X Y,"
    longest = 18 if phrase.count(",") == 2 else 14
    if any(c in ABBREVIATED_RE.sub("", phrase) for c in '.;:«»“”"'):
        return []
    if len(phrase.split()) > longest:
        # "Le Dr Boukary Dagnogo, directeur de la prévention … au ministère de la Santé, a salué": the name
        # before a long apposition
        # (or "La présidente de l'antenne de Gaya de la Chambre de commerce …, Mariama X, salue": the name last)
        named = _NAME_BEFORE_APPOSITION_RE.match(phrase) or _NAME_AFTER_TITLE_RE.search(phrase)
        return [named.group("np")] if named else []
    unbracketed = re.sub(r"\s*\([^()]{1,30}\)$", "", phrase.strip())  # "… Workers union (FFAW-Unifor)"
    if is_listed_name(unbracketed):
        return [unbracketed]  # "A spokesperson for the Department of A, B, the C and D said"
    listed = FR_LISTED_NAME_RE.match(phrase.strip())
    if listed and "," in listed.group(0):
        return [listed.group(0)]  # "Le ministère de l'Industrie, du Commerce et de l'Artisanat, joint par …,"
    apposition = _APPOSITION_RE.match(phrase + ",") if phrase.count(",") == 2 else None
    if phrase.count(",") == 2 and apposition is None:
        apposition = _APPOSITION_RE.match(phrase.rstrip(",") + ",")
    if apposition:
        return [apposition.group("head").strip(), apposition.group("app").strip()]
    if phrase.count(",") == 1 and phrase.rstrip().endswith(","):
        phrase = phrase.rstrip()[:-1]  # "Gaëtane Lempereur, 71 ans, n'en revient pas": the age went
    described_first = _TITLED_AFTER_DESCRIPTION_RE.match(phrase.strip())
    if described_first and not _DESCRIPTION_VERB_RE.search(" " + described_first.group("desc") + " "):
        return [described_first.group("np")]  # "Auteure de 23 points, la meneuse Manon Grailet a été …"
    # "L'avocat de Jordan M., Me Baptiste Rouhaud, du barreau de Besançon, a dessiné": the named piece
    parts = [part.strip() for part in re.split(r"(?<!\d),(?!\d)", phrase) if part.strip()]
    titled = [part for part in parts[1:] if looks_like_name(strip_title(part)[1]) and strip_title(part)[0]]
    if len(parts) == 3 and len(titled) == 1:
        return [parts[0], titled[0]]
    if "," in phrase:
        return []
    return [phrase.strip()]


def _named_elsewhere(norm: str, word: str) -> bool:
    """True when a one-word subject is also written with its capital inside a sentence somewhere."""
    if word.isupper() or not word[:1].isupper():
        return True  # acronyms; lower-case descriptions are judged elsewhere
    return re.search(rf"(?<=[\w,;])[ \u00a0]+{re.escape(word)}(?![\w'’-])", norm) is not None


# a figure (but "la mère de famille du secteur 22"), or a clause, is no subject's name
_NOT_A_SUBJECT_RE = re.compile(r"(?<!secteur )(?<!ward )(?<!\d)\d|\b(?:que|qu'|that)\b")
_NOUN_BEFORE_RE = re.compile(r"(?<![\w'])(?:du|le|la|les|des|au|aux|un|une|the|a|an)\s+$", re.IGNORECASE)
_DESCRIBED_RE = re.compile(r"(?i:un|une|le|la|l'|a|an|the)\s*[a-zà-ÿ]")


def subject_to_note(
    pieces: list[str], norm: str, cue_re: re.Pattern, ent_labels: dict[str, str]
) -> list[str]:
    """The pieces of a sentence subject worth remembering as who the sentence is about; [] for none."""
    phrase = " ".join(pieces)
    word = pieces[0].strip()
    if (
        len(pieces) == 1
        and " " not in word
        and word not in ent_labels
        and not _named_elsewhere(norm, word)
        and not word.startswith("L'")  # but "L'échevin promet …" is a description
    ):
        return []  # "Turnout was about 21 percent": a capital only at the start of sentences

    def unusable(text: str, longest: int = 12) -> bool:
        # a cue word after a determiner is a noun: "la mère du prévenu"
        verbs = [m for m in cue_re.finditer(text) if not _NOUN_BEFORE_RE.search(text[: m.start()])]
        return bool(_NOT_A_SUBJECT_RE.search(text) or verbs) or len(text.split()) > longest

    if not unusable(phrase):
        return pieces
    if len(pieces) < 2:
        return []
    if looks_like_name(pieces[1]) and not unusable(phrase, 18):
        return pieces  # "le directeur général de l'Institut des musées nationaux du Congo, Placide X": a long title
    if unusable(pieces[0]) or not (
        looks_like_name(strip_title(pieces[0])[1])
        or len(pieces[0].split()) <= 3  # "La biologiste"
        # "Une mère de famille du secteur 22 de Bobo-Dioulasso, rencontrée par l'AIB …, ne cache pas"
        or _DESCRIBED_RE.match(pieces[0]) is not None
        and len(pieces[0].split()) <= 10
    ):
        return []
    # "Mr. Whitfield, a Republican who ran with the backing of …, conceded": the name alone.
    return pieces[:1]


_DRESSED_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}),\s+"
    r"(?:in\s+an?|wearing|dressed\s+in|vêtue?\s+d'une?)\s+[^,;:.]{2,60},\s+(?=[a-zà-ÿ])"
)
_CAPITALISED_NAME_RE = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+$")


# "le colonel Moussa Hamani Garba", "l'Autrichien Hannes Trojer": one word after an article, then a name.
_ARTICLED_NAME_RE = re.compile(r"^(?:le|la|l'|the)\s*[\w-]+\s+[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+")


# "on the Lassa ward", "at the border market": after an unnamed source, a place with "the" is where they
# work, unless it is how they spoke ("in the statement")
_UNNAMED_PLACE = (
    rf"(?!\s+the\s+(?!{NOT_A_WORKPLACE})[A-Za-z]|\s+[A-Z][\w'’-]+\s+(?:market|hospital|clinic|school|mine|port|"
    r"station|camp|factory|plant|farm|mill|village|prison|airport|border|college|university)\b)"
)


_UNNAMED_TRADE = (
    r"(?!\s+(?!(?:conférence|marge|direct|visioconférence|ligne|réunion|séance|audience|fin|début|pleine?|tout|"
    r"sortant|quittant|arrivant|attendant|substance|somme|effet|outre|revanche|tête|particulier|poste|charge)\b)"
    r"[a-zé][a-zé-]+\s)"
)


def subject_after(rest: str, language: str) -> str:
    """The speaker phrase after a postposed cue: "said Mr Smith in a statement" -> "Mr Smith"."""
    rest = re.sub(r"\s*\([^()]{0,30}(?:\)|$)", "", rest.strip())  # "Rep. Dale Hutchins (R-Ky.)"
    # "estimait l'un d'eux, producteur à Lonlay-l'Abbaye": the description says who
    rest = re.sub(
        r"^(?:l['’]une?\s+d['’](?:eux|elles|entre\s+eux)|one\s+of\s+them),\s+(?=[a-zà-ÿ])", "", rest
    )
    # "a déclaré mardi, lors d'une conférence de presse à Beyrouth, la directrice …": when and where go
    rest = re.sub(
        r"^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|midi|après-midi))?\s*)?"
        r",\s*(?:lors|au\s+cours|pendant|dans|sur|devant|en\s+marge)\s[^,]{2,80},\s*",
        "",
        rest,
    )
    # "écrit de son côté l'un des clients", "a ajouté pour sa part le maire": the aside goes
    rest = re.sub(
        r"^(?:de\s+son\s+côté|de\s+leur\s+côté|pour\s+sa\s+part|pour\s+leur\s+part|à\s+son\s+tour|"
        r"quant\s+à\s+(?:lui|elle)|for\s+(?:his|her|its|their)\s+part),?\s+",
        "",
        rest,
    )
    # "indique encore le communiqué", "said also the minister": an adverb before the subject
    rest = re.sub(
        r"^(?:encore|également|aussi|ensuite|enfin|alors|toutefois|cependant|pourtant|d'ailleurs|notamment|"
        r"also|again|further|later)\s+",
        "",
        rest,
    )
    # "a indiqué à l'AFP Huynh Thanh Loc, directeur …": the agency that heard it, then the name
    rest = re.sub(
        r"^(?:à|au|to)\s+(?:l['’](?:AFP|ATS|APS|AP)|Reuters|Belga|la\s+presse|des\s+journalistes|reporters)\s+"
        r"(?=[A-ZÀ-Ý])",
        "",
        rest,
    )
    # "a reconnu sur X l'ancien secrétaire", "a déclaré à l'AFP le colonel X": a channel comes first.
    lead = re.match(
        # (not the "on" of "one Loughrea supporter")
        r"^(?:(?:sur|à|au|aux|dans|devant|via|en|on|in|to|at)(?![\w])|lors\s+d\S*|par\s+(?=téléphone|écrit|courriel|mail))"
        r"\s*(?:[^,\s]+\s+){1,5}?"
        r"(?=(?:le|la|l'(?![A-Z]{2,}\b)|les|un|une|son|sa|ses|leur|the|M\.|Mme|Dr|Me)\b)",
        rest,
    )
    if lead:
        rest = rest[lead.end() :]
    # "a confié au Dauphiné Libéré Thibault Rochaix, président du comité": the paper, then a
    # two-word name closed by its apposition.
    paper = re.match(
        r"^(?:à|au|aux|to)\s+(?:[A-ZÀ-Ý][\w'’-]+\s+){1,4}?(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+\s*(?:,|$))",
        rest,
    )
    if paper:
        rest = rest[paper.end() :]
    # "son metteur en scène, Julien Arcizet": "en" inside a compound noun before a name does not cut.
    place = _UNNAMED_PLACE if re.match(r"(?:a|an|one|another)\s", rest) else ""
    # "un courtier en eaux-de-vie de Condom": after an unnamed source, "en" and a noun is the trade
    trade = _UNNAMED_TRADE if re.match(r"(?:un|une)\s", rest) else ""
    cut = re.search(
        # "le directeur du réseau La Poste en Béarn, Aurélio Pédebidou": a place before the name's comma
        r"\s(?:dans|lors|sur|en(?!\s+[\w'’-]+\s*,\s*[A-ZÀ-Ý])(?!\s+(?:charge|valeur|œuvre|oeuvre|chef)\s)"
        + trade
        + "|au cours|"
        r"au micro|au(?=\s+(?:président|présidente|juge|procureur|procureure|tribunal|préfet|maire|coup|terme|sortir|"
        r"lendemain|moment|cours)\s)|"
        r"aux(?!\s+[\w'’-]+\s*,\s*[A-ZÀ-Ý])|pendant|devant|en marge|via|"
        + rf"in{place}(?!\s+[A-Z][\w'’-]+\s*,\s*[A-Z][a-z]+\s+[A-Z])|on{place}|at{place}|"
        r"à\s+(?:sa|son|ses|leur|l'issue|la\s+sortie|l'AFP|Reuters)|"
        r"during|to|"
        # (but "said one supporter from Rathdrum": where an unnamed source lives or works)
        + (r"" if re.match(r"(?:a|an|one|another)\s", rest) else r"from|")
        + r"before|after|while|as(?=\s+(?:he|she|they|we)\s)|who|qui|sous\s+couvert|on\s+condition)\s"
        r"|[;:!?]|" + ABBREVIATION + r"\.",
        " " + rest + " ",
    )
    if cut:
        rest = (" " + rest)[: cut.start()].strip()
    # "a déclaré Dmytro Kovalenko à la télévision publique", "a dit Anne Roy au Parisien": after a
    # name, "à"/"au" opens the channel or the interviewer, not an affiliation.
    # ("l'entraîneur carhaisien Gwendal X au coup de sifflet final": after a titled name too)
    named = re.match(
        r"^((?:(?:M\.|Mme|Me|Dr)\s+)?(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,4}|(?:[a-zà-ÿ'’-]+\s+){1,3}(?:[A-ZÀ-Ý][\w'’.-]+\s+){2,4})"
        r"(?:à|au)\s",
        rest,
    )
    if named:
        rest = named.group(1).strip()
    listed = FR_LISTED_NAME_RE.search(rest)
    if listed:
        return listed.group(0)  # "le ministère de l'Agriculture, de l'Elevage et de la Pêche": one name
    if "," in rest:
        head, _, tail = rest.partition(",")
        tail = tail.strip()
        if re.match(r"(?:l'une?|one)\s+(?:de|d'|des|of)\b", head, re.IGNORECASE) and re.match(
            r"(?:un|une|a|an)\s", tail
        ):
            return tail.split(",")[0]  # "l'un de ces clients, un chef d'entreprise allemand": who he is
        if tail[:1].islower() and _CAPITALISED_NAME_RE.match(head):
            # "said Nadia Quinlan, the Labour MP for Bridgwater West, who …": the apposition stays as
            # the name's second piece, so the title is known when "the MP" comes back later.
            return head + ", " + tail.split(",")[0]
        if _ARTICLED_NAME_RE.match(tail):
            # "a expliqué le directeur des épreuves, l'Autrichien Hannes Trojer": the name in apposition.
            return head + ", " + tail.split(",")[0]
        rest = head if not tail or not tail[0].isupper() else head + ", " + tail.split(",")[0]
        return rest.split(",")[0] if not tail[:1].isupper() else rest
    return rest


def parsed_subject(parsed: list[tuple[int, Any]], s_lo: int, s_hi: int) -> list[str]:
    """The subject the parser finds where the patterns found none, when it opens the sentence:
    "Une infirmière de Cayenne travaille depuis trois ans" -> ["Une infirmière de Cayenne"]. Up to
    the first comma: "Une employée des Philippines, arrivée il y a trois ans, …" -> the employee.
    Only someone new, described: the patterns know names, bodies and what "le"/"la" point back to."""
    offset, doc = next(((lo, d) for lo, d in reversed(parsed) if lo <= s_lo), (0, None))
    # the cheap test first: most sentences open with no indefinite article at all
    if doc is None or not _NEWCOMER_RE.match(doc.text, s_lo - offset) or not doc.has_annotation("DEP"):
        return []
    span = doc.char_span(s_lo - offset, s_hi - offset, alignment_mode="expand")
    if span is None or not len(span):
        return []
    first = span[0]
    subject = next(
        (t for t in span if t.dep_ in ("nsubj", "nsubj:pass") and t.left_edge.i == first.i),
        None,
    )
    if subject is None:
        return []
    words = []
    for token in doc[first.i : subject.right_edge.i + 1]:
        if token.text in ',;:(«»“”"':
            break
        words.append(token.text_with_ws)
    phrase = "".join(words).strip()
    if re.search(r"\s(?:et|and|ou|or)\s", phrase):
        return []
    return [phrase] if 1 < len(phrase.split()) <= 8 else []


_NEWCOMER_RE = re.compile(r"\s*(?:Un|Une|A|An)\s+[a-zà-ÿ]")
