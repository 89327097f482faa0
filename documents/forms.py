"""The public register's filters: kind, issuer, year, field, status and words."""

from django import forms
from django.core.cache import cache
from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from core.cache import forget_on_change
from search.models import Abbreviation
from search.query import MAX_QUERY_CHARS, SearchQuery

from .models import Document, Kind, Topic

CHOICES_CACHE_KEY = "documents:filter-choices"


def filter_choices():
    """Issuers, years and fields of published documents: two queries, cached until a
    document or field changes."""

    def load():
        pairs = set(
            Document.objects.published()
            .order_by()
            .values_list("issuer_name", ExtractYear("issued_on"))
            .distinct()
        )
        return {
            "issuer": sorted({issuer for issuer, _year in pairs if issuer}),
            "year": sorted({year for _issuer, year in pairs}, reverse=True),
            "topic": list(Topic.objects.values_list("slug", "name")),
        }

    return cache.get_or_set(CHOICES_CACHE_KEY, load, 600)


forget_on_change(CHOICES_CACHE_KEY, Document, Topic)


class SearchInput(forms.TextInput):
    input_type = "search"


class RegisterFilter(forms.Form):
    q = forms.CharField(  # SearchQuery cuts what is longer than it reads
        label=_("Number, symbol or abstract"),
        required=False,
        widget=SearchInput(attrs={"maxlength": MAX_QUERY_CHARS}),
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    issuer = forms.ChoiceField(label=_("Issuing body"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    topic = forms.ChoiceField(label=_("Field"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        known = filter_choices()
        every = [("", _("All"))]
        self.fields["kind"].choices = every + list(Kind.choices)
        self.fields["issuer"].choices = every + [(name, name) for name in known["issuer"]]
        self.fields["year"].choices = every + [(str(y), str(y)) for y in known["year"]]
        self.fields["topic"].choices = every + known["topic"]
        self.fields["status"].choices = every + list(Document.Legal.choices)

    def narrow(self, documents):
        """`documents` narrowed by the valid filters; an invalid one is ignored (and shown
        with its message), never an error page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        condition = Q()
        for name, lookup in (("kind", "kind"), ("issuer", "issuer_name"),
                             ("year", "issued_on__year"), ("topic", "topic__slug")):  # fmt: skip
            if data.get(name):
                condition &= Q(**{lookup: data[name]})
        documents = documents.filter(condition)
        if data.get("status"):
            documents = documents.in_legal_status(data["status"])
        return documents

    def search(self):
        """The folded query of the words typed (abbreviations read only then), or None."""
        raw = (getattr(self, "cleaned_data", {}).get("q") or "").strip()
        return SearchQuery.parse(raw, Abbreviation.folded_pairs()) if raw else None
