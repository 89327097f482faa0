"""Import the ward's "Dân vận khéo" spreadsheet (.csv or .xlsx, Vietnamese headers).

manage.py import_models mo-hinh-2025.xlsx
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from mobilization.importing import SheetError, import_rows, read_sheet


def outcomes():
    return {"new": _("NEW"), "updated": _("updated"), "unchanged": _("unchanged"),
            "error": _("ERROR"), "": _("correct")}  # fmt: skip


class Command(BaseCommand):
    help = _(
        "Import “Skilful mobilization” models from a .csv or .xlsx sheet whose first row names "
        "the columns (Tên mô hình, Địa bàn, Đơn vị thực hiện, Lĩnh vực, Loại, Năm đăng ký, "
        "Trạng thái, Cấp công nhận, Ngày công nhận, Kết quả, Mô tả). Nothing is saved unless "
        "every row is right; importing again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help=_("a .csv or .xlsx file"))
        parser.add_argument("--user", help=_("the account the history is recorded by"))

    def handle(self, *args, file, user, **options):
        by = None
        if user:
            by = get_user_model().objects.filter(username=user).first()
            if by is None:
                raise CommandError(_("No user «%(name)s».") % {"name": user})
        try:
            rows = read_sheet(file)
        except SheetError as error:
            raise CommandError(str(error)) from error
        labels = outcomes()
        report = import_rows(rows, by)
        for row, outcome in report:
            name = row.values.get("name") or "—"
            line = _("Row %(row)s: %(outcome)s – %(name)s") % {
                "row": row.number, "outcome": labels[outcome], "name": name,
            }  # fmt: skip
            if row.errors:
                line += ": " + "; ".join(row.errors)
            self.stdout.write(line)
        bad = sum(1 for _row, outcome in report if outcome == "error")
        if bad:
            raise CommandError(
                _("%(bad)s of %(rows)s rows are wrong: nothing was imported. Correct them and "
                  "run again.") % {"bad": bad, "rows": len(report)}
            )  # fmt: skip
        counts = {key: sum(1 for _r, o in report if o == key) for key in ("new", "updated")}
        self.stdout.write(
            _("Done: %(new)s new, %(updated)s updated, %(same)s unchanged.")
            % {**counts, "same": len(report) - counts["new"] - counts["updated"]}
        )
