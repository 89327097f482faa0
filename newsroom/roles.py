"""The newsroom's roles, as Django groups kept in sync with this list on every migrate.

- Biên tập viên (editor): writes articles in their scope and submits them for review.
- Người duyệt (publisher, the Ban biên tập): approves, schedules, returns and withdraws.
- Kiểm duyệt bình luận (comment moderator): reads and moderates readers' comments.
- Quản trị (administrator): everything, in every area.

Permissions are what Django's admin checks; who may move an article from one state to
another is decided by the article's own methods (news.workflow) with these helpers.
"""

from dataclasses import dataclass

from django.conf import settings

EDITOR, PUBLISHER, MODERATOR, ADMIN = "editor", "publisher", "moderator", "admin"

# The register of documents (documents/): editors draft, publishers publish and delete.
_DOCUMENTS = [
    "documents.add_document", "documents.change_document", "documents.view_document",
    "documents.add_documentfile", "documents.change_documentfile",
    "documents.delete_documentfile", "documents.view_documentfile", "documents.view_topic",
]  # fmt: skip
_PUBLISHING_DOCUMENTS = ("documents.publish_document", "documents.delete_document",
                         "documents.add_topic", "documents.change_topic")  # fmt: skip

_WRITING = [
    "news.add_article", "news.change_article", "news.view_article",
    "news.add_photo", "news.change_photo", "news.delete_photo", "news.view_photo",
    "news.view_section", "wards.view_area", "wards.view_unit",
    *_DOCUMENTS,
]  # fmt: skip
# "Dân vận khéo" models of their scope: registered and updated by writers (mobilization).
_WRITING += [
    f"mobilization.{action}_{model}" for model in ("statuschange", "result", "initiativephoto",
    "articlelink") for action in ("add", "change", "delete", "view")
] + ["mobilization.add_initiative", "mobilization.change_initiative",
     "mobilization.view_initiative", "mobilization.view_sector"]  # fmt: skip


@dataclass(frozen=True)
class Role:
    group: str
    permissions: tuple  # "app_label.codename"; ("*",) is every permission


ROLES = {
    EDITOR: Role("Biên tập viên", tuple(_WRITING)),
    PUBLISHER: Role(
        "Người duyệt",
        (
            *_WRITING,
            "news.review_article",
            "news.delete_article",
            *_PUBLISHING_DOCUMENTS,
            "mobilization.delete_initiative",
        ),
    ),
    MODERATOR: Role(
        "Kiểm duyệt bình luận",
        ("comments.view_comment", "comments.change_comment", "wards.view_unit"),
    ),
    ADMIN: Role("Quản trị", ("*",)),
}
GROUPS = {role.group: name for name, role in ROLES.items()}


def sync_groups(using="default"):
    """Create the role groups and give each exactly its permissions (idempotent)."""
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    permissions = Permission.objects.using(using)
    for role in ROLES.values():
        group, _created = Group.objects.using(using).get_or_create(name=role.group)
        if role.permissions == ("*",):
            group.permissions.set(permissions.all())
            continue
        wanted = Q(pk__in=[])
        for name in role.permissions:
            app_label, codename = name.split(".")
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(permissions.filter(wanted))


def is_administrator(user):
    """Superusers and the Quản trị group: no scope limit, may approve their own work."""
    return user.is_active and (user.is_superuser or user.has_perm("newsroom.any_area"))


def can_write(user):
    return user.is_active and user.is_staff and user.has_perm("news.add_article")


def can_review(user):
    return user.is_active and user.is_staff and user.has_perm("news.review_article")


def may_approve_own(user):
    """Publishers approve others' work; administrators (and one-person wards) their own too."""
    return is_administrator(user) or settings.NEWSROOM_SELF_APPROVAL
