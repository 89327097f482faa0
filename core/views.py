import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .breaker import redis_state


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /bien-tap/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@never_cache
def healthz(request):
    """The database decides the status (200 or 503); Redis only degrades it.

    The body's first line is "ok", "degraded" (Redis away: pages come from the database)
    or "unavailable", then one line per service. Costs one SELECT and one PING (none
    while the Redis breaker is open).
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:
        database = "unavailable"
    redis = redis_state(settings.REDIS_URL) if settings.REDIS_URL else "off"
    if database != "ok":
        state, status = "unavailable", 503
    else:
        state, status = ("degraded" if redis == "unavailable" else "ok"), 200
    body = f"{state}\ndatabase: {database}\nredis: {redis}\n"
    return HttpResponse(body, status=status, content_type="text/plain")


def server_error(request):
    """500 page; a database that went away (a restart) gives a Vietnamese 503 instead.

    Django calls this while handling the exception, so sys.exc_info() names it.
    """
    if isinstance(sys.exc_info()[1], DatabaseError):
        body = loader.render_to_string("503.html")
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "5"
        return response
    return HttpResponse(loader.render_to_string("500.html"), status=500)
