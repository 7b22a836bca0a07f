import django_filters

from claims.models import Claim, Speaker


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
