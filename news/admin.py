"""The newsroom in the admin: every path goes through the article's own rules.

Status never comes from a form: it changes only by the workflow's moves (news.workflow),
from the change form's buttons or the list actions, each of which asks the article who
may. Editors see their scope, change only their own drafts and returned articles, and
never publish, schedule, feature, withdraw or delete.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import widgets
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion_compare.admin import CompareVersionAdmin

from core.admin import NarrowListMixin
from core.text import SLUG_SCRIPTS
from documents.admin import cited_documents
from mobilization.admin import ArticleModelsInline
from newsroom import roles, scope
from newsroom.admin import ScopedAdmin, ScopedInline
from newsroom.audit import Action, record
from search.models import Abbreviation
from search.query import FoldedSearchAdmin

from .admin_import import import_view
from .models import Article, Photo, Section, SidebarBlock, SidebarLink
from .workflow import CONTENT_FIELDS, MovesEachAdmin, NotAllowed

# Moves offered as buttons on the change form: POST name → method.
MOVES = {"_submit": "submit", "_approve": "approve", "_return": "return_to_editor",
         "_withdraw": "withdraw"}  # fmt: skip
# Fields only a publisher sets; the rest of a reverted version never changes them.
PUBLISHING_FIELDS = ["published_at", "hide_after", "featured"]
KEPT_ON_SAVE = ["status", "review_note", "revision_of_id", "created_by_id"]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "order", "show_on_home"]
    list_editable = ["order", "show_on_home"]
    list_select_related = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]

    class Media:
        js = SLUG_SCRIPTS


class PhotoForm(forms.ModelForm):
    class Meta:
        model = Photo
        fields = ["image", "caption", "order"]
        # A table's column heads are no labels: name each field for screen readers.
        widgets = {
            "image": forms.ClearableFileInput(attrs={"aria-label": _("photo")}),
            "caption": forms.TextInput(attrs={"aria-label": _("caption"), "size": 40}),
            "order": forms.NumberInput(attrs={"aria-label": _("order"), "class": "vIntegerField"}),
        }


class PhotoInline(ScopedInline, admin.TabularInline):
    model = Photo
    form = PhotoForm
    fields = ["thumbnail", "image", "caption", "order"]
    readonly_fields = ["thumbnail"]
    extra = 1

    @admin.display(description=_("photo"))
    def thumbnail(self, photo):
        if not photo.pk:
            return ""
        try:
            url = photo.image_480.url
        except (OSError, ValueError):
            return ""
        return format_html('<img src="{}" alt="{}" class="thumb" width="120">', url, photo.caption)


class ArticleForm(forms.ModelForm):
    """The change form; areas and units must lie in the writer's scope."""

    user = None  # set by ArticleAdmin.get_form

    class Meta:
        model = Article
        fields = [
            "title", "slug", "section", "sapo", "body", "cover", "cover_caption", "author",
            "source", "event_date", "areas", "units", "published_at", "hide_after", "featured",
            "comments_open",
        ]  # fmt: skip
        widgets = {"title": forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField"})}

    def clean(self):
        data = super().clean()
        allowed = scope.area_ids(self.user)
        if allowed is None:
            return data
        areas = data.get("areas")
        units = data.get("units")
        if areas is not None and not areas and not units:
            self.add_error("areas", _("Choose at least one area you work for."))
        outside = [a.name for a in areas or () if a.pk not in allowed]
        if outside:
            self.add_error(
                "areas", _("You do not work for: %(areas)s.") % {"areas": ", ".join(outside)}
            )
        allowed_units = scope.unit_ids(self.user)
        outside = [
            u.name for u in units or () if u.area_id not in allowed and u.pk not in allowed_units
        ]
        if outside:
            self.add_error(
                "units", _("You do not work for: %(units)s.") % {"units": ", ".join(outside)}
            )
        return data


class MineFilter(admin.SimpleListFilter):
    title = _("whose")
    parameter_name = "cua"

    def lookups(self, request, model_admin):
        return [("toi", _("Mine"))]

    def queryset(self, request, queryset):
        if self.value() == "toi":
            return queryset.filter(created_by=request.user)
        return queryset


@admin.register(Article)
class ArticleAdmin(
    ScopedAdmin, MovesEachAdmin, NarrowListMixin, FoldedSearchAdmin, CompareVersionAdmin
):
    form = ArticleForm
    list_display = ["headline", "section", "status_label", "published_at", "views"]
    list_filter = [MineFilter, "status", "featured", "section", "published_at"]
    list_select_related = ["section__parent", "revision_of"]
    list_defer = ["body", "sapo", "search_text"]
    autocomplete_fields = ["areas", "units"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [PhotoInline, ArticleModelsInline]
    actions = ["submit_selected", "publish_selected", "withdraw_selected", "delete_selected"]
    readonly_fields = ["status_label", "review_note", "views", "comment_count", "rating_count",
                       "created_by", "updated_by", "cited_documents"]  # fmt: skip
    cited_documents = staticmethod(cited_documents)  # what the text cites, from the register
    history_latest_first = True
    change_list_template = "admin/news/article/change_list.html"  # reversion's, with "Import"

    class Media:
        js = SLUG_SCRIPTS

    def get_fieldsets(self, request, obj=None):
        publishing = ["status_label", "review_note", "published_at", "hide_after", "featured",
                      "comments_open"]  # fmt: skip
        return [
            (None, {"fields": ["title", "slug", "section", "sapo", "body"]}),
            (_("Cover photo"), {"fields": ["cover", "cover_caption"]}),
            (_("Byline"), {"fields": ["author", "source", "event_date", "areas", "units"]}),
            (cited_documents.short_description, {"fields": ["cited_documents"]}),
            (_("Publishing"), {"fields": publishing}),
            (
                _("Statistics"),
                {
                    "classes": ["collapse"],
                    "fields": [
                        "views",
                        "comment_count",
                        "rating_count",
                        "created_by",
                        "updated_by",
                    ],  # fmt: skip
                },
            ),
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if not roles.can_review(request.user):
            fields += PUBLISHING_FIELDS
        return fields

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(field and field.widget, widgets.AdminSplitDateTime):
            # "Ngày:" and "Giờ:" are plain text in Django's widget: label each box.
            date, time = field.widget.widgets
            date.attrs["aria-label"] = f"{capfirst(db_field.verbose_name)}: {_('date')}"
            time.attrs["aria-label"] = f"{capfirst(db_field.verbose_name)}: {_('time')}"
        return field

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        """A writer ticks the few areas and units of their scope (labelled checkboxes that
        work on a phone); administrators search all of them."""
        allowed = scope.area_ids(request.user)
        if allowed is not None and db_field.name in ("areas", "units"):
            model = db_field.remote_field.model
            if db_field.name == "areas":
                kwargs["queryset"] = model.objects.filter(pk__in=allowed)
            else:
                units = Q(area__in=allowed) | Q(pk__in=scope.unit_ids(request.user))
                kwargs["queryset"] = model.objects.filter(units)
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    # Who sees and changes what -----------------------------------------------------------

    def get_queryset(self, request):
        return scope.limit(super().get_queryset(request), request.user)

    def search_abbreviations(self):
        return Abbreviation.folded_pairs()

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or obj.may_view(request.user))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.may_edit(request.user))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj) and roles.can_review(request.user)
        return allowed and (obj is None or obj.may_review(request.user))

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not roles.can_review(request.user):
            for name in ("publish_selected", "withdraw_selected"):
                actions.pop(name, None)
        return actions

    # The list ----------------------------------------------------------------------------

    @admin.display(description=_("title"), ordering="title")
    def headline(self, article):
        if article.revision_of_id:
            return format_html(
                "{} <span class='badge'>{}</span>",
                Truncator(article.title).chars(160),
                _("change to a published article"),
            )
        return Truncator(article.title).chars(160)

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, article):
        if article.is_scheduled:
            when = date_format(timezone.localtime(article.published_at), "SHORT_DATETIME_FORMAT")
            return _("Scheduled for %(time)s") % {"time": when}
        if article.status == Article.Status.RETURNED and article.review_note:
            return format_html(
                "{}<br><span class='reason'>{}</span>",
                article.get_status_display(),
                Truncator(article.review_note).chars(120),
            )
        return article.get_status_display()

    # Saving ------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if change:  # what only the workflow moves, whatever a form or a reverted version says
            current = Article.objects.get(pk=obj.pk)
            keep = KEPT_ON_SAVE + ([] if roles.can_review(request.user) else PUBLISHING_FIELDS)
            for name in keep:
                setattr(obj, name, getattr(current, name))
            if current.is_public and any(name in form.changed_data for name in CONTENT_FIELDS):
                obj.revised_at = timezone.now()
        else:
            obj.created_by = request.user
            obj.status = Article.Status.DRAFT
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        restoring = "/history/" in request.path
        action = Action.RESTORED if restoring else Action.EDITED if change else Action.CREATED
        record(action, form.instance, detail=", ".join(form.changed_data))

    def response_add(self, request, obj, post_url_continue=None):
        return self._after_save(request, obj) or super().response_add(request, obj)

    def response_change(self, request, obj):
        return self._after_save(request, obj) or super().response_change(request, obj)

    def _after_save(self, request, obj):
        """The move a button asked for, once the form is saved; back to the article."""
        name = next((name for name in MOVES if name in request.POST), None)
        if name is None:
            return None
        try:
            if name == "_approve":
                ahead = obj.published_at and obj.published_at > timezone.now()
                obj.approve(request.user, at=obj.published_at if ahead else None)
            elif name == "_return":
                obj.return_to_editor(request.user, request.POST.get("return_reason", ""))
            else:
                getattr(obj, MOVES[name])(request.user)
        except NotAllowed as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(request, _("Done: %(status)s.") % {"status": self.status_label(obj)})
        if not Article.objects.filter(pk=obj.pk).exists():  # an approved change went live
            return redirect("admin:news_article_change", obj.revision_of_id)
        return redirect("admin:news_article_change", obj.pk)

    def delete_model(self, request, obj):
        obj.delete_by(request.user)

    def delete_queryset(self, request, queryset):
        self.move_each(request, queryset, "delete_by", lambda n: ngettext(
            "%(count)d article deleted.", "%(count)d articles deleted.", n))  # fmt: skip

    # Extra pages -------------------------------------------------------------------------

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/sua-bai/", wrap(self.propose_edit_view), name="news_article_propose"),
            path("<int:pk>/xem-truoc/", wrap(self.preview_view), name="news_article_preview"),
            path("nhap-tu-word/", wrap(self.import_view), name="news_article_import"),
        ] + super().get_urls()

    def import_view(self, request):
        return import_view(self, request)

    def changelist_view(self, request, extra_context=None):
        context = {"can_import": roles.can_write(request.user), **(extra_context or {})}
        return super().changelist_view(request, context)

    def propose_edit_view(self, request, pk):
        """POST: a draft copy of a published article, to edit and submit; opens it."""
        if request.method != "POST":
            return redirect("admin:news_article_change", pk)
        article = get_object_or_404(self.get_queryset(request), pk=pk)
        try:
            copy = article.propose_edit(request.user)
        except NotAllowed as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return redirect("admin:news_article_change", pk)
        self.message_user(
            request, _("A draft of your change was opened; the article stays online.")
        )
        return redirect("admin:news_article_change", copy.pk)

    def preview_view(self, request, pk):
        """The article as readers will see it, at a phone's width and a desktop's."""
        obj = self._scoped(request, pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": obj,
            "title": _("Preview: %(title)s") % {"title": Truncator(obj.title).chars(80)},
            "url": obj.get_absolute_url(),
        }
        return TemplateResponse(request, "admin/news/article/preview.html", context)

    def _scoped(self, request, object_id):
        """The article if the user may see it: 404 outside their scope or visibility."""
        obj = self.get_object(request, object_id)
        if obj is None or not self.has_view_permission(request, obj):
            raise PermissionDenied
        return obj

    def history_view(self, request, object_id, extra_context=None):
        self._scoped(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def compare_view(self, request, object_id, extra_context=None):
        self._scoped(request, object_id)
        return super().compare_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        self._scoped(request, object_id)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not roles.is_administrator(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not roles.is_administrator(request.user):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        context = {**(extra_context or {})}
        if object_id:
            obj = self.get_object(request, object_id)
            if obj is not None:
                user = request.user
                context["moves"] = {
                    "submit": obj.status in (Article.Status.DRAFT, Article.Status.RETURNED)
                    and obj.may_edit(user),
                    "approve": obj.may_approve(user),
                    "return": obj.status == Article.Status.REVIEW and obj.may_review(user),
                    "withdraw": obj.status == Article.Status.PUBLISHED and obj.may_review(user),
                    "propose": obj.status == Article.Status.PUBLISHED
                    and not obj.revision_of_id
                    and not obj.may_edit(user)
                    and roles.can_write(user),
                }
                if not obj.is_public:
                    context["preview_url"] = reverse("admin:news_article_preview", args=[obj.pk])
        else:
            context["moves"] = {"submit": roles.can_write(request.user)}
        return super().changeform_view(request, object_id, form_url, context)

    # List actions: each article asks its own rules -------------------------------------

    @admin.action(description=_("Submit the selected articles for review"), permissions=["view"])
    def submit_selected(self, request, queryset):
        self.move_each(request, queryset, "submit", lambda n: ngettext(
            "%(count)d article submitted.", "%(count)d articles submitted.", n))  # fmt: skip

    @admin.action(description=_("Approve and publish the selected articles"), permissions=["view"])
    def publish_selected(self, request, queryset):
        self.move_each(request, queryset, "approve", lambda n: ngettext(
            "%(count)d article published.", "%(count)d articles published.", n))  # fmt: skip

    @admin.action(description=_("Withdraw the selected articles"), permissions=["view"])
    def withdraw_selected(self, request, queryset):
        self.move_each(request, queryset, "withdraw", lambda n: ngettext(
            "%(count)d article withdrawn.", "%(count)d articles withdrawn.", n))  # fmt: skip


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
