"""Writing the audit trail: `record(action, obj=…)` from anywhere, with who and from where.

The acting user and their address come from the request being served (AuditMiddleware
keeps it in a context variable), so model methods and signals need not pass them down.
"""

from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType

from core.readers import client_ip

from .models import AuditEntry

Action = AuditEntry.Action
_request = ContextVar("audit_request", default=None)


class AuditMiddleware:
    """Makes the current request known to `record` (after authentication)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def _entry(action, obj, user, detail, request):
    request = request or _request.get()
    if user is None and request is not None:
        current = getattr(request, "user", None)
        user = current if current is not None and current.is_authenticated else None
    entry = AuditEntry(
        action=action,
        user=user,
        username=user.get_username() if user else "",
        detail=detail,
        address=(client_ip(request) or None) if request is not None else None,
    )
    if obj is not None:
        entry.content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        entry.object_id = str(obj.pk)
        entry.object_repr = str(obj)[:300]
    return entry


def record(action, obj=None, *, user=None, detail="", request=None):
    """One audit entry: one INSERT (the content type is cached by Django)."""
    entry = _entry(action, obj, user, detail, request)
    entry.save()
    return entry


def record_each(action, objects, *, user=None, detail=""):
    """An entry for each of `objects` (a bulk moderation): one INSERT for them all."""
    entries = [_entry(action, obj, user, detail, None) for obj in objects]
    return AuditEntry.objects.bulk_create(entries)
