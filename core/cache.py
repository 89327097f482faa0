"""Django's Redis cache, made to degrade rather than fail while Redis is away."""

import logging

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)
OUTAGE = (ConnectionError, TimeoutError)


class ResilientRedisCache(RedisCache):
    """Reads miss and writes are skipped during an outage; redis-py reconnects by itself.

    Pages are then built from the database; counters and rate limits handle the outage
    in their own code (they use `incr` and Redis directly, left as they are).
    """

    def _outage(self, operation):
        logger.warning("Redis unavailable: cache %s skipped", operation, exc_info=True)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except OUTAGE:
            self._outage("get")
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except OUTAGE:
            self._outage("get_many")
            return {}

    def set(self, key, value, timeout=None, version=None, **kwargs):
        try:
            super().set(key, value, timeout, version)
        except OUTAGE:
            self._outage("set")

    def add(self, key, value, timeout=None, version=None, **kwargs):
        try:
            return super().add(key, value, timeout, version)
        except OUTAGE:
            self._outage("add")
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except OUTAGE:
            self._outage("delete")
            return False

    def clear(self):
        """Delete this site's cache entries only, not the whole Redis database (Django's
        clear() is FLUSHDB): other sites, test runs and the counters' pending counts,
        which live beside the cache under `<prefix>:counters:`, stay."""
        client = self._cache.get_client(write=True)
        pattern = f"{self.key_prefix}:[0-9]*" if self.key_prefix else "[0-9]*:*"
        try:
            for keys in _batches(client.scan_iter(match=pattern, count=1000), 500):
                client.delete(*keys)
        except OUTAGE:
            self._outage("clear")


def _batches(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def forget_on_change(key, *models):
    """Drop a cached `key` whenever a row of `models` is saved or deleted (bulk too).

    Deleted now, for this transaction's own reads, and again on commit, so a reader who
    cached the old rows meanwhile does not keep them.
    """

    def forget(**kwargs):
        cache.delete(key)
        transaction.on_commit(lambda: cache.delete(key))

    for model in models:
        post_save.connect(forget, sender=model, weak=False)
        post_delete.connect(forget, sender=model, weak=False)
