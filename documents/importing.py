"""A ward's register kept in a spreadsheet (.csv or .xlsx) into the register.

Columns are found by their header (row 1), folded, so "Số, ký hiệu", "so ky hieu" and
"SỐ/KÝ HIỆU" are one column. Every row is checked before anything is saved: a file with
a bad row imports nothing, and the report names each bad row by the number the
spreadsheet shows and says why. A row already in the register (same number and symbol,
same issue date) is "already here", so running the same file again adds nothing.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.text import fold, nfc
from wards.models import Unit

from .citations import code_key, kind_of
from .files import validate_document_file
from .models import Document, DocumentFile, Kind, Topic

# column → the folded headers that name it
HEADERS = {
    "kind": ["loai van ban", "loai", "hinh thuc van ban", "kind"],
    "code": ["so ky hieu", "so va ky hieu", "so hieu", "so ky hieu van ban", "number and symbol"],
    "issued_on": ["ngay ban hanh", "ngay ky", "ngay thang ban hanh", "issue date"],
    "abstract": ["trich yeu", "trich yeu noi dung", "noi dung", "abstract"],
    "issuer": ["co quan ban hanh", "noi ban hanh", "don vi ban hanh", "issuing body"],
    "signer": ["nguoi ky", "signer"],
    "effective_on": ["ngay hieu luc", "ngay co hieu luc", "effective date"],
    "expires_on": ["ngay het hieu luc", "het hieu luc ngay", "expiry date"],
    "topic": ["linh vuc", "field"],
    "status_in_law": ["tinh trang", "tinh trang hieu luc", "hieu luc", "legal status"],
    "files": ["tep", "tep dinh kem", "tep tin", "files"],
}
REQUIRED = ["kind", "code", "issued_on", "abstract"]
ABBREVIATIONS = {
    "nq": "nghi-quyet", "ct": "chi-thi", "kl": "ket-luan", "qd": "quyet-dinh",
    "kh": "ke-hoach", "cv": "cong-van", "tb": "thong-bao", "hd": "huong-dan",
    "bc": "bao-cao", "ctr": "chuong-trinh", "qdi": "quy-dinh", "nd": "nghi-dinh",
    "tt": "thong-tu", "ttr": "to-trinh", "da": "de-an",
}  # fmt: skip
LEGAL = {
    "": Document.Legal.IN_FORCE, "con hieu luc": Document.Legal.IN_FORCE,
    "dang hieu luc": Document.Legal.IN_FORCE, "hieu luc": Document.Legal.IN_FORCE,
    "het hieu luc": Document.Legal.EXPIRED, "bi thay the": Document.Legal.REPLACED,
    "thay the": Document.Legal.REPLACED, "da bi thay the": Document.Legal.REPLACED,
    "duoc sua doi": Document.Legal.AMENDED, "bi sua doi": Document.Legal.AMENDED,
    "sua doi bo sung": Document.Legal.AMENDED, "sua doi": Document.Legal.AMENDED,
}  # fmt: skip
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y"]
MAX_ROWS = 10000


class SheetError(Exception):
    """The file as a whole cannot be read; the message says why, in Vietnamese."""


@dataclass
class Row:
    number: int  # as the spreadsheet shows it: the header is row 1
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    files: list = field(default_factory=list)
    existing: Document = None

    @property
    def label(self):
        kind = Kind(self.values["kind"]).label if self.values.get("kind") else ""
        return _("%(kind)s no. %(code)s") % {"kind": kind, "code": self.values.get("code", "")}


def read_rows(path):
    """(row number, [cells]) of a .csv or .xlsx file, the header first."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SheetError(_("File not found: %(path)s") % {"path": path})
    if suffix == ".xlsx":
        return _xlsx_rows(path)
    if suffix == ".csv":
        return _csv_rows(path)
    if suffix == ".xls":
        raise SheetError(_("Old Excel files (.xls) cannot be read: save it as .xlsx."))
    raise SheetError(_("Only .csv and .xlsx files can be imported."))


def _xlsx_rows(path):
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        message = _("This is not a readable .xlsx file (%(error)s).") % {"error": error}
        raise SheetError(message) from None
    sheet = book.worksheets[0]
    rows = [
        (number, list(cells)) for number, cells in enumerate(sheet.iter_rows(values_only=True), 1)
    ]
    book.close()
    return rows


def _csv_rows(path):
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [
        (number, cells) for number, cells in enumerate(csv.reader(io.StringIO(text), dialect), 1)
    ]


def columns(header):
    """{column: index} from the header row; SheetError when a required one is missing."""
    found = {}
    for index, cell in enumerate(header):
        name = fold(str(cell or ""))
        for column, names in HEADERS.items():
            if name in names and column not in found:
                found[column] = index
    missing = [HEADERS[column][0] for column in REQUIRED if column not in found]
    if missing:
        labels = {"kind": "Loại văn bản", "code": "Số, ký hiệu", "issued_on": "Ngày ban hành",
                  "abstract": "Trích yếu"}  # fmt: skip
        names = ", ".join(f"«{labels[c]}»" for c in REQUIRED if c not in found)
        raise SheetError(_("Row 1 must name the columns; missing: %(names)s.") % {"names": names})
    return found


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(nfc(str(value)).split())


def _date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _kind(value, code):
    folded = fold(value)
    found = kind_of(value) or ABBREVIATIONS.get(folded.replace(" ", ""))
    if not found:
        found = next((k for k, label in Kind.choices if fold(str(label)) == folded), None)
    if not found and folded in dict(Kind.choices):
        found = folded
    return found


def check(rows, folder):
    """Each data row as a Row with its values or its errors; no write."""
    _header_number, header = rows[0]
    index = columns(header)
    if len(rows) > MAX_ROWS + 1:
        raise SheetError(
            _("The file has more than %(n)s rows: split it and import each part.") % {"n": MAX_ROWS}
        )
    units = {fold(name): pk for pk, name in Unit.objects.values_list("pk", "name")}
    seen, checked = {}, []
    for number, cells in rows[1:]:
        cells = list(cells) + [None] * len(HEADERS)
        if not any(_text(cell) for cell in cells):
            continue  # an empty row, as spreadsheets often end
        row = Row(number)
        get = {column: cells[i] for column, i in index.items()}
        _check_row(row, get, units, folder)
        if not row.errors:
            key = (code_key(row.values["code"]), row.values["issued_on"])
            if key in seen:
                row.errors.append(_("The same document as row %(row)s.") % {"row": seen[key]})
            seen[key] = number
        checked.append(row)
    _mark_existing([row for row in checked if not row.errors])
    return checked


def _check_row(row, get, units, folder):
    values, errors = row.values, row.errors
    code = _text(get.get("code"))
    if not code:
        errors.append(_("«Số, ký hiệu» is empty."))
    elif not any(char.isdigit() for char in code):
        errors.append(_("«Số, ký hiệu» «%(code)s» has no number.") % {"code": code})
    values["code"] = code
    kind_text = _text(get.get("kind"))
    kind = _kind(kind_text, code) if kind_text else None
    if not kind_text:
        errors.append(_("«Loại văn bản» is empty."))
    elif not kind:
        errors.append(_("Unknown «Loại văn bản»: «%(kind)s».") % {"kind": kind_text})
    values["kind"] = kind
    for column, label, required in (("issued_on", "Ngày ban hành", True),
                                    ("effective_on", "Ngày hiệu lực", False),
                                    ("expires_on", "Ngày hết hiệu lực", False)):  # fmt: skip
        raw = get.get(column)
        if not _text(raw):
            if required:
                errors.append(_("«%(label)s» is empty.") % {"label": label})
            values[column] = None
            continue
        try:
            values[column] = _date(raw)
        except ValueError:
            errors.append(
                _("«%(label)s» «%(value)s» is not a date (dd/mm/yyyy).")
                % {"label": label, "value": _text(raw)}
            )
    values["abstract"] = _text(get.get("abstract"))
    if not values["abstract"]:
        errors.append(_("«Trích yếu» is empty."))
    issuer = _text(get.get("issuer"))
    values["issuer_unit_id"] = units.get(fold(issuer)) if issuer else None
    values["issuer_name"] = issuer
    values["signer"] = _text(get.get("signer"))
    values["topic"] = _text(get.get("topic"))
    legal = fold(_text(get.get("status_in_law")))
    if legal in LEGAL:
        values["status_in_law"] = LEGAL[legal]
    else:
        errors.append(
            _("Unknown «Tình trạng»: «%(value)s» (còn hiệu lực, hết hiệu lực, bị thay thế, "
              "được sửa đổi).") % {"value": _text(get.get("status_in_law"))}
        )  # fmt: skip
    for name in filter(None, (part.strip() for part in _text(get.get("files")).split(";"))):
        path = Path(name) if Path(name).is_absolute() else Path(folder) / name
        if not path.is_file():
            errors.append(_("File «%(name)s» is not beside the spreadsheet.") % {"name": name})
            continue
        with path.open("rb") as handle:
            try:
                validate_document_file(File(handle, name=path.name))
            except ValidationError as error:
                errors.append(error.messages[0])
                continue
        row.files.append(path)


def _mark_existing(rows):
    """Rows already in the register (same key, same issue date): one query."""
    keys = {code_key(row.values["code"]) for row in rows}
    known = {
        (document.code_key, document.issued_on): document
        for document in Document.objects.filter(code_key__in=keys)
    }
    for row in rows:
        row.existing = known.get((code_key(row.values["code"]), row.values["issued_on"]))


def save(rows, *, areas=(), user=None, publish=False):
    """Create the new rows' documents with their files, all in one transaction.

    Call only when no row has errors. Returns the documents created.
    """
    created = []
    with transaction.atomic():
        topics = {fold(topic.name): topic for topic in Topic.objects.all()}
        for row in rows:
            if row.existing:
                continue
            values = dict(row.values)
            topic_name = values.pop("topic")
            if topic_name and fold(topic_name) not in topics:
                topics[fold(topic_name)] = Topic.objects.create(name=topic_name)
            document = Document.objects.create(
                **values,
                topic=topics.get(fold(topic_name)) if topic_name else None,
                created_by=user,
                status=Document.Status.PUBLISHED if publish else Document.Status.DRAFT,
                published_at=timezone.now() if publish else None,
            )
            document.areas.set(areas)
            for order, path in enumerate(row.files):
                with path.open("rb") as handle:
                    DocumentFile.objects.create(
                        document=document, file=File(handle, name=path.name), name=path.name,
                        order=order,
                    )  # fmt: skip
            created.append(document)
    return created
