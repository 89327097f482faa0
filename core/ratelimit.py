"""Per-sender rate limits in the shared cache (Redis when REDIS_URL is set).

Call sites ask a named question (`comment_allowed(request)`); the scope, the sender and
the settings behind it live here.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from .readers import sender_hash

logger = logging.getLogger(__name__)


def hit(scope, sender, limit, window):
    """Count one action; False once `sender` has done more than `limit` in this window.

    A fixed window in the cache: two round trips (add, incr), both atomic in Redis, so
    every process agrees. If the cache is down we let the action through and say so in
    the log: the captcha and moderation still stand.
    """
    if limit <= 0:
        return True
    key = f"rl:{scope}:{sender}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, window + 5)  # incr on a missing key raises ValueError
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.add(key, 1, window + 5)
        count = 1
    except Exception:  # the cache is unreachable: degrade, do not fail
        logger.warning("Rate limit cache unavailable for %s", scope, exc_info=True)
        return True
    return count <= limit


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
