"""The statistics page for administrators, on the admin's "Visit statistics" entry."""

import logging
from datetime import date, timedelta

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from . import charts, counters, reports
from .models import CounterSettings

logger = logging.getLogger(__name__)


@admin.register(CounterSettings)
class CounterSettingsAdmin(admin.ModelAdmin):
    """Its list is the statistics page; its one row holds the starting total."""

    fields = ["starting_total"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        csv_view = self.admin_site.admin_view(self.month_csv)
        return [
            path("csv/<int:year>-<int:month>/", csv_view, name="stats_month_csv"),
        ] + super().get_urls()

    def response_change(self, request, obj):
        return redirect("admin:stats_countersettings_changelist")

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        # The page shows everything counted until now; a failed flush shows the history.
        try:
            counters.backend().flush()
        except Exception:
            logger.warning("statistics page: flush failed", exc_info=True)
        today = timezone.localdate(counters.now())
        week = today - timedelta(days=6)
        month = today - timedelta(days=29)
        daily = reports.daily_series(today, 30)
        monthly = reports.monthly_series(today, 12)
        CounterSettings.load()  # creates the settings row the link below edits
        context = {
            **self.admin_site.each_context(request),
            "title": _("Visit statistics"),
            "opts": self.model._meta,
            "counts": counters.backend().read(),
            "daily_chart": charts.bar_chart(
                daily, _("Visits and views per day, last 30 days"), lambda d: d.strftime("%d/%m")
            ),
            "monthly_chart": charts.bar_chart(
                monthly,
                _("Visits and views per month, last 12 months"),
                lambda d: d.strftime("%m/%Y"),
            ),  # fmt: skip
            "daily": daily,
            "monthly": monthly,
            "top_week": reports.top_articles(week, today),
            "top_month": reports.top_articles(month, today),
            "by_section": reports.views_by_section(month, today),
            "by_area": reports.views_by_area(month, today)[:20],
            "months": [reports.month_start(today, back) for back in range(12)],
            "settings_url": reverse("admin:stats_countersettings_change", args=[1]),
        }
        return TemplateResponse(request, "stats/admin_stats.html", context)

    def month_csv(self, request, year, month):
        if not self.has_view_permission(request):
            raise PermissionDenied
        if not 1 <= month <= 12 or not 2000 <= year <= 2100:
            return HttpResponse(_("No such month."), status=404)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="thong-ke-{year}-{month:02d}.csv"'
        response.write("\ufeff")  # so spreadsheet programs read Vietnamese correctly
        reports.write_month_csv(response, date(year, month, 1))
        return response
