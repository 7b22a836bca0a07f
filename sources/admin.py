from django.contrib import admin

from sources.models import (
    ClaimFamilyMember,
    CorroborationJob,
    Document,
    Evidence,
    ExternalReview,
    IngestJob,
    Outlet,
    Snapshot,
)


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "feed_url", "is_primary_source", "feed_last_polled_at", "created_at"]
    list_filter = ["is_primary_source"]
    raw_id_fields = ["speaker"]
    search_fields = ["name", "domain"]


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "language", "status", "published_at", "created_at"]
    list_filter = ["status", "language", "content_type", "outlet"]
    search_fields = ["title", "url", "text", "sha256"]
    list_select_related = ["outlet"]
    readonly_fields = ["uuid", "sha256", "raw_sha256", "created_at", "updated_at", "fetched_at"]
    raw_id_fields = ["duplicate_of"]


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ["uuid", "document", "status", "attempts", "created_at", "finished_at"]
    list_filter = ["status"]
    search_fields = ["uuid", "document__title", "last_error"]
    raw_id_fields = ["document", "submitted_by"]


@admin.register(CorroborationJob)
class CorroborationJobAdmin(admin.ModelAdmin):
    list_display = [
        "claim",
        "provider",
        "status",
        "priority",
        "attempts",
        "short_error",
        "started_at",
        "finished_at",
    ]
    list_filter = ["status", "provider"]
    search_fields = ["claim__text", "last_error", "target"]
    raw_id_fields = ["claim", "submitted_by"]
    readonly_fields = [
        "uuid",
        "attempts",
        "last_error",
        "created_at",
        "enqueued_at",
        "started_at",
        "finished_at",
    ]
    actions = ["requeue"]

    @admin.display(description="last error")
    def short_error(self, obj: CorroborationJob) -> str:
        return obj.last_error[:80]

    @admin.action(description="Put the selected jobs back on the queue")
    def requeue(self, request, queryset) -> None:
        from sources.corroboration import _requeue

        jobs = _requeue(queryset)
        self.message_user(request, f"{len(jobs)} job(s) requeued.")


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = [
        "claim",
        "document",
        "suggested_stance",
        "decision",
        "tier",
        "cluster_key",
        "score",
        "created_at",
    ]
    list_filter = ["suggested_stance", "decision", "provider", "tier"]
    search_fields = ["passage", "claim__text", "document__title"]
    raw_id_fields = ["claim", "document", "decided_by", "snapshot"]


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ["url", "sha256", "content_type", "fetched_at"]
    search_fields = ["url", "sha256"]
    exclude = ["minhash"]


@admin.register(ExternalReview)
class ExternalReviewAdmin(admin.ModelAdmin):
    list_display = [
        "publisher",
        "claim_reviewed",
        "rating_text",
        "date_published",
        "matched_claim",
        "match_score",
    ]
    list_filter = ["publisher", "language"]
    search_fields = ["claim_reviewed", "publisher", "url"]
    raw_id_fields = ["matched_claim"]


@admin.register(ClaimFamilyMember)
class ClaimFamilyMemberAdmin(admin.ModelAdmin):
    list_display = ["claim", "canonical", "score", "state", "linked_automatically", "created_at"]
    list_filter = ["state", "linked_automatically"]
    raw_id_fields = ["claim", "canonical"]
