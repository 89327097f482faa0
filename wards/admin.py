from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.text import SLUG_SCRIPTS
from newsroom import roles, scope

from .models import Area, Unit


class UnitInline(admin.TabularInline):
    model = Unit
    fields = ["name", "kind", "phone", "email", "order"]
    extra = 0
    show_change_link = True


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "code", "parent", "dissolved_on", "merged_into"]
    list_filter = ["kind", ("dissolved_on", admin.EmptyFieldListFilter)]
    search_fields = ["name", "code", "slug"]
    autocomplete_fields = ["parent", "merged_into"]
    list_select_related = ["parent", "merged_into"]
    fieldsets = [
        (None, {"fields": ["kind", "name", "code", "slug", "parent", "order"]}),
        (None, {"fields": ["description"]}),
        (_("Merger"), {"fields": ["dissolved_on", "merged_into"]}),
    ]
    inlines = [UnitInline]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = SLUG_SCRIPTS

    def get_queryset(self, request):
        """Writers see (and pick in an article's autocomplete) the areas they work for."""
        areas = super().get_queryset(request)
        allowed = scope.area_ids(request.user)
        if allowed is None or not roles.can_write(request.user):
            return areas
        return areas.filter(pk__in=allowed)


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "area", "phone", "order"]
    list_filter = ["kind"]
    search_fields = ["name", "area__name"]
    autocomplete_fields = ["area"]
    list_select_related = ["area"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = SLUG_SCRIPTS

    def get_queryset(self, request):
        units = super().get_queryset(request)
        allowed = scope.area_ids(request.user)
        if allowed is None or not roles.can_write(request.user):
            return units
        return units.filter(Q(area__in=allowed) | Q(pk__in=scope.unit_ids(request.user)))
