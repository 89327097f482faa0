from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What several apps share: text, readers, rate limits, caching, pagination."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import pagecache

        pagecache.connect()
