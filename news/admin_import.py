"""'Nhập từ tệp Word' on the admin's article list: Word reports become drafts of the person
importing them, in their scope, through the same import module as `import_articles`."""

from django import forms
from django.contrib import messages
from django.contrib.admin import widgets
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsroom import roles, scope
from wards.models import Area

from .importing import ImportError_, read_bytes
from .importing.saving import default_section, existing, save, section_names
from .models import Article, Section

MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field; each is checked as a FileField checks one."""

    widget = MultipleFileInput(attrs={"accept": ".docx", "aria-describedby": "files-help"})

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        cleaned = [super(MultipleFileField, self).clean(item, initial) for item in files]
        if len(cleaned) > MAX_FILES:
            raise forms.ValidationError(
                _("At most %(count)d files at once.") % {"count": MAX_FILES}
            )
        for upload in cleaned:
            if not upload.name.lower().endswith(".docx"):
                raise forms.ValidationError(
                    _("«%(name)s» is not a Word file (.docx). Pages of an old site are "
                      "imported with the import_articles command.") % {"name": upload.name}
                )  # fmt: skip
        return cleaned


class WordImportForm(forms.Form):
    files = MultipleFileField(label=gettext_lazy("Word files (.docx)"))
    section = forms.ModelChoiceField(Section.objects.all(), label=gettext_lazy("section"))
    areas = forms.ModelMultipleChoiceField(
        Area.objects.none(), label=gettext_lazy("areas"), required=False
    )

    def __init__(self, *args, user, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["section"].initial = default_section()
        allowed = scope.area_ids(user)
        areas = self.fields["areas"]
        if allowed is None:  # administrators: every area, searched as on the change form
            areas.widget = widgets.AutocompleteSelectMultiple(
                Article._meta.get_field("areas"), admin_site
            )
            areas.queryset = Area.objects.all()  # after the widget: it takes the choices
        else:  # a writer ticks the areas of their scope; with one ward it is ticked already
            areas.widget = forms.CheckboxSelectMultiple()
            areas.queryset = Area.objects.filter(pk__in=allowed).order_by("name")
            areas.required = True
            areas.error_messages["required"] = _("Choose at least one area you work for.")
            roots = list(Area.objects.filter(scopes__user=user).values_list("pk", flat=True))
            if len(roots) == 1:
                areas.initial = roots


def import_view(model_admin, request):
    """GET: the form; POST: each file a draft by this user, then the draft (one file) or
    the list of the new drafts (several). A file that fails says why; the others import."""
    if not roles.can_write(request.user):
        raise PermissionDenied
    form = WordImportForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        admin_site=model_admin.admin_site,
    )
    if request.method == "POST" and form.is_valid():
        created = _import_all(request, form)
        if len(created) == 1:
            return redirect("admin:news_article_change", created[0].pk)
        if created:
            url = reverse("admin:news_article_changelist")
            return redirect(f"{url}?id__in={','.join(str(a.pk) for a in created)}")
        form.add_error("files", _("No file could be imported."))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta,
        "title": _("Import from Word files"),
        "form": form,
        "media": model_admin.media + form.media,
    }
    return TemplateResponse(request, "admin/news/article/import.html", context)


def _import_all(request, form):
    created = []
    names = section_names()
    data = form.cleaned_data
    for upload in data["files"]:
        try:
            draft = read_bytes(upload.name, upload.read(), sections=names)
        except ImportError_ as error:
            messages.error(request, f"{upload.name}: {error}")
            continue
        before = existing(draft)
        if before is not None:
            messages.warning(
                request,
                _("%(file)s: already here as «%(title)s» (#%(pk)s).")
                % {
                    "file": upload.name,
                    "title": Truncator(before.title).chars(80),
                    "pk": before.pk,
                },
            )
            continue
        article = save(
            draft, section=data["section"], areas=data["areas"], user=request.user,
            file_name=upload.name,
        )  # fmt: skip
        created.append(article)
        messages.success(
            request,
            _("%(file)s: draft «%(title)s», %(photos)d photos.")
            % {"file": upload.name, "title": Truncator(article.title).chars(80),
               "photos": len(draft.pictures)},
        )  # fmt: skip
    return created
