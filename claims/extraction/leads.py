"""A lead that only describes who speaks, named in the paragraph after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .coreference import description_kind, org_kind
from .descriptions import looks_like_name
from .types import ExtractedSpeaker

if TYPE_CHECKING:
    from .references import DocumentMemory, Known


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


def named_below(memory: DocumentMemory, mention: str) -> Known | None:
    """ "An amateur rugby league club in east Hull says …" then "Marfleet Ironsides ARLFC chairman …":
    a body the lead only describes, named in the next paragraph with a name of the same kind."""
    described = re.match(
        r"(?:an?|une?)\s+(?:[a-zà-ÿ-]+\s+){0,3}?([a-zà-ÿ]+)(?:\s+(?:in|at|from|based|de|du|à)\s.*)?$",
        mention,
        re.IGNORECASE,
    )
    kind = description_kind(described.group(1)) if described else ""
    if not kind or memory.history or memory.text.count("\n\n", 0, memory.position) > 8:
        return None  # the lead only: nobody has spoken yet
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
