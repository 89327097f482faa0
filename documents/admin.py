"""The register in the admin: every path asks the document's own rules (models.Document).

Editors register drafts in their scope and edit their own drafts; publishers publish,
withdraw, edit and delete in their scope. Status never comes from a form: only the
buttons and list actions move it. `cited_documents` is the article form's list of what
its text cites (news/admin.py shows it).
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import NarrowListMixin
from news.workflow import MovesEachAdmin, NotAllowed
from newsroom import scope
from newsroom.admin import ScopedAdmin, ScopedInline
from newsroom.audit import Action, record
from search.models import Abbreviation
from search.query import FoldedSearchAdmin

from .models import Citation, Document, DocumentFile, Topic

MOVES = {"_publish": "publish", "_withdraw": "withdraw"}
KEPT_ON_SAVE = ["status", "published_at", "created_by_id"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class DocumentFileForm(forms.ModelForm):
    class Meta:
        model = DocumentFile
        fields = ["file", "name", "order"]
        widgets = {
            "file": forms.ClearableFileInput(
                attrs={"aria-label": _("file"), "accept": ".pdf,.docx,.xlsx"}
            ),
            "name": forms.TextInput(attrs={"aria-label": _("file name"), "size": 40}),
            "order": forms.NumberInput(attrs={"aria-label": _("order"), "class": "vIntegerField"}),
        }


class DocumentFileInline(ScopedInline, admin.TabularInline):
    model = DocumentFile
    form = DocumentFileForm
    fields = ["file", "name", "order", "downloads"]
    readonly_fields = ["downloads"]
    extra = 1


class DocumentForm(forms.ModelForm):
    """Areas must lie in the writer's scope; an issuer is a unit or a name."""

    user = None  # set by DocumentAdmin.get_form

    class Meta:
        model = Document
        fields = [
            "kind", "code", "abstract", "issuer_unit", "issuer_name", "signer", "issued_on",
            "effective_on", "expires_on", "status_in_law", "superseded_by", "topic", "areas",
        ]  # fmt: skip
        widgets = {"abstract": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"})}

    def clean(self):
        data = super().clean()
        if not data.get("issuer_unit") and not (data.get("issuer_name") or "").strip():
            self.add_error("issuer_name", _("Choose the issuing unit or type the issuing body."))
        superseded = data.get("superseded_by")
        if superseded and self.instance.pk and superseded.pk == self.instance.pk:
            self.add_error("superseded_by", _("A document cannot replace itself."))
        if superseded and data.get("status_in_law") not in (
            Document.Legal.REPLACED,
            Document.Legal.AMENDED,
        ):
            self.add_error(
                "status_in_law", _("A document replaced or amended by another says so here.")
            )
        if (
            data.get("expires_on")
            and data.get("issued_on")
            and data["expires_on"] < data["issued_on"]
        ):
            self.add_error("expires_on", _("The expiry date comes before the issue date."))
        allowed = scope.area_ids(self.user)
        if allowed is None:
            return data
        areas = data.get("areas")
        if areas is not None and not areas:
            self.add_error("areas", _("Choose at least one area you work for."))
        outside = [area.name for area in areas or () if area.pk not in allowed]
        if outside:
            self.add_error(
                "areas", _("You do not work for: %(areas)s.") % {"areas": ", ".join(outside)}
            )
        return data


@admin.register(Document)
class DocumentAdmin(
    ScopedAdmin, MovesEachAdmin, NarrowListMixin, FoldedSearchAdmin, admin.ModelAdmin
):
    form = DocumentForm
    list_display = ["title_line", "issued_on", "issuer_name", "legal_label", "status"]
    list_filter = ["status", "kind", "status_in_law", "topic", "issued_on"]
    list_select_related = ["topic"]
    list_defer = ["search_text", "abstract"]
    show_full_result_count = False
    autocomplete_fields = ["superseded_by"]
    inlines = [DocumentFileInline]
    readonly_fields = ["status", "published_at", "created_by", "citing_articles"]
    actions = ["publish_selected", "withdraw_selected", "delete_selected"]
    fieldsets = [
        (None, {"fields": ["kind", "code", "abstract", "topic"]}),
        (
            _("Issued"),
            {
                "fields": [
                    "issuer_unit",
                    "issuer_name",
                    "signer",
                    "issued_on",
                    "effective_on",
                    "expires_on",
                ]
            },
        ),  # fmt: skip
        (_("Legal status"), {"fields": ["status_in_law", "superseded_by"]}),
        (_("Publishing"), {"fields": ["areas", "status", "published_at", "created_by"]}),
        (_("Articles citing it"), {"fields": ["citing_articles"]}),
    ]

    def search_abbreviations(self):
        return Abbreviation.folded_pairs()

    @admin.display(description=_("document"), ordering="code")
    def title_line(self, document):
        return document.title_line()

    @admin.display(description=_("legal status"), ordering="status_in_law")
    def legal_label(self, document):
        return document.get_legal_status_display()

    @admin.display(description=_("articles"))
    def citing_articles(self, document):
        if not document.pk:
            return "—"
        rows = document.citations.select_related("article").order_by("-article__published_at")
        links = [
            (reverse("admin:news_article_change", args=[c.article_id]), c.article.title)
            for c in rows[:50]
        ]
        if not links:
            return _("No article cites it yet.")
        return format_html(
            "<ul>{}</ul>", format_html_join("", '<li><a href="{}">{}</a></li>', links)
        )

    # Who sees and changes what -----------------------------------------------------------

    def get_queryset(self, request):
        return super().get_queryset(request).in_scope_of(request.user)

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or obj.may_view(request.user))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.may_edit(request.user))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj) and Document.can_publish(request.user)
        return allowed and (obj is None or obj.in_scope_of(request.user))

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not Document.can_publish(request.user):
            for name in ("publish_selected", "withdraw_selected"):
                actions.pop(name, None)
        return actions

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        allowed = scope.area_ids(request.user)
        if db_field.name == "areas" and allowed is not None:
            kwargs["queryset"] = db_field.remote_field.model.objects.filter(pk__in=allowed)
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        allowed = scope.area_ids(request.user)
        if db_field.name == "issuer_unit" and allowed is not None:
            units = Q(area__in=allowed) | Q(pk__in=scope.unit_ids(request.user))
            kwargs["queryset"] = db_field.remote_field.model.objects.filter(units)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # Saving ------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if change:  # status moves only by the buttons and actions below
            current = Document.objects.get(pk=obj.pk)
            for name in KEPT_ON_SAVE:
                setattr(obj, name, getattr(current, name))
        else:
            obj.created_by = request.user
            obj.status = Document.Status.DRAFT
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        action = Action.EDITED if change else Action.CREATED
        record(action, form.instance, user=request.user, detail=", ".join(form.changed_data))

    def response_add(self, request, obj, post_url_continue=None):
        return self._after_save(request, obj) or super().response_add(request, obj)

    def response_change(self, request, obj):
        return self._after_save(request, obj) or super().response_change(request, obj)

    def _after_save(self, request, obj):
        name = next((name for name in MOVES if name in request.POST), None)
        if name is None:
            return None
        try:
            getattr(obj, MOVES[name])(request.user)
        except NotAllowed as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(
                request, _("Done: %(status)s.") % {"status": obj.get_status_display()}
            )
        return redirect("admin:documents_document_change", obj.pk)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        context = {**(extra_context or {})}
        obj = self.get_object(request, object_id) if object_id else None
        if obj is not None:
            context["moves"] = {
                "publish": not obj.is_public and obj.may_publish(request.user),
                "withdraw": obj.is_public and Document.can_publish(request.user),
            }
        return super().changeform_view(request, object_id, form_url, context)

    def delete_model(self, request, obj):
        obj.delete_by(request.user)

    def delete_queryset(self, request, queryset):
        self.move_each(request, queryset, "delete_by", lambda n: ngettext(
            "%(count)d document deleted.", "%(count)d documents deleted.", n))  # fmt: skip

    # List actions: each document asks its own rules ------------------------------------

    @admin.action(description=_("Publish the selected documents"), permissions=["view"])
    def publish_selected(self, request, queryset):
        self.move_each(request, queryset, "publish", lambda n: ngettext(
            "%(count)d document published.", "%(count)d documents published.", n))  # fmt: skip

    @admin.action(description=_("Withdraw the selected documents"), permissions=["view"])
    def withdraw_selected(self, request, queryset):
        self.move_each(request, queryset, "withdraw", lambda n: ngettext(
            "%(count)d document withdrawn.", "%(count)d documents withdrawn.", n))  # fmt: skip


@admin.display(description=_("Documents cited"))
def cited_documents(article):
    """The article form's list of the documents its text cites: linked, registered but not
    published, or unknown (with a link to register it, prefilled); a warning for an
    expired or replaced one. One query."""
    if not getattr(article, "pk", None):
        return _("Found when the article is saved.")
    rows = list(
        Citation.objects.filter(article_id=article.pk).select_related("document__superseded_by")
    )
    if not rows:
        return _("No document is cited.")
    items = []
    for citation in rows:
        document = citation.document
        if document is None:
            query = urlencode({"kind": citation.kind, "code": citation.code})
            add = reverse("admin:documents_document_add") + "?" + query
            items.append(format_html(
                '<li class="unknown">{} — {} <a href="{}">{}</a></li>',
                citation.text, _("not in the register."), add, _("Register it"),
            ))  # fmt: skip
            continue
        change = reverse("admin:documents_document_change", args=[document.pk])
        note = _("linked") if document.is_public else _("registered, not published: not linked")
        warning = ""
        if document.is_outdated:
            warning = _("Warning: this document is %(status)s.") % {
                "status": document.get_legal_status_display().lower()
            }
            if document.superseded_by_id:
                warning += " " + _("See %(newer)s.") % {"newer": document.superseded_by}
        items.append(format_html(
            '<li><a href="{}">{}</a> — {}{}</li>', change, citation.text, note,
            format_html(' <strong class="errornote">{}</strong>', warning) if warning else "",
        ))  # fmt: skip
    return format_html(
        "<ul class='citations'>{}</ul>", format_html_join("", "{}", ((i,) for i in items))
    )
