"""The consumer API: published verdicts, bulk feeds, rating scales, API tokens and webhook subscriptions."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import StreamingHttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle, UserRateThrottle
from rest_framework.views import APIView

from claims import selectors
from claims.api.conditional import ConditionalGetMixin
from claims.api.filters import VerdictFilter
from claims.api.permissions import AdminWritesOnly
from claims.api.renderers import OrjsonRenderer, OrjsonUtcRenderer
from claims.api.verdict_serializers import (
    ApiTokenCreatedSerializer,
    ApiTokenSerializer,
    ApiTokenWriteSerializer,
    PublishedVerdictSerializer,
    RatingScaleSerializer,
    RatingScaleUpdateSerializer,
    RatingScaleWriteSerializer,
    WebhookCreatedSerializer,
    WebhookDeliverySerializer,
    WebhookSubscriptionSerializer,
    WebhookWriteSerializer,
    published_verdict_row,
)
from claims.feeds import feed_csv, feed_datafeed, feed_jsonl
from claims.scales import rating_scale_create, rating_scale_delete, rating_scale_update
from claims.token_models import ApiToken
from claims.tokens import api_token_create, api_token_revoke
from claims.verdict_models import verdict_etag
from claims.webhook_models import WebhookSubscription
from claims.webhooks import webhook_subscribe, webhook_unsubscribe
from factcheck.pagination import PublishedCursorPagination

UUID_RE = "[0-9a-f-]{36}"


class VerdictViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """Published verdicts only, newest first, cursor-paginated; ETag and Last-Modified for cheap polling.

    The list is the consumers' hot path: rows are dicts (selectors.verdict_published_rows) turned into JSON
    by a plain function, not model instances through nested serializers (bench/api.py measures it).
    """

    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    serializer_class = PublishedVerdictSerializer
    filterset_class = VerdictFilter
    pagination_class = PublishedCursorPagination
    renderer_classes = [OrjsonUtcRenderer]

    def get_queryset(self):
        return selectors.verdict_published_rows()

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "base_url": settings.FACTCHECK_PUBLIC_BASE_URL}

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        assert page is not None
        self.last_modified = max((row["updated_at"] for row in page), default=None)
        base_url = settings.FACTCHECK_PUBLIC_BASE_URL
        return self.get_paginated_response([published_verdict_row(row, base_url=base_url) for row in page])

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        row = self.get_object()
        self.last_modified = row["updated_at"]
        response = Response(published_verdict_row(row, base_url=settings.FACTCHECK_PUBLIC_BASE_URL))
        response["ETag"] = verdict_etag(uuid=row["uuid"], version=row["version"])
        return response


class _AnyAccept(BaseContentNegotiation):
    """Feeds have one format each: the path decides, the Accept header does not."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class _FeedView(APIView):
    renderer_classes = [OrjsonRenderer]
    content_negotiation_class = _AnyAccept
    throttle_classes = [AnonRateThrottle, UserRateThrottle, ScopedRateThrottle]
    throttle_scope = "feeds"
    media_type = "application/json"
    filename = "verdicts"
    filter_backends = [DjangoFilterBackend]
    filterset_class = VerdictFilter

    def get_queryset(self):
        return selectors.verdict_claimreview_list()

    def stream(self, verdicts, base_url: str):  # pragma: no cover - each feed defines it
        raise NotImplementedError

    def get(self, request: Request) -> StreamingHttpResponse:
        # The backend answers 400 for an invalid filter value (the FilterSet alone would not).
        verdicts = DjangoFilterBackend().filter_queryset(request, self.get_queryset(), self)
        if self.media_type == "text/csv":
            verdicts = selectors.verdict_published_list().filter(pk__in=verdicts.values("pk"))
        response = StreamingHttpResponse(
            self.stream(verdicts, settings.FACTCHECK_PUBLIC_BASE_URL), content_type=self.media_type
        )
        response["Content-Disposition"] = f'inline; filename="{self.filename}"'
        return response


@extend_schema(
    responses={(200, "application/ld+json"): OpenApiTypes.OBJECT},
    description="Every published verdict as a schema.org DataFeed of ClaimReview items (streamed).",
    filters=True,
)
class DataFeedView(_FeedView):
    media_type = "application/ld+json"
    filename = "claimreview.jsonld"

    def stream(self, verdicts, base_url: str):
        return feed_datafeed(verdicts, base_url=base_url)


@extend_schema(
    responses={(200, "application/x-ndjson"): OpenApiTypes.STR},
    description="One ClaimReview JSON object per line (streamed).",
    filters=True,
)
class JsonLinesFeedView(_FeedView):
    media_type = "application/x-ndjson"
    filename = "claimreview.jsonl"

    def stream(self, verdicts, base_url: str):
        return feed_jsonl(verdicts, base_url=base_url)


@extend_schema(
    responses={(200, "text/csv"): OpenApiTypes.STR},
    description="Published verdicts as CSV (streamed).",
    filters=True,
)
class CsvExportView(_FeedView):
    media_type = "text/csv"
    filename = "verdicts.csv"

    def stream(self, verdicts, base_url: str):
        return feed_csv(verdicts, base_url=base_url)


class RatingScaleViewSet(viewsets.ModelViewSet):
    """Rating scales; everybody reads them, admins define them. A scale in use is never rewritten."""

    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    serializer_class = RatingScaleSerializer
    permission_classes = [AdminWritesOnly]
    pagination_class = None
    filterset_class = None
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.rating_scale_list()

    @extend_schema(request=RatingScaleWriteSerializer, responses={201: RatingScaleSerializer})
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = RatingScaleWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        scale = rating_scale_create(**data.validated_data)
        return Response(
            RatingScaleSerializer(selectors.rating_scale_list().get(pk=scale.pk)).data, status=201
        )

    @extend_schema(request=RatingScaleUpdateSerializer, responses={200: RatingScaleSerializer})
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = RatingScaleUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        scale = rating_scale_update(scale=self.get_object(), **data.validated_data)
        return Response(RatingScaleSerializer(selectors.rating_scale_list().get(pk=scale.pk)).data)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rating_scale_delete(scale=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class ApiTokenViewSet(mixins.ListModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """Your API tokens: several, named; the key is shown once at creation; DELETE revokes."""

    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    serializer_class = ApiTokenSerializer
    permission_classes = [IsAuthenticated]
    pagination_class = None
    filterset_class = None

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return ApiToken.objects.none()
        return selectors.api_token_list(user=self.request.user)

    @extend_schema(request=ApiTokenWriteSerializer, responses={201: ApiTokenCreatedSerializer})
    def create(self, request: Request) -> Response:
        data = ApiTokenWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        issued = api_token_create(user=request.user, name=data.validated_data["name"])
        body = {**ApiTokenSerializer(issued.token).data, "key": issued.key}
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(responses={204: None, 404: OpenApiResponse(description="No such token")})
    def destroy(self, request: Request, uuid: str) -> Response:
        api_token_revoke(user=request.user, token_uuid=uuid)
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet
):
    """Your webhook subscriptions to verdict.published and verdict.corrected, and their delivery logs."""

    lookup_field = "uuid"
    lookup_value_regex = UUID_RE
    serializer_class = WebhookSubscriptionSerializer
    permission_classes = [IsAuthenticated]
    pagination_class = None
    filterset_class = None

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return WebhookSubscription.objects.none()
        return selectors.webhook_subscription_list(user=self.request.user)

    @extend_schema(request=WebhookWriteSerializer, responses={201: WebhookCreatedSerializer})
    def create(self, request: Request) -> Response:
        data = WebhookWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        created = webhook_subscribe(owner=request.user, **data.validated_data)
        body = {**WebhookSubscriptionSerializer(created.subscription).data, "secret": created.secret}
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(responses={204: None})
    def destroy(self, request: Request, uuid: str) -> Response:
        webhook_unsubscribe(owner=request.user, subscription_uuid=uuid)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(responses={200: WebhookDeliverySerializer(many=True)})
    @action(detail=True, methods=["get"])
    def deliveries(self, request: Request, uuid: str) -> Response:
        """The last 100 delivery attempts of this subscription, newest first."""
        self.get_object()  # 404 for somebody else's subscription
        rows = selectors.webhook_delivery_list(user=request.user, subscription_uuid=uuid)[:100]
        return Response(WebhookDeliverySerializer(rows, many=True).data)
