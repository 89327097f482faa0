from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    """Readers' comments; moderators are the "Kiểm duyệt bình luận" role (newsroom.roles)."""

    name = "comments"
    verbose_name = _("Reader comments")

    def ready(self):
        from core import pagecache

        from .models import Comment

        # A new comment waits for moderation: pages change when one is approved (or an
        # approved one is edited); `moderate()` starts the generation for bulk changes.
        pagecache.show_changes_of(Comment, when=lambda comment: comment.status == "approved")
