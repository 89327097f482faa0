"""The registry in the admin: editors and publishers register and update the models of
their scope (newsroom.scope), by every path; publishers also delete; administrators keep
the list of fields. Status changes are dated rows of the history, kept."""

from django import forms
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.text import SLUG_SCRIPTS, fold, html_to_text
from news.models import Article
from newsroom import roles, scope
from newsroom.admin import ScopedAdmin, ScopedInline
from search.models import Abbreviation
from search.query import FoldedSearchAdmin
from wards.models import Area, Unit

from .models import ArticleLink, Initiative, InitiativePhoto, Result, Sector, StatusChange


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class InitiativeForm(forms.ModelForm):
    """The model's area (or one of its units) must lie in the writer's scope."""

    user = None  # set by InitiativeAdmin.get_form

    class Meta:
        model = Initiative
        fields = ["name", "slug", "sector", "kind", "year", "area", "units", "description"]

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not 1990 <= year <= 2100:
            raise forms.ValidationError(_("Give a year between 1990 and 2100."))
        return year

    def clean(self):
        data = super().clean()
        allowed = scope.area_ids(self.user)
        if allowed is None:
            return data
        area, units = data.get("area"), data.get("units") or []
        allowed_units = scope.unit_ids(self.user)
        in_scope = (area and area.pk in allowed) or any(u.pk in allowed_units for u in units)
        if area and not in_scope:
            self.add_error("area", _("You do not work for: %(areas)s.") % {"areas": area.name})
        return data


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    fields = ["on", "status", "level", "note", "by"]
    readonly_fields = ["by"]
    extra = 1
    verbose_name = _("step")
    verbose_name_plural = _("Status history: add a dated row when the model moves on")


class ResultInline(admin.TabularInline):
    model = Result
    fields = ["value", "unit", "label", "order"]
    extra = 1


class PhotoInline(admin.TabularInline):
    model = InitiativePhoto
    fields = ["image", "caption", "order"]
    extra = 1


class ArticlesInline(admin.TabularInline):
    """The articles about a model, found by their title (the article list's own search)."""

    model = ArticleLink
    fields = ["article"]
    autocomplete_fields = ["article"]
    extra = 1
    verbose_name = _("article")
    verbose_name_plural = _("Articles about this model")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "article":
            kwargs["queryset"] = scope.limit(Article.objects.all(), request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Initiative)
class InitiativeAdmin(ScopedAdmin, FoldedSearchAdmin, admin.ModelAdmin):
    form = InitiativeForm
    list_display = ["name", "sector", "area", "year", "status", "level", "recognised_on"]
    list_filter = ["sector", "status", "level", "kind", "year"]
    list_select_related = ["sector", "area"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["status", "status_on", "level", "recognised_on"]
    inlines = [StatusChangeInline, ResultInline, PhotoInline, ArticlesInline]

    class Media:
        js = SLUG_SCRIPTS

    def get_fieldsets(self, request, obj=None):
        return [
            (None, {"fields": ["name", "slug", "sector", "kind", "year", "area", "units"]}),
            (None, {"fields": ["description"]}),
            (_("Now"), {"fields": ["status", "status_on", "level", "recognised_on"]}),
        ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        allowed = scope.area_ids(request.user)
        if db_field.name == "area" and allowed is not None:
            units = Unit.objects.filter(pk__in=scope.unit_ids(request.user))
            kwargs["queryset"] = Area.objects.filter(
                Q(pk__in=allowed) | Q(pk__in=units.values("area_id"))
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        allowed = scope.area_ids(request.user)
        if allowed is not None and db_field.name == "units":
            kwargs["queryset"] = Unit.objects.filter(
                Q(area__in=allowed) | Q(pk__in=scope.unit_ids(request.user))
            )
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def search_abbreviations(self):
        return Abbreviation.folded_pairs()

    # Who sees and changes what -----------------------------------------------------------

    def get_queryset(self, request):
        return super().get_queryset(request).in_scope(request.user)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and roles.can_write(request.user)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and roles.can_write(request.user)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and roles.can_review(request.user)

    # Saving ------------------------------------------------------------------------------

    def save_formset(self, request, form, formset, change):
        if formset.model is StatusChange:
            for step in formset.save(commit=False):
                step.by_id = step.by_id or request.user.pk
                step.save()
            for step in formset.deleted_objects:
                step.delete()
            return
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_status()


# On the article's form -------------------------------------------------------------------


def suggested_for(article, user):
    """In-scope models whose whole name appears in the article's title, sapo or body and
    that it is not linked to yet: one query for the names, the matching in Python."""
    if article is None or not article.pk:
        return []
    text = f" {fold(' '.join([article.title, article.sapo, html_to_text(article.body)]))} "
    linked = ArticleLink.objects.filter(article=article).values("initiative_id")
    rows = Initiative.objects.in_scope(user).exclude(pk__in=linked).values_list("pk", "name")
    return [pk for pk, name in rows if len(fold(name)) > 3 and f" {fold(name)} " in text]


class ArticleLinkForm(forms.ModelForm):
    # A table's cells have no <label>: each field names itself for screen readers.
    attach = forms.BooleanField(
        label=_("attach"),
        required=False,
        help_text=_("Tick to attach a suggested model."),
        widget=forms.CheckboxInput(attrs={"aria-label": _("attach")}),
    )

    class Meta:
        model = ArticleLink
        fields = ["initiative", "attach"]
        widgets = {"initiative": forms.Select(attrs={"aria-label": _("related model")})}


class SuggestingFormSet(forms.BaseInlineFormSet):
    """Extra rows filled with the suggested models; a row is saved once its box is ticked
    (or a model chosen in a blank row), since only then does it differ from its start."""

    suggested = ()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", [{"initiative": pk} for pk in self.suggested])
        data, prefix = kwargs.get("data"), kwargs.get("prefix") or self.get_default_prefix()
        if data is not None and f"{prefix}-TOTAL_FORMS" not in data:
            # A POST made without these rows (a script, an older form) leaves the links as
            # they are, instead of refusing the whole article.
            data = data.copy()
            data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
            kwargs["data"] = data
        super().__init__(*args, **kwargs)


class ArticleModelsInline(ScopedInline, admin.TabularInline):
    """ "Mô hình liên quan" on the article's form: in the writer's scope, with suggestions."""

    model = ArticleLink
    form = ArticleLinkForm
    formset = SuggestingFormSet
    fields = ["initiative", "attach"]
    extra = 1
    verbose_name = _("related model")
    verbose_name_plural = _("Related “Skilful mobilization” models")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        suggested = suggested_for(obj, request.user)
        return type(
            formset.__name__, (formset,), {"suggested": suggested, "extra": len(suggested) + 1}
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "initiative":
            kwargs["queryset"] = Initiative.objects.in_scope(request.user).order_by("name")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
