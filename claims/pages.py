"""Public HTML pages: one per published verdict, carrying its ClaimReview as embedded JSON-LD."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claims import selectors
from claims.claimreview import claimreview, jsonld_for_html


@require_GET
def verdict_page(request: HttpRequest, uuid: str) -> HttpResponse:
    """The published verdict as a page search engines and extruct read; drafts are 404."""
    verdict = selectors.verdict_claimreview_list().filter(uuid=uuid).first()
    if verdict is None:
        raise Http404("No such published verdict.")
    review = claimreview(verdict, base_url=settings.FACTCHECK_PUBLIC_BASE_URL)
    context = {"verdict": verdict, "review": review, "jsonld": jsonld_for_html(review)}
    return render(request, "claims/verdict_page.html", context)
