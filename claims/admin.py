from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from claims.audit_models import AuditEvent
from claims.models import Appearance, Claim, Quantity, Speaker
from claims.scales import rating_scale_delete, rating_scale_update
from claims.token_models import ApiToken
from claims.tokens import api_token_revoke
from claims.verdict_models import Correction, Rating, RatingScale, Verdict, VerdictVersion
from claims.webhook_models import WebhookDelivery, WebhookSubscription
from claims.webhooks import webhook_deliveries_requeue


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 0
    fields = readonly_fields = ("document", "quote", "channel", "relayed_by", "start", "end", "date_said")
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


# --- Verification workflow: scales, verdicts, audit trail, webhooks, tokens ------------------------
# Writes go through the services (versions, audit events and webhooks follow from them), so most of
# these are read-only; the few changes the admin allows call the same services as the API.


class ReadOnlyAdminMixin:
    """View only: no add, change or delete, whatever the user's model permissions say."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class RatingInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Rating
    extra = 0
    fields = readonly_fields = ("position", "slug", "label", "value", "definition")


@admin.register(RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    """New scales and versions come from POST /api/v1/rating-scales/; here: rename, choose the default."""

    list_display = ["name", "slug", "version", "best_rating", "worst_rating", "is_default", "created_at"]
    list_filter = ["is_default", "slug"]
    search_fields = ["slug", "name", "ratings__label"]
    fields = ["uuid", "slug", "version", "name", "best_rating", "worst_rating", "is_default", "created_at"]
    # is_default changes through the action: the service moves the flag off the previous default, which
    # the form's check of the one-default constraint would refuse before the service ran.
    readonly_fields = ["uuid", "slug", "version", "best_rating", "worst_rating", "is_default", "created_at"]
    inlines = [RatingInline]
    actions = ["make_default"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: RatingScale | None = None) -> bool:
        # A scale a verdict uses is kept for the record (rating_scale_delete refuses it too).
        if obj is not None and Verdict.objects.filter(rating__scale=obj).exists():
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # one path for deletes: the page, which refuses a scale in use
        return actions

    @admin.action(description="Make the selected scale the default")
    def make_default(self, request: HttpRequest, queryset: QuerySet[RatingScale]) -> None:
        scales = list(queryset[:2])
        if len(scales) != 1:
            self.message_user(request, "Select exactly one scale.", messages.ERROR)
            return
        rating_scale_update(scale=scales[0], is_default=True)
        self.message_user(request, f"{scales[0]} is now the default scale.", messages.SUCCESS)

    def save_model(self, request: HttpRequest, obj: RatingScale, form: Any, change: bool) -> None:
        rating_scale_update(scale=obj, name=obj.name)

    def delete_model(self, request: HttpRequest, obj: RatingScale) -> None:
        rating_scale_delete(scale=obj)


@admin.register(Rating)
class RatingAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Ratings change only with a new version of their scale."""

    list_display = ["label", "slug", "value", "position", "scale"]
    list_filter = ["scale"]
    search_fields = ["slug", "label", "definition", "scale__slug"]
    list_select_related = ["scale"]


class VerdictVersionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = VerdictVersion
    extra = 0
    fields = readonly_fields = (
        "number",
        "status",
        "rating",
        "summary",
        "edited_by",
        "approver",
        "created_at",
    )
    show_change_link = True


class CorrectionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Correction
    extra = 0
    fields = readonly_fields = ("kind", "note", "version", "created_by", "created_at")


@admin.register(Verdict)
class VerdictAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Verdicts move through the workflow endpoints (drafts, approval, publication, corrections) only."""

    list_display = ["claim_text", "status", "rating", "version", "author", "approver", "published_at"]
    list_filter = ["status", "rating__scale", "published_at"]
    search_fields = ["uuid", "claim__uuid", "claim__text", "summary"]
    list_select_related = ["claim", "rating", "author", "approver"]
    exclude = ["search_vector"]
    inlines = [VerdictVersionInline, CorrectionInline]
    date_hierarchy = "published_at"

    @admin.display(description="claim")
    def claim_text(self, verdict: Verdict) -> str:
        return verdict.claim.text[:100]


@admin.register(VerdictVersion)
class VerdictVersionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Immutable snapshots (the table refuses UPDATE and DELETE)."""

    list_display = ["verdict", "number", "status", "rating", "edited_by", "approver", "created_at"]
    list_filter = ["status"]
    search_fields = ["verdict__uuid", "verdict__claim__text", "summary"]
    list_select_related = ["verdict", "rating", "edited_by", "approver"]


@admin.register(Correction)
class CorrectionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Corrections are made with POST /api/v1/claims/{id}/verdict/corrections/ (a new version follows)."""

    list_display = ["verdict", "kind", "short_note", "created_by", "created_at"]
    list_filter = ["kind", "created_at"]
    search_fields = ["note", "verdict__uuid", "verdict__claim__text"]
    list_select_related = ["verdict", "created_by"]

    @admin.display(description="note")
    def short_note(self, correction: Correction) -> str:
        return correction.note[:100]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The append-only trail; nobody adds, changes or deletes an event, superusers included."""

    list_display = ["created_at", "kind", "claim", "actor", "from_status", "to_status"]
    list_filter = ["kind", "to_status", "created_at"]
    search_fields = ["claim__uuid", "claim__text", "actor__username", "note"]
    list_select_related = ["claim", "actor"]
    date_hierarchy = "created_at"


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    """Consumers subscribe through the API (the secret is shown to them once); here: pause or delete."""

    list_display = ["url", "owner", "events", "is_active", "created_at"]
    list_filter = ["is_active", "created_at"]
    search_fields = ["url", "owner__username"]
    list_select_related = ["owner"]
    fields = ["uuid", "owner", "url", "events", "is_active", "created_at"]  # never the signing secret
    readonly_fields = ["uuid", "owner", "url", "events", "created_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["created_at", "event", "subscription", "status", "attempts", "response_status",
                    "next_attempt_at", "finished_at"]  # fmt: skip
    list_filter = ["status", "event", "created_at"]
    search_fields = ["uuid", "subscription__url", "subscription__owner__username", "error"]
    list_select_related = ["subscription"]
    actions = ["requeue"]

    @admin.action(description="Re-queue the selected pending deliveries now")
    def requeue(self, request: HttpRequest, queryset: QuerySet[WebhookDelivery]) -> None:
        count = webhook_deliveries_requeue(delivery_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, f"{count} pending deliveries re-queued.", messages.SUCCESS)


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Tokens are created by their owner (API) or `manage.py create_api_token`; the key is never stored."""

    list_display = ["name", "user", "prefix_shown", "created_at", "last_used_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter), "created_at"]
    search_fields = ["name", "prefix", "user__username"]
    list_select_related = ["user"]
    fields = readonly_fields = (
        "uuid",
        "user",
        "name",
        "prefix_shown",
        "created_at",
        "last_used_at",
        "revoked_at",
    )  # no key_hash, anywhere
    actions = ["revoke"]

    @admin.display(description="key")
    def prefix_shown(self, token: ApiToken) -> str:
        return f"{token.prefix}…"

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        tokens = list(queryset.filter(revoked_at__isnull=True).select_related("user"))
        for token in tokens:
            api_token_revoke(user=token.user, token_uuid=token.uuid)
        self.message_user(request, f"{len(tokens)} tokens revoked.", messages.SUCCESS)
