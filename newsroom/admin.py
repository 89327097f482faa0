from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from .models import AuditEntry, Scope


class ScopedAdmin:
    """A ModelAdmin mixin for objects kept in scope (its queryset shows the user's own): one
    outside the user's scope is refused with 403, not shown as missing; a junk id is
    simply not found."""

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        known = str(object_id).isdigit() and len(str(object_id)) < 19
        if found is None and known and self.model.objects.filter(pk=object_id).exists():
            raise PermissionDenied
        return found


class ScopedInline:
    """An inline mixin: rows are added, changed and deleted only by who may edit the
    object they belong to (its `may_edit`)."""

    def _parent_editable(self, request, obj):
        return obj is None or obj.may_edit(request.user)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._parent_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and self._parent_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and self._parent_editable(request, obj)


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
