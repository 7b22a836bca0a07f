"""Serializers for verdicts, the workflow, the audit trail, scales, tokens and webhooks."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.audit_models import AuditEvent
from claims.models import Claim
from claims.verdict_models import Correction, Rating, RatingScale, Verdict
from claims.webhook_models import WebhookDelivery, WebhookEvent, WebhookSubscription


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not declare: `status`, `approver` or `published_at` cannot be slipped in."""

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if isinstance(self.initial_data, dict):
            unknown = sorted(set(self.initial_data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {name: "This field cannot be written here." for name in unknown}
                )
        return attrs


# --- Reads ------------------------------------------------------------------------------------


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["slug", "label", "definition", "value", "position"]


class RatingScaleSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    ratings = RatingSerializer(many=True)

    class Meta:
        model = RatingScale
        fields = ["id", "slug", "version", "name", "best_rating", "worst_rating", "is_default", "ratings",
                  "created_at"]  # fmt: skip
        read_only_fields = ["version", "created_at"]


class RatingScaleWriteSerializer(StrictSerializer):
    slug = serializers.SlugField(max_length=64)
    name = serializers.CharField(max_length=200)
    best_rating = serializers.IntegerField()
    worst_rating = serializers.IntegerField()
    is_default = serializers.BooleanField(default=False)
    ratings = RatingSerializer(many=True)


class RatingScaleUpdateSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200, required=False)
    is_default = serializers.BooleanField(required=False)


class RatingRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    # A field named `label` shadows Field.label for the type checker only: the metaclass takes it out.
    label = serializers.CharField()  # type: ignore[assignment]
    value = serializers.IntegerField()
    scale = serializers.CharField(help_text="The scale's slug.")
    scale_version = serializers.IntegerField()
    best_rating = serializers.IntegerField()
    worst_rating = serializers.IntegerField()


class SpeakerBriefSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    type = serializers.CharField()


class ClaimBriefSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    text = serializers.CharField()
    language = serializers.CharField()
    speaker = SpeakerBriefSerializer(allow_null=True)


def published_verdict_row(row: dict[str, Any], *, base_url: str) -> dict[str, Any]:
    """One row of selectors.verdict_published_rows() as consumers see it (PublishedVerdictSerializer).

    Datetimes stay datetime objects: OrjsonUtcRenderer writes them as DRF would, without a Python call each.
    """
    claim_uuid = row["claim__uuid"]
    speaker_uuid = row["claim__speaker__uuid"]
    return {
        "id": row["uuid"],
        "claim": {
            "id": claim_uuid,
            "text": row["claim__text"],
            "language": row["claim__language"],
            "speaker": {
                "id": speaker_uuid,
                "name": row["claim__speaker__name"],
                "type": row["claim__speaker__type"],
            }
            if speaker_uuid is not None
            else None,
        },
        "rating": {
            "slug": row["rating__slug"],
            "label": row["rating__label"],
            "value": row["rating__value"],
            "scale": row["rating__scale__slug"],
            "scale_version": row["rating__scale__version"],
            "best_rating": row["rating__scale__best_rating"],
            "worst_rating": row["rating__scale__worst_rating"],
        },
        "summary": row["summary"],
        "version": row["version"],
        "published_at": row["published_at"],
        "updated_at": row["updated_at"],
        "url": f"{base_url}/verdicts/{row['uuid']}/",
        "claimreview_url": f"{base_url}/api/v1/claims/{claim_uuid}/claimreview/",
    }


class PublishedVerdictSerializer(serializers.Serializer):
    """A published verdict as consumers list it. Declares the schema; rows go through published_verdict_row."""

    id = serializers.UUIDField()
    claim = ClaimBriefSerializer()
    rating = RatingRefSerializer()
    summary = serializers.CharField()
    version = serializers.IntegerField()
    published_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    url = serializers.URLField()
    claimreview_url = serializers.URLField()

    def to_representation(self, instance: dict[str, Any]) -> dict[str, Any]:
        return published_verdict_row(instance, base_url=self.context["base_url"])


class EvidenceRefSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    decision = serializers.CharField()
    document = serializers.CharField()
    passage = serializers.CharField()


class CorrectionSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)

    class Meta:
        model = Correction
        fields = ["id", "kind", "note", "created_at"]


class VerdictSerializer(serializers.ModelSerializer):
    """The full verdict of one claim; author and approver are shown to the newsroom only."""

    id = serializers.UUIDField(source="uuid", read_only=True)
    claim = serializers.SlugRelatedField(slug_field="uuid", read_only=True)
    rating = serializers.SerializerMethodField()
    evidence = serializers.SerializerMethodField()
    author = serializers.SerializerMethodField()
    approver = serializers.SerializerMethodField()
    last_edited_by = serializers.SerializerMethodField()
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Verdict
        fields = [
            "id", "claim", "status", "rating", "summary", "rationale", "evidence", "author", "last_edited_by",
            "approver", "approved_at", "published_at", "version", "corrections", "created_at", "updated_at",
        ]  # fmt: skip

    @extend_schema_field(RatingRefSerializer(allow_null=True))
    def get_rating(self, verdict: Verdict) -> dict[str, Any] | None:
        rating = verdict.rating
        if rating is None:
            return None
        return RatingRefSerializer(
            {
                "slug": rating.slug,
                "label": rating.label,
                "value": rating.value,
                "scale": rating.scale.slug,
                "scale_version": rating.scale.version,
                "best_rating": rating.scale.best_rating,
                "worst_rating": rating.scale.worst_rating,
            }  # fmt: skip
        ).data

    @extend_schema_field(EvidenceRefSerializer(many=True))
    def get_evidence(self, verdict: Verdict) -> list[dict[str, Any]]:
        return [
            {
                "id": str(e.uuid),
                "decision": e.decision,
                "document": str(e.document.uuid),
                "passage": e.passage,
            }
            for e in verdict.evidence.all()
        ]

    def _person(self, user: Any) -> str | None:
        return user.get_username() if user is not None and self.context.get("newsroom") else None

    def get_author(self, verdict: Verdict) -> str | None:
        return self._person(verdict.author)

    def get_approver(self, verdict: Verdict) -> str | None:
        return self._person(verdict.approver)

    def get_last_edited_by(self, verdict: Verdict) -> str | None:
        return self._person(verdict.last_edited_by)


class AuditEventSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    actor = serializers.SerializerMethodField()
    verdict_version = serializers.IntegerField(
        source="verdict_version.number", read_only=True, allow_null=True
    )

    class Meta:
        model = AuditEvent
        fields = ["id", "kind", "actor", "from_status", "to_status", "note", "verdict_version", "created_at"]

    def get_actor(self, event: AuditEvent) -> str | None:
        return event.actor.get_username() if self.context.get("newsroom") else None


# --- Workflow writes --------------------------------------------------------------------------


class TransitionSerializer(StrictSerializer):
    to = serializers.ChoiceField(choices=Claim.Status.choices)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)


class VerdictWriteSerializer(StrictSerializer):
    """A draft edit. `rating` is a slug in `scale` (the default scale when omitted)."""

    scale = serializers.SlugField(required=False, help_text="Rating scale slug; its latest version is used.")
    rating = serializers.SlugField(required=False, allow_null=True)
    summary = serializers.CharField(required=False, allow_blank=True, max_length=500)
    rationale = serializers.CharField(required=False, allow_blank=True, max_length=50000)
    evidence = serializers.ListField(child=serializers.UUIDField(), required=False, max_length=200)
    version = serializers.IntegerField(
        required=False, min_value=0, help_text="The version you edited; or send If-Match with the ETag."
    )


class VersionSerializer(StrictSerializer):
    version = serializers.IntegerField(required=False, min_value=0)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)


class CorrectionWriteSerializer(StrictSerializer):
    kind = serializers.ChoiceField(choices=Correction.Kind.choices)
    note = serializers.CharField(max_length=5000)
    rating = serializers.SlugField(required=False)
    summary = serializers.CharField(required=False, allow_blank=True, max_length=500)
    rationale = serializers.CharField(required=False, allow_blank=True, max_length=50000)
    version = serializers.IntegerField(required=False, min_value=0)


# --- Tokens and webhooks ----------------------------------------------------------------------


class ApiTokenSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    name = serializers.CharField(max_length=100)
    prefix = serializers.CharField(read_only=True)
    created_at = serializers.DateTimeField(read_only=True)
    last_used_at = serializers.DateTimeField(read_only=True, allow_null=True)


class ApiTokenCreatedSerializer(ApiTokenSerializer):
    key = serializers.CharField(read_only=True, help_text="Shown once; store it now.")


class ApiTokenWriteSerializer(StrictSerializer):
    name = serializers.CharField(max_length=100)


class WebhookSubscriptionSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    events = serializers.ListField(child=serializers.ChoiceField(choices=WebhookEvent.choices))

    class Meta:
        model = WebhookSubscription
        fields = ["id", "url", "events", "is_active", "created_at"]


class WebhookCreatedSerializer(WebhookSubscriptionSerializer):
    secret = serializers.CharField(read_only=True, help_text="Signing secret, shown once.")

    class Meta(WebhookSubscriptionSerializer.Meta):
        fields = [*WebhookSubscriptionSerializer.Meta.fields, "secret"]


class WebhookWriteSerializer(StrictSerializer):
    url = serializers.URLField(max_length=2000)
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEvent.choices), min_length=1, max_length=10
    )


class WebhookDeliverySerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = ["id", "event", "status", "attempts", "response_status", "error", "created_at", "last_attempt_at",
                  "next_attempt_at", "finished_at"]  # fmt: skip
