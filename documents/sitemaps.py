"""The register in the sitemap: its list and every published document."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from .models import Document


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5
    limit = 5000

    def items(self):
        return Document.objects.published().only("pk", "slug", "updated_at").order_by("pk")

    def location(self, item):
        return f"/van-ban/{item.slug}-{item.pk}/"  # documents:detail, without 5,000 reverse()

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class RegisterSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return ["documents:list"]

    def location(self, item):
        return reverse(item)
