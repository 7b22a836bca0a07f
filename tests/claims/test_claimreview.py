"""ClaimReview JSON-LD read by real consumers (pyld, extruct), and its safe embedding in HTML."""

import extruct
import pytest
from pyld import jsonld

from claims.claimreview import CLAIMREVIEW_PREFETCH, CLAIMREVIEW_SELECT, claimreview
from claims.verdict_models import Correction, Verdict
from claims.verdicts import verdict_correct
from tests.world import ClaimFactory, published_verdict

SCHEMA = "https://schema.org/"
# No network: the schema.org context is served inline, as the real one maps terms onto schema.org IRIs.
LOCAL_CONTEXT = {"@context": {"@vocab": SCHEMA, "url": {"@id": f"{SCHEMA}url", "@type": "@id"}}}


def _offline_loader(url, options=None):
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": LOCAL_CONTEXT,
    }


def _review(verdict):
    loaded = Verdict.objects.select_related(*CLAIMREVIEW_SELECT).prefetch_related(*CLAIMREVIEW_PREFETCH)
    return claimreview(loaded.get(pk=verdict.pk))


def test_a_json_ld_processor_reads_every_required_claimreview_property(world):
    review = _review(published_verdict(world))
    [expanded] = jsonld.expand(review, {"documentLoader": _offline_loader})
    assert expanded["@type"] == [f"{SCHEMA}ClaimReview"]
    for prop in [
        "claimReviewed",
        "reviewRating",
        "itemReviewed",
        "datePublished",
        "author",
        "url",
        "dateModified",
    ]:
        assert f"{SCHEMA}{prop}" in expanded, prop
    [rating] = expanded[f"{SCHEMA}reviewRating"]
    values = {k.removeprefix(SCHEMA): v[0]["@value"] for k, v in rating.items() if k != "@type"}
    assert values["alternateName"] == "False"
    assert (values["ratingValue"], values["bestRating"], values["worstRating"]) == (1, 5, 1)
    [item] = expanded[f"{SCHEMA}itemReviewed"]
    assert item["@type"] == [f"{SCHEMA}Claim"]
    assert item[f"{SCHEMA}author"][0]["@type"] == [f"{SCHEMA}Person"]
    assert f"{SCHEMA}appearance" in item and f"{SCHEMA}firstAppearance" in item
    assert expanded[f"{SCHEMA}author"][0]["@type"] == [f"{SCHEMA}Organization"]


def test_a_correction_moves_date_modified_and_is_public(world):
    verdict = published_verdict(world)
    verdict_correct(
        verdict=verdict, actor=world.editor, kind=Correction.Kind.CLARIFICATION, note="Added a source."
    )
    review = _review(verdict)
    assert review["dateModified"] > review["datePublished"]
    assert review["correction"][0]["text"] == "Added a source."


@pytest.mark.parametrize("text", ['He said </script><script>alert("x")</script>', "a <!-- b & c --> d"])
def test_a_claims_text_cannot_break_out_of_the_embedded_json_ld(world, client, text):
    verdict = published_verdict(world, claim=ClaimFactory(text=text))
    page = client.get(f"/verdicts/{verdict.uuid}/")
    assert page.status_code == 200
    html = page.content.decode()
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script and "\\u003c" in script
    [data] = extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert data["@type"] == "ClaimReview" and data["claimReviewed"] == text
    assert html.count("<script") == 1


def test_a_draft_has_no_public_page(world, client):
    from tests.world import claim_in_review

    assert client.get(f"/verdicts/{claim_in_review(world).uuid}/").status_code == 404
