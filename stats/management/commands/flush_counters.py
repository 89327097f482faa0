from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from stats import counters


class Command(BaseCommand):
    help = "Write counted visits and views into the database's history (safe to run any time)."

    def handle(self, *args, **options):
        current = counters.backend()
        moved = current.flush()
        self.stdout.write(
            _("%(views)d views flushed (%(backend)s).")
            % {
                "views": moved,
                "backend": current.name,
            }
        )
