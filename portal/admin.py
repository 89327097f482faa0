"""The identity, leaders and units with English beside Vietnamese; contact messages.

Who may edit is Django's permissions: only the Quản trị role (every permission) has
those of this app and `wards.change_unit`; editors and publishers get 403 on every path.
"""

from django.contrib import admin, messages
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from wards.admin import UnitAdmin
from wards.models import Unit

from . import freshness
from .models import ContactMessage, Leader, SiteIdentity

STALE = _("The English text is out of date")


class EnglishFreshness:
    """Flags rows whose English is older than the Vietnamese, in the list and the form."""

    def get_queryset(self, request):
        return freshness.with_stale_flag(super().get_queryset(request))

    @admin.display(description=_("English"), boolean=False)
    def english_status(self, obj):
        return STALE if getattr(obj, "english_stale", False) else "✓"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            obj = self.get_object(request, object_id)
            stale = obj and freshness.stale_fields(obj)
            if stale:
                messages.warning(
                    request,
                    gettext("The English text is out of date: %(fields)s.")
                    % {"fields": ", ".join(stale)},
                )
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(SiteIdentity)
class SiteIdentityAdmin(EnglishFreshness, TranslationAdmin):
    list_display = ["name", "area", "phone", "email", "english_status"]
    autocomplete_fields = ["area", "responsible"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "area", "introduction"]}),
        (_("Contacts"), {"fields": ["address", "phone", "email", "map_url"]}),
        (_("Responsibility"), {"fields": ["responsible", "licence"]}),
        (_("About the area"), {"fields": ["history", "area_km2", "population"]}),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteIdentity.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        """One record: the list opens it (or the form to create it)."""
        if SiteIdentity.objects.exists():
            return redirect(reverse("admin:portal_siteidentity_change", args=[1]))
        return redirect(reverse("admin:portal_siteidentity_add"))


@admin.register(Leader)
class LeaderAdmin(EnglishFreshness, TranslationAdmin):
    list_display = ["name", "title", "unit", "phone", "term_start", "term_end", "order"]
    list_editable = ["order"]
    list_filter = ["unit"]
    list_select_related = ["unit"]
    search_fields = ["name", "title", "unit__name"]
    autocomplete_fields = ["unit"]
    fields = ["name", "title", "unit", "phone", "email", "photo", "term_start", "term_end", "order"]


class LeaderInline(TranslationTabularInline):
    model = Leader
    fields = ["name", "title", "phone", "email", "term_start", "term_end", "order"]
    extra = 0


admin.site.unregister(Unit)


@admin.register(Unit)
class TranslatedUnitAdmin(EnglishFreshness, TranslationAdmin, UnitAdmin):
    """The units' admin (wards.admin) with English fields and the unit's leaders."""

    list_display = [*UnitAdmin.list_display, "english_status"]
    inlines = [LeaderInline]


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "name", "email", "created_at", "status"]
    list_filter = ["status"]
    search_fields = ["subject", "name", "email", "message"]
    readonly_fields = ["name", "email", "phone", "subject", "message", "created_at"]
    fields = [*readonly_fields, "status", "note"]
    date_hierarchy = "created_at"
    actions = ["mark_answered", "mark_spam"]

    def has_add_permission(self, request):
        return False  # messages come from readers

    @admin.action(description=_("Mark as answered"), permissions=["change"])
    def mark_answered(self, request, queryset):
        queryset.update(status=ContactMessage.Status.ANSWERED)

    @admin.action(description=_("Mark as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        queryset.update(status=ContactMessage.Status.SPAM)
