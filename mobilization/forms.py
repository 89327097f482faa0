"""The public list's filters: each checked on its own, junk ignored, never an error page."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from search.models import Abbreviation
from search.query import SearchQuery
from wards.models import Area, Unit

from .models import Initiative, Level, Sector, Status


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Keywords"), required=False, max_length=200)
    linh_vuc = forms.ChoiceField(label=_("Field"), required=False)
    trang_thai = forms.ChoiceField(label=_("Status"), required=False)
    cap = forms.ChoiceField(label=_("Recognised at"), required=False)
    nam = forms.ChoiceField(label=_("Year registered"), required=False)
    khu_vuc = forms.ChoiceField(label=_("Area"), required=False)
    don_vi = forms.ChoiceField(label=_("Unit"), required=False)

    def __init__(self, *args, **kwargs):
        """Choices from the registry: four small queries whatever the number of models."""
        super().__init__(*args, **kwargs)
        years = Initiative.objects.order_by("-year").values_list("year", flat=True).distinct()
        options = {
            "linh_vuc": (_("All fields"), Sector.objects.values_list("slug", "name")),
            "trang_thai": (_("All statuses"), Status.choices),
            "cap": (_("All levels"), Level.choices),
            "nam": (_("All years"), [(str(y), str(y)) for y in years]),
            "khu_vuc": (
                _("All areas"),
                Area.objects.filter(initiatives__isnull=False)
                .distinct()
                .order_by("name")
                .values_list("slug", "name"),
            ),
            "don_vi": (
                _("All units"),
                Unit.objects.filter(initiatives__isnull=False)
                .distinct()
                .order_by("name")
                .values_list("slug", "name"),
            ),
        }
        for name, (everything, choices) in options.items():
            self.fields[name].choices = [("", everything), *choices]

    def _value(self, name):
        """The filter's value if it is one of its choices, else nothing."""
        value = self.data.get(name, "")
        return value if value and value in dict(self.fields[name].choices) else ""

    def query(self):
        return SearchQuery.parse(self.data.get("q", ""), Abbreviation.folded_pairs())

    def filter(self, rows):
        """`rows` narrowed by every valid filter and the folded search words."""
        conditions = Q()
        for name, lookup in (("linh_vuc", "sector__slug"), ("trang_thai", "status"),
                             ("cap", "level"), ("khu_vuc", "area__slug")):  # fmt: skip
            if value := self._value(name):
                conditions &= Q(**{lookup: value})
        if year := self._value("nam"):
            conditions &= Q(year=int(year))
        if unit := self._value("don_vi"):
            links = Initiative.units.through.objects.filter(unit__slug=unit)
            conditions &= Q(pk__in=links.values("initiative_id"))
        rows = rows.filter(conditions)
        query = self.query()
        return query.filter(rows) if query else rows
