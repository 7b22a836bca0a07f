"""Shared test steps: extract claims (checking every span slices back) and pick one by a fragment."""

from claims.extraction import extract_text


def claims_of(text, language):
    result = extract_text(text, language=language)
    for claim in result.claims:
        assert result.text[claim.start : claim.end] == claim.text
    return result.claims


def only(claims, fragment):
    found = [c for c in claims if fragment in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


def said_by(claims, fragment):
    """(speaker name, relay) of the one claim containing `fragment`."""
    claim = only(claims, fragment)
    return (claim.speaker.name if claim.speaker else None, claim.relayed_by)
