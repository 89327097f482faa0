"""One paginator for every listing: any `page=` value gives a page, never an error."""

from django.conf import settings
from django.core.paginator import Paginator


def paginate(request, queryset, per_page=None, param="page"):
    """Junk gives page 1, a number past the end the last page."""
    paginator = Paginator(queryset, per_page or settings.ARTICLES_PER_PAGE)
    return paginator.get_page(request.GET.get(param))
