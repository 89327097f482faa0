from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import AuditEntry, Scope


class ScopeInline(admin.StackedInline):
    model = Scope
    can_delete = False
    autocomplete_fields = ["areas", "units"]
    verbose_name_plural = _("working scope")


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class StaffAdmin(UserAdmin):
    """Django's user admin with the working scope beside the roles (groups)."""

    inlines = [ScopeInline]
    list_display = ["username", "email", "first_name", "last_name", "is_staff", "is_active"]
    list_filter = ["is_staff", "is_active", "groups"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read only, for administrators: nobody adds, changes or deletes an entry."""

    list_display = ["at", "username", "action", "object_repr", "detail", "address"]
    list_filter = ["action", "content_type", "at"]
    search_fields = ["username", "object_repr", "detail"]
    date_hierarchy = "at"
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
