"""The spreadsheets wards already keep (.csv or .xlsx, Vietnamese headers) into the registry.

Every row is read and checked first; only a sheet without a single bad row is saved, in
one transaction. A model already there (same area, same name whatever its diacritics or
case) is updated, and left alone when nothing differs: importing twice changes nothing.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.text import fold, nfc
from wards.models import Area, Unit

from .models import LEVEL_RANK, Initiative, Kind, Level, Result, Sector, Status, StatusChange

# Folded header → what it holds; several spellings wards use for each.
HEADERS = {
    "ten mo hinh": "name", "ten": "name", "mo hinh": "name", "ten mo hinh dien hinh": "name",
    "dia ban": "area", "khu vuc": "area", "dia ban thuc hien": "area",
    "don vi thuc hien": "units", "don vi": "units", "co quan don vi": "units",
    "linh vuc": "sector", "loai": "kind", "tap the ca nhan": "kind",
    "nam dang ky": "year", "nam": "year", "nam xay dung": "year",
    "trang thai": "status", "cap cong nhan": "level", "ngay cong nhan": "recognised_on",
    "nam cong nhan": "recognised_on", "ket qua": "results", "mo ta": "description",
}  # fmt: skip
REQUIRED = ("name", "area", "sector", "year")
STATUS_WORDS = {
    "dang ky": Status.REGISTERED, "moi dang ky": Status.REGISTERED,
    "dang thuc hien": Status.RUNNING, "thuc hien": Status.RUNNING,
    "duoc cong nhan": Status.RECOGNISED, "cong nhan": Status.RECOGNISED,
    "da cong nhan": Status.RECOGNISED, "nhan rong": Status.REPLICATED,
    "da nhan rong": Status.REPLICATED, "dung": Status.STOPPED, "da dung": Status.STOPPED,
    "tam dung": Status.STOPPED,
}  # fmt: skip
LEVEL_WORDS = {
    "phuong": Level.WARD, "xa": Level.WARD, "cap phuong": Level.WARD, "cap xa": Level.WARD,
    "tinh": Level.PROVINCE, "cap tinh": Level.PROVINCE, "thanh pho": Level.PROVINCE,
    "cap thanh pho": Level.PROVINCE, "trung uong": Level.CENTRAL,
    "cap trung uong": Level.CENTRAL,
}  # fmt: skip
KIND_WORDS = {"tap the": Kind.COLLECTIVE, "ca nhan": Kind.INDIVIDUAL, "": Kind.COLLECTIVE}
# Units of two words, so "527 triệu đồng" keeps "triệu đồng" whole.
LONG_UNITS = {"trieu dong", "ty dong", "nghin dong", "ngan dong", "ngay cong", "luot nguoi"}
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])")


class SheetError(ValueError):
    """A file that cannot be read as a sheet at all."""


@dataclass
class Row:
    number: int  # the spreadsheet's own row number (the header is row 1)
    cells: dict
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


def read_sheet(path):
    """[Row] from a .csv (UTF-8, or Windows-1258; comma or semicolon) or .xlsx file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise SheetError(_("Only .csv and .xlsx files can be imported."))
    try:
        lines = _xlsx_lines(path) if suffix == ".xlsx" else _csv_lines(path.read_bytes())
    except OSError as error:
        raise SheetError(_("The file cannot be read: %(error)s") % {"error": error}) from error
    if not lines:
        raise SheetError(_("The sheet is empty."))
    keys = [HEADERS.get(fold(str(cell or ""))) for cell in lines[0]]
    missing = [key for key in REQUIRED if key not in keys]
    if missing:
        raise SheetError(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(HEADER_NAMES[key] for key in missing)}
        )
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = {key: line[i] for i, key in enumerate(keys) if key and i < len(line)}
        if any(str(value or "").strip() for value in cells.values()):
            rows.append(Row(number, cells))
    return rows


# The sheet's own words for the required columns (data, not interface text).
HEADER_NAMES = {"name": "Tên mô hình", "area": "Địa bàn", "sector": "Lĩnh vực",
                "year": "Năm đăng ký"}  # fmt: skip


def _csv_lines(raw):
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SheetError(_("The file is neither UTF-8 nor Windows-1258 text."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # one column, or nothing to tell by: a plain comma-separated file
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _xlsx_lines(path):
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a broken or disguised file: say so, never a traceback
        raise SheetError(_("The file is not a readable .xlsx workbook.")) from error
    sheet = book.worksheets[0]
    lines = [list(line) for line in sheet.iter_rows(values_only=True)]
    book.close()
    return lines


# Checking one row ----------------------------------------------------------------------


class Lookups:
    """Areas, units and fields by folded name and slug: three queries for the whole sheet."""

    def __init__(self):
        self.areas, self.units, self.sectors = {}, {}, {}
        for table, rows in ((self.areas, Area.objects.only("name", "slug")),
                            (self.units, Unit.objects.only("name", "slug")),
                            (self.sectors, Sector.objects.all())):  # fmt: skip
            for row in rows:
                for key in {fold(row.name), row.slug}:
                    table.setdefault(key, []).append(row)


def check(row, lookups):
    """Fill `row.values`, or `row.errors` with what is wrong, each naming the cell."""
    cell = {key: nfc(str(value if value is not None else "")).strip()
            for key, value in row.cells.items()}  # fmt: skip
    values, errors = row.values, row.errors
    values["name"] = cell.get("name", "")
    if not values["name"]:
        errors.append(_("the name is empty"))
    elif len(values["name"]) > 300:
        errors.append(_("the name is longer than 300 characters"))
    values["area"] = _one(lookups.areas, cell.get("area", ""), _("area"), errors)
    values["sector"] = _one(lookups.sectors, cell.get("sector", ""), _("field"), errors)
    values["units"] = [
        _one(lookups.units, name.strip(), _("unit"), errors)
        for name in re.split(r"[;\n]", cell.get("units", "")) if name.strip()
    ]  # fmt: skip
    values["year"] = _year(row.cells.get("year"), errors)
    values["kind"] = _word(KIND_WORDS, cell.get("kind", ""), _("kind"), errors)
    values["level"] = (
        _word(LEVEL_WORDS, cell.get("level", ""), _("level"), errors) if cell.get("level") else ""
    )
    status = cell.get("status", "")
    values["status"] = (
        _word(STATUS_WORDS, status, _("status"), errors)
        if status
        else (Status.RECOGNISED if values["level"] else Status.REGISTERED)
    )
    values["recognised_on"] = _date(row.cells.get("recognised_on"), errors)
    if values["level"] and not values["recognised_on"]:
        errors.append(_("a recognition level needs the date (or year) of recognition"))
    if values["status"] == Status.RECOGNISED and not values["level"]:
        errors.append(_("“recognised” needs the level that recognised it"))
    values["results"] = _results(cell.get("results", ""), errors)
    values["description"] = cell.get("description", "")


def _one(table, text, what, errors):
    if not text:
        errors.append(_("the %(what)s is empty") % {"what": what})
        return None
    found = table.get(text) or table.get(fold(text)) or []
    if len(found) == 1:
        return found[0]
    if not found:
        errors.append(_("no %(what)s named «%(text)s»") % {"what": what, "text": text})
    else:
        errors.append(
            _("several %(what)s are named «%(text)s»: write its slug")
            % {"what": what, "text": text}
        )
    return None


def _word(words, text, what, errors):
    found = words.get(fold(text))
    if found is None:
        errors.append(_("unknown %(what)s «%(text)s»") % {"what": what, "text": text})
    return found


def _year(value, errors):
    text = str(value if value is not None else "").strip().removesuffix(".0")
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    errors.append(_("the year «%(text)s» is not a year like 2024") % {"text": text})
    return None


def _date(value, errors):
    """A recognition date: a spreadsheet date, 15/11/2024, or just a year (1 January)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value if value is not None else "").strip().removesuffix(".0")
    if not text:
        return None
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return date(int(text), 1, 1)
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    errors.append(_("the date «%(text)s» is not a date like 15/11/2024") % {"text": text})
    return None


def parse_result(text):
    """ "hiến 2.560 m² đất" → (2560, "m²", "hiến đất"); None without a number."""
    match = NUMBER.search(text)
    if not match:
        return None
    whole, fraction = match.groups()
    value = Decimal(whole.replace(".", "") + (f".{fraction}" if fraction else ""))
    before, after = text[: match.start()].split(), text[match.end() :].split()
    take = 2 if len(after) >= 2 and fold(" ".join(after[:2])) in LONG_UNITS else 1
    unit, rest = " ".join(after[:take]), after[take:]
    return value, unit, " ".join(before + rest)


def _results(text, errors):
    found = []
    for item in re.split(r"[;\n]", text):
        if not item.strip():
            continue
        parsed = parse_result(item.strip())
        if parsed is None:
            errors.append(_("the result «%(text)s» has no number") % {"text": item.strip()})
        elif parsed[0] >= 10**12:
            errors.append(_("the result «%(text)s» is too large") % {"text": item.strip()})
        else:
            found.append(parsed)
    return found


# Saving --------------------------------------------------------------------------------


def import_rows(rows, user=None):
    """Check every row; save them all (one transaction) only if none is wrong.
    Returns [(row, outcome)] where outcome is "new", "updated", "unchanged" or "error"."""
    lookups = Lookups()
    for row in rows:
        check(row, lookups)
    keys = {}
    for row in rows:
        if row.errors:
            continue
        key = (row.values["area"].pk, fold(row.values["name"]))
        if key in keys:
            row.errors.append(_("the same model as row %(row)s") % {"row": keys[key]})
        keys[key] = row.number
    if any(row.errors for row in rows):
        return [(row, "error" if row.errors else "") for row in rows]
    with transaction.atomic():
        return [(row, _save(row.values, user)) for row in rows]


def _existing(values):
    folded = fold(values["name"])
    same_area = Initiative.objects.filter(area=values["area"])
    return next((item for item in same_area if fold(item.name) == folded), None)


def _save(values, user):
    item = _existing(values)
    fields = {key: values[key] for key in ("sector", "kind", "year", "description")}
    if item is None:
        item = Initiative.objects.create(name=values["name"], area=values["area"], **fields)
        outcome = "new"
    else:
        changed = [key for key, value in fields.items() if getattr(item, key) != value]
        for key in changed:
            setattr(item, key, fields[key])
        if changed:
            item.save()
        outcome = "updated" if changed else "unchanged"
    if set(item.units.all()) != set(values["units"]):
        item.units.set(values["units"])
        outcome = outcome if outcome == "new" else "updated"
    results = [(r.value, r.unit, r.label) for r in item.results.all()]
    if values["results"] and results != values["results"]:
        item.results.all().delete()
        Result.objects.bulk_create(
            Result(initiative=item, value=v, unit=u, label=lb, order=n)
            for n, (v, u, lb) in enumerate(values["results"])
        )
        outcome = outcome if outcome == "new" else "updated"
    if _add_steps(item, values, user) and outcome != "new":
        outcome = "updated"
    item.refresh_status()
    return outcome


def _add_steps(item, values, user):
    """History rows for what the sheet says and the history does not have yet."""
    steps = list(item.history.all())
    new = []
    if not steps:
        new.append(StatusChange(status=Status.REGISTERED, on=date(values["year"], 1, 1)))
    level = values["level"]
    if level and not any(s.level and LEVEL_RANK[s.level] >= LEVEL_RANK[level] for s in steps):
        new.append(StatusChange(status=Status.RECOGNISED, level=level, on=values["recognised_on"]))
    last = max(steps + new, key=lambda s: (s.on, s.pk or 0))
    # A later step the sheet names (running, replicated, stopped) is dated today.
    later = values["status"] not in (Status.REGISTERED, Status.RECOGNISED)
    if later and values["status"] != last.status:
        new.append(StatusChange(status=values["status"], on=timezone.localdate()))
    for step in new:
        step.initiative, step.by = item, user
    StatusChange.objects.bulk_create(new)
    return bool(new)
