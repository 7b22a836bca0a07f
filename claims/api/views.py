"""Claims and speakers, and the newsroom's workflow on a claim: transitions, verdict, approval, publication."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims import roles, selectors
from claims.api.conditional import ConditionalGetMixin
from claims.api.filters import ClaimFilter, SpeakerFilter
from claims.api.permissions import EditorsOnly, NewsroomWritesOnly
from claims.api.renderers import JsonLdRenderer, OrjsonRenderer
from claims.api.serializers import ClaimSerializer, SpeakerSerializer
from claims.api.verdict_serializers import (
    AuditEventSerializer,
    CorrectionSerializer,
    CorrectionWriteSerializer,
    TransitionSerializer,
    VerdictSerializer,
    VerdictWriteSerializer,
    VersionSerializer,
)
from claims.claimreview import claimreview, date_modified
from claims.scales import rating_resolve
from claims.verdict_models import Verdict
from claims.verdicts import verdict_approve, verdict_correct, verdict_publish, verdict_save
from claims.workflow import claim_transition
from factcheck.errors import Forbidden, InvalidInput, NotFound, PreconditionFailed
from sources.models import Evidence

UUID_RE = "[0-9a-f-]{36}"
_ETAG = re.compile(r'^(?:W/)?"(?P<uuid>[0-9a-f-]{36})-(?P<version>\d+)"$')

IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
    description="The verdict's ETag as last read; a stale one answers 412.",
)  # fmt: skip
ERRORS = {
    400: OpenApiResponse(description="Invalid input"),
    403: OpenApiResponse(description="Not allowed for your role"),
    404: OpenApiResponse(description="No such claim, or not visible to you"),
    409: OpenApiResponse(
        description="Refused by the workflow (illegal transition, two-person rule, evidence)"
    ),
    412: OpenApiResponse(description="The verdict changed since you read it"),
}


def expected_version(request: Request, verdict: Verdict | None, body_version: int | None) -> int | None:
    """The version the client edited: from If-Match (our ETag) or from `version` in the body."""
    header = request.headers.get("If-Match", "").strip()
    if not header:
        return body_version
    if header == "*":
        return verdict.version if verdict is not None else 0
    match = _ETAG.match(header)
    if match is None or verdict is None or match["uuid"] != str(verdict.uuid):
        raise PreconditionFailed("If-Match does not match this verdict's ETag.")
    return int(match["version"])


class ClaimViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """Claims with speaker, appearances, evidence and jobs; outside the newsroom, published claims only."""

    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    permission_classes = [NewsroomWritesOnly]

    def get_queryset(self):
        return selectors.claim_list_visible_to(user=self.request.user)

    def _claim(self, uuid: Any):
        return selectors.claim_get_visible(user=self.request.user, uuid=uuid)

    def _context(self) -> dict[str, Any]:
        return {"request": self.request, "newsroom": roles.can_see_drafts(self.request.user)}

    def _verdict_response(self, verdict: Verdict, *, code: int = 200) -> Response:
        verdict = selectors.verdict_get_visible(user=self.request.user, claim=verdict.claim)
        response = Response(VerdictSerializer(verdict, context=self._context()).data, status=code)
        response["ETag"] = verdict.etag
        self.last_modified = verdict.updated_at
        return response

    @extend_schema(responses={200: AuditEventSerializer(many=True), 404: ERRORS[404]})
    @action(detail=True, methods=["get"], pagination_class=None, filterset_class=None)
    def history(self, request: Request, uuid: str) -> Response:
        """The claim's audit trail, oldest first (outside the newsroom: publications and corrections)."""
        events = selectors.claim_history(user=request.user, claim=self._claim(uuid))
        return Response(AuditEventSerializer(events, many=True, context=self._context()).data)

    @extend_schema(
        responses={
            (200, "application/ld+json"): OpenApiTypes.OBJECT,
            (200, "application/json"): OpenApiTypes.OBJECT,
            404: ERRORS[404],
        },  # fmt: skip
        description="schema.org ClaimReview JSON-LD of the claim's published verdict.",
    )
    @action(
        detail=True, methods=["get"], renderer_classes=[JsonLdRenderer, OrjsonRenderer], filterset_class=None
    )
    def claimreview(self, request: Request, uuid: str) -> Response:
        claim = selectors.claim_get_visible(user=request.user, uuid=uuid)
        verdict = selectors.verdict_claimreview_list().filter(claim=claim).first()
        if verdict is None:
            raise NotFound("This claim has no published verdict.")
        self.last_modified = date_modified(verdict)
        return Response(claimreview(verdict, base_url=settings.FACTCHECK_PUBLIC_BASE_URL))

    @extend_schema(request=TransitionSerializer, responses={200: ClaimSerializer, **ERRORS})
    @action(detail=True, methods=["post"], filterset_class=None)
    def transition(self, request: Request, uuid: str) -> Response:
        """Move the claim along the workflow; a refusal names the allowed moves."""
        data = TransitionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = claim_transition(claim=self._claim(uuid), actor=request.user, **data.validated_data)
        return Response(
            ClaimSerializer(selectors.claim_list().get(pk=claim.pk), context=self._context()).data
        )

    @extend_schema(methods=["GET"], responses={200: VerdictSerializer, 404: ERRORS[404]})
    @extend_schema(
        methods=["POST"], request=VerdictWriteSerializer, responses={201: VerdictSerializer, **ERRORS}
    )
    @extend_schema(
        methods=["PATCH"], request=VerdictWriteSerializer, parameters=[IF_MATCH],
        responses={200: VerdictSerializer, 428: OpenApiResponse(description="If-Match or version required"),
                   **ERRORS},
    )  # fmt: skip
    @action(detail=True, methods=["get", "post", "patch"], filterset_class=None)
    def verdict(self, request: Request, uuid: str) -> Response:
        """The claim's verdict: drafts for the newsroom (with an ETag), the published one for everybody."""
        claim = self._claim(uuid)
        if request.method == "GET":
            return self._verdict_response(selectors.verdict_get_visible(user=request.user, claim=claim))
        data = VerdictWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        current = Verdict.objects.filter(claim=claim).first()
        expected = expected_version(request, current, fields.get("version"))
        rating = None
        if fields.get("rating"):
            rating = rating_resolve(rating_slug=fields["rating"], scale_slug=fields.get("scale"))
        evidence = None
        if "evidence" in fields:
            evidence = list(Evidence.objects.filter(claim=claim, uuid__in=fields["evidence"]))
            if len(evidence) != len(set(fields["evidence"])):
                raise InvalidInput("Some cited evidence does not exist or belongs to another claim.")
        verdict = verdict_save(
            claim=claim, actor=request.user, rating=rating, summary=fields.get("summary"),
            rationale=fields.get("rationale"), evidence=evidence,
            expected_version=0 if request.method == "POST" and expected is None else expected,
        )  # fmt: skip
        return self._verdict_response(verdict, code=201 if request.method == "POST" else 200)

    def _verdict_of(self, uuid: str) -> Verdict:
        verdict = Verdict.objects.filter(claim=self._claim(uuid)).first()
        if verdict is None:
            raise NotFound("This claim has no verdict yet.")
        return verdict

    @extend_schema(
        request=VersionSerializer, parameters=[IF_MATCH], responses={200: VerdictSerializer, **ERRORS}
    )
    @action(detail=True, methods=["post"], url_path="verdict/approve", permission_classes=[EditorsOnly],
            filterset_class=None)  # fmt: skip
    def approve(self, request: Request, uuid: str) -> Response:
        """An editor who did not write the verdict approves it (two-person rule)."""
        data = VersionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        verdict = self._verdict_of(uuid)
        expected = expected_version(request, verdict, data.validated_data.get("version"))
        return self._verdict_response(
            verdict_approve(verdict=verdict, actor=request.user, expected_version=expected)
        )

    @extend_schema(request=VersionSerializer, responses={200: VerdictSerializer, **ERRORS})
    @action(detail=True, methods=["post"], url_path="verdict/publish", permission_classes=[EditorsOnly],
            filterset_class=None)  # fmt: skip
    def publish(self, request: Request, uuid: str) -> Response:
        """Publish an approved verdict with enough accepted evidence."""
        data = VersionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        verdict = self._verdict_of(uuid)
        expected = expected_version(request, verdict, data.validated_data.get("version"))
        if expected is not None and expected != verdict.version:
            raise PreconditionFailed(
                "The verdict changed since you read it.", details={"current_version": verdict.version}
            )
        published = verdict_publish(verdict=verdict, actor=request.user, note=data.validated_data["note"])
        return self._verdict_response(published)

    @extend_schema(methods=["GET"], responses={200: CorrectionSerializer(many=True), 404: ERRORS[404]})
    @extend_schema(
        methods=["POST"], request=CorrectionWriteSerializer, responses={201: CorrectionSerializer, **ERRORS}
    )
    @action(detail=True, methods=["get", "post"], url_path="verdict/corrections", pagination_class=None,
            filterset_class=None)  # fmt: skip
    def corrections(self, request: Request, uuid: str) -> Response:
        """Public corrections of the published verdict; editors add one with a typed kind and a note."""
        claim = self._claim(uuid)
        if request.method == "GET":
            verdict = selectors.verdict_get_visible(user=request.user, claim=claim)
            return Response(CorrectionSerializer(verdict.corrections.all(), many=True).data)
        if not roles.is_editor(request.user):
            raise Forbidden("Only editors correct published verdicts.")
        data = CorrectionWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        verdict = self._verdict_of(uuid)
        rating = None
        if fields.get("rating"):
            assert verdict.rating is not None
            rating = rating_resolve(rating_slug=fields["rating"], scale_slug=verdict.rating.scale.slug)
            if (
                rating.scale_id != verdict.rating.scale_id
            ):  # the scale has a newer version: keep the verdict's
                rating = verdict.rating.scale.ratings.filter(slug=fields["rating"]).first() or rating
        correction = verdict_correct(
            verdict=verdict, actor=request.user, kind=fields["kind"], note=fields["note"], rating=rating,
            summary=fields.get("summary"), rationale=fields.get("rationale"),
            expected_version=expected_version(request, verdict, fields.get("version")),
        )  # fmt: skip
        return Response(CorrectionSerializer(correction).data, status=status.HTTP_201_CREATED)


class SpeakerViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """People and organisations, one record each across documents (outside the newsroom: published only)."""

    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter

    def get_queryset(self):
        return selectors.speaker_list_visible_to(user=self.request.user)
