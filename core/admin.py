"""Admin pieces several apps share."""


class NarrowListMixin:
    """A ModelAdmin mixin: the change list reads its rows without the `list_defer` columns
    (bodies, search text), so a page of 100 rows stays small at any table size."""

    list_defer = ()

    def get_changelist(self, request, **kwargs):
        base, fields = super().get_changelist(request, **kwargs), self.list_defer

        class NarrowChangeList(base):
            def get_queryset(self, request, exclude_parameters=None):
                return super().get_queryset(request, exclude_parameters).defer(*fields)

        return NarrowChangeList
