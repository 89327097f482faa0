"""What the article page shows of comments: the approved page and the form (comment_tags)."""

from datetime import timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.utils import timezone

from .forms import CommentForm
from .models import Comment

PAGE_PARAM = "binh-luan"


class _Counted:
    """A queryset whose length we already know (Article.comment_count): no COUNT query."""

    def __init__(self, queryset, count):
        self.queryset, self._count = queryset, count

    def count(self):
        return self._count

    def __getitem__(self, index):
        return self.queryset[index]


def comments_open(article):
    """Open unless closed on the article or older than COMMENTS_CLOSE_AFTER_DAYS (0: never)."""
    if not article.comments_open or not article.is_public:
        return False
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    return not days or article.published_at >= timezone.now() - timedelta(days=days)


def comments_context(request, article, form=None):
    """Context for the comments section: one query, whatever the number of comments.

    `form` is the reader's bound form after a failed POST, so the re-rendered page keeps
    what they typed; a fresh one otherwise.
    """
    comments = Comment.objects.for_article_page(article)
    if article.comment_count:  # known: skip the COUNT; at zero, counting is the one query
        comments = _Counted(comments, article.comment_count)
    paginator = Paginator(comments, settings.COMMENTS_PER_PAGE)
    is_open = comments_open(article)
    if form is None and is_open:
        form = CommentForm()
    return {
        "comment_page": paginator.get_page(request.GET.get(PAGE_PARAM)),
        "comment_page_param": PAGE_PARAM,
        "comment_form": form if is_open else None,
        # Closed while a reader wrote: give their text back so it is not lost.
        "unsent_text": form.data.get("content", "") if form is not None and not is_open else "",
        "comments_open": is_open,
    }
