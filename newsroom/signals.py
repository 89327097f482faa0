"""Audit entries for what no view of ours does: logins, lockouts, role and scope edits."""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from .audit import Action, record
from .models import Scope


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    record(Action.LOGIN, user, user=user, request=request)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    name = str(credentials.get("username", ""))[:150]
    record(Action.LOGIN_FAILED, detail=name, request=request)


@receiver(user_locked_out)
def _locked_out(sender, request, username, ip_address, **kwargs):
    record(Action.LOCKED_OUT, detail=str(username or "")[:150], request=request)


def _names(objects):
    return ", ".join(sorted(str(obj) for obj in objects))


@receiver(m2m_changed, sender=get_user_model().groups.through)
def _roles_changed(sender, instance, action, pk_set, model, reverse, **kwargs):
    if reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    verb = {"post_add": "+", "post_remove": "−", "post_clear": "="}[action]
    added = _names(model.objects.filter(pk__in=pk_set or ()))
    record(Action.ROLE, instance, detail=f"{verb} {added}".strip())


@receiver(m2m_changed, sender=Scope.areas.through)
@receiver(m2m_changed, sender=Scope.units.through)
def _scope_changed(sender, instance, action, pk_set, model, reverse, **kwargs):
    if reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    verb = {"post_add": "+", "post_remove": "−", "post_clear": "="}[action]
    changed = _names(model.objects.filter(pk__in=pk_set or ()))
    record(Action.SCOPE, instance.user, detail=f"{verb} {changed}".strip())
