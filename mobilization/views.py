from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from core.pagination import paginate
from wards.models import Area

from . import reports
from .forms import FilterForm
from .models import Initiative

PER_PAGE = 20


def initiative_list(request):
    """/dan-van-kheo/mo-hinh/: every model, filtered and searched (folded words)."""
    form = FilterForm(request.GET)
    rows = form.filter(Initiative.objects.for_listing())
    page = paginate(request, rows, per_page=PER_PAGE)
    return render(request, "mobilization/list.html", {"form": form, "page": page})


def initiative_detail(request, slug):
    initiative = get_object_or_404(
        Initiative.objects.select_related("sector", "area__parent").prefetch_related(
            "units", "results", "photos", "history"
        ),
        slug=slug,
    )
    context = {"initiative": initiative, "articles": initiative.public_articles()[:20]}
    return render(request, "mobilization/detail.html", context)


def _place(request):
    """The ward the statistics are about (?khu_vuc=slug), or None for the whole site."""
    slug = request.GET.get("khu_vuc", "")
    return Area.objects.filter(slug=slug).first() if slug and len(slug) <= 200 else None


def statistics(request):
    """/dan-van-kheo/thong-ke/: counts by field, status, level and year, as charts and tables,
    and the sentence a report quotes."""
    area = _place(request)
    counts = reports.statistics(area)
    context = {
        "area": area,
        "places": reports.places(),
        "counts": counts,
        "charts": reports.charted(counts),
        "sentence": reports.summary_sentence(counts, area),
    }
    return render(request, "mobilization/statistics.html", context)


def statistics_csv(request):
    area = _place(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"dan-van-kheo-{area.slug}" if area else "dan-van-kheo"
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read Vietnamese correctly
    reports.write_csv(response, reports.statistics(area), area)
    return response
