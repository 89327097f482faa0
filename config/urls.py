from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.cache import cache_page
from django.views.i18n import set_language
from django.views.static import serve

from core import views
from news.sitemaps import SITEMAPS

sitemap_cache = cache_page(60 * 15)
handler500 = "core.views.server_error"

urlpatterns = [
    # First: readers' most frequent pages (home, articles) resolve after a few patterns;
    # no other app's paths overlap news's.
    path("", include("news.urls")),
    path("admin/", admin.site.urls),
    path("ngon-ngu/", set_language, name="set_language"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz", views.healthz, name="healthz"),
    path(
        "sitemap.xml",
        sitemap_cache(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_cache(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("captcha/", include("captcha.urls")),
    path("", include("comments.urls")),
    path("", include("search.urls")),
    path("", include("portal.urls")),
    path("", include("wards.urls")),
    path("", include("documents.urls")),
    path("", include("mobilization.urls")),
]

if settings.SERVE_MEDIA:  # production: let the web server serve MEDIA_ROOT
    urlpatterns += [
        path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}),
    ]
