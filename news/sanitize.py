"""Server-side cleaning of rich text, whatever the editor or an import sent."""

import nh3
from django.utils.html import escape

from core.text import nfc

TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "a", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "hr",
}  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
    "figure": {"class"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(html):
    """Keep the markup a news article needs; drop scripts, handlers, styles, bad URLs."""
    return nh3.clean(
        nfc(html),
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def text_to_html(text):
    """Plain text to paragraphs: blank lines separate them, single breaks stay."""
    paragraphs = [p.strip() for p in nfc(text).replace("\r\n", "\n").split("\n\n")]
    return "".join("<p>{}</p>".format(escape(p).replace("\n", "<br>")) for p in paragraphs if p)
