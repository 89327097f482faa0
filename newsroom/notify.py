"""E-mail when an article needs someone: publishers when it waits, the writer when it is
returned or published. Sent after the transaction commits, through Django's backend
(the console by default, SMTP from the environment): no cron."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.models import SiteIdentity

from . import roles, scope
from .audit import Action

logger = logging.getLogger(__name__)


def _site_url(path):
    return settings.SITE_URL.rstrip("/") + path


def _send(subject, body, recipients):
    recipients = sorted({address for address in recipients if address})
    if recipients:
        send_mail(subject, body, None, recipients, fail_silently=True)
    return recipients


def publishers_for(article):
    """Publishers whose scope covers the article (administrators if there are none)."""
    areas = [area.pk for area in article.areas.all()]
    units = [unit.pk for unit in article.units.all()]
    users = [u for u in scope.users_covering(areas, units) if roles.can_review(u)]
    if not users:
        users = list(get_user_model().objects.filter(is_active=True, is_superuser=True))
    return [u for u in users if u.pk != article.created_by_id or roles.may_approve_own(u)]


def article_waits(article):
    """Tell the publishers of its scope that `article` awaits review; their addresses."""
    with translation.override(settings.LANGUAGE_CODE):
        url = _site_url(reverse("admin:news_article_change", args=[article.pk]))
        subject = _("An article awaits your review: %(title)s") % {"title": article.title[:120]}
        body = _("%(title)s\n\nwas submitted for review on %(site)s.\nReview it here: %(url)s") % {
            "title": article.title,
            "site": SiteIdentity.current().name,
            "url": url,
        }
        return _send(subject, body, [u.email for u in publishers_for(article)])


def writer_told(article_pk, writer_pk, action):
    """Tell the writer their article was returned (with the reason) or published."""
    from news.models import Article

    article = Article.objects.filter(pk=article_pk).first()
    writer = get_user_model().objects.filter(pk=writer_pk, is_active=True).first()
    if article is None or writer is None:
        return []
    with translation.override(settings.LANGUAGE_CODE):
        url = _site_url(reverse("admin:news_article_change", args=[article.pk]))
        if action == Action.RETURNED:
            subject = _("Your article was returned: %(title)s")
            body = _("%(title)s\n\nwas returned to you with this reason:\n%(reason)s\n\n%(url)s")
        elif action == Action.SCHEDULED:
            subject = _("Your article is scheduled: %(title)s")
            body = _("%(title)s\n\nwas approved and will be published at %(time)s.\n\n%(url)s")
        else:
            subject = _("Your article is published: %(title)s")
            body = _("%(title)s\n\nwas approved and published.\n\n%(url)s")
            url = _site_url(article.get_absolute_url())
        values = {
            "title": article.title,
            "reason": article.review_note,
            "url": url,
            "time": article.published_at
            and f"{timezone.localtime(article.published_at):%d/%m/%Y %H:%M}",
        }
        return _send(subject % {"title": article.title[:120]}, body % values, [writer.email])
