from django.shortcuts import render
from django.utils.translation import gettext as _

from core.pagination import paginate
from news.models import Article

from .forms import SearchForm
from .models import Abbreviation
from .query import MAX_QUERY_CHARS, MAX_RANKED, SearchQuery


def results(request):
    """/tim-kiem/?q=…: ranked hits, filters, count, highlighted snippets; never a 500."""
    form = SearchForm(request.GET)
    raw = request.GET.get("q", "")
    query = SearchQuery.parse(raw, Abbreviation.folded_pairs())
    context = {"form": form, "query": raw, "search": query, "max_ranked": MAX_RANKED}
    notes = []
    if query.truncated:
        notes.append(
            _("Your search was long, so only its first %(n)s characters were used.")
            % {"n": MAX_QUERY_CHARS}
        )
    if not query:
        if raw.strip():
            notes.append(_("Your search has no letters or digits to look for."))
        notes.append(_("Type a few words, with or without diacritics, e.g. “dan van kheo”."))
        return render(request, "search/results.html", {**context, "notes": notes})

    hits = Article.objects.published().filter(form.valid_filters())
    pks, more = query.rank(hits)
    page = paginate(request, pks)
    articles = Article.objects.select_related("section").in_bulk(list(page))
    found = [articles[pk] for pk in page if pk in articles]
    for article in found:
        article.marked_title = query.highlight(article.title)
        article.snippet = query.snippet(article)
    if more:
        notes.append(_("Only the newest results are listed: add a word or a filter to narrow."))
    context.update(page=page, articles=found, total=len(pks), more=more, notes=notes)
    return render(request, "search/results.html", context)
