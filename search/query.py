"""What a reader typed → which articles match, in which order, with which words marked.

Matching is `search_text LIKE '% word %'` for every word (or one of its abbreviation
forms): whole folded words, the same SQL on SQLite and PostgreSQL (where a trigram GIN
index answers it), so both give the same hits. Ranking reads only the head of the
column (folded and exact title and sapo) of at most MAX_RANKED newest hits.
"""

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Q
from django.db.models.functions import Left
from django.utils.html import escape
from django.utils.safestring import mark_safe

from config.text import nfc

from .text import SEPARATOR, exact_words, fold, fold_with_offsets, plain_text

MAX_QUERY_CHARS = 200  # longer input is cut before any work; the box allows 200 too
MAX_WORDS = 12  # words (after folding) that reach the database
MAX_RANKED = 1000  # hits ranked and paginated; beyond, "more than 1,000" and refine
HEAD_CHARS = 1500  # the part of search_text that ranking reads
SNIPPET_CHARS = 240

# Weights: a word in the title counts most, then the sapo, then the body.
TITLE, SAPO, BODY = 10, 4, 1
PHRASE_IN_TITLE, PHRASE_IN_SAPO = 6, 3
EXACT_IN_TITLE, EXACT_IN_SAPO = 3, 2


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

    def condition(self):
        """Every group present as whole words in Article.search_text."""
        return reduce(
            lambda q, group: (
                q & reduce(or_, (Q(search_text__contains=f" {form} ") for form in group))
            ),
            self.groups,
            Q(),
        )

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
        """Hits of `queryset` best first: (pks, more). One query reading
        MAX_RANKED + 1 rows of (pk, date, head); `more` says hits were left out."""
        rows = list(
            queryset.filter(self.condition())
            .annotate(search_head=Left("search_text", HEAD_CHARS))
            .order_by("-published_at", "-pk")
            .values_list("pk", "published_at", "search_head")[: MAX_RANKED + 1]
        )
        more = len(rows) > MAX_RANKED
        rows = rows[:MAX_RANKED]
        # Stable sort: equal scores keep the newest-first order of the query.
        rows.sort(key=lambda row: self.score(row[2]), reverse=True)
        return [row[0] for row in rows], more

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
        for text in (article.sapo, plain_text(article.body)):
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
        text = article.sapo or plain_text(article.body)
        return text[:SNIPPET_CHARS] + (" …" if len(text) > SNIPPET_CHARS else "")
