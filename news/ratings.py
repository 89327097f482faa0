"""Readers' 1–5 star ratings: one vote per reader per article, aggregates kept exact."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.ratelimit import rating_allowed
from core.readers import reader_of

from . import views
from .models import Article, Rating

STARS = range(1, 6)


def parse_stars(raw):
    """The stars as an int 1–5, or None for anything else ("abc", "0", "6", missing)."""
    try:
        value = int((raw or "").strip())
    except ValueError:
        return None
    return value if value in STARS else None


def _wants_json(request):
    return request.headers.get("x-requested-with") == "fetch" or "json" in request.headers.get(
        "accept", ""
    )


def _refuse(request, message, status, article=None):
    """A 400/429 that says what was wrong: JSON for scripts, a small page otherwise."""
    if _wants_json(request):
        return JsonResponse({"error": message}, status=status)
    context = {"message": message, "article": article}
    return render(request, "news/rating_refused.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def rate_article(request, pk):
    """A reader's vote: a form without JavaScript (then a redirect back), fetch with it."""
    article = (
        Article.objects.published()
        .only("pk", "slug", "title", "rating_count", "rating_sum")
        .filter(pk=pk)
        .first()
    )
    if article is None:
        return _refuse(request, _("This article cannot be rated."), 400)
    if request.method != "POST":  # a link followed from a refused vote's page
        return views.back_to_article(request, article)
    value = parse_stars(request.POST.get("value"))
    if value is None:
        return _refuse(request, _("Please choose from 1 to 5 stars."), 400, article)
    if not rating_allowed(request):
        message = _("Too many ratings from your network. Please try again in a few minutes.")
        return _refuse(request, message, 429, article)
    reader = reader_of(request)
    Rating.objects.record(article.pk, reader.hash, value)
    thanks = _("Thank you: you gave this article %(stars)d/5.") % {"stars": value}
    if _wants_json(request):
        article.refresh_from_db(fields=["rating_count", "rating_sum"])
        summary = render_to_string("news/rating_summary.html", {"article": article})
        response = JsonResponse({"summary": summary.strip(), "message": thanks, "value": value})
    else:
        messages.success(request, thanks)
        response = redirect(article)  # the thanks shows at the top of the page
    reader.remember(response)
    return response
