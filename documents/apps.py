from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The register of documents ("Văn bản") and the citations of them in articles."""

    name = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from . import linking

        linking.connect()
