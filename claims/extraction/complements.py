"""What follows a cue word: the shapes of its complement, its asides and the end of its clause."""

from __future__ import annotations

import re

# Between a cue and its que/that there are circumstances ("on Monday", "dans un communiqué"), never
# a verb: in "said two people had been arrested after a crowd attacked a team that …" the "that" is
# a relative pronoun deep inside the claim, not the complementizer.
FINITE_IN_MID_RE = {
    "en": re.compile(
        r"(?<![\w'])(?:had|has|have|was|were|is|are|would|will|could|can|should|may|might|must|did|does)(?![\w'])"
        r"|\s(?:and|but)$"  # "said the levels did not kill it and that …": the first clause has no "that"
        # "said exports rose 22 percent, but warned that …": the "that" is the second verb's
        r"|\s(?:and|but|yet)\s+(?:also\s+)?(?:\w+ed|said|told|wrote|thought|felt|knew|saw)$"
        r"|\s(?:of|in|on|for|to|with|from|by|at|about)$"  # "says a portion of that money …": a determiner
        r"|^\s*,\s*(?!according|citing|quoting)[a-z]+ing\b"  # "said, adding that …": the clause is "adding"'s
        r"|,\s*(?:who|which)\s"  # "confirmed the agency, which stressed that …"
        # "found water seeping, according to the agency that owns it" (but "said, according to RIA, that")
        r"|^(?!\s*,).*\baccording\s+to\b"
    ),
    "fr": re.compile(
        r"(?<![\w'])(?:ont|avait|avaient|est|sont|était|étaient|sera|seront|aurait|auraient)(?![\w'])"
        r"|\set$"
        r"|^\s*,\s*[a-zé]+ant\b"
        r"|,\s*(?:qui|lequel|laquelle)\s"  # "a confirmé l'institut, qui souligne que …"
    ),
}
SUBORDINATE_SUBJECT_RE = re.compile(
    r"\b(?:when|after|as|because|lorsque|quand|après\s+que|parce\s+que)\s+(?P<np>(?:the\s+|les\s+)?[a-zà-ÿ]+)\s+"
    r"(?:[a-z]+ed|refused|went|ont\s+\w+é)\b[^,;:]{0,80},\s*(?:tout\s+en\s+|en\s+)?$"
)
# "Mabbott had pleaded not guilty, with his counsel, Sophie Brankovic, arguing that …": who "with" names acts
WITH_ACTOR_RE = re.compile(r",\s*with\s+(?P<np>[^,;:]{2,60})(?:,\s*(?P<name>[A-Z][^,;:]{2,60}),)?\s*$")
VOICE_RE = re.compile(
    # but "a statement released through their lawyer" is still the family's
    r"(?:par\s+la\s+voix\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|d')|(?<!released\s)(?<!issued\s)(?<!sent\s)"
    r"through\s+(?:its|their|his|her)\s+)"
    # "le fonds X a fait savoir par la voix d'un porte-parole": an unnamed voice leaves the body speaking
    r"(?!(?:une?|son|sa|leur|a|its|their)\s+(?:porte-parole|spokes(?:man|woman|person))\b)(?P<who>[^.;:«»“”\"]{2,80}?)\s*,?\s*(?:that\s+|qu(?:e\s+|'))?$",
    re.IGNORECASE,
)


# A cue's infinitive complement: "dit avoir reçu", "a indiqué sur X avoir déployé", "assure n'en avoir",
# "dit vouloir porter plainte".
INFINITIVE_RE = re.compile(
    r"^\s+(?:(?:sur|dans|à|au|lors\s+d\S*|devant)\s+[^,;:«»\"]{1,40}?\s+)?"
    r"(?P<inf>(?:ne\s+(?:pas|jamais)\s+|n'\s*(?:en\s+|y\s+)?)?(?:avoir|être|vouloir|pouvoir|devoir)\s+[«“\"]?\s*\w+)"
)


# "confirmed the incident in a statement on Monday", "a confirmé la nouvelle lors d'un point presse": an
# object that says nothing
BARE_OBJECT_RE = re.compile(
    r"\s+(?:the|le|la|l')\s*[\w-]+(?:\s+(?:in|on|at|during|dans|lors|par|sur)\b[^\d,;]*)?[.,;]?\s*$",
    re.IGNORECASE,
)
MAIN_VERB_RESUMES_RE = re.compile(
    r",\s+(?:(?:n'|ne\s+)?(?:a|ont|est|sont|avait|avaient|sera|serait|doit|va)\s|(?:has|have|had|is|are|was|"
    r"were|will|would|did|does|could|can|declined|refused|failed)\b)"
)
