"""Meeting reports and old portal pages into articles: one module for the command and
the admin.

- `charsets`: bytes to text (UTF-8, Windows-1258, TCVN3, VNI-Windows);
- `lines`: text, HTML or a Word file's HTML as lines;
- `rules`: what one line is (chrome, date line, byline, source, lead, caption);
- `anatomy`: title, section label, date line, views, lead, byline, source, captions, and
  the chrome of the old portal, found in those lines (a `Draft`);
- `word`, `pages`: the readers of .docx, and of .txt/.html pages;
- `saving`: a Draft saved as an article, its photos as files with renditions.
"""

from pathlib import Path

from django.utils.translation import gettext as _

from .anatomy import Draft, Picture
from .errors import ImportError_
from .pages import from_html, from_text
from .word import from_docx

__all__ = ["Draft", "ImportError_", "Picture", "read_bytes", "read_file", "SUFFIXES"]

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".docx")


def read_bytes(name, raw, *, folder=None, sections=()):
    """A Draft from a file's name and content, or ImportError_ saying what is wrong.

    `folder` is where a saved page's photos are looked for; `sections` the section names
    a page's label may match.
    """
    suffix = Path(name).suffix.lower()
    if len(raw) > MAX_BYTES:
        raise ImportError_(_("The file is too large (at most 20 MB)."))
    if suffix == ".doc":
        raise ImportError_(
            _("Word 97–2003 files (.doc) cannot be read: open it in Word and save it as .docx.")
        )
    if suffix == ".docx":
        return from_docx(raw, sections=sections)
    if suffix in (".html", ".htm"):
        return from_html(raw, folder=folder, sections=sections)
    if suffix == ".txt":
        return from_text(raw, sections=sections)
    raise ImportError_(
        _("The «%(suffix)s» format is not supported: only .txt, .html and .docx.")
        % {"suffix": suffix or _("no extension")}
    )


def read_file(path, *, sections=()):
    """A Draft from a file on disk (a saved page's photos beside it)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportError_(_("The file is too large (at most 20 MB)."))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportError_(_("File not found.")) from None
    except IsADirectoryError:
        raise ImportError_(_("This is a folder, not a file.")) from None
    except PermissionError:
        raise ImportError_(_("The file may not be read.")) from None
    return read_bytes(path.name, raw, folder=path.parent, sections=sections)
