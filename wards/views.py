from django.shortcuts import get_object_or_404, render

from core.pagination import seek
from news.models import Article

from .models import Area, Unit


def area_detail(request, slug):
    area = get_object_or_404(
        Area.objects.select_related("parent__parent__parent", "merged_into"), slug=slug
    )
    articles = Article.objects.published().for_listing().about(area.news_area_ids())
    context = {
        "area": area,
        "children": area.children.all(),
        "merged_from": area.merged_from.all(),
        "units": area.units.all(),
        "page": seek(request, articles),
    }
    return render(request, "wards/area.html", context)


def unit_detail(request, slug):
    unit = get_object_or_404(Unit.objects.select_related("area__parent__parent__parent"), slug=slug)
    articles = Article.objects.published().for_listing().filter(units=unit)
    context = {"unit": unit, "area": unit.area, "page": seek(request, articles)}
    return render(request, "wards/unit.html", context)
