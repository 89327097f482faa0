from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, using="default", **kwargs):
    """After a migrate, once the last app's permissions exist (post_migrate comes once per
    app, in INSTALLED_APPS order): the role groups match roles.py."""
    from .roles import sync_groups

    if sender is [app for app in apps.get_app_configs() if app.models_module][-1]:
        sync_groups(using)


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = _("Newsroom")

    def ready(self):
        from . import signals  # noqa: F401  (login, lockout, role and scope changes)

        post_migrate.connect(_sync_roles, dispatch_uid="newsroom-roles")


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin with the newsroom's site: the desk on its home page."""

    default = False  # named in INSTALLED_APPS; NewsroomConfig is this module's own
    default_site = "newsroom.site.AdminSite"
