from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

# What a comment moderator needs, and nothing more: read and moderate comments, and pick
# the replying unit (the admin's autocomplete needs to view units).
MODERATOR_PERMISSIONS = [
    ("comments", "view_comment"),
    ("comments", "change_comment"),
    ("wards", "view_unit"),
]


def create_moderators_group(sender, using="default", **kwargs):
    """The "Kiểm duyệt bình luận" group, kept to exactly MODERATOR_PERMISSIONS."""
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    from .notify import MODERATORS_GROUP

    wanted = Q()
    for app_label, codename in MODERATOR_PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    group, _created = Group.objects.using(using).get_or_create(name=MODERATORS_GROUP)
    group.permissions.set(Permission.objects.using(using).filter(wanted))


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Reader comments")

    def ready(self):
        # After auth has created this app's permissions (it is earlier in INSTALLED_APPS).
        post_migrate.connect(create_moderators_group, sender=self)
