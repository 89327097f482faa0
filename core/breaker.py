"""A circuit breaker for Redis: after one failure, skip it for a few seconds.

A hung Redis makes each call wait its socket timeout; a page that asks the cache three
times would wait three times. With the breaker, the first failed call in a process opens
it for REDIS_BREAKER_SECONDS: until then every caller skips Redis at once (no network,
no wait) and takes its fallback, so pages answer at database speed. The next call after
that tries Redis again. State is per process and per Redis URL; it costs one clock read
per call.
"""

import logging
import threading
import time

from django.conf import settings

logger = logging.getLogger(__name__)


class Breaker:
    """Open (skip the service) for `cooldown` seconds after `trip()`."""

    def __init__(self, name):
        self.name = name
        self._until = 0.0
        self._lock = threading.Lock()

    @property
    def is_open(self):
        return time.monotonic() < self._until

    def trip(self, error=None):
        """Record a failure: skip the service for REDIS_BREAKER_SECONDS (logged once)."""
        with self._lock:
            was_open = self.is_open
            self._until = time.monotonic() + settings.REDIS_BREAKER_SECONDS
        if not was_open:
            logger.warning(
                "%s unavailable; skipped for %s s (%s)",
                self.name,
                settings.REDIS_BREAKER_SECONDS,
                error or "failure",
            )

    def reset(self):
        self._until = 0.0


_breakers = {}


def redis_breaker(url):
    """The process's breaker for the Redis at `url`: shared by cache, counters and health."""
    if url not in _breakers:
        _breakers.setdefault(url, Breaker(f"Redis {url.rsplit('@', 1)[-1]}"))
    return _breakers[url]


_clients = {}


def redis_client(url):
    """One redis-py client (and connection pool) per process and URL, with short timeouts:
    a dead or hung Redis costs half a second, then the breaker skips it."""
    if url not in _clients:
        import redis

        _clients[url] = redis.Redis.from_url(
            url, socket_timeout=0.5, socket_connect_timeout=0.5, decode_responses=True
        )
    return _clients[url]


def redis_state(url):
    """ "ok" or "unavailable": one PING, none while the breaker is open."""
    breaker = redis_breaker(url)
    if breaker.is_open:
        return "unavailable"
    try:
        redis_client(url).ping()
    except Exception as error:  # any failure to answer is an outage to the site
        breaker.trip(error)
        return "unavailable"
    return "ok"
