"""Builders for the register's tests: documents of the cast's town and real little files."""

import io
import zipfile
from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

from demo.documents import pdf_bytes
from documents.models import Document, DocumentFile

__all__ = ["pdf_bytes"]


def document(town, code="19-CT/TU", kind="chi-thi", *, published=True, **fields):
    """A document of Bắc Hồng's register, published unless told otherwise."""
    fields.setdefault("abstract", "Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận")
    fields.setdefault("issued_on", date(2024, 3, 15))
    fields.setdefault("issuer_name", "Ban Thường vụ Tỉnh ủy")
    status = Document.Status.PUBLISHED if published else Document.Status.DRAFT
    made = Document.objects.create(kind=kind, code=code, status=status, **fields)
    made.areas.set([town.ward])
    return made


def office_bytes(part="word/document.xml"):
    """A minimal Office Open XML package holding `part` (a .docx or, with
    "xl/workbook.xml", an .xlsx as far as content checks go)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<document/>")
    return buffer.getvalue()


def upload(name, data):
    return SimpleUploadedFile(name, data)


def attach(document, name="chi-thi-19.pdf", data=None):
    return DocumentFile.objects.create(
        document=document, file=upload(name, data or pdf_bytes()), name=name
    )
