"""Readers' 1–5 star ratings: one vote per reader per article, aggregates kept exact."""

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core import ratelimit
from core.readers import reader_hash, reader_token, remember_reader, sender_hash

from . import views
from .models import Article, Rating

STARS = range(1, 6)


def record_vote(article_id, reader, value):
    """Record one reader's vote; a second vote from the same reader replaces the first.

    The article's rating_count and rating_sum move in the same transaction as the Rating
    row, with F() (no read-add-save), so concurrent votes never lose one. First vote: one
    INSERT and one UPDATE. Changed vote: a refused INSERT, one locked SELECT, two UPDATEs.
    Returns the reader's previous value, or None.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():  # a savepoint: a refused INSERT must not spoil the rest
                Rating.objects.create(article_id=article_id, reader=reader, value=value)
            previous, count_change, sum_change = None, 1, value
        except IntegrityError:  # this reader voted before (perhaps a moment ago)
            rating = Rating.objects.select_for_update().get(article_id=article_id, reader=reader)
            previous, count_change, sum_change = rating.value, 0, value - rating.value
            if sum_change:
                rating.value = value
                rating.save(update_fields=["value", "updated_at"])
        if count_change or sum_change:
            Article.objects.filter(pk=article_id).update(
                rating_count=F("rating_count") + count_change,
                rating_sum=F("rating_sum") + sum_change,
            )
    return previous


def highest_rated(queryset, min_votes=3):
    """Best-rated first from the stored count and sum: no join, no extra query."""
    average = models.ExpressionWrapper(
        F("rating_sum") * 1.0 / F("rating_count"), output_field=models.FloatField()
    )
    return (
        queryset.filter(rating_count__gte=min_votes)
        .annotate(rating_avg=average)
        .order_by("-rating_avg", "-rating_count", "-published_at")
    )


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
    window = settings.RATING_RATE_WINDOW
    if not ratelimit.hit("rating", sender_hash(request), settings.RATING_RATE_LIMIT, window):
        message = _("Too many ratings from your network. Please try again in a few minutes.")
        return _refuse(request, message, 429, article)
    token, new_reader = reader_token(request)
    record_vote(article.pk, reader_hash(token), value)
    thanks = _("Thank you: you gave this article %(stars)d/5.") % {"stars": value}
    if _wants_json(request):
        article.refresh_from_db(fields=["rating_count", "rating_sum"])
        summary = render_to_string("news/rating_summary.html", {"article": article})
        response = JsonResponse({"summary": summary.strip(), "message": thanks, "value": value})
    else:
        messages.success(request, thanks)
        response = redirect(article)  # the thanks shows at the top of the page
    if new_reader:
        remember_reader(request, response, token)
    return response
