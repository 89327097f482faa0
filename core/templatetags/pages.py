from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number, param="page"):
    """The current URL's query with `param` replaced, keeping the other parameters."""
    query = context["request"].GET.copy()
    query[param] = number
    return "?" + query.urlencode()
