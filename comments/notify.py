"""Tell moderators that comments are waiting, without flooding their inbox."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from newsroom.roles import MODERATOR, ROLES
from portal.models import SiteIdentity

from .models import Comment

MODERATORS_GROUP = ROLES[MODERATOR].group
NOTIFIED_KEY = "comments:moderators-notified"


def moderator_emails():
    """COMMENT_MODERATOR_EMAILS plus active members of the moderators' group: one query."""
    members = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS_GROUP)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return sorted(set(settings.COMMENT_MODERATOR_EMAILS) | set(members))


def notify_moderators(request):
    """Email moderators at most once per COMMENT_NOTIFY_INTERVAL seconds; True if sent."""
    # During a Redis outage `add` answers False: no email, the comments wait in the queue
    # and the next one after the outage sends it.
    if not cache.add(NOTIFIED_KEY, 1, settings.COMMENT_NOTIFY_INTERVAL):
        return False
    recipients = moderator_emails()
    if not recipients:
        return False
    url = request.build_absolute_uri(
        reverse("admin:comments_comment_changelist") + "?status__exact=pending"
    )
    with translation.override(settings.LANGUAGE_CODE):
        waiting = Comment.objects.filter(status=Comment.Status.PENDING).count()
        subject = _("Reader comments are waiting for moderation")
        body = _(
            "%(count)d reader comments are waiting for moderation on %(site)s.\n\n"
            "Review them here: %(url)s"
        ) % {"count": waiting, "site": SiteIdentity.current().name, "url": url}
    sent = send_mail(subject, body, None, recipients, fail_silently=True)
    return bool(sent)
