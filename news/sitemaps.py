"""Sitemaps: every published article, sections, and areas with news.

Article pages hold the articles of 2,000 consecutive ids (Google allows 50,000 URLs, but a
page that size took seconds to build): pages are ranges of ids, so neither the index nor
a page counts the published articles (40–100 ms at 100,000); articles are read as plain
rows, locations are formatted without `reverse()`, the page's template is a lean one
(templates/sitemap.xml), and the index asks the database for the newest change instead
of loading every article to find it.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.utils.functional import cached_property

from core.pagination import IdRangePaginator
from documents.sitemaps import DocumentSitemap, RegisterSitemap
from wards.models import Area

from .models import Article, Section

ARTICLES_PER_SITEMAP = 2000


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    limit = ARTICLES_PER_SITEMAP

    def items(self):
        return Article.objects.published().values("pk", "slug", "updated_at").order_by("pk")

    @cached_property
    def paginator(self):
        return IdRangePaginator(self.items(), self.limit)

    def location(self, item):
        # news:article is /tin/<slug>-<pk>/; formatted here, 2,000 reverse() calls saved.
        return f"/tin/{item['slug']}-{item['pk']}/"

    def lastmod(self, item):
        return item["updated_at"]

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class SectionSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Section.objects.all()


class AreaSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        with_news = Article.areas.through.objects.values("area_id")
        return Area.objects.filter(pk__in=with_news).order_by("pk")


SITEMAPS = {"tin": ArticleSitemap, "chuyen-muc": SectionSitemap, "dia-ban": AreaSitemap,
            "van-ban": DocumentSitemap, "so-van-ban": RegisterSitemap}  # fmt: skip
