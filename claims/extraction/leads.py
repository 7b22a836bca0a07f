"""A lead that only describes who speaks, named in the paragraph after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .coreference import compatible_kinds, description_kind, org_kind
from .cues import EN_CUE_RE, FR_CUE_RE
from .descriptions import looks_like_name
from .nouns import LEGAL_FORMS, ORG_HEADS, PRONOUNS
from .types import ExtractedSpeaker, SpeakerType

if TYPE_CHECKING:
    from .references import DocumentMemory, Known


def _in_lead(memory: DocumentMemory) -> bool:
    """True while nobody has spoken yet, in the first paragraphs: where a lead describes who speaks."""
    return not memory.history and memory.text.count("\n\n", 0, memory.position) <= 8


def titled_below(memory: DocumentMemory, words: list[str]) -> Known | None:
    """ "…, the brigade's chief fire officer says." then "Chief Fire Officer Ewen Cathro told …": the
    lead's description is the person the next paragraph names with that title."""
    wanted = [re.escape(w) for w in words if not w.endswith(("'s", "’s")) and len(w) > 2]
    end = memory.text.find("\n", memory.position)
    if not wanted or end < 0:
        return None
    named = re.compile(
        r"(?i:" + r"\s+".join(wanted) + r")\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+)"
    ).search(memory.text, end, end + 400)
    if named is None or not looks_like_name(named.group(1)):
        return None
    speaker = ExtractedSpeaker(name=named.group(1), type="person", title=" ".join(words))
    from .references import Known  # imported here: references calls this module

    return Known(speaker, "", named.start(1), spoke=False)


def _plural_body(memory: DocumentMemory, mention: str) -> Known | None:
    """ "…, troopers wrote" after "charging documents filed by Alaska State Troopers": a bare plural
    that a body named before ends with is that body."""
    # (a definite "the police" never comes here: only mentions without an article do)
    bare = re.fullmatch(r"([a-z]{4,}s|[Pp]olice)", mention.strip())
    if bare is None:
        return None
    word = bare.group(1).capitalize()
    # "police said" after "the Police Service of Northern Ireland", "Belize Police Department"
    force = (
        r"(?:[ \t]+(?:Service|Department|Force|Scotland)(?:[ \t]+of(?:[ \t]+[A-Z][\w'’-]+)+)?)?"
        if word == "Police"
        else ""
    )
    named = re.compile(rf"((?:[A-Z][\w'’.-]*[ \t]+){{0,4}}{word}{force})\b")
    runs = [run for run in named.findall(memory.text[: memory.position]) if len(run.split()) > 1]
    if not runs and word == "Police":
        # "Police allege …" in the second paragraph, "NT Police said" further down: the force the story
        # names, even when it names it later
        # (a force, not one of its units: "the Orange Walk Police Formation")
        later = re.compile(named.pattern + r"(?![ \t]+[A-Z])")
        runs = [run for run in later.findall(memory.text, memory.position) if len(run.split()) > 1][:1]
    if not runs:
        return None
    from .references import Known  # imported here: references calls this module

    name = re.sub(r"^The\s+", "", runs[-1])
    return Known(ExtractedSpeaker(name=name, type="organization"), "", memory.position, spoke=False)


def named_below(memory: DocumentMemory, mention: str) -> Known | None:
    """ "An amateur rugby league club in east Hull says …" then "Marfleet Ironsides ARLFC chairman …":
    a body the lead only describes, named in the next paragraph with a name of the same kind; or a
    bare plural that a body named before ends with ("troopers wrote")."""
    plural = _plural_body(memory, mention)
    if plural is not None:
        return plural
    described = re.match(
        r"(?:an?|une?)\s+(?:[a-zà-ÿ-]+\s+){0,3}?([a-zà-ÿ]+)(?:\s+(?:in|at|from|based|de|du|à)\s.*)?$",
        mention,
        re.IGNORECASE,
    )
    kind = description_kind(described.group(1)) if described else ""
    if not kind or not _in_lead(memory):
        return None
    end = memory.text.find("\n", memory.position)
    return next(
        (
            k
            for k in memory.mentioned
            if k.speaker.type == "organization"
            and 0 < k.position - end <= 300
            and org_kind(k.speaker.name) == kind
        ),
        None,
    )


# "The Alderney Chamber of Commerce said …", "Corvedale Care Ltd, which has run the home since 2009, said …": a
# capitalised name that opens the paragraph, before its cue.
_OPENING_SPEAKER_RE = re.compile(
    r"(?:(?:In|Dans)\s+(?:an?|un|une|its|son|sa)\s+[^,.;:«»“”\"]{2,60},\s+)?"  # "In an advisory issued to residents, X said"
    r"(?:(?:An?|Un|Une)\s+(?:spokes(?:man|woman|person)|porte-parole)\s+(?:for|of|de|du|de\s+la|de\s+l')\s*)?"
    r"(?:The\s+|the\s+|Le\s+|La\s+|L['’])?(?P<name>[A-ZÀ-Ý][\w'’&-]*(?:(?:,\s+|\s+(?:(?:of|for|and|&|de|du|des|la|"
    r"d['’])\s+)?)[A-ZÀ-Ý][\w'’&.-]*){0,8})(?:\s*\([A-ZÀ-Ý]{2,8}\))?(?:,\s+(?:which|who|qui)\s[^.;:]{0,150}?,)?\s+"
)
# What a body the lead describes may be called: its kind of organisation or what it does.
_BODY_WORDS = set("programme program scheme campaign project chamber group initiative unit".split())
# ... or a person, whose full name then tells which
_EITHER_WORDS = set(
    "owner operator buyer sponsor landlord provider organiser organizer organisers organizers exploitant "
    "propriétaire".split()
)


def opening_below(memory: DocumentMemory, mention: str) -> Known | None:
    """ "…, the programme has warned." then "Shark Spotters said …": a body the lead only describes is
    the one whose name opens the next paragraph, speaking."""
    if not _in_lead(memory):
        return None
    described = re.fullmatch(
        r"(?:the|le|la|l['’]|its|their|son|sa|leur)\s*(.+)", mention.strip(), re.IGNORECASE
    )
    if described is None:
        return None
    # "the state agency that owns it": the head comes before its complement or relative clause
    # or a participle: "the union representing lab workers"
    words = re.split(r"\s+(?:of|de|du|des|d['’]|that|which|who|qui|que|[a-z]+ing)\b", described.group(1))[
        0
    ].split()
    if not words or not all(w.islower() for w in words):
        return None
    head = (words[0] if mention[:2].lower() in ("le", "la", "l'", "l’") else words[-1]).lower()
    if head not in _BODY_WORDS | _EITHER_WORDS and head not in ORG_HEADS and not description_kind(head):
        return None
    wanted = description_kind(head)
    if any(
        head in k.speaker.name.lower().split() or wanted and org_kind(k.speaker.name) == wanted
        for k in memory.named_bodies()
    ):
        return None  # "…, the council said" after the lead named "Leeds City Council": that one
    end = memory.text.find("\n", memory.position)
    if end < 0:
        return None
    start = end + len(memory.text[end:]) - len(memory.text[end:].lstrip())
    opening = _OPENING_SPEAKER_RE.match(memory.text, start)
    if opening is None or not (
        EN_CUE_RE.match(memory.text, opening.end()) or FR_CUE_RE.match(memory.text, opening.end())
    ):
        return None  # the name must speak at once: "said", "has warned", "a indiqué"
    from .references import Known  # imported here: references calls this module

    name = re.sub(rf",?\s+{LEGAL_FORMS}\.?$", "", opening.group("name"))
    if name.lower() in PRONOUNS or name in ("We", "On", "Nous"):
        return None  # "It said …" opens the next paragraph: a pronoun, not a name
    if not compatible_kinds(org_kind(name), wanted) or re.search(r"['’]s\s", name):
        return (
            None  # "…, the electoral commission said." then "Okafor's Inclusive Alliance said": another body
        )
    either = head in _EITHER_WORDS and name in memory.full_names and not org_kind(name)
    kind: SpeakerType = "person" if either else "organization"
    return Known(ExtractedSpeaker(name=name, type=kind), "", opening.start("name"), spoke=False)
