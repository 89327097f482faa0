from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The site's identity, organization, contacts and the pages that find a ward."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from . import freshness

        freshness.connect()
