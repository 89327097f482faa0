"""The register's feed: the newest published documents."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from .models import Document

FEED_SIZE = 30


class DocumentFeed(Feed):
    link = reverse_lazy("documents:list")
    description = _("Documents of the Party committee, People's Committee and organizations")

    def title(self):
        return _("Documents – %(site)s") % {"site": settings.SITE_NAME}

    def items(self):
        return Document.objects.published().order_by("-published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title_line()

    def item_description(self, item):
        return item.abstract

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_kind_display()]
