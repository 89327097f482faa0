"""Counting in middleware, numbers filled in per request: works under a page cache.

Templates leave markers (stats.markers, written by the `{% counter %}` tag) and this
middleware writes the current numbers into them on every response. Counting looks only
at the request and the response, never at the rendering.
"""

import logging
import re

from django.conf import settings
from django.urls import Resolver404, resolve

from core.readers import reader_of

from . import counters, markers

logger = logging.getLogger(__name__)

# Crawlers, link previews, monitors and scripts: user agents that contain any of these.
# A request with no user agent at all is no browser either.
CRAWLER = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|curl|wget|"
    r"python-|httpclient|go-http-client|okhttp|java/|libwww|scrapy|headless|lighthouse|"
    r"pingdom|uptime|monitor|feedfetcher|validator",
    re.IGNORECASE,
)
ARTICLE_VIEW = "news:article"


def is_crawler(user_agent):
    return not user_agent or CRAWLER.search(user_agent) is not None


def article_id(request):
    """The article a request shows, from the URL (also when a page cache answered)."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
    if match.view_name == ARTICLE_VIEW:
        return int(match.kwargs["pk"])
    return None


def countable(request, response):
    """GET of an HTML page that answered 200, by a browser, not staff (by default)."""
    # 304: a page the reader's browser still has (the page cache's answer) is a view too.
    if request.method != "GET" or response.status_code not in (200, 304):
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if request.path_info.startswith("/admin/"):
        return False
    if "private" in response.get("Cache-Control", ""):  # a person's own page (a preview)
        return False
    if is_crawler(request.headers.get("User-Agent", "")):
        return False
    if not settings.COUNTERS_COUNT_STAFF:
        user = getattr(request, "user", None)
        if user is not None and user.is_staff:
            return False
    return True


class VisitCounterMiddleware:
    """Counts page views and fills counters into pages; a counter fault never breaks a page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not settings.COUNTERS_ENABLED:
            return response
        backend = counters.backend()
        filled = (
            not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and markers.has_markers(response.content)
        )
        shown = markers.article_ids(response.content)[:20] if filled else []
        counts = None
        if countable(request, response):
            reader = reader_of(request)
            try:
                # Only a counted view may pay for the periodic flush, never a crawler;
                # flushing first keeps a returning reader's old count on its own day.
                counters.maybe_flush()
                counts = backend.record(reader.hash, article_id(request), shown)  # not the cookie
            except Exception:  # a counter must never cost the reader their page
                logger.warning("visit not counted", exc_info=True)
            reader.remember(response)
        if filled:
            self._fill(response, shown, counts)
        return response

    def _fill(self, response, shown, counts):
        try:
            counts = counts or counters.numbers(shown)
        except Exception:
            logger.warning("counters unavailable; showing the database's numbers", exc_info=True)
            try:
                counts = counters.DatabaseBackend().read(shown)
            except Exception:
                return
        response.content = markers.fill(response.content, counts)
        if response.has_header("Content-Length"):
            response.headers["Content-Length"] = str(len(response.content))
