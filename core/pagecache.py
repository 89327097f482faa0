"""Rendered public pages for readers, shared by every process, with live parts per reader.

A reader's GET of a public page is answered from the `pages` cache (Redis when REDIS_URL
is set, else files every local process shares) when the same page in the same language
was rendered since the last change. What differs per reader is never stored as it was:

- counters are markers the visit counter middleware fills on every response (stats);
- CSRF tokens in forms are stored as a placeholder and filled with this reader's token;
- a reader with messages waiting, a session (staff) or a private page (a preview) is
  neither served from the cache nor stored in it; POSTs and errors neither.

Invalidation is by generation: any change to what pages show (a save or delete in the
apps of PAGE_APPS, or an explicit `changed()` after a bulk update) starts a new
generation. Each entry carries the generation it was rendered in and is kept under its
address alone, so a hit is one cache round trip and an entry of an old generation is
never served: the next render of that page replaces it (entries expire with
PAGE_CACHE_SECONDS). An article page is also keyed by the article's own version,
so a vote (its rating summary) renews only that article's pages. Scheduled publication
and expiry need no cron: the time of the next one is kept with the generation, and
the first request after it starts a new generation.
"""

import functools
import hashlib
import re
import time
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve
from django.utils.http import http_date, quote_etag

from core.csrf import get_token

GENERATION = "pages:current"  # (the generation, the time of the next scheduled change)
CSRF = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{32,64}(")')
CSRF_HOLE = b"__tp_csrf__"
CACHED_TYPES = ("text/html", "application/rss+xml", "application/xml")
# The page's own headers, the same for every reader (the content policy has no nonce).
KEPT_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag", "X-Frame-Options",
                "Content-Security-Policy")  # fmt: skip
NO_PAGE = ("/admin/", "/captcha/", "/healthz", "/ngon-ngu/", "/static/", "/media/")

# Whose changes show on public pages; a model's rule may narrow it (a pending comment
# shows nowhere). Counters and votes move by UPDATE and are filled in or versioned.
PAGE_APPS = {"news", "wards", "comments", "search", "portal", "documents", "mobilization"}
_rules = {}  # model → predicate(instance) → bool
_clocks = []  # callables → the next datetime something scheduled appears or goes
_versions = {}  # URL name → callable(kwargs) → version key


def pages():
    return caches["pages"]


def changed(version=None):
    """Pages show something new: a new generation, and the time of the next scheduled
    change (the writer pays its two indexed reads, not readers). With `version` (e.g.
    "article:12"): a new version of that object's pages only, one cache write."""
    if version:
        pages().set(f"pages:v:{version}", uuid.uuid4().hex[:12], None)
        return
    upcoming = [moment.timestamp() for clock in _clocks if (moment := clock())]
    # Next change 0: nothing scheduled. Rechecked daily in case a change went unseen.
    generation = f"{uuid.uuid4().hex[:12]}.{int(time.time())}"
    pages().set(GENERATION, (generation, min(upcoming, default=0)), 3600 * 24)


def changed_now_and_on_commit(version=None):
    """For changes in a transaction: now (this transaction's own reads) and again on
    commit, so a page another reader rendered in between from the old rows is dropped."""
    changed(version)
    transaction.on_commit(lambda: changed(version))


def show_changes_of(model, when=None):
    """Let saves and deletes of `model` (when `when(instance)` holds) start a generation."""
    _rules[model] = when


def schedule_clock(next_time):
    """`next_time()` gives the next datetime a scheduled change appears (or None)."""
    _clocks.append(next_time)


def version_pages(url_name, key):
    """Pages of `url_name` are also keyed by the version `key(kwargs)`."""
    _versions[url_name] = key


def _lookup(request):
    """The page's key, the tag its entry must carry and the entry if one is stored: one
    cache round trip. The tag is the current generation and, for pages with versions (an
    article's), the page's version; an entry with another tag is stale and is replaced by
    the next render. A new generation once a scheduled time has come, or when the cache
    lost it (this request pays the clocks')."""
    request.resolver_match = match = _resolve(request.path_info)  # a miss resolves again
    version_key = None
    if match is not None and match.view_name in _versions:
        version_key = f"pages:v:{_versions[match.view_name](match.kwargs)}"
    address = f"{request.LANGUAGE_CODE}|{request.get_full_path()}".encode()
    key = f"pages:{hashlib.sha256(address).hexdigest()[:40]}"
    found = pages().get_many([GENERATION, key, *filter(None, [version_key])])
    generation, next_change = found.get(GENERATION) or (None, None)
    if generation is None or (next_change and time.time() >= next_change):
        changed()
        generation, _next = pages().get(GENERATION)
    tag = f"{generation}|{found.get(version_key, '') if version_key else ''}"
    entry = found.get(key)
    return key, tag, entry if entry is not None and entry.get("tag") == tag else None


@functools.lru_cache(maxsize=10_000)
def _resolve(path):
    """The view of `path` (or None): the URLs never change while the process runs."""
    try:
        return resolve(path)
    except Resolver404:
        return None


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.path_info.startswith(NO_PAGE)
        and len(request.get_full_path()) <= 400
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _cacheable_response(response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith(CACHED_TYPES)
        and not response.cookies
        and not any(word in control for word in ("private", "no-store"))
    )


class PageCacheMiddleware:
    """Serves and stores readers' pages (inside the counters' middleware, which counts
    and fills every response, cached or not)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        try:
            key, tag, entry = _lookup(request)
        except Exception:  # the cache's own outage handling logs; the page is rendered
            return self.get_response(request)
        if entry is not None:
            return _answer(request, entry)
        response = self.get_response(request)
        if _cacheable_response(response):
            entry = _entry(response, tag)
            pages().set(key, entry, settings.PAGE_CACHE_SECONDS)
            _validators(response, entry)
        return response


def _entry(response, tag):
    body = CSRF.sub(rb"\g<1>" + CSRF_HOLE + rb"\g<2>", response.content)
    headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
    etag = quote_etag(hashlib.sha256(body).hexdigest()[:32])
    return {
        "body": body,
        "headers": headers,
        "etag": etag,
        "modified": int(time.time()),
        "tag": tag,
    }


def _validators(response, entry):
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["modified"])
    # Browsers and proxies may keep the page but must ask again: counters stay live.
    response.setdefault("Cache-Control", "no-cache")


def _answer(request, entry):
    """The stored page for this reader: their CSRF token in its forms, or a 304."""
    if request.headers.get("If-None-Match") == entry["etag"]:
        response = HttpResponseNotModified()
        response["Content-Type"] = entry["headers"].get("Content-Type", "text/html")
    else:
        body = entry["body"]
        if CSRF_HOLE in body:
            body = body.replace(CSRF_HOLE, get_token(request).encode())
        response = HttpResponse(body)
        for name, value in entry["headers"].items():
            response[name] = value
    _validators(response, entry)
    response["X-Page-Cache"] = "hit"
    return response


def _on_change(sender, instance=None, **kwargs):
    if sender in _rules:
        rule = _rules[sender]
        if rule is None or instance is None or rule(instance):
            changed_now_and_on_commit()


def connect():
    """Every model of PAGE_APPS starts a new generation when saved or deleted (bulk
    updates call `changed()` themselves). Called once, from CoreConfig.ready()."""
    for model in apps.get_models():
        if model._meta.app_label in PAGE_APPS and model not in _rules:
            _rules[model] = None
    post_save.connect(_on_change, dispatch_uid="pagecache-save")
    post_delete.connect(_on_change, dispatch_uid="pagecache-delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="pagecache-m2m")


def _m2m_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and type(instance) in _rules:
        _on_change(type(instance), instance)
