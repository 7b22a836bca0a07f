from django.contrib import admin

from sources.models import CorroborationJob, Document, Evidence, IngestJob, Outlet


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "feed_url", "created_at"]
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
    list_display = ["claim", "provider", "status", "priority", "attempts", "created_at", "finished_at"]
    list_filter = ["status", "provider"]
    search_fields = ["claim__text", "last_error"]
    raw_id_fields = ["claim"]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["claim", "document", "suggested_stance", "decision", "score", "created_at"]
    list_filter = ["suggested_stance", "decision", "provider"]
    search_fields = ["passage", "claim__text", "document__title"]
    raw_id_fields = ["claim", "document", "decided_by"]
