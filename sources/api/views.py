from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.parsers import JSONParser
from rest_framework.request import Request
from rest_framework.response import Response

from factcheck.errors import InvalidInput
from sources import selectors
from sources.api.filters import DocumentFilter
from sources.api.permissions import NewsroomOnly
from sources.api.serializers import (
    DocumentDetailSerializer,
    DocumentSerializer,
    DocumentSubmitSerializer,
    IngestJobSerializer,
    SubmissionSerializer,
)
from sources.services import document_submit


class DocumentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Ingested documents. POST enqueues ingestion and answers 202 with the document and job ids."""

    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-f-]{36}"
    filterset_class = DocumentFilter
    permission_classes = [NewsroomOnly]
    parser_classes = [JSONParser]

    def get_queryset(self):
        return selectors.document_list()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return DocumentDetailSerializer
        if self.action == "create":
            return DocumentSubmitSerializer
        return DocumentSerializer

    @extend_schema(
        request=DocumentSubmitSerializer, responses={202: SubmissionSerializer, 200: SubmissionSerializer}
    )
    def create(self, request: Request) -> Response:
        if not isinstance(request.data, dict):
            raise InvalidInput('The body must be a JSON object such as {"url": "https://..."}.')
        serializer = DocumentSubmitSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        submission = document_submit(submitted_by=request.user, **serializer.validated_data)
        document = selectors.document_list().get(pk=submission.document.pk)
        body = SubmissionSerializer(
            {"document": document, "job": submission.job, "created": submission.created}
        ).data
        return Response(body, status=status.HTTP_202_ACCEPTED if submission.created else status.HTTP_200_OK)


class IngestJobViewSet(viewsets.ReadOnlyModelViewSet):
    """Ingestion jobs: queued, running, done or failed, with attempts and the last error."""

    permission_classes = [NewsroomOnly]
    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-f-]{36}"
    serializer_class = IngestJobSerializer
    filterset_fields = ["status"]

    def get_queryset(self):
        return selectors.ingest_job_list()
