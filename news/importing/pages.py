"""Pages of an old ward portal, as wards can get them out: the text of an article page
copied or saved from the browser (.txt), or the saved page itself (.html, with the
photos a browser saves beside it in "…_files/")."""

import base64
import binascii
import re
from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.utils.translation import gettext as _

from .anatomy import Picture, compose
from .charsets import UnknownEncoding, decode
from .errors import ImportError_
from .lines import html_lines, text_lines


def _text(raw):
    try:
        return decode(raw)
    except UnknownEncoding as error:
        raise ImportError_(str(error)) from None


def from_text(raw, sections=()):
    text, encoding = _text(raw)
    lines = text_lines(text)
    if not lines:
        raise ImportError_(_("The file is empty."))
    return compose(lines, sections=sections, encoding=encoding)


def from_html(raw, folder=None, sections=()):
    """A saved page; photos are read from beside it (never fetched from the old site)."""
    text, encoding = _text(raw)
    lines = html_lines(text, picture_for=lambda attributes: _picture(attributes, folder))
    if not lines:
        raise ImportError_(_("The file is empty."))
    return compose(lines, sections=sections, encoding=encoding)


def _picture(attributes, folder):
    """The photo an <img> shows, when its file is inside `folder` (or inline data)."""
    src = (attributes.get("src") or "").strip()
    if src.startswith("data:image/"):
        try:
            data = base64.b64decode(src.split(",", 1)[1], validate=False)
        except (IndexError, binascii.Error):
            return None
        return Picture(data=data, name="data-uri")
    if folder is None or not src or re.match(r"[a-z][a-z0-9+.-]*:|//", src, re.I):
        return None  # on the old site: the editor adds it again if it matters
    root = Path(folder).resolve()
    path = (root / unquote(src.split("?")[0].split("#")[0])).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    if path.stat().st_size > settings.IMAGE_MAX_BYTES:
        return None
    return Picture(data=path.read_bytes(), name=path.name)
