"""Word files (.docx) through mammoth: its HTML keeps each picture where it stood."""

import io
import zipfile

import mammoth
from django.utils.translation import gettext as _

from .anatomy import Picture, compose
from .errors import ImportError_
from .lines import html_lines

# Word's own style names (Vietnamese Word shows "Chú thích", but stores "Caption").
STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p:fresh
p[style-name='Caption'] => p.caption:fresh
"""
KEPT_BLOCKS = ("ul", "ol", "table")


def from_docx(raw, sections=()):
    """A Draft from a .docx: title, lead, body with photos as figures, byline, source."""
    pictures = []

    def keep_picture(image):
        with image.open() as stream:
            data = stream.read()
        extension = (image.content_type or "image/").split("/")[-1] or "bin"
        pictures.append(Picture(data=data, name=f"word-{len(pictures) + 1}.{extension}"))
        return {"src": f"tp-word:{len(pictures) - 1}"}

    try:
        result = mammoth.convert_to_html(
            io.BytesIO(raw),
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(keep_picture),
        )
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportError_(_("The Word file is damaged or is not a .docx file.")) from error

    def picture_for(attributes):
        src = attributes.get("src") or ""
        return pictures[int(src.split(":")[1])] if src.startswith("tp-word:") else None

    lines = html_lines(result.value, picture_for=picture_for, keep=KEPT_BLOCKS)
    if not lines:
        raise ImportError_(_("The file is empty."))
    return compose(lines, chrome=False, sections=sections, encoding="docx")
