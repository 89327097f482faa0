from django import template
from django.utils.safestring import mark_safe

from .. import reports
from ..markers import marker, name_for

register = template.Library()


@register.simple_tag
def counter(name, article=None):
    """A live number: `{% counter "views" article %}`, `{% counter "total" %}`…

    Rendered with what is known now (the article's stored views, nothing for the site's
    counters); the visit counter middleware writes the current number on every response.
    """
    value = article.views if name == "views" else None
    return mark_safe(marker(name_for(name, article), value))  # noqa: S308 - digits only


@register.inclusion_tag("stats/_counters.html")
def site_counters():
    """The footer's "Thống kê", "Hôm nay", "Trực tuyến"."""
    return {}


@register.inclusion_tag("stats/_most_read_week.html")
def most_read_this_week(limit=5):
    """Published articles most read in the last seven days, from the daily history."""
    return {"articles": reports.most_read(days=7, limit=limit)}
