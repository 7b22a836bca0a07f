from django.contrib import admin

from claims.models import Appearance, Claim, Quantity, Speaker


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 0
    fields = ["document", "quote", "channel", "relayed_by", "start", "end", "date_said"]
    readonly_fields = fields
    show_change_link = True


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "title", "created_at"]
    list_filter = ["type"]
    search_fields = ["name", "key", "aliases", "title"]
    readonly_fields = ["uuid", "key", "created_at"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "kind", "language", "status", "checkworthiness", "created_at"]
    list_filter = ["status", "kind", "language"]
    search_fields = ["text", "speaker__name"]
    list_select_related = ["speaker"]
    readonly_fields = ["uuid", "fingerprint", "created_at", "updated_at"]
    inlines = [AppearanceInline]

    @admin.display(description="text")
    def short_text(self, claim: Claim) -> str:
        return claim.text[:100]


class QuantityInline(admin.TabularInline):
    model = Quantity
    extra = 0


@admin.register(Appearance)
class AppearanceAdmin(admin.ModelAdmin):
    list_display = ["claim", "document", "channel", "relayed_by", "start", "end"]
    list_filter = ["channel"]
    search_fields = ["quote", "sentence", "channel", "document__title"]
    list_select_related = ["claim", "document", "relayed_by"]
    raw_id_fields = ["claim", "document", "relayed_by"]
    inlines = [QuantityInline]


@admin.register(Quantity)
class QuantityAdmin(admin.ModelAdmin):
    list_display = ["text", "value", "unit", "normalized_value", "normalized_unit", "approximate"]
    list_filter = ["normalized_unit", "approximate"]
    search_fields = ["text"]
    raw_id_fields = ["appearance"]
