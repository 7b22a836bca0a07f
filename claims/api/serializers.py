from rest_framework import serializers

from claims.models import Appearance, Claim, Quantity, Speaker
from sources.api.serializers import CorroborationJobSerializer, EvidenceSerializer


class SpeakerSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    claim_count = serializers.IntegerField(read_only=True, required=False)

    class Meta:
        model = Speaker
        fields = ["id", "name", "type", "title", "aliases", "claim_count"]


class SpeakerRefSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)

    class Meta:
        model = Speaker
        fields = ["id", "name", "type"]


class QuantitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Quantity
        fields = [
            "text",
            "value",
            "unit",
            "normalized_value",
            "normalized_unit",
            "approximate",
            "start",
            "end",
        ]


class AppearanceSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    document = serializers.SlugRelatedField(slug_field="uuid", read_only=True)
    document_title = serializers.CharField(source="document.title", read_only=True)
    document_url = serializers.CharField(source="document.url", read_only=True)
    relayed_by = SpeakerRefSerializer(read_only=True, allow_null=True)
    quantities = QuantitySerializer(many=True, read_only=True)

    class Meta:
        model = Appearance
        fields = [
            "id", "document", "document_title", "document_url", "start", "end", "quote", "sentence", "channel",
            "relayed_by", "date_said", "flags", "quantities",
        ]  # fmt: skip


class ClaimSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True)
    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)
    appearances = AppearanceSerializer(many=True, read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    jobs = CorroborationJobSerializer(source="corroboration_jobs", many=True, read_only=True)
    checkworthiness = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id", "text", "kind", "language", "speaker", "status", "checkworthiness", "flags", "appearances",
            "evidence", "jobs", "created_at", "updated_at",
        ]  # fmt: skip

    def get_checkworthiness(self, claim: Claim) -> dict:
        return {"score": claim.checkworthiness, "reasons": claim.checkworthiness_reasons}
