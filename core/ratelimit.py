"""Per-sender rate limits: a token bucket (GCRA) kept in the database, atomic everywhere.

Call sites ask a named question (`comment_allowed(request)`); the scope, the sender and
the settings behind it live here.

A limit of N per W seconds allows a burst of N, then one more every W / N seconds: no
window edge to exploit (a fixed window let 2N through in seconds at its edge). Each
check is one upsert of one row (`core.models.RateLimit`), atomic on SQLite and
PostgreSQL alike, so every process and machine agrees. The database, not Redis, holds
the limits: only posts and sign-ins are limited, each writes to the database anyway, and
so a Redis outage or restart neither opens nor resets them. With the database down the
check raises and the post fails with it: closed, never open.
"""

import time

from django.conf import settings
from django.db import connection

from .models import RateLimit
from .readers import sender_hash


def now():
    """The limits' clock (Unix seconds); tests replace it to move time."""
    return time.time()


def hit(scope, sender, limit, window):
    """Count one action; False (and nothing counted) once `sender` has used its budget.

    One INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING: the row comes back only when
    the action is allowed. Refused actions cost nothing, so a patient sender is not
    punished for knocking.
    """
    if limit <= 0:
        return True
    moment = now()
    interval = window / limit
    table = connection.ops.quote_name(RateLimit._meta.db_table)
    sql = (
        f"INSERT INTO {table} (bucket, allowed_at) VALUES (%s, %s) "  # noqa: S608
        f"ON CONFLICT (bucket) DO UPDATE SET allowed_at = "
        f"(CASE WHEN {table}.allowed_at > %s THEN {table}.allowed_at ELSE %s END) + %s "
        f"WHERE {table}.allowed_at - %s <= %s RETURNING allowed_at"
    )
    params = [
        f"{scope}:{sender}"[:100], moment + interval,
        moment, moment, interval,
        moment, window - interval,
    ]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone() is not None


def prune():
    """Delete the budgets that are full again (one DELETE); the number deleted."""
    return RateLimit.objects.filter(allowed_at__lt=now()).delete()[0]


def comment_allowed(request):
    """One more comment from this sender: COMMENT_RATE_LIMIT per COMMENT_RATE_WINDOW."""
    return hit(
        "comment", sender_hash(request), settings.COMMENT_RATE_LIMIT, settings.COMMENT_RATE_WINDOW
    )


def rating_allowed(request):
    """One more vote from this address: RATING_RATE_LIMIT per RATING_RATE_WINDOW."""
    return hit(
        "rating", sender_hash(request), settings.RATING_RATE_LIMIT, settings.RATING_RATE_WINDOW
    )


def login_allowed(request):
    """One more sign-in attempt from this address, whatever the username:
    LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW. Asked before the password is hashed."""
    return hit("login", sender_hash(request), settings.LOGIN_RATE_LIMIT, settings.LOGIN_RATE_WINDOW)


def contact_allowed(request):
    """One more contact-form message from this sender, at the comments' pace:
    COMMENT_RATE_LIMIT per COMMENT_RATE_WINDOW, in a bucket of its own."""
    return hit(
        "contact", sender_hash(request), settings.COMMENT_RATE_LIMIT, settings.COMMENT_RATE_WINDOW
    )
