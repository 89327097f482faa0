"""What the article page shows of comments: the approved page and the form (comment_tags)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from core.pagination import paginate

from .forms import CommentForm
from .models import Comment

PAGE_PARAM = "binh-luan"


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
    # The count is known (Article.comment_count): no COUNT; at zero the COUNT is the query.
    page = paginate(
        request,
        Comment.objects.for_article_page(article),
        settings.COMMENTS_PER_PAGE,
        PAGE_PARAM,
        count=article.comment_count or None,
    )
    is_open = comments_open(article)
    if form is None and is_open:
        form = CommentForm(lazy_captcha=True)  # no captcha row until the reader writes
    return {
        "comment_page": page,
        "comment_page_param": PAGE_PARAM,
        "comment_form": form if is_open else None,
        # Closed while a reader wrote: give their text back so it is not lost.
        "unsent_text": form.data.get("content", "") if form is not None and not is_open else "",
        "comments_open": is_open,
    }
