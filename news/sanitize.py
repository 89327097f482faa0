"""Server-side cleaning of rich text, whatever the editor or an import sent."""

import re

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


# Elements whose content HTML parsers read as raw text up to their end tag: one left open
# (a broken paste, "<style>p {…}" without "</style>") would swallow the rest of the body.
RAW_TEXT = "style|script|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext"
_RAW_OPEN = re.compile(rf"<({RAW_TEXT})\b[^>]*>", re.IGNORECASE)


def _close_raw_text(html):
    """Drop each raw-text element that is never closed, up to the next tag."""
    parts, position = [], 0
    for match in _RAW_OPEN.finditer(html):
        if match.start() < position:
            continue  # inside an element we keep whole
        end = re.compile(rf"</{match.group(1)}\s*>", re.IGNORECASE).search(html, match.end())
        parts.append(html[position : match.start()])
        if end is None:  # never closed: the tag and its own text go, the markup after stays
            following = html.find("<", match.end())
            position = len(html) if following < 0 else following
        else:
            parts.append(html[match.start() : end.end()])
            position = end.end()
    parts.append(html[position:])
    return "".join(parts)


def clean_html(html):
    """Keep the markup a news article needs; drop scripts, handlers, styles, bad URLs.

    A style or script left open drops only its tag, never the text after it.
    """
    return nh3.clean(
        _close_raw_text(nfc(html)),
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
