from rest_framework import viewsets

from claims import selectors
from claims.api.filters import ClaimFilter, SpeakerFilter
from claims.api.serializers import ClaimSerializer, SpeakerSerializer


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    """Claims with their speaker, appearances, quantities, flags, evidence and corroboration jobs."""

    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-f-]{36}"
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self):
        return selectors.claim_list()


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    """People and organisations, one record each across documents."""

    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-f-]{36}"
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter

    def get_queryset(self):
        return selectors.speaker_list()
