"""Posting a comment: validate, rate-limit, save as pending, redirect (Post/Redirect/Get)."""

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.ratelimit import comment_allowed
from core.readers import sender_hash
from news import views as news_views
from news.models import Article

from .display import comments_open
from .forms import CommentForm
from .models import Comment
from .notify import notify_moderators

KEPT_FIELDS = ("name", "email", "content")


def _article_page(request, article, form, status=200):
    """The article page again, with the reader's form as they left it."""
    return news_views.render_article(request, article, {"comment_form": form}, status)


@require_http_methods(["GET", "HEAD", "POST"])
def post_comment(request, pk):
    article = get_object_or_404(Article.objects.published().for_page(), pk=pk)
    if request.method != "POST":
        return news_views.back_to_article(request, article)
    if not comments_open(article):
        # Closed while the reader was writing: say so, and show what they wrote.
        form = CommentForm(request.POST)
        form.is_valid()
        form.add_error(None, _("Comments are closed for this article."))
        return _article_page(request, article, form, status=403)
    if "refresh_captcha" in request.POST:
        # The no-JavaScript "another code" button: same text, a new code, no error yet.
        kept = {name: request.POST.get(name, "") for name in KEPT_FIELDS}
        return _article_page(request, article, CommentForm(initial=kept))
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _article_page(request, article, form)
    if not comment_allowed(request):
        minutes = max(1, settings.COMMENT_RATE_WINDOW // 60)
        form.add_error(
            None,
            _(
                "You have sent several comments in a short time. "
                "Please wait %(minutes)d minutes and send it again."
            )
            % {"minutes": minutes},
        )
        return _article_page(request, article, form, status=429)
    spam = form.is_bot
    Comment.objects.create(
        article=article,
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        content=form.cleaned_data["content"],
        sender_hash=sender_hash(request),
        status=Comment.Status.SPAM if spam else Comment.Status.PENDING,
        moderated_at=timezone.now() if spam else None,
    )
    if not spam:
        transaction.on_commit(lambda: notify_moderators(request))
    messages.success(request, _("Your comment has been sent and is awaiting moderation."))
    return redirect(article)
