"""Import a ward's register of documents from a spreadsheet (.csv or .xlsx).

manage.py import_documents so-van-ban.xlsx --area phuong-bac-hong --dry-run
manage.py import_documents so-van-ban.xlsx --area phuong-bac-hong --publish --user hang
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from documents.importing import SheetError, check, read_rows, save
from wards.models import Area


class Command(BaseCommand):
    help = _(
        "Import documents from a .csv or .xlsx register: columns by header (Loại văn bản, "
        "Số, ký hiệu, Ngày ban hành, Trích yếu, Cơ quan ban hành, Người ký, Tệp…)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help=_("a .csv or .xlsx file"))
        parser.add_argument(
            "--area", action="append", default=[], help=_("area (slug) whose register it is")
        )
        parser.add_argument("--user", help=_("the account the documents are created by"))
        parser.add_argument("--publish", action="store_true", help=_("publish, not drafts"))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("check every row; save nothing")
        )

    def handle(self, *args, file, area, user, publish, dry_run, **options):
        areas = []
        for slug in area:
            found = Area.objects.filter(slug=slug).first()
            if found is None:
                raise CommandError(_("No area «%(slug)s».") % {"slug": slug})
            areas.append(found)
        creator = None
        if user:
            creator = get_user_model().objects.filter(username=user).first()
            if creator is None:
                raise CommandError(_("No user «%(user)s».") % {"user": user})
        try:
            rows = read_rows(file)
            if not rows:
                raise SheetError(_("The file is empty."))
            checked = check(rows, Path(file).parent)
        except SheetError as error:
            raise CommandError(str(error)) from None
        bad = [row for row in checked if row.errors]
        for row in checked:
            self.report(row)
        if bad:
            raise CommandError(
                _("Nothing imported: %(n)s bad row(s). Correct them and run again.")
                % {"n": len(bad)}
            )
        new = [row for row in checked if not row.existing]
        if dry_run:
            self.stdout.write(_("Dry run: %(new)s to add, %(old)s already here.")
                              % {"new": len(new), "old": len(checked) - len(new)})  # fmt: skip
            return
        created = save(checked, areas=areas, user=creator, publish=publish)
        self.stdout.write(
            _("Imported %(new)s document(s); %(old)s already here.")
            % {"new": len(created), "old": len(checked) - len(created)}
        )

    def report(self, row):
        if row.errors:
            line = _("Row %(row)s: ERROR — %(why)s") % {
                "row": row.number,
                "why": " ".join(row.errors),
            }
            self.stderr.write(line)
            return
        state = _("ALREADY HERE") if row.existing else _("NEW")
        when = row.values["issued_on"].strftime("%d/%m/%Y")
        files = _(", %(n)s file(s)") % {"n": len(row.files)} if row.files else ""
        self.stdout.write(
            _("Row %(row)s: %(state)s — %(label)s (%(when)s%(files)s)")
            % {"row": row.number, "state": state, "label": row.label, "when": when, "files": files}
        )
