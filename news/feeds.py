"""RSS feeds: the whole site, one per section (and one per area in wards/feeds.py)."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Article, Section

FEED_SIZE = 30


class LatestFeed(Feed):
    description = _("The latest news")

    def title(self, obj=None):
        from portal.models import SiteIdentity  # the agency's name (cached), SITE_NAME before

        name = SiteIdentity.current().name
        return f"{obj} – {name}" if obj else name

    def link(self, obj=None):
        return obj.get_absolute_url() if obj else reverse("news:home")

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        articles = self.articles(obj).select_related("section")
        return articles.order_by("-published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.sapo

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.section.name]


class SectionFeed(LatestFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def articles(self, obj):
        return Article.objects.published().in_section(obj)
