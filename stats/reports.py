"""Figures for the statistics page and the monthly CSV: reads of DailyCount, a few queries."""

import csv
from collections import defaultdict
from datetime import date, timedelta

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from news.models import Article
from wards.models import Area

from .models import SITE, DailyCount


def daily_series(today, days=30):
    """[(day, visits, views)] for the last `days` days, zero-filled: one query."""
    start = today - timedelta(days=days - 1)
    rows = {
        day: (visits, views)
        for day, visits, views in DailyCount.objects.filter(
            article_id=SITE, day__gte=start, day__lte=today
        ).values_list("day", "visits", "views")
    }
    return [(start + timedelta(n), *rows.get(start + timedelta(n), (0, 0))) for n in range(days)]


def month_start(day, back=0):
    month = day.year * 12 + day.month - 1 - back
    return date(month // 12, month % 12 + 1, 1)


def monthly_series(today, months=12):
    """[(first day of month, visits, views)] for the last `months` months: one query."""
    start = month_start(today, months - 1)
    rows = {
        row["month"]: (row["visits"], row["views"])
        for row in DailyCount.objects.filter(article_id=SITE, day__gte=start)
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(visits=Sum("visits"), views=Sum("views"))
    }
    return [
        (month_start(today, back), *rows.get(month_start(today, back), (0, 0)))
        for back in range(months - 1, -1, -1)
    ]


def top_articles(start, end, limit=10):
    """[(article, views)] most read between two days: two queries."""
    rows = list(
        DailyCount.objects.filter(day__gte=start, day__lte=end)
        .exclude(article_id=SITE)
        .values("article_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "article_id")[:limit]
    )
    articles = Article.objects.select_related("section").in_bulk([r["article_id"] for r in rows])
    return [(articles[r["article_id"]], r["total"]) for r in rows if r["article_id"] in articles]


def most_read(days=7, limit=5):
    """Published articles most read in the last `days` days (history only): one query."""
    start = timezone.localdate() - timedelta(days=days - 1)
    rows = (
        DailyCount.objects.filter(day__gte=start, article__in=Article.objects.published())
        .values("article_id", "article__title", "article__slug")
        .annotate(total=Sum("views"))
        .order_by("-total", "-article_id")[:limit]
    )
    return [
        Article(pk=r["article_id"], title=r["article__title"], slug=r["article__slug"])
        for r in rows
    ]


def views_by_section(start, end):
    """[(section name, views)] between two days: one query."""
    rows = (
        DailyCount.objects.filter(day__gte=start, day__lte=end)
        .exclude(article_id=SITE)
        .values("article__section__name")
        .annotate(total=Sum("views"))
        .order_by("-total")
    )
    return [(row["article__section__name"], row["total"]) for row in rows]


def views_by_area(start, end):
    """[(area, views)] between two days; an article about two areas counts for both."""
    rows = (
        DailyCount.objects.filter(day__gte=start, day__lte=end)
        .exclude(article_id=SITE)
        .values("article__areas")
        .annotate(total=Sum("views"))
        .order_by("-total")
    )
    totals = {row["article__areas"]: row["total"] for row in rows if row["article__areas"]}
    areas = Area.objects.in_bulk(list(totals))
    return [(areas[pk], total) for pk, total in totals.items() if pk in areas]


def write_month_csv(out, month):
    """The ward's monthly report: one line per day, then each article's views."""
    end = month_start(month, -1) - timedelta(days=1)
    writer = csv.writer(out)
    writer.writerow([_("Day"), _("Visits"), _("Views")])
    days = defaultdict(lambda: (0, 0))
    for day, visits, views in DailyCount.objects.filter(
        article_id=SITE, day__gte=month, day__lte=end
    ).values_list("day", "visits", "views"):
        days[day] = (visits, views)
    for n in range((end - month).days + 1):
        day = month + timedelta(n)
        writer.writerow([day.strftime("%d/%m/%Y"), *days[day]])
    writer.writerow([])
    writer.writerow([_("Article"), _("Section"), _("Views")])
    for article, views in top_articles(month, end, limit=None):
        writer.writerow([article.title, article.section.name, views])
