import django_filters

from sources.models import Document


class DocumentFilter(django_filters.FilterSet):
    outlet = django_filters.CharFilter(field_name="outlet__domain")
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lt")
    title = django_filters.CharFilter(field_name="title", lookup_expr="icontains")

    class Meta:
        model = Document
        fields = ["language", "status", "content_type", "outlet"]
