"""The search form: the query and optional filters, each checked on its own."""

from datetime import date, datetime, time, timedelta

from django import forms
from django.core.cache import cache
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.models import Article, Section
from wards.models import Area, Unit

FILTER_CHOICES_CACHE_KEY = "search:filter-choices"
FILTER_CHOICES_SECONDS = 600
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)  # also keeps date arithmetic safe


def filter_choices():
    """(slug, name) of sections, and of areas and units that have news: three queries,
    cached ten minutes (a ward with thousands of areas lists only those with news)."""

    def load():
        published = Article.objects.published()

        def with_news(model, link, field):
            # An area's newest published article, looked up area by area from the index of
            # links by area and article (news/migrations/0009), stops there: 1 ms at
            # 100,000 articles. PostgreSQL turns an EXISTS (even with LIMIT 1) into a join
            # of every article with its links (200 ms), DISTINCT did too (300 ms).
            links = link.objects.filter(**{field: OuterRef("pk"), "article__in": published})
            first = Subquery(links.order_by("-article_id").values("article_id")[:1])
            return list(
                model.objects.annotate(first=first)
                .filter(first__isnull=False)
                .order_by("name")
                .values_list("slug", "name")
            )

        return {
            "section": list(Section.objects.values_list("slug", "name")),
            "area": with_news(Area, Article.areas.through, "area"),
            "unit": with_news(Unit, Article.units.through, "unit"),
        }

    return cache.get_or_set(FILTER_CHOICES_CACHE_KEY, load, FILTER_CHOICES_SECONDS)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Keywords"), required=False)
    section = forms.ChoiceField(label=_("Section"), required=False)
    area = forms.ChoiceField(label=_("Area"), required=False)
    unit = forms.ChoiceField(label=_("Unit"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = filter_choices()
        for name, label in (("section", _("All sections")), ("area", _("All areas")),
                            ("unit", _("All units"))):  # fmt: skip
            self.fields[name].choices = [("", label), *choices[name]]
        for name in ("date_from", "date_to"):
            self.fields[name].input_formats = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]

    def clean(self):
        data = super().clean()
        for name in ("date_from", "date_to"):
            day = data.get(name)
            if day and not (EARLIEST <= day <= LATEST):
                self.add_error(
                    name,
                    _("Please choose a date between %(start)s and %(end)s.")
                    % {"start": EARLIEST.strftime("%d/%m/%Y"), "end": LATEST.strftime("%d/%m/%Y")},
                )
                data.pop(name, None)
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return data

    def valid_filters(self):
        """Filters from the fields that are valid; a wrong one is reported, not applied."""
        self.is_valid()
        data = {k: v for k, v in self.cleaned_data.items() if k not in self.errors}
        condition = Q()
        if data.get("section"):
            slug = data["section"]
            condition &= Q(section__slug=slug) | Q(section__parent__slug=slug)
        if data.get("area"):
            condition &= Q(areas__slug=data["area"])
        if data.get("unit"):
            condition &= Q(units__slug=data["unit"])
        zone = timezone.get_current_timezone()
        if data.get("date_from"):
            condition &= Q(published_at__gte=datetime.combine(data["date_from"], time.min, zone))
        if data.get("date_to"):
            end = datetime.combine(data["date_to"] + timedelta(days=1), time.min, zone)
            condition &= Q(published_at__lt=end)
        return condition
