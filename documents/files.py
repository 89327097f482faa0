"""A document's attached files: PDF, Word (.docx) or Excel (.xlsx), checked by what they
hold, not by the name they were sent under."""

import uuid
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

# extension → (MIME type, the part a real file of that kind holds)
KINDS = {
    ".pdf": ("application/pdf", None),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "word/document.xml",
    ),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xl/workbook.xml",
    ),
}
OLD_FORMATS = {".doc": ".docx", ".xls": ".xlsx"}


def max_bytes():
    return getattr(settings, "DOCUMENT_FILE_MAX_BYTES", 10 * 1024 * 1024)


def _content_kind(upload):
    """.pdf, .docx, .xlsx by the bytes, or None."""
    upload.seek(0)
    head = upload.read(1024)
    if b"%PDF-" in head:
        upload.seek(max(0, upload.size - 2048) if hasattr(upload, "size") else 0)
        tail = upload.read()
        upload.seek(0)
        return ".pdf" if b"%%EOF" in tail else None
    upload.seek(0)
    if not head.startswith(b"PK"):
        return None
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names or any(n.endswith("vbaProject.bin") for n in names):
        return None  # not an Office file, or one with macros (a .docm renamed)
    for extension, (_mime, part) in KINDS.items():
        if part and part in names:
            return extension
    return None


def validate_document_file(upload):
    """The file's extension if it is a real PDF, DOCX or XLSX within the size limit;
    ValidationError with a Vietnamese message otherwise."""
    name = PurePath(getattr(upload, "name", "") or "").name
    extension = PurePath(name).suffix.lower()
    limit = max_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("«%(name)s» is too large: at most %(mb)s MB.")
            % {"name": name, "mb": limit // (1024 * 1024)}
        )
    if extension in OLD_FORMATS:
        raise ValidationError(
            _("«%(name)s» is in an old format: save it as %(new)s and attach it again.")
            % {"name": name, "new": OLD_FORMATS[extension]}
        )
    if extension not in KINDS:
        raise ValidationError(
            _("«%(name)s» cannot be attached: only PDF, Word (.docx) and Excel (.xlsx) files.")
            % {"name": name}
        )
    found = _content_kind(upload)
    if found != extension:
        raise ValidationError(
            _("«%(name)s» is not a real %(kind)s file (it may be damaged or renamed).")
            % {"name": name, "kind": extension[1:].upper()}
        )
    return extension


def mime_type(name):
    return KINDS.get(PurePath(name).suffix.lower(), ("application/octet-stream", None))[0]


def file_upload_to(instance, filename):
    """van-ban/2026/12/<random>.pdf: never the sender's name on disk (it is kept apart)."""
    extension = PurePath(filename).suffix.lower()
    return f"van-ban/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"
