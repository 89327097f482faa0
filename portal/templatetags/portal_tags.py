from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from ..models import SiteIdentity

register = template.Library()

DEFAULT = "vi"


@register.simple_tag
def lang_of(obj, field):
    """` lang="vi"` on an element whose English text is missing and shows the Vietnamese
    (modeltranslation's fallback), so it is never silently mixed into an English page."""
    language = (get_language() or DEFAULT).split("-")[0]
    if language == DEFAULT or obj is None:
        return ""
    if getattr(obj, f"{field}_{language}", None):
        return ""
    return format_html(' lang="{}"', DEFAULT)


@register.inclusion_tag("portal/_footer.html")
def site_footer():
    """The agency, its contacts and who answers for the content (Circular 22/2023)."""
    return {"identity": SiteIdentity.current()}


@register.inclusion_tag("portal/_menu_items.html", takes_context=True)
def portal_menu(context):
    """The menu's links to the portal's own pages (no query)."""
    return {"request": context.get("request")}
