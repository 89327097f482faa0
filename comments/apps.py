from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    """Readers' comments; moderators are the "Kiểm duyệt bình luận" role (newsroom.roles)."""

    name = "comments"
    verbose_name = _("Reader comments")
