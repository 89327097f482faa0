"""Delete rejected and spam comments kept longer than COMMENT_RETENTION_DAYS (Decree 13/2023)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from comments.models import Comment


class Command(BaseCommand):
    help = "Delete rejected and spam comments older than COMMENT_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.COMMENT_RETENTION_DAYS,
            help="Keep rejected and spam comments this many days (default: the setting).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count them.")

    def handle(self, *args, days, dry_run, **options):
        old = Comment.objects.purgeable(days)
        if dry_run:
            count = old.count()
            self.stdout.write(_("%(count)d comments would be deleted.") % {"count": count})
            return
        count, _by_model = old.delete()  # none is approved: no article count changes
        self.stdout.write(_("%(count)d comments deleted.") % {"count": count})
