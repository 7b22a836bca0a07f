import django_filters

from sources.models import CorroborationJob, Document, Evidence


class DocumentFilter(django_filters.FilterSet):
    outlet = django_filters.CharFilter(field_name="outlet__domain")
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lt")
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
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    has_error = django_filters.BooleanFilter(method="filter_has_error")

    class Meta:
        model = CorroborationJob
        fields = ["claim", "status", "provider"]

    def filter_has_error(self, queryset, name, value):
        return queryset.exclude(last_error="") if value else queryset.filter(last_error="")
