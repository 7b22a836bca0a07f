from rest_framework import serializers

from sources.models import CorroborationJob, Document, Evidence, IngestJob, Outlet


class OutletSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "name", "domain"]


class DocumentSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    outlet = OutletSerializer(read_only=True)
    duplicate_of = serializers.SlugRelatedField(slug_field="uuid", read_only=True)
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
        fields = ["id", "document", "status", "attempts", "last_error", "created_at", "started_at", "finished_at"]


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
