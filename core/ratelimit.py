"""Per-sender rate limits in the shared cache (Redis when REDIS_URL is set)."""

import logging
import time

from django.core.cache import cache

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
