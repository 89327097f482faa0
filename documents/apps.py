from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The register of documents ("Văn bản") and the citations of them in articles."""

    name = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from core import pagecache

        from . import linking

        linking.connect()
        # A download renews only that document's page (its count), one cache write.
        pagecache.version_pages("documents:detail", lambda kwargs: f"document:{kwargs['pk']}")
