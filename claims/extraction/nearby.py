"""Bodies a description stands for: the one named or titled just before, a force's investigators, the
latest body of the described kind."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .coreference import compatible_kinds, description_kind, org_kind, same_word
from .descriptions import (
    BODY_IN_TITLE_RE,
    COMPLEMENT_RE,
    DEFINITE_FR_RE,
    FR_INSTITUTION_HEADS,
    HEAD_TITLES,
    PLACE_AFTER_RE,
    PLACE_BEFORE_RE,
    generic_org,
    guess_gender,
    last_name_with_head,
    looks_like_name,
    person_head,
    strip_determiner,
)
from .names import split_capitalised_role
from .nouns import ORG_HEADS, PERSON_NOUNS, ROLE_HEADS
from .speakers import strip_title
from .types import ExtractedSpeaker

if TYPE_CHECKING:
    from .references import DocumentMemory, Known

_HOME_PLACE_RE = re.compile(
    r"(?:\b(?:village|town|city|district|province|region|commune|hamlet|county|suburb|island|ville|région)"
    r"\s+(?:of|de|d')|\b(?:from|in|at|near|à|au))\s+$"
)
_FORCE_RE = re.compile(r"\b(?:gendarmerie|police|garda|constabulary|sheriff)", re.IGNORECASE)


def body_titled(memory: DocumentMemory, head: str) -> Known | None:
    """The body lately described with this noun, though it names a person's trade: "ORES, le
    gestionnaire du réseau" is "le gestionnaire" afterwards."""
    for known in memory.recent()[:4]:
        title = COMPLEMENT_RE.split(known.speaker.title.lower(), maxsplit=1)[0].split()
        if known.speaker.type == "organization" and head in title:
            return known
    return None


def body_just_named(memory: DocumentMemory, head: str) -> Known | None:
    """ "Helvion Pharma a suspendu … Le laboratoire explique": a description no name matches stands
    for the body named in the sentence just before, when nothing in its head noun rules it out."""
    from .references import Known  # imported here: references calls this module

    wanted = description_kind(head)
    if not wanted and not generic_org(head) or wanted == "committee":
        return None  # "la source", "les enquêteurs", "l'armée", "le comité": not a name's stand-in
    for known in memory.recent():
        if (
            not 0 <= memory.position - known.position <= 600
            or memory.text.count("\n\n", known.position, memory.position)
            + memory.text.count("\n", known.position, memory.position)
            > 3
        ):
            return None  # no further back than the paragraph before
        if (
            known.speaker.type == "person"
            and wanted
            and untold_person(memory, known)
            # a lone word ("Agrival", but also "Fanja") only within its own paragraph
            and (
                len(known.speaker.name.split()) > 1
                or "\n" not in memory.text[known.position : memory.position]
            )
        ):
            # "Glenmarra Water said … The utility said": a name read as a person's for want of a
            # marker word turns out to be the body the description stands for.
            return Known(ExtractedSpeaker(name=known.speaker.name, type="organization"), "", known.position)
        if known.speaker.type == "person":
            # "…, lance Erwan Kerbrat, délégué CFDT des marins. Le syndicat assure": the body in
            # the title of the person just quoted.
            if re.search(r"minist|secrétaire d'État|secretary of state", known.speaker.title, re.IGNORECASE):
                continue  # "ministre de l'Intérieur" names an office, not a body
            found = BODY_IN_TITLE_RE.search(known.speaker.title)
            body = found and (found.group(1) or found.group(2))
            if not body or not compatible_kinds(org_kind(body), wanted):
                continue
            return Known(ExtractedSpeaker(name=body, type="organization"), "", known.position)
        if known.speaker.name.islower():
            continue
        if compatible_kinds(org_kind(known.speaker.name), wanted):
            return known
    return None


def untold_person(memory: DocumentMemory, known: Known) -> bool:
    """True for a "person" only a capitalised run made one: no title, no gender, no age, no honorific."""
    speaker = known.speaker
    return (
        not speaker.title
        and not known.gender
        and not memory.genders.get(speaker.name)
        and memory.age_of(speaker.name) is None
        and looks_like_name(speaker.name)
        and not memory.written_in_full(speaker.name)  # "Agrival", but not "Dupont" after "Marc Dupont"
        # "Bassi said" after "Gurleen Bassi, the union's representative": a title met at another mention
        and not any(k.speaker.title for k in memory.history if k.speaker.name == speaker.name)
    )


def office_of(memory: DocumentMemory, bare: str) -> Known | None:
    """ "the prosecutors" after "the Specialized Anti-Corruption Prosecutor's Office": its staff speak for it."""
    words = bare.lower().split()
    if words in (["enquêteurs"], ["investigators"], ["detectives"]):
        # "Selon l'enquête de la Gendarmerie nationale, … Les enquêteurs ont établi": the force's
        return next(
            (
                k
                for k in reversed(memory.named_bodies())
                if 0 <= memory.position - k.position <= 600 and _FORCE_RE.search(k.speaker.name)
            ),
            None,
        )
    if len(words) != 1 or not words[0].endswith("s") or words[0][:-1] not in ROLE_HEADS:
        return None
    for known in reversed(memory.named_bodies()):
        named = known.speaker.name.lower().replace("'s", "").split()
        if words[0][:-1] in named:
            return known
    return None


# An adjective of origin after a title: "choletais", "monégasque", "ploërmelais", "appaméen"
_NOUNS = frozenset(PERSON_NOUNS | ROLE_HEADS)  # nouns that end like an adjective of origin
_ORIGIN_RE = re.compile(r"[a-zà-ÿ]{3,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|asque|ain|aine)")


def other_origin(words: list[str], title: list[str]) -> bool:
    """ "l'entraîneur monégasque" is not "l'entraîneur choletais" met before: adjectives of origin differ."""
    # (the head noun is no origin: "technicien", "pharmacien")
    origins = [
        {w for w in map(str.lower, ws) if _ORIGIN_RE.fullmatch(w) and w not in _NOUNS}
        for ws in (words[1:], title)
    ]
    return all(origins) and not origins[0] & origins[1]


def counsel_just_spoke(memory: DocumentMemory, bare: str) -> Known | None:
    """ "Le conseil a fait valoir que …" right after Me X pleaded: the lawyer, not a council."""
    last = memory.history[-1] if memory.history else None
    if bare.lower() != "conseil" or last is None or last.speaker.type != "person":
        return None
    lawyer = re.search(
        r"\b(?:Me|Maître|avocate?)\b", f"{titles_of(memory, last.speaker.name)} {last.speaker.title}"
    )
    return last if lawyer and memory.position - last.position <= 400 else None


def titles_of(memory: DocumentMemory, name: str) -> str:
    """Every title a person was met with: "son président, Réjean Lauzier" pages before "Réjean Lauzier a précisé"."""
    known = memory.history + memory.subjects + memory.mentioned
    return " ".join(
        k.speaker.title for k in known if k.speaker.name == name and k.position <= memory.position
    )


# "l'agence onusienne" is the one of the "Nations unies": an adjective for a word of the body's name
_ADJECTIVE_OF = {"onusien": "nations", "onusienne": "nations", "gouvernemental": "gouvernement"}


def latest_body(memory: DocumentMemory, head: str, described_by: tuple[str, ...] = ()) -> Known | None:
    """ "l'agence sanitaire", "the company", "the firm": the latest organisation of that kind.
    The description's other words choose between bodies of one kind: "la fédération internationale"
    is the "Fédération internationale de ski", not the "Fédération française de ski"."""
    kind = description_kind(head)
    # "le groupe" is a company group or any group of people: "Le groupe dit avoir recueilli 900 signatures"
    kinds = {kind, "union", "charity"} if head in ("groupe", "group") else {kind}
    best, best_score = None, (-1, -1, -1, -1, -1, -1, -1)
    recent = memory.recent()
    # Bodies named long ago come after the recent ones: "le syndicat" may point back a page.
    seen = {k.speaker.name for k in recent}
    older = [
        k
        for k in reversed(memory.named_bodies())
        if k.speaker.name not in seen and not generic_org(k.speaker.name.split()[-1])  # "Premier League club"
    ]
    names = {k.speaker.name for k in recent + older}
    for rank, known in enumerate(recent + older):
        if (
            # "Ministry of Economy" cut short from "Ministry of Economy, Trade and Industry": the full name
            any(other.startswith((known.speaker.name + ",", known.speaker.name + " ")) for other in names)
            or known.speaker.type != "organization"
            # "Orkney's largest dental practice" describes a body the sentence names (but "le service
            # territorial de l'environnement" that spoke is "le service" next)
            or re.sub(r"^[A-ZÀ-Ý][\w'’-]*['’]s\s+", "", known.speaker.name).islower()
            and not (
                known.spoke
                and known.speaker.name.split()[0] == head
                and re.search(r"\s(?:de|du|des)\s|\sd['’]", known.speaker.name)
            )
            # "a source at the X Association" is someone inside the body, not the body
            or known.speaker.name.split()[0] in ("source", "sources", "official", "officials", "member")
        ):
            continue  # "le syndicat" names a body met before, not "le mouvement" or "la direction"
        name_words = known.speaker.name.lower().split()
        # French names put the head first: "Institut national de la statistique", "Banque de France".
        french_head = len(name_words) > 1 and (
            name_words[1] in ("de", "du", "des", "d'", "pour") or name_words[0] in ORG_HEADS
        )
        named = head == name_words[-1] or french_head and head == name_words[0]
        # "International Council for the Exploration of the Sea": the head comes before "for"/"of".
        link = next(
            (i for i, w in enumerate(name_words) if w in ("of", "for", "de", "du", "des", "d'")),
            len(name_words) if len(name_words) <= 3 else 0,  # "Guadeloupe Port Caraïbes": "le port"
        )
        named = named or head in name_words[:link]
        named = named or head in known.speaker.title.lower().split()
        adjective = any(w in _ADJECTIVE_OF and _ADJECTIVE_OF[w] in name_words for w in described_by)
        named = named or adjective
        if not named and head in FR_INSTITUTION_HEADS and name_words[0] in FR_INSTITUTION_HEADS:
            continue  # "l'institut" is not the "Bureau international du travail"
        found = (
            org_kind(known.speaker.name)
            or org_kind(known.speaker.title)
            # "Prairie Ridge Pork LLC" keeps its legal form among its aliases
            or next(filter(None, map(org_kind, known.speaker.aliases)), "")
        )
        if not named and not ((generic_org(head) or kind) and any(compatible_kinds(found, k) for k in kinds)):
            continue

        exact = int(bool(kind) and found == kind)
        # A body that already spoke is likelier to be meant than one only mentioned.
        count = memory.text[: memory.position].count(known.speaker.name)
        shared = sum(w in name_words for w in described_by if len(w) > 3 and w != head)
        # A body named in the very clause a postposed description closes: "Le CNT examinera …,
        # a fait savoir l'institution".
        near = int(
            0 <= memory.position - known.position <= 250
            and "\n" not in memory.text[known.position : memory.position]
        )
        score = (int(named) + int(adjective), shared, exact, near, count, int(known.spoke), -rank)
        if score > best_score:
            best, best_score = known, score
    return best


def named_with_head(memory: DocumentMemory, head: str) -> Known | None:
    """ "the festival" after "The Stratford Festival will cancel …", in this paragraph or before."""
    end = memory.text.find("\n", memory.position)
    name = last_name_with_head(memory.text[: end if end >= 0 else len(memory.text)], head)
    if not name:
        return None
    from .references import Known  # imported here: references calls this module

    return Known(ExtractedSpeaker(name=name, type="organization"), "", memory.position, spoke=False)


# Nouns for a person's trade as much as for a firm's
_TRADE_OR_FIRM = frozenset(
    {
        "producteur",
        "productrice",
        "exploitant",
        "exploitante",
        "promoteur",
        "promotrice",
        "producer",
        "grower",
        "promoter",
    }
)


def trade_holder(memory: DocumentMemory, noun: str) -> Known | None:
    """ "X cultive 12 hectares … Le producteur dit avoir attendu": a trade a person or a firm may have is
    the person the paragraph has just named, a person met with that title, or one described so."""
    if noun in _TRADE_OR_FIRM:
        named = memory._named_just_before(same_paragraph=True)
        if named is not None:
            return named
        titled = next(
            (
                k
                for k in memory.recent()
                if k.speaker.type == "person" and noun in k.speaker.title.lower().split()
            ),
            None,
        )
        if titled is not None:
            return titled
    if noun in ORG_HEADS:
        return None
    # "Pour Lotfi Zouari, exportateur basé à Mahdia, …" then "L'exportateur affirme": the person described so
    apposed = re.findall(
        rf"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{1,2}}),\s+(?:une?\s+|an?\s+)?{re.escape(noun)}\b",
        memory.text[: memory.position],
    )
    for words in reversed(apposed):
        person = next(
            (
                k
                for k in memory.recent()
                if k.speaker.type == "person" and words.endswith(k.speaker.name) and " " in k.speaker.name
            ),
            None,
        )  # "Pour Lotfi Zouari, exportateur": the name after the capitalised opener
        if person is not None:
            return person
    return None


def last_written(memory: DocumentMemory, name: str) -> int:
    """Where a person's name was last written before the sentence, not as a place's ("l'hôpital Marie
    Curie", "Nelson Mandela Street"); -1 if nowhere."""
    end = memory.position
    while (at := memory.text.rfind(name, 0, end)) >= 0:
        if not PLACE_BEFORE_RE.search(memory.text, max(0, at - 20), at) and not PLACE_AFTER_RE.match(
            memory.text, at + len(name)
        ):
            return at
        end = at
    return -1


def named_with_age(memory: DocumentMemory, ages: tuple[int, int]) -> Known | None:
    """The person last named with an age in range ("Louis Mercier, 57 ans,"), even if silent."""
    from .references import Known  # imported here: references calls this module

    best = None
    for written, age in memory.ages.items():
        at = memory.text.rfind(written, 0, memory.position)
        if ages[0] <= age <= ages[1] and at >= 0 and (best is None or at > best[0]):
            best = (at, written)
    if best is None:
        return None
    name = split_capitalised_role(strip_title(best[1])[1])[1]
    return Known(ExtractedSpeaker(name=name, type="person"), "", best[0], spoke=False)


def head_of_named_body(memory: DocumentMemory, named: set[str]) -> Known | None:
    """ "le premier responsable de l'ONEA" after "le directeur général de l'ONEA, Hamidou Kiemtoré":
    whoever heads the body named in the complement; "le patron d'OPG" after "son directeur général,
    Serge-Aimé X": the head met just before."""
    for known in memory.recent():
        title = set(re.findall(r"[A-ZÀ-Ý][\w-]{2,}", known.speaker.title))
        if known.speaker.type == "person" and looks_like_name(known.speaker.name) and named <= title:
            return known
    last = memory._named_just_before()
    if last is None:
        return None
    first_met = memory.text.find(last.speaker.name)
    introduced = memory.text[max(0, first_met - 40) : first_met] if first_met >= 0 else ""
    return last if set(f"{last.speaker.title} {introduced}".lower().split()) & HEAD_TITLES else None


def last_named_person(memory: DocumentMemory, gender: str = "") -> Known | None:
    """The full name written last before the current sentence, speaker or not; with `gender`, the last one
    whose gender is not known to differ."""
    from .references import Known  # imported here: references calls this module

    written = sorted(((last_written(memory, n), n) for n in memory.full_names), reverse=True)
    for at, name in written:
        if _HOME_PLACE_RE.search(memory.text[max(0, at - 30) : at]):
            continue  # "a coffee grower from the village of Tegur Wangi": a place, not a person
        if at >= 0 and (not gender or memory._gender_of(name) in (gender, "")):
            return Known(ExtractedSpeaker(name=name, type="person"), "", at, spoke=False)
    return None


def unnamed_just_spoke(memory: DocumentMemory, first: Known | None) -> Known | None:
    """ "« … », raconte-t-il. « … », ajoute le travailleur": the unnamed person who spoke last in this
    paragraph, when no named candidate came after them."""
    last = memory.history[-1] if memory.history else None
    if (
        last is not None
        and last.speaker.type == "person"
        and last.speaker.name[:1].islower()
        and person_head(last.speaker.name.split()[:1])
        and "\n" not in memory.text[last.position : memory.position]
        and (first is None or first.position < last.position)
    ):
        return last
    return None


# "the researchers", "les chercheurs", "the study's authors": the people behind a study named before
_RESEARCHERS_RE = re.compile(
    r"(?:the\s+|les\s+|ces\s+|these\s+)?(?:researchers|scientists|chercheurs|chercheuses|scientifiques)",
    re.IGNORECASE,
)
# "a study carried out by researchers at the A.M. Dogliotti College of Medicine", "des chercheurs de l'Inrae"
_RESEARCH_BODY_RE = re.compile(
    r"\b(?:researchers|scientists|team|chercheurs|chercheuses|scientifiques|équipe)\s+(?:at|from|of|de|du|des|d')"
    r"\s*(?:the\s+|la\s+|l')?(?P<body>[A-ZÀ-Ý][^,;:()«»“”\"]+?)"
    r"(?=\s+(?:with|and|in|on|who|which|avec|et|qui|dans|en|has|have|had|a|ont|published|publiée?s?)\b"
    r"|[,;:()]|(?<![A-Z])\.(?:\s|$)|$)"
)


def research_body(memory: DocumentMemory, mention: str) -> ExtractedSpeaker | None:
    """ "According to the researchers, …": the researchers who spoke before, or the body they work at."""
    if not _RESEARCHERS_RE.fullmatch(mention.strip()):
        return None
    for known in reversed(memory.history[-8:]):
        if _RESEARCHERS_RE.match(known.speaker.name):
            return known.speaker  # "researchers at the University of Guelph said …" then "the researchers"
    found = list(_RESEARCH_BODY_RE.finditer(memory.text, 0, memory.position))
    return ExtractedSpeaker(name=found[-1].group("body").strip(), type="organization") if found else None


_COURT_PAPERS_RE = re.compile(
    r"(?:court\s+(?:documents|records|filings|papers)|documents|judgment|judgement|ruling|documents\s+judiciaires|"
    r"jugement|arrêt)",
    re.IGNORECASE,
)


def behind_papers(memory: DocumentMemory, mention: str) -> tuple[ExtractedSpeaker, str] | None:
    """ "according to court documents", "the judgment": the court named before; "the researchers":
    those who spoke before, or the body they work at."""
    if _COURT_PAPERS_RE.fullmatch(strip_determiner(mention)):
        court = memory._description("the court") or memory._description("le tribunal")
        if (
            court is not None
            and court.speaker.type == "organization"
            and re.search(r"(?i)tribunal|court|\bcour\b|magistrat|juridiction", court.speaker.name)
        ):
            return court.speaker, court.gender
    research = research_body(memory, mention)
    if research is not None:
        return research, "p" if research.type == "person" else ""
    # "d'après la santé publique" after "la Direction de santé publique du CIUSSS": the body whose name holds it
    words = strip_determiner(mention).lower().split()
    if DEFINITE_FR_RE.match(mention) and len(words) >= 2 and mention[:1].islower():
        inside = [
            k
            for k in memory.named_bodies()
            if f" {' '.join(words)} " in f" {k.speaker.name.lower()} "
            and len(k.speaker.name.split()) > len(words)
        ]
        if len({k.speaker.name for k in inside}) == 1:
            return inside[-1].speaker, inside[-1].gender
    return None


_DOCUMENT_NOUNS = (
    r"rapport|texte|document|étude|enquête|bilan|communiqué|note|courrier|lettre|décision|jugement|arrêt|"
    r"report|study|survey|statement|letter|ruling|judgment|filing|release|analysis|review|audit|"
    r"sondage|source|statistique|statistiques|chiffre|figure|data|données|relevé|projet|draft|"
    r"procès-verbal|ordonnance|plainte|complaint|indictment|affidavit|memo|mémo|budget|plan|programme|loi|bill"
)
# "l'athlète", "la hurdleuse", "the midfielder": one lowercase noun, maybe with an adjective
_ONE_NOUN_RE = re.compile(r"(?i:le|la|l'|the)\s*(?P<noun>[a-zà-ÿ-]{4,})(?:\s+[a-zà-ÿ-]{3,})?")


def described_just_before(memory: DocumentMemory, mention: str) -> Known | None:
    """A definite description no title matched ("la hurdleuse", "l'Anversoise"): the person named just
    before, when nothing says it is a body, a group or someone of the other sex."""
    one = _ONE_NOUN_RE.fullmatch(mention.strip())
    if one is None:
        return None
    noun = one.group("noun").lower()
    if (
        not (
            person_head([noun]) or re.search(r"(?:euse|eur|ière|ier|iste|ienne|ien|ète|ist|er|or|ian)$", noun)
        )
        or noun.endswith(("s", "x"))
        or noun in ORG_HEADS
        or generic_org(noun)
        or description_kind(noun)
        or org_kind(noun)
        or re.fullmatch(_DOCUMENT_NOUNS, noun)
    ):
        return None
    last = memory._named_just_before()
    if last is None or last.speaker.type != "person":
        return None
    wanted, known = guess_gender(mention), memory._gender_of(last.speaker.name)
    return last if not wanted or not known or wanted == known else None


def titled_with(memory: DocumentMemory, noun: str) -> bool:
    """True when a person met lately had this noun in their title: "la mairesse" after "la mairesse X"."""
    if len(noun) <= 3 or noun in ORG_HEADS or org_kind(noun) or generic_org(noun):
        return False  # "the council said" after "council leader X" is still the council
    return any(
        same_word(noun, word) and noun.endswith("s") == word.endswith("s")  # "the authors" are not her
        for k in memory.recent()
        if k.speaker.type == "person"
        for word in k.speaker.title.replace("'", " ").split()
        if word.islower()  # "Kremlin spokesman X" does not make "the Kremlin" a person
    )
