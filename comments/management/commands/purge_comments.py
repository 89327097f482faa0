"""Daily upkeep of readers' data: rejected and spam comments past COMMENT_RETENTION_DAYS
(Decree 13/2023), expired captchas, and rate-limit budgets that are full again."""

from captcha.models import CaptchaStore
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from core import ratelimit


class Command(BaseCommand):
    help = (
        "Delete rejected and spam comments older than COMMENT_RETENTION_DAYS, expired "
        "captchas and rate-limit budgets that are full again."
    )

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
        expired = CaptchaStore.objects.filter(expiration__lte=timezone.now()).delete()[0]
        self.stdout.write(_("%(count)d expired captchas deleted.") % {"count": expired})
        budgets = ratelimit.prune()
        self.stdout.write(_("%(count)d rate-limit records deleted.") % {"count": budgets})
