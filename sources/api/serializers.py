from rest_framework import serializers

from sources.models import CorroborationJob, Document, Evidence, ExternalReview, IngestJob, Outlet, Snapshot


class OutletSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "name", "domain"]


class DocumentSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    outlet = OutletSerializer(read_only=True)
    duplicate_of = serializers.SlugRelatedField(slug_field="uuid", read_only=True, allow_null=True)
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Document
        fields = [
            "id", "url", "canonical_url", "title", "outlet", "author", "published_at", "language",
            "content_type", "sha256", "status", "error", "duplicate_of", "claim_count", "created_at",
        ]  # fmt: skip


class DocumentDetailSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text"]


class DocumentSubmitSerializer(serializers.Serializer):
    """Either `content` (plain text or HTML) or `url`."""

    content = serializers.CharField(required=False, allow_blank=False, trim_whitespace=False)
    url = serializers.URLField(required=False, max_length=2000)
    content_type = serializers.ChoiceField(choices=Document.ContentType.choices, required=False)
    title = serializers.CharField(required=False, max_length=1000, allow_blank=True)

    def validate(self, attrs):
        if bool(attrs.get("content")) == bool(attrs.get("url")):
            raise serializers.ValidationError("Give exactly one of `content` or `url`.")
        return attrs


class IngestJobSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    document = serializers.SlugRelatedField(slug_field="uuid", read_only=True)

    class Meta:
        model = IngestJob
        fields = [
            "id",
            "document",
            "status",
            "attempts",
            "last_error",
            "created_at",
            "started_at",
            "finished_at",
        ]


class SubmissionSerializer(serializers.Serializer):
    document = DocumentSerializer()
    job = IngestJobSerializer()
    created = serializers.BooleanField()


class CorroborationJobSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)

    class Meta:
        model = CorroborationJob
        fields = ["id", "provider", "status", "priority", "attempts", "last_error", "created_at", "started_at",
                  "finished_at"]  # fmt: skip


class EvidenceSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    document = serializers.SlugRelatedField(slug_field="uuid", read_only=True)
    document_title = serializers.CharField(source="document.title", read_only=True)
    document_url = serializers.CharField(source="document.url", read_only=True)

    class Meta:
        model = Evidence
        fields = [
            "id", "document", "document_title", "document_url", "provider", "passage_start", "passage_end",
            "passage", "score", "suggested_stance", "stance_reasons", "decision", "decision_note", "decided_at",
            "created_at",
        ]  # fmt: skip


class CorroborationJobListSerializer(CorroborationJobSerializer):
    claim = serializers.SlugRelatedField(slug_field="uuid", read_only=True)

    class Meta(CorroborationJobSerializer.Meta):
        fields = [*CorroborationJobSerializer.Meta.fields, "claim", "target", "enqueued_at"]


class SnapshotSerializer(serializers.ModelSerializer):
    class Meta:
        model = Snapshot
        fields = ["url", "final_url", "sha256", "content_type", "fetched_at"]


class EvidenceDetailSerializer(EvidenceSerializer):
    """Evidence with the machine's suggestion and the person's decision as two separate objects."""

    claim = serializers.SlugRelatedField(slug_field="uuid", read_only=True)
    suggestion = serializers.SerializerMethodField()
    human_decision = serializers.SerializerMethodField()
    snapshot = SnapshotSerializer(read_only=True)

    class Meta(EvidenceSerializer.Meta):
        fields = [
            "id", "claim", "document", "document_title", "document_url", "provider", "passage_start",
            "passage_end", "passage", "score", "tier", "cluster_key", "snapshot", "suggestion", "human_decision",
            "created_at",
        ]  # fmt: skip

    def get_suggestion(self, obj: Evidence) -> dict:
        return {"stance": obj.suggested_stance, "reasons": obj.stance_reasons}

    def get_human_decision(self, obj: Evidence) -> dict:
        return {
            "decision": obj.decision,
            "note": obj.decision_note,
            "decided_by": obj.decided_by.get_username() if obj.decided_by else None,
            "decided_at": obj.decided_at,
        }


class EvidenceDecisionSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=[Evidence.Decision.ACCEPTED, Evidence.Decision.DISMISSED])
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")


class EvidenceSubmitSerializer(serializers.Serializer):
    claim = serializers.UUIDField()
    url = serializers.URLField(max_length=2000)


class ExternalReviewSerializer(serializers.ModelSerializer):
    class Meta:
        model = ExternalReview
        fields = [
            "publisher", "publisher_url", "url", "claim_reviewed", "claimant", "rating_text", "rating_value",
            "best_rating", "worst_rating", "date_published", "language", "match_score",
        ]  # fmt: skip


class SimilarQuerySerializer(serializers.Serializer):
    text = serializers.CharField(max_length=5000)
    language = serializers.CharField(required=False, max_length=8, allow_blank=True, default="")
    limit = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)


class SimilarClaimRefSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="uuid")
    text = serializers.CharField()
    speaker = serializers.CharField(source="speaker.name", allow_null=True, default=None)
    status = serializers.CharField()


class SimilarClaimVerdictSerializer(serializers.Serializer):
    rating = serializers.CharField()
    value = serializers.IntegerField(allow_null=True)


class SimilarClaimSerializer(serializers.Serializer):
    """One match of `GET /api/v1/claims/similar/`: the claim, its score, verdict and other reviews."""

    claim = SimilarClaimRefSerializer()
    score = serializers.FloatField()
    verdict = SimilarClaimVerdictSerializer(allow_null=True)
    external_reviews = ExternalReviewSerializer(source="claim.external_reviews.all", many=True)


class SimilarClaimsResponseSerializer(serializers.Serializer):
    query = serializers.CharField()
    results = SimilarClaimSerializer(many=True)


class ExternalReviewsResponseSerializer(serializers.Serializer):
    claim = serializers.UUIDField()
    results = ExternalReviewSerializer(many=True)
