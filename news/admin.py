from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import Article, Photo, Section, SidebarBlock, SidebarLink


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "order", "show_on_home"]
    list_editable = ["order", "show_on_home"]
    list_select_related = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class PhotoInline(admin.TabularInline):
    model = Photo
    fields = ["image", "caption", "order"]
    extra = 1


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "section", "status_label", "published_at", "featured", "views"]
    list_filter = ["status", "featured", "section", "areas", "published_at"]
    list_select_related = ["section__parent"]
    search_fields = ["title", "sapo", "author"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["areas", "units"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [PhotoInline]
    actions = ["publish", "withdraw"]
    readonly_fields = ["views", "comment_count", "rating_count", "created_by", "updated_by"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "sapo", "body"]}),
        (_("Cover photo"), {"fields": ["cover", "cover_caption"]}),
        (_("Byline"), {"fields": ["author", "source", "event_date", "areas", "units"]}),
        (_("Publishing"), {"fields": ["status", "published_at", "featured"]}),
        (
            _("Statistics"),
            {
                "classes": ["collapse"],
                "fields": ["views", "comment_count", "rating_count", "created_by", "updated_by"],
            },
        ),
    ]

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, article):
        if article.is_scheduled:
            when = date_format(timezone.localtime(article.published_at), "SHORT_DATETIME_FORMAT")
            return _("Scheduled for %(time)s") % {"time": when}
        return article.get_status_display()

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish the selected articles"))
    def publish(self, request, queryset):
        for article in queryset:
            article.status = Article.Status.PUBLISHED
            article.updated_by = request.user
            article.save()

    @admin.action(description=_("Withdraw the selected articles"))
    def withdraw(self, request, queryset):
        queryset.update(status=Article.Status.WITHDRAWN, updated_by=request.user)


class SidebarLinkInline(admin.TabularInline):
    model = SidebarLink
    fields = ["title", "url", "image", "order"]
    extra = 1
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(SidebarBlock)
class SidebarBlockAdmin(admin.ModelAdmin):
    list_display = ["title", "order", "is_active"]
    list_editable = ["order", "is_active"]
    inlines = [SidebarLinkInline]
