"""Who works where (Scope) and what happened (AuditEntry)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wards.models import Area, Unit


class Scope(models.Model):
    """The areas (with everything below them) and units a staff member works for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="scope",
    )
    areas = models.ManyToManyField(
        Area,
        verbose_name=_("areas"),
        blank=True,
        related_name="scopes",
        help_text=_("Wards or communes, with everything below them."),
    )
    units = models.ManyToManyField(Unit, verbose_name=_("units"), blank=True, related_name="scopes")

    class Meta:
        verbose_name = _("working scope")
        verbose_name_plural = _("working scopes")
        permissions = [("any_area", _("Works in every area"))]

    def __str__(self):
        return str(self.user)


class AuditEntry(models.Model):
    """One thing that matters on a government site: who, when, what, from where.

    Written once, never changed; it names its object by type, key and text, so it stays
    when the object is deleted.
    """

    class Action(models.TextChoices):
        CREATED = "created", _("Created")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned to the editor")
        PUBLISHED = "published", _("Approved and published")
        SCHEDULED = "scheduled", _("Approved and scheduled")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        EDITED = "edited", _("Edited")
        RESTORED = "restored", _("Restored from history")
        DELETED = "deleted", _("Deleted")
        MODERATED = "moderated", _("Comment moderated")
        ROLE = "role", _("Roles changed")
        SCOPE = "scope", _("Working scope changed")
        LOGIN = "login", _("Logged in")
        LOGIN_FAILED = "login-failed", _("Failed login")
        LOCKED_OUT = "locked-out", _("Locked out")

    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    username = models.CharField(_("username"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind"), on_delete=models.SET_NULL, null=True, blank=True
    )
    object_id = models.CharField(_("object"), max_length=64, blank=True)
    object_repr = models.CharField(_("what"), max_length=300, blank=True)
    detail = models.TextField(_("detail"), blank=True)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["action", "-at"]),
            models.Index(fields=["content_type", "object_id"]),
        ]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.username} {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("audit entries are never changed")
        super().save(*args, **kwargs)
