"""Who a subject pronoun stands for: the latest compatible speaker, sentence subject or titled name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .nouns import PRONOUNS

if TYPE_CHECKING:
    from .references import DocumentMemory, Known
    from .types import ExtractedSpeaker


def resolve_pronoun(memory: DocumentMemory, pronoun: str) -> ExtractedSpeaker | None:
    """The most recent compatible speaker or sentence subject; learns the gender it implies."""
    wanted = PRONOUNS.get(pronoun.lower())
    if wanted is None:
        return None
    # "… n'a pas convaincu la procureure, Hélène Barbazan. « … », a-t-elle relevé": a person named
    # with a title that tells the pronoun's gender counts though she was not a subject.
    titled = [
        k
        for k in memory.mentioned
        if k.speaker.type == "person"
        and (
            k.gender == wanted
            # "a family business run by Seymour Dunford. He told …": no gender known against him
            or not k.gender
            and memory.text[max(0, k.position - 4) : k.position] == " by "
            and memory._gender_of(k.speaker.name) in ("", wanted)
        )
        and 0 <= memory.position - k.position <= 300
        and not memory.written_in_full(k.speaker.name)  # "Le Goff" of "Yann Le Goff"
        and not _inside_what_was_said(memory, k.position)
    ][-1:]
    # "L'Agence régionale de santé (ARS) de Normandie conteste … Dans un communiqué, elle assure": a
    # body whose name's head noun has the pronoun's gender, named in the sentence before.
    bodies = [
        k
        for k in memory.mentioned
        if k.speaker.type == "organization"
        and k.gender == wanted
        and 0 <= memory.position - k.position <= 300
        # the subject of its sentence, not "le directeur de l'Institut X (IX), Placide Y, …"
        and re.search(
            r"(?:^|[.!?»]\s+|\n)(?:L['’]|Le\s|La\s)?$", memory.text[max(0, k.position - 40) : k.position]
        )
    ][-1:]
    # "l'Agence régionale de santé de Guadeloupe, Saint-Martin et Saint-Barthélemy": the subject's fuller name
    bodies = [
        b
        for b in bodies
        if not any(
            0 <= b.position - s.position <= 4 and s.speaker.name.startswith(b.speaker.name + ",")
            for s in memory.subjects
        )
    ]
    candidates = sorted(
        memory.history[-8:] + memory.subjects[-4:] + titled + bodies,
        key=lambda k: (k.position, k.spoke),
        reverse=True,
    )
    for known in candidates:
        # "La joggeuse affirme …" told her gender at another mention: "il" is someone else (but
        # "le liquidateur, Me Florence Quéré" may well be "elle": French titles stay masculine)
        if (
            known.speaker.type == "person"
            and not known.gender
            and wanted == "m"
            and memory._gender_of(known.speaker.name) == "f"
        ):
            continue
        if (
            known.speaker.type == "person"
            and memory.pronoun_genders.get(known.speaker.name, wanted) != wanted
        ):
            continue  # "« … », sourit-elle" after "« … », a-t-il dit" of the coach: a pronoun settled his
        if (
            known.speaker.type == "person"
            and not known.gender
            and wanted == "f"
            and memory._gender_of(known.speaker.name) == "m"
            and re.compile(rf"\b(?:Mr\.?|M\.)\s+{re.escape(known.speaker.name.split()[-1])}\b").search(
                memory.text, 0, memory.position
            )
        ):
            continue  # "She said" after "Mr Bodden told …": a courtesy title settles his gender
        if _compatible(known, wanted, same_sentence=known.position == memory.position):
            if wanted in ("m", "f") and known.speaker.type == "person":
                memory.pronoun_genders.setdefault(known.speaker.name, wanted)
                if not known.gender:
                    memory.genders[known.speaker.name] = wanted
            return known.speaker
    if wanted in ("m", "f"):
        # "Parmi eux, le chanteur X, attendu en clôture. « … », a-t-il expliqué": no clause of X's was
        # read, but X is the person named just before.
        last = memory._named_just_before()
        if last is not None and wanted == "m" and memory._gender_of(last.speaker.name) == "f":
            return None
        return last.speaker if last is not None else None
    return None


def _compatible(known: Known, wanted: str, same_sentence: bool) -> bool:
    kind, gender = known.speaker.type, known.gender
    if wanted == "p":
        return gender == "p" or kind == "organization"
    if wanted == "n":
        return kind == "organization"
    if kind == "person":
        return gender in (wanted, "")
    # "L'ARS … a recensé 87 cas, a-t-elle annoncé": an organisation is "il"/"elle" in French, but
    # only its own sentence or its grammatical gender can tell.
    return gender == wanted or (same_sentence and not known.spoke and gender == "")


def _inside_what_was_said(memory: DocumentMemory, position: int) -> bool:
    """ "Un responsable a assuré que le bateau avait quitté la plage de Cheikh Zennad. …, a-t-il ajouté": a
    name inside the claim of the sentence's speaker is what was spoken about, not who speaks next."""
    return any(
        known.position <= position
        and re.search(r"\b(?:que|qu['’]|that)\b|[«“\"]", memory.text[known.position : position])
        for known in memory.history[-3:]
        if not re.search(r"\n|[.!?»”]\s", memory.text[known.position : position])  # in the speaker's sentence
    )
