"""Import reports and a ward's old archive (.txt, .html, .docx) as articles.

manage.py import_articles luu-tru/ --dry-run     # what each page holds, nothing saved
manage.py import_articles luu-tru/ --publish     # then bring them over
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from news.importing import SUFFIXES, ImportError_, read_file
from news.importing.rules import VIETNAM
from news.importing.saving import existing, save, section_for, section_names
from news.models import Article, Section
from wards.models import Area


def dropped_labels():
    return {
        "header": _("page header"), "rating": _("rating"), "comments": _("comments"),
        "counters": _("counters"), "navigation": _("navigation"), "sidebar": _("sidebar links"),
        "footer": _("footer"), "tail": _("below the article"), "decoration": _("decoration"),
        "picture word": _("the word “image”"),
    }  # fmt: skip


def files_in(paths):
    """Files as given; a folder gives its .txt/.html/.docx files (not those a browser
    saved beside a page), sorted."""
    found = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(
                str(p) for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES and p.is_file()
                and not any(part.endswith("_files") for part in p.relative_to(path).parts[:-1])
            )  # fmt: skip
        else:
            found.append(name)
    return found


class Command(BaseCommand):
    help = _(
        "Import articles from .txt, .html or .docx files (or folders of them): the text or "
        "the saved page of an old ward site's article, or a Word report."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help=_("files or folders"))
        parser.add_argument(
            "--section",
            help=_("section (slug or name) when the page names none we have; "
                   "otherwise the first section"),
        )  # fmt: skip
        parser.add_argument(
            "--area", action="append", default=[], help=_("area (slug), repeatable")
        )
        parser.add_argument("--author", default="", help=_("byline when the file has none"))
        parser.add_argument("--source", default="", help=_("source when the file has none"))
        parser.add_argument("--user", help=_("the account the articles are created by"))
        parser.add_argument(
            "--publish", action="store_true", help=_("publish at the page's time, not as drafts")
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=_("say what each file holds; save nothing")
        )

    def handle(self, *args, files, section, area, author, source, user, publish, dry_run, **opts):
        given = None
        if section:
            given = self.find(Section.objects.filter(Q(slug=section) | Q(name=section)), section)
        areas = [self.find(Area.objects.filter(slug=slug), slug) for slug in area]
        creator = None
        if user:
            creator = self.find(get_user_model().objects.filter(username=user), user)
        names = section_names()
        paths = files_in(files)
        failures = 0
        for path in paths:
            try:
                draft = read_file(path, sections=names)
                chosen, why = section_for(draft.section_label, given)
                if chosen is None:
                    raise ImportError_(why)
            except ImportError_ as error:
                failures += 1
                self.stderr.write(_("ERROR %(path)s: %(error)s") % {"path": path, "error": error})
                continue
            before = existing(draft)
            if dry_run:
                self.describe(path, draft, chosen, why, before, publish)
            elif before is not None:
                self.stdout.write(
                    _("EXISTS %(path)s: #%(pk)s «%(title)s» is already here")
                    % {"path": path, "pk": before.pk, "title": before.title}
                )
            else:
                article = save(
                    draft, section=chosen, areas=areas, user=creator, publish=publish,
                    author=author, source=source, file_name=Path(path).name,
                )  # fmt: skip
                self.report(path, draft, article)
        if failures:
            raise CommandError(
                _("%(failed)d/%(total)d files could not be imported.")
                % {"failed": failures, "total": len(paths)}
            )

    def find(self, queryset, key):
        found = queryset.first()
        if found is None:
            model = queryset.model._meta.verbose_name
            raise CommandError(_("No %(model)s «%(key)s».") % {"model": model, "key": key})
        return found

    def report(self, path, draft, article):
        published = article.status == Article.Status.PUBLISHED
        state = _("published") if published else _("draft")
        self.stdout.write(
            _("OK %(path)s: %(state)s #%(pk)s «%(title)s», %(photos)d photos")
            % {"path": path, "state": state, "pk": article.pk, "title": article.title,
               "photos": len(article.body.split("<img")) - 1}
        )  # fmt: skip
        if draft.provisional:
            self.stdout.write(
                "    " + _("kept as a draft: %(notes)s") % {"notes": " ".join(draft.notes)}
            )

    def describe(self, path, draft, section, why, before, publish):
        """What `--dry-run` prints for one file."""
        when = draft.published_at
        title = draft.title
        if draft.provisional:
            title += " (" + _("provisional") + ")"
        photos = str(len(draft.pictures))
        if draft.missing_pictures:
            missing = _("%(count)d without a file") % {"count": draft.missing_pictures}
            photos += f" ({missing})"
        labels = dropped_labels()
        dropped = ", ".join(
            f"{labels.get(kind, kind)} {count}" for kind, count in draft.dropped.most_common()
        )
        lead = draft.sapo[:80] + "…" if len(draft.sapo) > 80 else draft.sapo
        rows = [
            (_("title"), title),
            (_("section"), f"{section.name} — {why}"),
            (_("publish time"), timezone.localtime(when, VIETNAM).strftime("%d/%m/%Y %H:%M")
             if when else _("none (now, if published)")),
            (_("views"), number_format(draft.views, force_grouping=True) if draft.views else "0"),
            (_("author"), draft.author or "–"),
            (_("source"), draft.source or "–"),
            (_("lead"), lead or "–"),
            (_("event date"), draft.event_date.strftime("%d/%m/%Y") if draft.event_date else "–"),
            (_("paragraphs"), str(draft.paragraphs)),
            (_("captions"), str(draft.captions)),
            (_("photos"), photos),
            (_("dropped"), dropped or "–"),
            (_("characters"), draft.encoding),
        ]  # fmt: skip
        self.stdout.write(path)
        for label, value in rows:
            self.stdout.write(f"    {label}: {value}")
        for note in draft.notes:
            self.stdout.write("    " + _("note: %(note)s") % {"note": note})
        if before is not None:
            outcome = _("already here: #%(pk)s") % {"pk": before.pk}
        elif publish and not draft.provisional:
            outcome = _("would be published")
        else:
            outcome = _("would be a draft")
        self.stdout.write(f"    → {outcome}")
