from django import template

from core.numbers import vi_number as _vi_number

from ..models import Initiative

register = template.Library()


@register.filter
def vi_number(value):
    """2560 → "2.560", 4.50 → "4,5": a ward report's numbers."""
    return _vi_number(value)


@register.inclusion_tag("mobilization/_related.html")
def related_models(article):
    """ "Mô hình liên quan" on an article's page: the models it is about, one query."""
    rows = Initiative.objects.filter(links__article=article).select_related("sector")
    return {"initiatives": list(rows.only("name", "slug", "sector__name").order_by("name"))}


@register.inclusion_tag("mobilization/_footer_link.html")
def registry_link():
    """The footer's way to the registry (no query)."""
    return {}
