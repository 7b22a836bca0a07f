from datetime import UTC, datetime
from typing import Any, ClassVar

import django_filters
from django.contrib.postgres.search import SearchQuery
from django.db.models import Exists, OuterRef

from claims.models import Appearance, Claim, Speaker
from claims.verdict_models import Verdict


class ClaimFilter(django_filters.FilterSet):
    speaker = django_filters.UUIDFilter(field_name="speaker__uuid")
    speaker_name = django_filters.CharFilter(field_name="speaker__name", lookup_expr="icontains")
    document = django_filters.UUIDFilter(field_name="appearances__document__uuid", distinct=True)
    min_checkworthiness = django_filters.NumberFilter(field_name="checkworthiness", lookup_expr="gte")
    flagged = django_filters.BooleanFilter(method="filter_flagged")
    q = django_filters.CharFilter(field_name="text", lookup_expr="icontains")

    class Meta:
        model = Claim
        fields = ["kind", "language", "status"]

    def filter_flagged(self, queryset, name, value):
        return queryset.exclude(flags=[]) if value else queryset.filter(flags=[])


class SpeakerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains")

    class Meta:
        model = Speaker
        fields = ["type"]


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    """ISO 8601 with any offset Python accepts; sent to PostgreSQL in UTC (it refuses offsets past ±15:59)."""

    def filter(self, qs, value):
        if value is not None and value.tzinfo is not None:
            try:
                value = value.astimezone(UTC)
            except OverflowError:
                value = (
                    datetime.min.replace(tzinfo=UTC) if value.year < 2 else datetime.max.replace(tzinfo=UTC)
                )
        return super().filter(qs, value)


class NamedOnlyFilterSet(django_filters.FilterSet):
    """A FilterSet that copies, builds a form for and validates only the filters the query string names.

    django-filter deep-copies every declared filter and builds a new form class on each request: a fifth
    of the consumer list's time with one filter in the query (bench/api.py, profiled). A filter absent from the query is a no-op
    (its cleaned value is empty), so leaving it out changes nothing. Only for filters of one query key
    each whose form field does not depend on the request (no ModelChoiceFilter with a callable queryset).
    """

    _form_classes: ClassVar[dict[tuple[str, ...], type]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._form_classes = {}

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if data is not None and prefix is None:
            # Shadows the class attribute for this instance only: FilterSet.__init__ deep-copies it.
            self.base_filters = {n: f for n, f in type(self).base_filters.items() if n in data}
        super().__init__(data, queryset, request=request, prefix=prefix)

    def get_form_class(self):
        # The form deep-copies its fields per instance, so one class per set of named filters is safe.
        key = tuple(self.filters)
        form_class = self._form_classes.get(key)
        if form_class is None:
            form_class = self._form_classes[key] = super().get_form_class()
        return form_class


class VerdictFilter(NamedOnlyFilterSet):
    """Filters of the published-verdict list, feeds and exports."""

    speaker = django_filters.UUIDFilter(field_name="claim__speaker__uuid", help_text="Speaker id.")
    speaker_name = django_filters.CharFilter(field_name="claim__speaker__name", lookup_expr="icontains")
    outlet = django_filters.CharFilter(
        method="filter_outlet", help_text="Domain of an outlet the claim appeared in."
    )
    language = django_filters.CharFilter(field_name="claim__language")
    rating = django_filters.CharFilter(field_name="rating__slug", help_text="Rating slug, e.g. mostly-false.")
    scale = django_filters.CharFilter(field_name="rating__scale__slug")
    claim_date_after = django_filters.DateFilter(
        method="filter_claim_date", help_text="Said on or after (date)."
    )
    claim_date_before = django_filters.DateFilter(
        method="filter_claim_date", help_text="Said on or before (date)."
    )
    published_after = UtcDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = UtcDateTimeFilter(field_name="published_at", lookup_expr="lt")
    q = django_filters.CharFilter(
        method="filter_q", help_text="Full-text search in the claim, summary and rationale."
    )

    class Meta:
        model = Verdict
        fields: list[str] = []

    def filter_outlet(self, queryset, name, value):
        # EXISTS, not a join: a claim seen in three articles of the outlet is still one row.
        seen = Appearance.objects.filter(claim=OuterRef("claim_id"), document__outlet__domain=value.lower())
        return queryset.filter(Exists(seen))

    def filter_claim_date(self, queryset, name, value):
        lookup = "date_said__gte" if name.endswith("after") else "date_said__lte"
        return queryset.filter(
            Exists(Appearance.objects.filter(claim=OuterRef("claim_id"), **{lookup: value}))
        )

    def filter_q(self, queryset, name, value):
        if not value.strip():
            return queryset
        return queryset.filter(search_vector=SearchQuery(value, config="simple", search_type="websearch"))
