from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The site's identity, organization, contacts and the pages that find a ward."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from core import pagecache

        from . import freshness
        from .models import ContactMessage, TranslationStamp

        freshness.connect()
        # A reader's message shows on no page (a flood of them must not empty the page
        # cache); a stamp changes with a row whose own save already renews the pages.
        pagecache.show_changes_of(ContactMessage, when=lambda message: False)
        pagecache.show_changes_of(TranslationStamp, when=lambda stamp: False)
