from datetime import UTC

import django_filters
from django.core.exceptions import ValidationError
from django_filters.fields import IsoDateTimeField

from sources.models import CorroborationJob, Document, Evidence


class UtcIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 date-time converted to UTC before it reaches the query.

    Python accepts UTC offsets up to ±23:59 but PostgreSQL rejects a timestamptz literal beyond
    ±15:59, which would surface as a 500; the instant is the same in UTC, so send that instead.
    """

    def to_python(self, value):
        try:
            parsed = super().to_python(value)
            return parsed.astimezone(UTC) if parsed is not None else None
        except OverflowError:
            raise ValidationError("This date-time is out of range.", code="invalid") from None


class UtcIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcIsoDateTimeField


class DocumentFilter(django_filters.FilterSet):
    outlet = django_filters.CharFilter(field_name="outlet__domain")
    published_after = UtcIsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = UtcIsoDateTimeFilter(field_name="published_at", lookup_expr="lt")
    title = django_filters.CharFilter(field_name="title", lookup_expr="icontains")

    class Meta:
        model = Document
        fields = ["language", "status", "content_type", "outlet"]


class EvidenceFilter(django_filters.FilterSet):
    claim = django_filters.UUIDFilter(field_name="claim__uuid")
    document = django_filters.UUIDFilter(field_name="document__uuid")

    class Meta:
        model = Evidence
        fields = ["claim", "document", "decision", "suggested_stance", "provider", "tier"]


class CorroborationJobFilter(django_filters.FilterSet):
    claim = django_filters.UUIDFilter(field_name="claim__uuid")
    created_after = UtcIsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    has_error = django_filters.BooleanFilter(method="filter_has_error")

    class Meta:
        model = CorroborationJob
        fields = ["claim", "status", "provider"]

    def filter_has_error(self, queryset, name, value):
        return queryset.exclude(last_error="") if value else queryset.filter(last_error="")
