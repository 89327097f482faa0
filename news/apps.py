from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core import pagecache

        from .models import Article, Rating

        # A vote renews its article's pages only; scheduled articles appear by themselves.
        pagecache.show_changes_of(Rating, when=lambda rating: False)
        pagecache.version_pages("news:article", lambda kwargs: f"article:{kwargs['pk']}")
        pagecache.schedule_clock(Article.objects.next_scheduled_change)
