"""The office's e-mail for a reader's contact message."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import SiteIdentity

logger = logging.getLogger(__name__)


def send_contact_message(sent):
    """Mail `sent` to the agency's address (Reply-To: the reader). A mail server that
    fails is logged: the message is kept in the admin either way."""
    identity = SiteIdentity.current()
    if not identity.email:
        return
    link = settings.SITE_URL.rstrip("/") + reverse(
        "admin:portal_contactmessage_change", args=[sent.pk]
    )
    body = _(
        "From: %(name)s <%(email)s>\nPhone: %(phone)s\n\n%(message)s\n\n"
        "This message is kept in the admin: %(link)s"
    ) % {
        "name": sent.name,
        "email": sent.email,
        "phone": sent.phone or "–",
        "message": sent.message,
        "link": link,
    }
    mail = EmailMessage(
        subject=_("[%(site)s] Contact: %(subject)s")
        % {"site": identity.name, "subject": sent.subject},
        body=body,
        to=[identity.email],
        reply_to=[sent.email],
    )
    try:
        mail.send()
    except Exception:  # SMTP down or refusing: the message waits in the admin
        logger.exception("Could not mail contact message %s", sent.pk)
