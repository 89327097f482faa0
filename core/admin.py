"""Admin pieces several apps share."""

from .pagination import CappedPaginator


class NarrowListMixin:
    """A ModelAdmin mixin for lists of large tables: the change list reads its rows
    without the `list_defer` columns (bodies, search text), so a page of 100 rows stays
    small at any table size, and counts at most 10,000 rows (CappedPaginator)."""

    list_defer = ()
    paginator = CappedPaginator
    show_full_result_count = False

    def get_changelist(self, request, **kwargs):
        base, fields = super().get_changelist(request, **kwargs), self.list_defer

        class NarrowChangeList(base):
            def get_queryset(self, request, exclude_parameters=None):
                return super().get_queryset(request, exclude_parameters).defer(*fields)

        return NarrowChangeList
