"""The demo site's public pages, one of each kind, for the checks every page must pass."""

from news.models import Article, Section
from wards.models import Area


def public_urls():
    article = Article.objects.published().exclude(cover="").first()
    section = Section.objects.filter(parent=None).first()
    ward = Area.objects.filter(articles__isnull=False).first()
    merged = Area.objects.filter(merged_into__isnull=False).first()
    unit = article.units.first() or ward.units.first()
    return [
        "/",
        section.get_absolute_url(),
        ward.get_absolute_url(),
        merged.get_absolute_url(),
        unit.get_absolute_url(),
        article.get_absolute_url(),
        article.get_print_url(),
        "/tim-kiem/?q=dan+van+kheo",
        "/khong-co-trang-nay/",
    ]
