"""Entities a document names before they speak: organisations, role-introduced people, acronyms."""

from __future__ import annotations

import re

from .alternation import one_of
from .coreference import KIN_NOUNS, description_kind, role_of
from .descriptions import SURNAME_PARTICLES, french_body_gender, guess_gender, person_head
from .nouns import BUSINESS_NOUNS, COMPANY_WORDS, LEGAL_FORMS, ORG_HEADS, ORG_NAMES, PERSON_NOUNS, ROLE_HEADS
from .phrases import strip_based
from .references import Known
from .speakers import strip_title
from .textnorm import fold
from .types import ExtractedSpeaker

_ORG_MENTION_RE = re.compile(
    r"(?:(?<![\w'’])|(?<=\b[lLdD]['’]))((?:[A-ZÀ-Ý][\w&'’.-]*\s+(?:(?:&|and)\s+)?){1,6}(?:"
    + "|".join(sorted(w.capitalize() for w in COMPANY_WORDS))
    + r"|Inc|Corp|plc|Ltd|LLC|Limited|Records|Pharmaceuticals|Bank|[A-Z]{0,3}FC|City|United|Society|Agency|Service|Department|"
    r"Commission|Committee|Council|Union|Association|Federation|Authority|Foundation|Institute|League|Network|Alliance|"
    r"Coalition|Trust)(?:\s+(?:Office|Board|Division|Unit)\b)?"  # "Legislative Service Office"
    # "International Agency for Research on Cancer", "Department of Health and Social Care"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:on|of|for|and|the)\s+)*[A-Z][\w'’-]+)*)?"
    # "the Ministry of Health and Human Services welcomed …": an English head noun before its "of"
    r"|(?:Ministry|Office|Bureau|Directorate|Secretariat|Embassy)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w'’-]+)*"
    # "le Stade aurillacois", "le Racing club lensois": a club named by its town's adjective
    r"|(?:Stade|Racing|Sporting|Olympique)\s+(?:club\s+)?[a-zà-ÿ]{3,}(?:ais|ois|ien|ain|in)(?:e|ne)?s?\b(?!\s+[A-ZÀ-Ý])"
    r"|(?:Olympique|Sporting|Stade|Racing|Groupe|"
    # (no verb between: "le Stade aurillacois a renversé Colomiers" names the Stade aurillacois)
    r"Banque|Agence|Compagnie|Société|Ministère)\s+(?:(?!(?:a|ont|est|sont|avait|va|fait|bat|s'est)\s)[\w'’-]+\s+){0,3}?"
    r"[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+[a-zà-ÿ]{3,}(?:ois|ais|ien|in)(?:e|ne)?s?\b)?"  # "Sporting Club albigeois"
    # "Agence de promotion économique du Canada atlantique": a longer complement, an adjective of place
    r"|Agence\s+(?:de|du|des|d['’])\s*[a-zà-ÿ]+\s+[a-zà-ÿ]+\s+(?:de|du|des|d['’])\s*[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+(?:atlantique|maritime|nationale?|régionale?|fédérale?|provinciale?|internationale?|européenne?)\b)?"
    # "Fédération départementale des chasseurs de Seine-et-Marne": its complements are the name's
    # "Agence régionale de santé", "Office national des forêts": an adjective, then the name's complements
    r"|(?:Agence|Caisse|Office|Institut|Autorité|Chambre|Commission|Direction|Inspection|Délégation)\s+[a-zà-ÿ]{4,}(?:\s+[a-zà-ÿ]{4,})?"
    r"(?:\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[\w'’-]+){1,3}"
    r"|(?:Confédération|Fédération|Union|Association|Fondation|Syndicat)"
    r"(?:\s+(?!(?:demande|estime|affirme|indique|précise|dénonce|réclame|rappelle|souligne|explique|assure|annonce|"
    r"regrette|déplore|exige|craint|juge|propose|salue|appelle|invite|conteste|refuse|accuse|confirme|ajoute|"
    r"prévient|avertit|lance|soutient|dit|fait|veut|peut|doit)\b)[a-zà-ÿ]{4,}(?:\s+(?:des|du|de\s+la|de)\s+[\w'’-]+"
    r"|\s+d['’][\w'’-]+){0,3}|(?:\s+(?:des|du|de\s+la|de)\s+[\w'’-]+|\s+d['’][\w'’-]+){1,3}))\b"
)
# "agrochemical maker Delmont", "e-bike maker Ridova", "the retailer Kelto": a one-word company named
# after what it does.
# "le groupe canadien Kessenga Gold", "le prestataire Restoria Collectivités", "le fabricant biennois
# Vauclair": in French the adjectives come between the noun and the name.
_MAKER_RE = {
    "en": re.compile(
        r"(?<![\w'’])(?:maker|manufacturer|producer|retailer|supplier|carmaker|drugmaker|chipmaker|automaker|"
        r"airline|carrier|lender|insurer|start-up|startup|developer|operator|conglomerate|giant|firm|company|"
        r"group|brand|chain|gang)\s+(?:(?:calling itself|known as|called|named)\s+)?"
        r"(?P<name>[A-Z][\w&.’'-]+(?:\s+[A-Z][\w&.’'-]+){0,2})"
    ),
    "fr": re.compile(
        r"(?<![\w-])(?:groupe|société|entreprise|compagnie|firme|fabricant|constructeur|opérateur|prestataire|"
        r"exploitant|distributeur|équipementier|laboratoire|enseigne|assureur|transporteur|armateur|éditeur|"
        r"géant|producteur|sous-traitant|start-up|promoteur|bailleur|horloger|brasseur|chimiste|sidérurgiste|"
        r"logisticien|cimentier|semencier|papetier|verrier|chocolatier|voyagiste|grossiste|fournisseur|"
        r"hébergeur|minotier|biotech|coopérative)"
        r"(?:\s+(?!de\b|du\b|des\b)[a-zà-ÿ-]{3,}){0,2}\s+(?P<name>[A-ZÀ-Ý][\w&.’'-]+(?:\s+[A-ZÀ-Ý][\w&.’'-]+){0,2}"
        r"(?:\s+(?:du|de\s+la|des)\s+[A-ZÀ-Ý][\w&.’'-]+)?)"  # "l'entreprise Plastiques du Littoral"
    ),
}
# "Coup de massue pour Orthelis. La biotech …", "à Sonelgaz. Du côté de la société de distribution": a
# name the next sentence describes by what kind of body it is.
_NAMED_THEN_DESCRIBED_RE = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s*\.\s+"
    r"(?:(?:Du\s+côté\s+de|Chez|À)\s+)?(?:(?:la|le|the|La|Le|The)\s+|[Ll]['’])(?P<head>[a-zà-ÿ-]+)\b"
)
_HEAD_OF_RE = re.compile(
    r"\b(?:Ministry|Department|Office|Bureau|Board|Directorate|Division|Secretariat|School|College|Centre|Center|"
    r"Institute|University|Agency|Authority|Commission|Council)"
    r"\s+(?:of|for)\s+(?:the\s+)?$"
)
_ENDS_NAME_RE = re.compile(r"\b(?:FC|United|City|Council|Ltd|Inc|Club|Company|Bank|Association|Union)$")
_ROLE_NAME_RE = re.compile(
    r"(?<![\w'’])((?:[A-Za-zÀ-ÿ'’-]+\s+){0,7}[A-Za-zÀ-ÿ'’-]+,?\s+)"
    r"((?:[A-ZÀ-Ý](?:[\w'’-]+|\.)\s+){1,2}[A-ZÀ-Ý][\w'’-]+)(?=[\s,.;:])"
)


def named_mentions(norm: str, kept, language: str, ent_labels: dict[str, str]) -> list[Known]:
    """Organisations and role-introduced people named in the text, by position, before they speak."""
    found: list[Known] = []
    for lo, hi in kept:
        for match in _ORG_MENTION_RE.finditer(norm, lo, hi):
            name = re.sub(
                r"^[A-ZÀ-Ý][\w-]*['’]s\s+(?=[A-ZÀ-Ý])", "", match.group(1)
            )  # "Sanha's Alliance for X"
            # "Ministry of Minerals and Energy": the head and its "of" before the words the pattern took
            head_of = _HEAD_OF_RE.search(norm, max(lo, match.start() - 40), match.start())
            name = head_of.group(0) + name if head_of else name
            words = name.split()
            while (
                len(words) > 2
                and (words[0].lower() in ORG_HEADS or words[0] in ("The", "Le", "La", "Les", "A", "An"))
                and not words[1][:1].islower()  # "Banque de France" keeps its head noun
            ):
                words = words[1:]  # "Carmaker Northbridge Motors" -> "Northbridge Motors"
            # "JSE-listed Sekhukhune Crest Platinum" is Sekhukhune Crest Platinum
            # "Balgarvie Fruit Ltd" is Balgarvie Fruit (its legal form stays in the text for whoever looks)
            name = re.sub(rf"(?<!Pvt\.)(?<!Private),?\s+{LEGAL_FORMS}\.?$", "", strip_based(" ".join(words)))
            # "Mount Pleasant FC and Harbour View FC": two names, where "Brighton and Hove City Council" is one
            first, joined, second = name.partition(" and ")
            pairs = (
                [(first, 0), (second, len(first) + 5)]
                if joined and _ENDS_NAME_RE.search(first)
                else [(name, 0)]
            )
            for part, offset in pairs:
                speaker = ExtractedSpeaker(name=part, type="organization")
                # "L'Agence régionale de santé déconseille … Elle précise": the head noun's gender
                gender = french_body_gender(part, named=True) if language == "fr" else ""
                found.append(Known(speaker, gender, match.start() + offset, spoke=False))
        if language in _MAKER_RE:
            for match in _MAKER_RE[language].finditer(norm, lo, hi):
                # The noun that introduced it is its title: "le groupe" later means this company (in
                # English the bare noun is too loose to rank bodies: "the utility" after "a criminal group").
                title = norm[match.start() : match.start("name")].strip() if language == "fr" else ""
                name = match.group("name")
                if name.endswith(".") and not name.endswith(("Inc.", "Corp.", "Co.", "Ltd.")):
                    name = name[:-1]  # "… par le groupe canadien Kessenga Gold." ends the sentence
                speaker = ExtractedSpeaker(name=name, type="organization", title=title)
                found.append(Known(speaker, "", match.start("name"), spoke=False))
        for match in _NAMED_THEN_DESCRIBED_RE.finditer(norm, lo, hi):
            name, head = match.group("name"), match.group("head").lower()
            person = " " in name and ent_labels.get(name) in ("PER", "PERSON")
            # alone in its sentence: "usine de Lyon. Le laboratoire" is about the company named before it
            stop = norm.rfind(". ", lo, match.start())
            alone = not re.search(r"\s[A-ZÀ-Ý]", norm[stop + 2 if stop >= 0 else lo : match.start()])
            # a company only: "à Vannes. L'équipe bretonne" is a town and the team named before it
            if description_kind(head) == "company" and not person and alone:
                speaker = ExtractedSpeaker(name=name, type="organization")
                found.append(Known(speaker, "", match.start("name"), spoke=False))
        for match in _ROLE_NAME_RE.finditer(norm, lo, hi):
            prefix, name = match.group(1).strip(" ,"), match.group(2)
            while (
                len(prefix.split()) >= 2
                and prefix.split()[-1][:1].isupper()
                and prefix.split()[-2][:1].islower()
                and len(name.split()) < 4
                and not match.group(1).rstrip().endswith(",")
                and ent_labels.get(f"{prefix.split()[-1]} {name}") in ("PER", "PERSON")
            ):
                # "le vice-ministre Truong Quang Khiem": a three-word name is not its last two words
                prefix, _, first = prefix.rpartition(" ")
                name = f"{first} {name}"
            words = prefix.lower().split()
            # "aux côtés de son frère cadet, Kerem Karakoç": kin introduce a person too
            # "représentée par Me Hélène Raybaud": a lawyer, whose courtesy title says what she is
            lawyer = words[-1:] in (["me"], ["maître"]) or re.match(r"(?:Me|Maître)\s", name) is not None
            if not lawyer and not any(
                w in ROLE_HEADS or w in PERSON_NOUNS or w in KIN_NOUNS or role_of([w]) for w in words[-4:]
            ):
                continue
            if any(w in ORG_HEADS for w in name.lower().split()):
                continue
            if re.sub(r"^(?:la|le|les|the)\s+", "", name.lower()) in ORG_NAMES:
                continue  # "le directeur du réseau La Poste": the body he works for
            if re.search(r"(?:\b(?:de|du|des|of|at|for|à|au|chez)(?:\s+(?:la|the))?|\bd['’])$", prefix, re.I):
                continue  # "le directeur général de Crédit Ligérien", "président de la FFB X": the body's name
            if _ELIDED_RE.sub("", words[-1]) in ORG_HEADS | COMPANY_WORDS | BUSINESS_NOUNS:
                continue  # "président de l'entreprise Croisières Fjord-et-Fleuve": the company's name
            name = strip_title(name)[1] or name  # "Me Ludivine Orsat-Lamy"
            speaker = ExtractedSpeaker(name=name, type="person", title="Me" if lawyer else prefix)
            found.append(Known(speaker, guess_gender(prefix), match.start(2), spoke=False))
        for match in _NAME_THEN_TRADE_RE.finditer(norm, lo, hi):
            # "figure Magalie Goulet, une enseignante de Rimouski de 38 ans, qui …": the article gives
            # her gender for the "elle a raconté" to come, though she has not spoken yet
            if person_head([match.group("noun")]) and match.group("noun") not in ORG_HEADS:
                gender = {"une": "f", "un": "m"}.get(match.group("article").lower(), "")
                speaker = ExtractedSpeaker(name=match.group("name"), type="person", title=match.group("noun"))
                found.append(Known(speaker, gender, match.start("name"), spoke=False))
        for match in _COACHED_BY_RE.finditer(norm, lo, hi):
            # "les hommes de Mathieu Bouscarat", "Delroy Pemberton's side": the coach, "l'entraîneur" later
            name = match.group("name") or match.group("owner")
            title = "entraîneur" if language == "fr" else "coach manager"
            found.append(
                Known(ExtractedSpeaker(name=name, type="person", title=title), "", match.start(), spoke=False)
            )
        for match in _RUN_BY_RE.finditer(norm, lo, hi):
            # "a family business run by Seymour Dunford. He told …": the person behind a body
            speaker = ExtractedSpeaker(name=match.group("name"), type="person")
            found.append(Known(speaker, "", match.start("name"), spoke=False))
    found.sort(key=lambda k: k.position)
    return found


_NAME_THEN_TRADE_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}),\s+"
    r"(?P<article>une?|an?)\s+(?P<noun>[a-zà-ÿ-]{4,})\b"
)
_COACHED_BY_RE = re.compile(
    r"\b(?:les\s+(?:hommes|joueurs|joueuses|protégés|protégées|filles|troupes)|la\s+troupe)\s+(?:de|d['’])\s*"
    # ("les joueuses d'Erwan Le Quéré": a surname's particle is part of it)
    rf"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?i:{one_of(SURNAME_PARTICLES)})\s+[A-ZÀ-Ý][\w'’-]+|\s+[A-ZÀ-Ý][\w'’-]+))"
    r"(?=[\s,.;])"
    r"|(?P<owner>[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][\w'’-]+)['’]s\s+(?:side|men|charges|squad)\b"
)
_RUN_BY_RE = re.compile(
    r"\b(?:run|owned|led|headed|founded|managed|chaired)\s+by\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][\w'’-]+)"
    r"(?=[\s,.;])"
)


_ACRONYM_RE = re.compile(
    r"\s\((?:the\s+)?(?P<acronym>[A-ZÀ-Ý][A-Za-zÀ-ÿ-]{1,7}|[A-ZÀ-Ý][a-zà-ÿ]+[A-Z][a-zà-ÿ]+)\)"  # "(the Hawks)"
)  # "(MétéoSuisse)"


def _initials_fit(acronym: str, words: list[str]) -> bool:
    """ "Anssi" fits "Agence nationale de la sécurité …", "Syndeac" fits "Syndicat national des entreprises
    artistiques et culturelles": its letters come in order from the starts of the words."""
    letters = "".join(c for c in fold(acronym).lower() if c.isalpha())
    # "Inter-Services Public Relations (ISPR)": each part of a hyphenated word gives a letter too
    parts = [p for w in words for p in _ELIDED_RE.sub("", w).split("-") if p]
    starts = [fold(p).lower() for p in parts]

    def fits(at: int, word: int) -> bool:
        if at == len(letters):
            return True
        if word == len(starts):
            return False
        taken = 0
        while (
            taken < len(starts[word])
            and at + taken < len(letters)
            and starts[word][taken] == letters[at + taken]
        ):
            taken += 1
            if fits(at + taken, word + 1):
                return True
        return fits(at, word + 1)

    return bool(letters) and fits(0, 0)


_NAME_CONTINUES_RE = re.compile(
    r"\s+((?:(?:de\s+la|de\s+l'|du|des|de|d')\s*)?[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)+(?:\s+d'[A-ZÀ-Ý][\w-]+)?"  # "… Côte d'Azur"
    r"|(?:du|des|de\s+la|de\s+l'|de|d')\s*[A-ZÀ-Ý][\w'’-]+"
    r"|(?:La|Le|Les)\s+[A-ZÀ-Ý][\w'’-]+)"  # "l'Agence régionale de santé (ARS) La Réunion"
)


_CLAUSE_RE = re.compile(r"\d|^(?:qu['’]|que|that|said|says|ont|est|has|have|had|was|were|is|are)\W*$")


def find_acronyms(norm: str) -> dict[str, str]:
    """ "Transports urbains du Rhône (TUR)" -> {"TUR": "Transports urbains du Rhône"}; "(Defra)" too."""
    found = {}
    for match in _ACRONYM_RE.finditer(norm):
        acronym = match.group("acronym")
        before = norm[max(0, match.start() - 160) : match.start()]
        stop = max(before.rfind("\n"), *(before.rfind(p + " ") for p in ".!?"))
        words = before[stop + 1 :].split()  # a name never runs across a sentence
        # "ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et
        # des Parcs (MELCCFP)": a long French name may take twenty words.
        # "the REIT said revenue rose 4.1%, while net property income (NPI)": no name has a verb or figure
        clause = [i for i, w in enumerate(words) if _CLAUSE_RE.search(w)]
        floor = clause[-1] if clause else -1
        for start in range(len(words) - 1, max(floor, len(words) - 21), -1):
            word = _ELIDED_RE.sub("", words[start])
            # "la direction départementale de la protection des populations (DDPP)": a French name may
            # open in lower case after its article.
            lower_start = (
                word[:1] == acronym[0].lower()
                and start > 0
                and (words[start - 1].lower() in ("la", "le", "les", "the") or words[start] != word)
            )
            candidate = word[:1] == acronym[0] and word[:1].isupper() or lower_start
            # "the Care Quality Commission (CQC)": "Commission" alone does not fit; look further back
            if candidate and start < len(words) - 1 and _initials_fit(acronym, [word, *words[start + 1 :]]):
                words[start] = word
                if start > 0 and words[start - 1] in ("US", "U.S.", "UK", "EU"):
                    start -= 1  # "the US Food and Drug Administration (FDA)": the country is in the name
                # "Agence régionale de santé (ARS) des Hauts-de-France": the name goes on after it.
                rest = _NAME_CONTINUES_RE.match(norm, match.end())
                found[acronym] = " ".join(words[start:]) + (" " + rest.group(1) if rest else "")
                break
        else:
            # "l'Office wallon de la formation professionnelle et de l'emploi (Forem)", "l'Institut national
            # de recherche sur les glaciers … (Inaigem)": a name in full right before the brackets, though
            # the acronym was made in another language or of other words
            unelided = [_ELIDED_RE.sub("", w) for w in words]
            heads = [i for i, w in enumerate(unelided[:-2]) if w[:1].isupper() and w.lower() in ORG_HEADS]
            start = heads[-1] if heads else len(words)
            named = words[start:]
            if (
                heads
                and len(named) <= 12
                and not re.search(r"[,()]|\b(?:qu['’]|que|a|ont|est|that|has|said)\b", " ".join(named))
            ):
                while (
                    start > 0
                    and words[start - 1][:1].isupper()
                    and words[start - 1] not in ("The", "Le", "La", "Les")
                    and not re.match(r"[LlDd]['’]", words[start])  # "Selon l'Organisation …": it starts here
                ):
                    start -= 1  # "Southern African Foundation for …": the capitals before are the name's
                found[acronym] = " ".join([unelided[start], *words[start + 1 :]])
    for match in _KNOWN_AS_RE.finditer(norm):
        # "The Washington State Department of Labor and Industries, known as L&I, said"
        found.setdefault(match.group("acronym"), re.sub(r"^The\s+", "", match.group("name")))
    return found | _spelt_out(norm, found)


_ELIDED_RE = re.compile(r"^[ldLD]['’]")  # "l'Office", "d'Unisanté"
_KNOWN_AS_RE = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:of|and|for|the|de|du|des|la|et)\s+)*[A-ZÀ-Ý][\w'’-]*)+),\s+"
    r"(?:also\s+|better\s+)?known\s+as\s+(?:the\s+)?(?P<acronym>[A-Z][\w&.-]{1,7})(?=[,)])"
)


_BARE_ACRONYM_RE = re.compile(r"(?<![\w(.-])([A-Z]{3,6})(?![\w)-]|\.\w)")
_SPELT_RE = re.compile(
    r"(?<![\w'’-])((?:[A-ZÀ-Ý][\w'’-]+)(?:,?\s+(?:(?:of|and|for|the|on|de|du|des|la|et|pour)\s+|l'|d')*"
    r"[A-ZÀ-Ý][\w'’-]+)+)"
)


def _spelt_out(norm: str, defined: dict[str, str]) -> dict[str, str]:
    """ "IFI said" after "Inland Fisheries Ireland has said": an acronym never bracketed stands for the one
    capitalised name in the article whose words' initials spell it."""
    wanted = {a for a in _BARE_ACRONYM_RE.findall(norm) if a not in defined}
    if not wanted:
        return {}
    spelt: dict[str, set[str]] = {}
    for match in _SPELT_RE.finditer(norm):
        words = match.group(1).split()
        for start in range(len(words)):
            name = " ".join(words[start:]).strip(",")
            # "UK Health Security Agency" spells UKHSA: a short acronym inside gives all its letters
            capitals = re.findall(r"(?:[ld]['’])?[A-ZÀ-Ý][\w'’-]*", name)
            initials = "".join(
                w if re.fullmatch(r"[A-Z]{2,3}", w) else w.lstrip("ld'’")[:1] for w in capitals
            )
            # "DOC" after "the Department of Conservation": the link words may give their letter too
            linked = "".join(w[:1] for w in name.replace(",", "").split() if w != "the").upper()
            # but "D'après la LPO" is the acronym itself after a link word, not its spelt-out name
            if len(capitals) > 1 and name[:1].isupper():
                if initials.upper() in wanted and initials.isupper():
                    spelt.setdefault(initials.upper(), set()).add(name)
                elif linked in wanted and linked != initials.upper():
                    spelt.setdefault(linked, set()).add(name)
    return {acronym: names.pop() for acronym, names in spelt.items() if len(names) == 1}


def acronym_mentions(norm: str, acronyms: dict[str, str], french: bool = False) -> list[Known]:
    """The full names an article defines with an acronym, as organisations met at their definition."""
    found = []
    for acronym, name in acronyms.items():
        defined = norm.find(f"({acronym})")
        # The mention starts where its first word stands before the brackets (a name may go on after).
        at = norm.rfind(name.split()[0], 0, defined) if defined >= 0 else -1
        if at >= 0:
            # "L'Agence régionale de santé (ARS) … Dans un communiqué, elle assure": the head noun's gender
            gender = french_body_gender(name, named=True) if french else ""
            found.append(Known(ExtractedSpeaker(name=name, type="organization"), gender, at, spoke=False))
    return found
