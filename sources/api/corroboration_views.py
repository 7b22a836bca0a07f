"""Evidence, corroboration jobs and claim matching: the corroboration queue's API."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from factcheck.errors import InvalidInput, NotFound
from sources import selectors
from sources.api.filters import CorroborationJobFilter, EvidenceFilter
from sources.api.permissions import NewsroomOnly
from sources.api.serializers import (
    CorroborationJobListSerializer,
    EvidenceDecisionSerializer,
    EvidenceDetailSerializer,
    EvidenceSubmitSerializer,
    ExternalReviewsResponseSerializer,
    SimilarClaimsResponseSerializer,
    SimilarQuerySerializer,
)
from sources.corroboration import url_submit
from sources.services import evidence_decide


def _json_object(request: Request) -> dict:
    if not isinstance(request.data, dict):
        raise InvalidInput("The body must be a JSON object.")
    return request.data


class EvidenceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Candidate sources for claims: the machine's suggestion and the fact-checker's decision, kept apart."""

    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-f-]{36}"
    serializer_class = EvidenceDetailSerializer
    filterset_class = EvidenceFilter
    permission_classes = [NewsroomOnly]
    parser_classes = [JSONParser]

    def get_queryset(self):
        return selectors.evidence_list_visible_to(user=self.request.user)

    @extend_schema(request=EvidenceDecisionSerializer, responses={200: EvidenceDetailSerializer})
    @action(detail=True, methods=["post"])
    def decision(self, request: Request, uuid: str | None = None) -> Response:
        evidence = self.get_object()
        serializer = EvidenceDecisionSerializer(data=_json_object(request))
        serializer.is_valid(raise_exception=True)
        evidence_decide(evidence_id=evidence.pk, user=request.user, **serializer.validated_data)
        return Response(EvidenceDetailSerializer(self.get_queryset().get(pk=evidence.pk)).data)

    @extend_schema(request=EvidenceSubmitSerializer, responses={202: CorroborationJobListSerializer})
    @action(detail=False, methods=["post"])
    def submit(self, request: Request) -> Response:
        serializer = EvidenceSubmitSerializer(data=_json_object(request))
        serializer.is_valid(raise_exception=True)
        claim = (
            selectors.claims_visible_to(user=request.user)
            .filter(uuid=serializer.validated_data["claim"])
            .first()
        )
        if claim is None:
            raise NotFound("No such claim.")
        job, created = url_submit(
            claim=claim, url=serializer.validated_data["url"], submitted_by=request.user
        )
        body = CorroborationJobListSerializer(job).data
        return Response(body, status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK)


class CorroborationJobViewSet(viewsets.ReadOnlyModelViewSet):
    """The queue's progress and failures: one job per claim and provider, with attempts and the last error."""

    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-f-]{36}"
    serializer_class = CorroborationJobListSerializer
    filterset_class = CorroborationJobFilter
    permission_classes = [NewsroomOnly]

    def get_queryset(self):
        return selectors.corroboration_job_list_visible_to(user=self.request.user)


class SimilarClaimsView(APIView):
    """ "Has this been checked?": claims like `text`, scored, with verdicts and other organisations' reviews."""

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[
            OpenApiParameter("text", str, required=True),
            OpenApiParameter("language", str),
            OpenApiParameter("limit", int, description="1 to 50, default 10"),
        ],
        responses={200: SimilarClaimsResponseSerializer},
    )
    def get(self, request: Request) -> Response:
        query = SimilarQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        results = selectors.similar_claims_visible_to(user=request.user, **query.validated_data)
        body = {"query": query.validated_data["text"], "results": results}
        return Response(SimilarClaimsResponseSerializer(body).data)


class ExternalReviewsView(APIView):
    """Fact-checks of this claim published by other organisations ("already checked by X, rated Y")."""

    permission_classes = [AllowAny]

    @extend_schema(responses={200: ExternalReviewsResponseSerializer})
    def get(self, request: Request, uuid: str) -> Response:
        claim = selectors.claims_visible_to(user=request.user).filter(uuid=uuid).first()
        if claim is None:
            raise NotFound("No such claim.")
        reviews = selectors.external_reviews_of(claim=claim)
        return Response(ExternalReviewsResponseSerializer({"claim": claim.uuid, "results": reviews}).data)
