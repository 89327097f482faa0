"""The registry's numbers the way ward reports quote them: counts, the summary sentence to
paste into a report, and the same numbers as CSV."""

import csv

from django.db.models import Q
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from core.numbers import vi_number
from wards.models import Area

from . import charts
from .models import Initiative, Kind

WARD_KINDS = [
    Area.Kind.WARD, Area.Kind.COMMUNE, Area.Kind.TOWNSHIP, Area.Kind.SPECIAL_ZONE,
    Area.Kind.TOWN, Area.Kind.URBAN_DISTRICT, Area.Kind.RURAL_DISTRICT, Area.Kind.PROVINCIAL_CITY,
]  # fmt: skip


def places():
    """Wards (and larger areas) with models in them or in their residential groups: one query."""
    with_models = Q(initiatives__isnull=False) | Q(children__initiatives__isnull=False)
    return Area.objects.filter(with_models, kind__in=WARD_KINDS).distinct().order_by("name")


def initiatives_of(area=None):
    rows = Initiative.objects.all()
    return rows.in_area(area) if area else rows


def statistics(area=None):
    """Everything the statistics page and its CSV show, for `area` or the whole site."""
    rows = initiatives_of(area)
    counts = rows.counts()
    counts["recognised_per_year"] = rows.recognised_per_year()
    counts["recognised"] = sum(n for _level, n in counts["level"])
    return counts


def tables(counts):
    """(title, [(label, n)]) for each chart and table, in the order reports give them."""
    return [
        (_("By field"), [(sector.name, n) for sector, n in counts["sector"]]),
        (_("By status"), [(capfirst(status.label), n) for status, n in counts["status"]]),
        (_("By recognition level"), [(capfirst(level.label), n) for level, n in counts["level"]]),
        (_("By year registered"), [(str(year), n) for year, n in counts["year"]]),
        (_("Recognised per year"), [(str(year), n) for year, n in counts["recognised_per_year"]]),
    ]


def charted(counts):
    """[(title, svg, rows)]: a chart with its table for each of `tables`."""
    return [(title, charts.count_bars(rows, title), rows) for title, rows in tables(counts)]


def _lower_first(text):
    return text[:1].lower() + text[1:]


def summary_sentence(counts, area=None):
    """The sentence a report quotes, always in Vietnamese, numbers as 2.560:
    "Toàn phường có 74 mô hình “Dân vận khéo”, trong đó 14 mô hình trên lĩnh vực kinh tế, …"
    """
    with translation.override("vi"):
        place = _lower_first(area.get_kind_display()) if area else _("area")
        text = _("Across the %(place)s there are %(count)s “Skilful mobilization” models") % {
            "place": place,
            "count": vi_number(counts["total"]),
        }
        fields = [
            _("%(count)s in the field of %(field)s")
            % {"count": vi_number(n), "field": _lower_first(sector.name)}
            for sector, n in counts["sector"]
        ]
        if fields:
            text += _(", of which ") + ", ".join(fields)
        individuals = counts["kind"][Kind.INDIVIDUAL]
        if individuals:
            text += _(
                "; %(collective)s of collectives and %(individual)s exemplary individuals"
            ) % {
                "collective": vi_number(counts["kind"][Kind.COLLECTIVE]),
                "individual": vi_number(individuals),
            }
        if counts["recognised"]:
            levels = ", ".join(
                f"{vi_number(n)} {level.label}" for level, n in reversed(counts["level"]) if n
            )
            text += _("; %(count)s recognised (%(levels)s)") % {
                "count": vi_number(counts["recognised"]),
                "levels": levels,
            }
        return text + "."


def write_csv(out, counts, area=None):
    """The statistics as a spreadsheet: the sentence, then each table, then the models."""
    writer = csv.writer(out)
    writer.writerow([summary_sentence(counts, area)])
    for title, rows in tables(counts):
        writer.writerow([])
        writer.writerow([title, _("Models")])
        writer.writerows(rows)
    writer.writerow([])
    writer.writerow(
        [_("Name"), _("Area"), _("Units"), _("Field"), _("Kind"), _("Year registered"),
         _("Status"), _("Recognised at"), _("Recognised on")]
    )  # fmt: skip
    for item in initiatives_of(area).for_listing():
        writer.writerow(
            [
                item.name, item.area.name, "; ".join(u.name for u in item.units.all()),
                item.sector.name, item.get_kind_display(), item.year, item.get_status_display(),
                item.get_level_display(),
                item.recognised_on.strftime("%d/%m/%Y") if item.recognised_on else "",
            ]
        )  # fmt: skip
