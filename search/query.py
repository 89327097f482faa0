"""What a reader typed → which articles match, in which order, with which words marked.

An article matches when every query word (or one of its abbreviation forms, a
multi-word form counting when all its words are there) is a whole word of its folded
Article.search_text. SQLite checks that with `LIKE '% word %'`; PostgreSQL with
full-text search over the same column's words (stored beside it for articles, with a
GIN index): the same words, so both give the same hits. Ranking, in Python, reads only
the head of the column (folded and exact title and sapo) of at most MAX_RANKED newest
hits.
"""

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery as TsQuery
from django.contrib.postgres.search import SearchVectorField
from django.db import connections
from django.db.models import F, Func, Q
from django.db.models.expressions import Col
from django.db.models.functions import Left
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core.estimates import estimated_rows
from core.text import exact_words, fold, fold_with_offsets, html_to_text, nfc

from .text import SEPARATOR

MAX_QUERY_CHARS = 200  # longer input is cut before any work; the box allows 200 too
MAX_WORDS = 12  # words (after folding) that reach the database
MAX_RANKED = 300  # newest hits ranked and paginated (25 pages); beyond: "more than 300"
HEAD_CHARS = 1500  # the part of search_text that ranking reads
# Expected hits from which the newest are found sooner walking the articles by date
# (bench/search.py at 100,000 articles: a word in 8 % of them is sooner from its index).
WALK_FROM = 10_000
SNIPPET_CHARS = 240

# Weights: a word in the title counts most, then the sapo, then the body.
TITLE, SAPO, BODY = 10, 4, 1
PHRASE_IN_TITLE, PHRASE_IN_SAPO = 6, 3
EXACT_IN_TITLE, EXACT_IN_SAPO = 3, 2


class FoldedDocument(Func):
    """The words of search_text, exactly as the GIN index of comments/migrations has them."""

    template = "to_tsvector('simple'::regconfig, %(expressions)s)"
    output_field = SearchVectorField()


WORDS = SearchVectorField()
WORDS.set_attributes_from_name("search_words")


class StoredWords(F):
    """An article's words as PostgreSQL stores and indexes them: the column search_words,
    outside Django's model, which a trigger keeps (search/migrations/0004). Resolved
    through search_text, so it names the article table under whatever alias a query
    gives it."""

    def __init__(self):
        super().__init__("search_text")

    def resolve_expression(self, *args, **kwargs):
        return Col(super().resolve_expression(*args, **kwargs).alias, WORDS)


def _words_like(form):
    """All words of `form` present as whole words (SQLite's side of `condition`)."""
    return reduce(and_, (Q(search_text__contains=f" {word} ") for word in form.split()))


@dataclass
class SearchQuery:
    """A reader's query, folded and expanded; `groups` are ANDed, their forms ORed."""

    text: str
    groups: list = field(default_factory=list)
    exact: list = field(default_factory=list)
    truncated: bool = False

    @classmethod
    def parse(cls, raw, abbreviations=()):
        """`abbreviations`: (folded short, folded full) pairs, e.g. ("ubnd", "uy ban nhan dan")."""
        text = nfc(raw or "").strip()
        truncated = len(text) > MAX_QUERY_CHARS
        text = text[:MAX_QUERY_CHARS]
        words = fold(text).split()[:MAX_WORDS]
        longest_first = sorted(abbreviations, key=lambda pair: -len(pair[1].split()))
        groups, i = [], 0
        while i < len(words):
            group, step = (words[i],), 1
            for short, full in longest_first:
                full_words = full.split()
                if words[i] == short:
                    group = (short, full)
                    break
                if words[i : i + len(full_words)] == full_words:
                    group, step = (full, short), len(full_words)
                    break
            if group not in groups:
                groups.append(group)
            i += step
        exact = [w for w in exact_words(text).split() if fold(w) != w][:MAX_WORDS]
        return cls(text=text, groups=groups, exact=exact, truncated=truncated)

    def __bool__(self):
        return bool(self.groups)

    @property
    def phrase(self):
        """The folded query as one phrase, for the phrase bonus."""
        return " ".join(group[0] for group in self.groups)

    def condition(self, vendor="sqlite"):
        """Every group present as whole words of Article.search_text, for `vendor`."""
        if vendor == "postgresql":
            tsquery = " & ".join(
                "(" + " | ".join("(" + " & ".join(f"'{w}'" for w in form.split()) + ")"
                                 for form in group) + ")"
                for group in self.groups
            )  # fmt: skip
            return Q(folded_document=TsQuery(tsquery, search_type="raw", config="simple"))
        return reduce(
            lambda q, group: q & reduce(or_, (_words_like(form) for form in group)),
            self.groups,
            Q(),
        )

    def filter(self, queryset):
        """`queryset` narrowed to the hits; words are [a-z0-9…] only, so nothing to escape."""
        vendor = connections[queryset.db].vendor
        if vendor == "postgresql":
            stored = queryset.model._meta.db_table == "news_article"
            words = StoredWords() if stored else FoldedDocument("search_text")
            queryset = queryset.alias(folded_document=words)
        return queryset.filter(self.condition(vendor))

    def score(self, head):
        """Relevance of one article from the head of its search_text (pure Python)."""
        parts = head.split(SEPARATOR) + ["", "", "", ""]
        title, title_exact, sapo, sapo_exact = parts[:4]
        score = 0
        for group in self.groups:
            forms = [f" {form} " for form in group]
            if any(form in title for form in forms):
                score += TITLE
            elif any(form in sapo for form in forms):
                score += SAPO
            else:
                score += BODY
        if len(self.groups) > 1:
            phrase = f" {self.phrase} "
            score += PHRASE_IN_TITLE if phrase in title else PHRASE_IN_SAPO * (phrase in sapo)
        # Typed with diacritics: "bàn" ranks articles saying "bàn" above those saying "bán".
        for word in self.exact:
            word = f" {word} "
            score += EXACT_IN_TITLE if word in title_exact else EXACT_IN_SAPO * (word in sapo_exact)
        return score

    def rank(self, queryset):
        """Hits of `queryset` best first: (pks, more). One query: the newest MAX_RANKED + 1
        hits, then the heads of just those rows (on PostgreSQL after the plan's estimate
        of the hits)."""
        hits = self.filter(queryset)
        # NULLS LAST (never NULL when published) matches no date index: PostgreSQL then
        # takes every hit from the word index and sorts them. Only for a query it expects
        # in very many articles does it walk the newest by date, testing each row's
        # stored words until it has enough (left to itself it walks too often, since it
        # does not count the cost of reading each row's words).
        by_date = F("published_at").desc(nulls_last=None if self._walk_by_date(hits) else True)
        newest = hits.order_by(by_date, "-pk").values("pk")
        rows = list(
            queryset.model.objects.filter(pk__in=newest[: MAX_RANKED + 1])
            .annotate(search_head=Left("search_text", HEAD_CHARS))
            .order_by(by_date, "-pk")
            .values_list("pk", "search_head")
        )
        more = len(rows) > MAX_RANKED
        rows = rows[:MAX_RANKED]
        # Stable sort: equal scores keep the newest-first order of the query.
        rows.sort(key=lambda row: self.score(row[1]), reverse=True)
        return [row[0] for row in rows], more

    @staticmethod
    def _walk_by_date(hits):
        return (estimated_rows(hits) or 0) >= WALK_FROM

    # Highlighting ---------------------------------------------------------------------

    def _pattern(self):
        forms = sorted({form for group in self.groups for form in group}, key=len, reverse=True)
        alternatives = "|".join(r" +".join(map(re.escape, form.split())) for form in forms)
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def spans(self, text):
        """(start, end) of matched words in `text`, whatever its diacritics or case."""
        if not self.groups or not text:
            return []
        folded, offsets = fold_with_offsets(text)
        spans = []
        for match in self._pattern().finditer(folded):
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            if spans and not text[spans[-1][1] : start].strip():  # "Đảng ủy": one mark
                start = spans.pop()[0]
            spans.append((start, end))
        return spans

    def highlight(self, text, spans=None):
        """`text` escaped, with matches in <mark>."""
        spans = self.spans(text) if spans is None else spans
        out, last = [], 0
        for start, end in spans:
            if start < last:
                continue
            out += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
            last = end
        out.append(escape(text[last:]))
        return mark_safe("".join(out))  # noqa: S308 - every piece escaped above

    def snippet(self, article):
        """About SNIPPET_CHARS of the sapo or body around the first match, marked."""
        for text in (article.sapo, html_to_text(article.body)):
            spans = self.spans(text)
            if spans:
                start = max(0, spans[0][0] - SNIPPET_CHARS // 3)
                if start:
                    start = text.find(" ", start, spans[0][0]) + 1 or start
                end = start + SNIPPET_CHARS
                if end < len(text):  # end on a word boundary after the first match
                    end = max(text.rfind(" ", spans[0][1], end), spans[0][1])
                window = text[start:end]
                shifted = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
                prefix = "… " if start else ""
                suffix = " …" if end < len(text) else ""
                return mark_safe(prefix + self.highlight(window, shifted) + suffix)  # noqa: S308
        text = article.sapo or html_to_text(article.body)
        return text[:SNIPPET_CHARS] + (" …" if len(text) > SNIPPET_CHARS else "")


class FoldedSearchAdmin:
    """A ModelAdmin mixin: the admin's search box matches whole folded words of the
    model's `search_text` (the full-text index on PostgreSQL) instead of `icontains` over
    every row, so "den chieu sang" finds "đèn chiếu sáng" in milliseconds at 1,000,000."""

    search_fields = ["search_text"]  # shows the box; the lookup is below
    search_help_text = _("Words with or without diacritics, e.g. “dan van kheo”.")

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        query = SearchQuery.parse(search_term, self.search_abbreviations())
        if not query:
            return queryset, False
        return query.filter(queryset), False

    def search_abbreviations(self):
        return ()

    def get_paginator(self, request, *args, **kwargs):
        paginator = super().get_paginator(request, *args, **kwargs)
        paginator.estimate = bool(request.GET.get("q", "").strip())  # see CappedPaginator
        return paginator
