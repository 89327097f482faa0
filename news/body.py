"""Photos inside an article's body: sized when the article is saved, served as renditions.

Saving (`sized`) looks the body's own photos (files under MEDIA_URL) up among the
BodyImage rows, in one query, and writes each <img>'s true width and height, and an alt
from its caption; a photo that is no known image loses its size. Showing (`responsive`)
needs no query: an <img> of ours with a width and height gets the srcset of its
renditions, whose names django-imagekit derives from the file's name alone.
"""

import re
from html import unescape
from urllib.parse import unquote

from django.conf import settings
from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.safestring import mark_safe

from .images import WIDTHS

IMG = re.compile(r"<img\b[^>]*>")
ATTRIBUTE = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
FIGURE = re.compile(r"<figure\b[^>]*>.*?</figure>", re.S)
FIGCAPTION = re.compile(r"<figcaption>(.*?)</figcaption>", re.S)
BODY_SIZES = "(min-width: 900px) 760px, 100vw"  # the article column, as for Photo


def _attributes(tag):
    return {name: unescape(value) for name, value in ATTRIBUTE.findall(tag)}


def _tag(attributes):
    return "<img {}>".format(" ".join(f'{k}="{escape(v)}"' for k, v in attributes.items()))


def stored_name(src):
    """The storage name of one of our photos ("/media/uploads/…" → "uploads/…"), else None."""
    media = settings.MEDIA_URL
    if src and src.startswith(media):
        return unquote(src[len(media) :].split("?")[0].split("#")[0]) or None
    return None


def names_in(html):
    """Storage names of the body's own photos, in order."""
    names = (stored_name(_attributes(tag).get("src")) for tag in IMG.findall(html or ""))
    return [name for name in names if name]


def shows(html, name):
    return name in names_in(html)


def _alt_from_caption(match):
    figure = match.group(0)
    caption = FIGCAPTION.search(figure)
    if not caption:
        return figure
    text = " ".join(unescape(strip_tags(caption.group(1))).split())

    def fill(tag):
        attributes = _attributes(tag.group(0))
        if not attributes.get("alt"):
            attributes["alt"] = text
        return _tag(attributes)

    return IMG.sub(fill, figure, count=1)


def sized(html, known):
    """`html` (sanitized) with our photos' sizes and alts; `known(names)` gives
    {name: BodyImage}. Without photos of ours: no query."""
    names = names_in(html)
    if not names:
        return html
    images = known(names)
    html = FIGURE.sub(_alt_from_caption, html)

    def size(match):
        attributes = _attributes(match.group(0))
        name = stored_name(attributes.get("src"))
        if name is None:
            return match.group(0)
        image = images.get(name)
        attributes.pop("width", None)
        attributes.pop("height", None)
        if image is not None and image.width and image.height:
            attributes["width"], attributes["height"] = str(image.width), str(image.height)
        return _tag(attributes)

    return IMG.sub(size, html)


def responsive(html, sizes=BODY_SIZES, lazy=True):
    """The body with each sized photo of ours as renditions: srcset, sizes, lazy loading,
    the 800-pixel rendition's width and height. No query, no file opened."""
    from .models import BodyImage

    def swap(match):
        attributes = _attributes(match.group(0))
        name = stored_name(attributes.get("src"))
        width, height = attributes.get("width", ""), attributes.get("height", "")
        if name is None or not (width.isdigit() and height.isdigit() and int(width)):
            return match.group(0)
        image = BodyImage(image=name)
        urls = [getattr(image, f"image_{w}").url for w in WIDTHS]
        shown = min(WIDTHS[1], int(width))
        return format_html(
            '<img src="{}" srcset="{}" sizes="{}" alt="{}" width="{}" height="{}"{}>',
            urls[1],
            format_html_join(", ", "{} {}w", zip(urls, WIDTHS, strict=True)),
            sizes,
            attributes.get("alt", ""),
            shown,
            round(int(height) * shown / int(width)),
            mark_safe(' loading="lazy" decoding="async"') if lazy else "",
        )

    return mark_safe(IMG.sub(swap, html or ""))  # noqa: S308 (sanitized on save, rebuilt here)
