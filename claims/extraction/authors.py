"""Who stands behind a study or a lawsuit the article names as its source: the author, the plaintiff."""

from __future__ import annotations

import re

from .types import ExtractedClaim, ExtractedSpeaker

OWN_WORK_RE = re.compile(
    r"^(?P<owner>son|sa|ses|his|her|its|their)\s+(?:own\s+|propres?\s+|derniers?\s+|dernières?\s+|latest\s+)?"
    r"(?:travaux|recherches|calculs|analyse|analyses|observations|modélisations|simulations|research|"
    r"calculations|analysis|findings|work|modelling|modeling|simulations|relevés|mesures|comptages|"
    r"estimations|constats|measurements|readings|counts|estimates|records|report|reports|audit)"
    r"(?:\s+(?:on|into|of|about|sur)\s+.{1,60})?$",  # "Its report on the department"
    re.IGNORECASE,
)
# "the study", "a new paper", "l'étude publiée mercredi": a piece of research with no owner in the mention
_STUDY_MENTION_RE = re.compile(
    r"^(?:the|a|an|this|these|new|large|major|recent|landmark|la|une|l'|les|ces|ce|cette|nouvelle|nouveaux|vaste|"
    r"récente|\s)*(?:study|paper|research|findings|étude|article|travaux|travail|recherches)\b",
    re.IGNORECASE,
)
# "The study, led by WA Museum arachnologist Dr X and published in …", "l'étude, dirigée par la biologiste X"
_LED_BY_RE = re.compile(
    r"\b(?:study|paper|research|étude|article)\b[^.;]{0,60}?\b(?:led|co-led|authored|co-authored|written|"
    r"conducted|dirigée|menée|coordonnée|signée|réalisée)\s+(?:by|par)\s+(?P<who>[^.;]{3,120})",
    re.IGNORECASE,
)
# "the lawsuit", "the suit", "the complaint", "la plainte": a court filing speaks for whoever brought it
_SUIT_MENTION_RE = re.compile(
    r"^(?:the|a|an|this|its|their|la|le|cette|l')?\s*(?:law)?(?:suit|complaint|petition|plainte|requête)$",
    re.IGNORECASE,
)
# "Mabry is the lead plaintiff in a lawsuit", "X filed the lawsuit", "a lawsuit brought by X"
_PLAINTIFF_RES = (
    re.compile(
        r"(?P<who>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})\s+(?:is|was|are|were)\s+(?:the\s+)?"
        r"(?:lead\s+|named\s+|main\s+|one\s+of\s+the\s+)?plaintiffs?\b"
    ),
    # "Armand X, 58, who led the department for 11 years, filed the lawsuit Wednesday"
    re.compile(
        r"(?P<who>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})(?:,[^,.;]{1,100}){0,2},?\s+(?:filed|brought|lodged|"
        r"a\s+déposé)\s+(?:the|a|his|her|their|its|une|la|sa)\s+(?:law)?(?:suit|complaint|plainte)\b"
    ),
    re.compile(
        r"\b(?:lawsuit|suit|complaint|plainte)\s+(?:filed|brought|lodged|déposée)\s+(?:[^.;]{0,60}?\s)?"
        r"(?:by|par)\s+(?P<who>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})"
    ),
)


def _named_in(window: str, names: list[str], last: bool = False) -> str:
    """The known full name written first (or last) in `window`, or a surname standing for one; "" if none."""
    found = sorted((window.find(n), n) for n in names if n in window)
    if found:
        return found[-1 if last else 0][1]
    for name in names:
        if re.search(rf"\b{re.escape(name.split()[-1])}\b", window):
            return name
    return ""


def research_author(mention: str, text: str, names: list[str]) -> str:
    """The named person who led the study `mention` refers to, when the article says so anywhere."""
    if not _STUDY_MENTION_RE.match(mention):
        return ""
    led = _LED_BY_RE.search(text)
    if not led:
        return ""
    # "led by X and published in Records of the Y Museum": the journal is no author
    who = re.split(r",|\s(?:and|et|in|dans|published|publiée)\s", led.group("who"))[0]
    if re.match(r"(?:researchers|scientists|a\s+team|chercheurs|une\s+équipe)\b", who, re.IGNORECASE):
        return ""  # "led by researchers from Makerere University": the body's people, no one named
    # "led by Dr X of the University of Cape Town" is the doctor; "led by WA Museum arachnologist Dr X" too
    doctor = re.search(r"\b(?:Dr|Dre|Professor|Prof|Pr)\.?\s+(.+)", who)
    return _named_in(doctor.group(1), names) if doctor else _named_in(who, names, last=True)


# "the researchers", "the authors", "les chercheurs lausannois", "l'équipe": the people behind the study
RESEARCHERS_RE = re.compile(
    r"^(?:the|its|their|les|des|l'|la|leurs?|ses)?\s*(?:researchers|scientists|authors|study authors|research team|"
    r"chercheurs|chercheuses|auteurs|autrices|équipe)(?:\s+[a-zà-ÿ]+)?$",
    re.IGNORECASE,
)
_BODY_NAME = (
    # (a name never runs across a paragraph: "selon une étude du CHU" ends a headline)
    r"(?P<body>[A-ZÀ-Ý][\w'’-]+(?:(?:,[^\S\n]+|[^\S\n]+)(?:(?:(?:of|for|and|the|de|du|des|la|et)\s+){1,2}|[ldLD]['’])?"
    r"(?:[A-ZÀ-Ý][\w'’-]+|(?<=\s)(?-i:[a-zà-ÿ]+(?:aires?|aux|al|ales?|iques?|elles?|iers?|ières?|oises?|aises?|iennes?)(?![\w'’-])))){0,7}"
    # "Université du Québec en Abitibi-Témiscamingue": a region after "en" is still the name
    r"(?:\s+en\s+[A-ZÀ-Ý][\w'’-]+)?)"
)
# "a study by researchers at the University of Exeter", "une étude d'Unisanté", "Une équipe des Hôpitaux
# universitaires de Genève a publié … une étude": the body whose people did the research
_RESEARCH_BODY_RES = (
    re.compile(
        r"\b(?:study|paper|research)\b[^.;]{0,40}?\bby\s+(?:researchers|scientists|a\s+team)\s+(?:at|from)\s+"
        r"(?:the\s+)?" + _BODY_NAME
    ),
    re.compile(r"\b(?:study|paper|research|findings)\s+(?:by|from)\s+(?:the\s+)?" + _BODY_NAME),
    # "according to a new Charles Sturt University study": the body's name before the noun
    re.compile(
        r"\b(?:an?|the)\s+(?:new\s+|recent\s+|large\s+)?(?=[A-Z][\w'’-]+\s+(?:of\s+(?:the\s+)?)?[A-Z])"
        + _BODY_NAME
        + r"\s+(?:study|paper|survey)\b"
    ),
    re.compile(r"\b(?:researchers|scientists)\s+(?:at|from)\s+(?:the\s+)?" + _BODY_NAME),
    re.compile(r"\b(?:étude|enquête)\s+(?:d['’]|de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)" + _BODY_NAME),
    re.compile(
        r"\b[ÉéEe]quipe\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]|d['’])" + _BODY_NAME + r"[^.;]{0,80}\bétude\b"
    ),
)


def research_body(mention: str, text: str) -> str:
    """The body behind "the study", "the researchers" or "l'étude", when the article says whose people
    did it ("a study by researchers at the University of Exeter"); "" if it does not."""
    if not (_STUDY_MENTION_RE.match(mention) or RESEARCHERS_RE.match(mention.strip())):
        return ""
    bodies = [re.sub(r"[,\s]+$", "", m.group("body")) for p in _RESEARCH_BODY_RES for m in p.finditer(text)]
    if not bodies:
        return ""
    # "une étude du CHU" in the headline, "une équipe du CHU de La Réunion" below: the full name
    body = next((b for b in bodies if b.startswith(bodies[0] + " ")), bodies[0])
    # "l'Autorité seychelloise de la pêche (SFA)": lowercase complements before its acronym
    named = re.search(
        re.escape(body)
        + r"((?:,?\s+(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[a-zà-ÿ-]+){1,5})\s*\(",
        text,
    )
    return body + named.group(1) if named else body


def plaintiff(mention: str, text: str, names: list[str]) -> str:
    """The named plaintiff behind "the suit" when the article names who brought it, before `mention`."""
    if not _SUIT_MENTION_RE.match(mention.strip()):
        return ""
    for pattern in _PLAINTIFF_RES:
        found = [m.group("who") for m in pattern.finditer(text)]
        if found:
            return _named_in(found[-1], names) or found[-1]
    return ""


# "A volunteer group … said …" then "The group, the Mill Creek Ravine Stewards, has 150 members": a body
# described where it speaks and named in a later apposition.
_BODY_NOUNS = (
    "group|collective|firm|company|association|owner|operator|developer|union|coalition|charity|organisation|"
    "organization|network|society|cooperative|co-operative|club|trust|alliance|collectif|groupe|société|"
    "entreprise|propriétaire|exploitant|coopérative|fédération"
)
_NAMED_LATER_RE = re.compile(
    rf"(?:\b[Tt]he\s+|\b(?:[Ll]e|[Ll]a)\s+|\b[Ll]['’])(?P<head>{_BODY_NOUNS})\s*,\s*(?:the\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’.&-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.&-]*|of|and|for|the|de|du|des|la|et|à|au|aux|sur)){0,8}?)\s*,"
)


def name_described_bodies(norm: str, claims: list[ExtractedClaim]) -> None:
    """Give a body described where it spoke ("a volunteer group") the name a later apposition gives it."""
    for claim in claims:
        speaker = claim.speaker
        if speaker is None or not speaker.name[:1].islower():
            continue
        described = set(
            re.findall(r"[\w-]+", " ".join([speaker.name, speaker.title, *speaker.aliases]).lower())
        )
        for later in _NAMED_LATER_RE.finditer(norm, claim.end, claim.end + 800):
            if later.group("head").lower() in described:
                claim.speaker = ExtractedSpeaker(
                    name=later.group("name"), type="organization", aliases=[speaker.name]
                )
                break
