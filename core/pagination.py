"""Paginating listings; any page parameter a reader sends gives a page, never an error.

- `paginate`: numbered pages. A count already known (a counter on the parent row) skips
  the COUNT, and a page in the back half is read from the other end (ORDER BY reversed,
  a small OFFSET), so the last of 2,000 comment pages costs what the first does.
- `seek`: newest-first lists of any length (a section's or a ward's news): pages found by
  the row they start after, with no COUNT and no OFFSET at all.
- `CappedPaginator`: the admin's lists of large tables count at most CAP rows.
- `IdRangePaginator`: pages by ranges of ids (the sitemaps): no COUNT, no OFFSET.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Max, Q, QuerySet, Subquery
from django.utils.functional import cached_property

from .estimates import estimated_rows


class _Known:
    """A queryset whose length is known already: no COUNT query."""

    def __init__(self, queryset, count):
        self.queryset, self._count = queryset, count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        return self.queryset[index]


class TwoEndedPaginator(Paginator):
    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        rows = getattr(self.object_list, "queryset", self.object_list)
        if number > self.num_pages / 2 and isinstance(rows, QuerySet) and rows.ordered:
            rows = list(rows.reverse()[self.count - top : self.count - bottom])
            return self._get_page(rows[::-1], number, self)
        return super().page(number)


class CappedPaginator(Paginator):
    """Counts at most `cap` + 1 rows (a COUNT over a LIMIT subquery); past the cap the
    list says "more than 10,000" (templates/admin/pagination.html) and its pages stop.

    A full-text match cannot stop early (its index yields every match before the LIMIT),
    so for a search (`estimate`) where PostgreSQL's plan expects more than the cap, its
    estimate answers instead: a search matching 600,000 of 1,000,000 comments costs an
    EXPLAIN, not a second. (Counted, 10,000 articles out of 86,000 matching cost 200 ms:
    PostgreSQL reads each row's stored words. An estimate too high says "more than
    10,000" of fewer.)
    """

    cap = 10_000
    estimate = False  # the admin's search sets it (search.query.FoldedSearchAdmin)

    @cached_property
    def count(self):
        rows = self.object_list
        if self.estimate and (estimated_rows(rows) or 0) > self.cap:
            return self.cap + 1
        return rows.order_by()[: self.cap + 1].count()  # unordered: no index walk to count

    @property
    def capped(self):
        return self.count > self.cap


class IdRangePaginator(Paginator):
    """Page n holds the rows whose ids are in ((n - 1) × per_page, n × per_page], in id
    order: the number of pages comes from the highest id (one index lookup) and a page is
    a range of the primary key, where a COUNT and an OFFSET would read every row before
    it. A page holds at most per_page rows, fewer where ids were deleted or filtered out,
    and may be empty."""

    @cached_property
    def num_pages(self):
        highest = self.object_list.aggregate(highest=Max("pk"))["highest"] or 0
        return max(1, -(-highest // self.per_page))

    def page(self, number):
        number = self.validate_number(number)
        above = (number - 1) * self.per_page
        rows = self.object_list.filter(pk__gt=above, pk__lte=above + self.per_page)
        return self._get_page(rows.order_by("pk"), number, self)


def paginate(request, queryset, per_page=None, param="page", count=None):
    """The page `request` asks for in `param`: junk gives page 1, past the end the last.

    With `count` (a stored counter) there is no COUNT query, and pages past the middle
    are read backwards.
    """
    rows = queryset if count is None else _Known(queryset, count)
    paginator = TwoEndedPaginator(rows, per_page or settings.ARTICLES_PER_PAGE)
    return paginator.get_page(request.GET.get(param))


class SeekPage:
    """A page of a newest-first list, found by the row it starts after: no COUNT and no
    OFFSET, so page 2,000 costs what page 1 does (an index range from the cursor).

    `older` and `newer` are the cursors (row keys) for the links, or None at either end.
    """

    def __init__(self, rows, older, newer):
        self.object_list, self.older, self.newer = rows, older, newer

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_other_pages(self):
        return self.older is not None or self.newer is not None


OLDER, NEWER = "truoc", "sau"  # ?truoc=<pk>: the page older than that row; ?sau=: newer


def seek(request, queryset, per_page=None, date="published_at"):
    """The page of `queryset` (newest first by `date`, then pk) that `request` asks for
    with ?truoc=<pk> or ?sau=<pk>; junk or an unknown key gives the first page.

    One query: per_page + 1 rows from an index range bounded by the cursor row's date
    (a subquery), the extra row telling whether there is more beyond.
    """
    per_page = per_page or settings.ARTICLES_PER_PAGE
    newest_first = queryset.order_by(f"-{date}", "-pk")
    direction, key = None, None
    for name in (OLDER, NEWER):
        value = request.GET.get(name, "")
        if value.isdigit() and len(value) < 19:
            direction, key = name, int(value)
            break
    if key is None:
        rows = list(newest_first[: per_page + 1])
        return SeekPage(rows[:per_page], _last_key(rows, per_page), None)
    cursor = queryset.model._default_manager.filter(pk=key).values(date)[:1]
    at = Subquery(cursor)
    if direction == OLDER:
        before = Q(**{f"{date}__lt": at}) | Q(**{date: at, "pk__lt": key})
        rows = list(newest_first.filter(before, **{f"{date}__lte": at})[: per_page + 1])
        newer = rows[0].pk if rows else None
        return SeekPage(rows[:per_page], _last_key(rows, per_page), newer)
    after = Q(**{f"{date}__gt": at}) | Q(**{date: at, "pk__gt": key})
    oldest_first = queryset.order_by(date, "pk").filter(after, **{f"{date}__gte": at})
    rows = list(oldest_first[: per_page + 1])
    has_newer = len(rows) > per_page
    rows = rows[:per_page][::-1]
    return SeekPage(rows, rows[-1].pk if rows else None, rows[0].pk if has_newer else None)


def _last_key(rows, per_page):
    return rows[per_page - 1].pk if len(rows) > per_page else None
