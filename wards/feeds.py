from django.shortcuts import get_object_or_404

from news.feeds import LatestFeed
from news.models import Article

from .models import Area


class AreaFeed(LatestFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Area, slug=slug)

    def articles(self, obj):
        return Article.objects.published().filter(areas__in=obj.news_area_ids()).distinct()
