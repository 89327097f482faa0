import json
import logging

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .. import body
from ..images import WIDTHS
from ..models import Article, Section, SidebarBlock

register = template.Library()
logger = logging.getLogger(__name__)


@register.inclusion_tag("_menu.html", takes_context=True)
def site_menu(context):
    """The main menu: top sections and their children (cached)."""
    return {"menu": Section.menu(), "request": context.get("request")}


@register.inclusion_tag("_sidebar.html")
def sidebar():
    """The administrator's link blocks (cached)."""
    return {"blocks": SidebarBlock.for_sidebar()}


def _middle_size(source, prefix):
    """The 800-pixel rendition's size, from the original's stored size (no file read)."""
    original = getattr(source, f"{prefix}_width"), getattr(source, f"{prefix}_height")
    if not all(original):  # rows saved before sizes were kept: ask the rendition
        middle = getattr(source, f"{prefix}_{WIDTHS[1]}")
        return middle.width, middle.height
    width = min(WIDTHS[1], original[0])
    return width, round(original[1] * width / original[0])


@register.simple_tag
def picture(source, prefix, alt, sizes="100vw", lazy=True):
    """An <img> with a srcset over the renditions `<prefix>_480`, `_800`, `_1200`.

    A missing or broken original gives no image rather than a failed page.
    """
    try:
        urls = [getattr(source, f"{prefix}_{width}").url for width in WIDTHS]
        width, height = _middle_size(source, prefix)
    except (OSError, ValueError):
        logger.warning("No renditions for %s", source, exc_info=True)
        return ""
    srcset = format_html_join(", ", "{} {}w", zip(urls, WIDTHS, strict=True))
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" alt="{}" width="{}" height="{}"{}>',
        urls[1],
        srcset,
        sizes,
        alt,
        width,
        height,
        mark_safe(' loading="lazy" decoding="async"') if lazy else "",
    )


@register.filter
def responsive_photos(html, media="screen"):
    """The body with its own photos as renditions (srcset; lazy on screen, at once for
    print): no query, no file read."""
    return body.responsive(html, lazy=media != "print")


_LD_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A JSON-LD block, escaped so no text in it can close the script element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_LD_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.inclusion_tag("admin/_article_desk.html", takes_context=True)
def article_desk(context, limit=10):
    """The desk's article blocks for the person at it: five small queries and their scope."""
    return {"desk": Article.objects.desk_for(context["request"].user, limit)}
