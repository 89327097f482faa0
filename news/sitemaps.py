from django.contrib.sitemaps import Sitemap

from wards.models import Area

from .models import Article, Section


class ArticleSitemap(Sitemap):
    """Every published article; Django splits it into pages of 50,000."""

    changefreq = "monthly"

    def items(self):
        return Article.objects.published().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class SectionSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Section.objects.all()


class AreaSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return Area.objects.filter(articles__isnull=False).distinct().order_by("pk")


SITEMAPS = {"tin": ArticleSitemap, "chuyen-muc": SectionSitemap, "dia-ban": AreaSitemap}
