from django import template

from ..display import comments_context
from ..models import Comment

register = template.Library()


@register.inclusion_tag("comments/section.html", takes_context=True)
def comments_section(context, article):
    """ "Ý kiến bạn đọc (N)": the approved comments and the form, for the article page.

    One query for the page of comments, whatever their number. A page re-rendered by the
    comment view carries the reader's bound form as `comment_form` in its context.
    """
    request = context["request"]
    return {
        "article": article,
        **comments_context(request, article, context.get("comment_form")),
        "csrf_token": context.get("csrf_token"),
        "request": request,
    }


@register.inclusion_tag("comments/_desk.html", takes_context=True)
def comments_waiting(context):
    """The desk's "comments waiting (N)" for those who moderate: one COUNT."""
    user = context["request"].user
    if not user.has_perm("comments.change_comment"):
        return {"show": False}
    return {"show": True, "count": Comment.objects.filter(status=Comment.Status.PENDING).count()}
