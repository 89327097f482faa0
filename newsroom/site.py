from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class AdminSite(admin.AdminSite):
    """The admin, in Vietnamese, opening on each person's desk (templates/admin/desk.html):
    their drafts, what was returned to them, what awaits their review, what is scheduled,
    the comments waiting and the week's most read, each block from its own app's tag."""

    site_header = _("Tin Phường administration")
    site_title = _("Tin Phường")
    index_title = _("Newsroom desk")
    index_template = "admin/desk.html"
