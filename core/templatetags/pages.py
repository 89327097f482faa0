from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number, param="page", drop=""):
    """The current URL's query with `param` replaced (and `drop` removed), keeping the
    other parameters."""
    query = context["request"].GET.copy()
    query.pop(drop, None)
    query[param] = number
    return "?" + query.urlencode()
