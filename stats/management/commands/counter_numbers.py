import json

from django.core.management.base import BaseCommand

from stats import counters


class Command(BaseCommand):
    help = "Print the visit counters as JSON (for scripts and the multi-process tests)."

    def add_arguments(self, parser):
        parser.add_argument("articles", nargs="*", type=int, help="article ids")

    def handle(self, *args, **options):
        counts = counters.backend().read(options["articles"])
        self.stdout.write(json.dumps(counts.__dict__))
