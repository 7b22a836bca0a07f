"""The product URLs plus a bare view that runs the same SQL as /api/v1/verdicts/ and renders with orjson."""

import orjson
from django.conf import settings
from django.http import HttpResponse
from django.urls import include, path

from claims.selectors import verdict_published_list

FIELDS = [
    "uuid", "summary", "version", "published_at", "updated_at", "claim__uuid", "claim__text", "claim__language",
    "claim__speaker__uuid", "claim__speaker__name", "claim__speaker__type", "rating__slug", "rating__label",
    "rating__value", "rating__scale__slug", "rating__scale__version", "rating__scale__best_rating",
    "rating__scale__worst_rating",
]  # fmt: skip


def bare_verdicts(request):
    """Same filter, order and page size as the API, no DRF: the ceiling the API is measured against."""
    language = request.GET.get("language")
    verdicts = verdict_published_list()
    if language:
        verdicts = verdicts.filter(claim__language=language)
    base = settings.FACTCHECK_PUBLIC_BASE_URL
    rows = list(verdicts.values(*FIELDS)[:51])
    results = [
        {
            "id": r["uuid"],
            "claim": {"id": r["claim__uuid"], "text": r["claim__text"], "language": r["claim__language"],
                      "speaker": {"id": r["claim__speaker__uuid"], "name": r["claim__speaker__name"],
                                  "type": r["claim__speaker__type"]} if r["claim__speaker__uuid"] else None},
            "rating": {"slug": r["rating__slug"], "label": r["rating__label"], "value": r["rating__value"],
                       "scale": r["rating__scale__slug"], "scale_version": r["rating__scale__version"],
                       "best_rating": r["rating__scale__best_rating"],
                       "worst_rating": r["rating__scale__worst_rating"]},
            "summary": r["summary"], "version": r["version"], "published_at": r["published_at"],
            "updated_at": r["updated_at"], "url": f"{base}/verdicts/{r['uuid']}/",
            "claimreview_url": f"{base}/api/v1/claims/{r['claim__uuid']}/claimreview/",
        }
        for r in rows[:50]
    ]  # fmt: skip
    body = {"next": None, "previous": None, "results": results}
    return HttpResponse(orjson.dumps(body, option=orjson.OPT_UTC_Z), content_type="application/json")


urlpatterns = [
    path("bare/verdicts/", bare_verdicts),
    path("", include("factcheck.urls")),
]
