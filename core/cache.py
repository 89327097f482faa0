"""The caches: Django's Redis cache, made to degrade rather than fail while Redis is away
or hung, and Django's file cache made cheap to write for the embedded default."""

import logging
import os
import pickle
import tempfile
import time

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.core.files import locks
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from redis.exceptions import ConnectionError, TimeoutError

from .breaker import redis_breaker

logger = logging.getLogger(__name__)
OUTAGE = (ConnectionError, TimeoutError)


class SharedFileCache(FileBasedCache):
    """Django's file cache, which every local process shares, made cheap per call.

    - Culled once a minute: Django culls on every write by listing the whole folder, so
      each write costs more the more entries there are (tens of milliseconds at a few
      thousand). Between culls the folder may pass MAX_ENTRIES.
    - Not compressed: in shared memory zlib only spends time (a page's 20 KB cost a
      twentieth of a millisecond to inflate on every hit). Its own suffix, so files of
      Django's compressed format are never read.
    - A write is one temporary file renamed over the entry, without Django's checks
      around it (the folder is made once; a cull that removed it is recreated on demand).
    - `incr` rewrites the number in place under a lock: atomic across processes (Django's
      reads and writes it back, so concurrent increments were lost), and no new file. A
      read that meets a half-written number is a miss.
    - Keys are this project's own: not checked for memcached on every call, and each
      key's file name (an MD5) is remembered, not computed again on every call.
    """

    CULL_SECONDS = 60
    PATHS = 10_000  # file names remembered; forgotten all at once past that
    cache_suffix = ".tpcache"
    _culled_at = 0.0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._paths = {}

    def _key_to_file(self, key, version=None):
        path = self._paths.get((key, version))
        if path is None:
            if len(self._paths) >= self.PATHS:
                self._paths.clear()
            path = self._paths[key, version] = super()._key_to_file(key, version)
        return path

    def _cull(self):
        if time.monotonic() - self._culled_at >= self.CULL_SECONDS:
            self._culled_at = time.monotonic()
            super()._cull()

    def validate_key(self, key):
        pass

    def get(self, key, default=None, version=None):
        try:
            with open(self._key_to_file(key, version), "rb") as f:
                if not self._is_expired(f):
                    return pickle.load(f)  # noqa: S301 (our own private folder)
        except (FileNotFoundError, EOFError, pickle.UnpicklingError):
            pass
        return default

    def incr(self, key, delta=1, version=None):
        try:
            with open(self._key_to_file(key, version), "r+b") as f:
                locks.lock(f, locks.LOCK_EX)
                try:
                    expiry = pickle.load(f)  # noqa: S301
                    if expiry is not None and expiry < time.time():
                        raise FileNotFoundError
                    value = pickle.load(f) + delta  # noqa: S301
                    f.seek(0)
                    f.write(pickle.dumps(expiry, self.pickle_protocol))
                    f.write(pickle.dumps(value, self.pickle_protocol))
                    f.truncate()
                finally:
                    locks.unlock(f)
        except (FileNotFoundError, EOFError, pickle.UnpicklingError):
            raise ValueError(f"Key '{key}' not found.") from None
        return value

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        fname = self._key_to_file(key, version)
        self._cull()
        try:
            fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        except FileNotFoundError:  # the folder was removed (a clear from outside)
            self._createdir()
            fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        try:
            with open(fd, "wb") as f:
                self._write_content(f, timeout, value)
            os.replace(tmp_path, fname)
        except BaseException:
            os.remove(tmp_path)
            raise

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        value = self.get(key, self, version)
        if value is self:
            return False
        self.set(key, value, timeout, version)
        return True


# Add ARGV[1] to each of KEYS that exists; the new values (false where a key is missing).
INCR_IF_EXISTS = """
local values = {}
for i, key in ipairs(KEYS) do
  values[i] = redis.call('EXISTS', key) == 1 and redis.call('INCRBY', key, ARGV[1])
end
return values
"""


class OneClientPerPool(RedisCacheClient):
    """Django makes a new redis-py client for every call, each building its table of reply
    callbacks (in a profile of a cached page, more time than the replies took); one per
    connection pool serves them all, as redis-py clients are safe to share."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if pool not in clients:
            clients[pool] = self._client(connection_pool=pool)
        return clients[pool]


class ResilientRedisCache(RedisCache):
    """During an outage reads miss, writes are skipped and `has_key` says no.

    Every call goes through the Redis breaker (core.breaker): the first failure costs one
    socket timeout, then Redis is skipped for a few seconds, so pages are built from the
    database at its speed instead of waiting on every cache call. `incr`/`decr` have no
    answer without Redis: they raise ConnectionError (at once while the breaker is open).
    redis-py reconnects by itself once Redis is back.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = OneClientPerPool
        self.breaker = redis_breaker(self._servers[0])

    def validate_key(self, key):
        """Keys are this project's own: not checked for memcached, character by
        character, on every call (a cached page asks for a dozen)."""

    def _guarded(self, operation, default, call):
        if self.breaker.is_open:
            return default
        try:
            return call()
        except OUTAGE as error:
            self.breaker.trip(error)
            logger.warning("Redis unavailable: cache %s skipped", operation)
            return default

    def get(self, key, default=None, version=None):
        return self._guarded("get", default, lambda: RedisCache.get(self, key, default, version))

    def get_many(self, keys, version=None):
        return self._guarded("get_many", {}, lambda: RedisCache.get_many(self, keys, version))

    def has_key(self, key, version=None):
        return self._guarded("has_key", False, lambda: RedisCache.has_key(self, key, version))

    def set(self, key, value, timeout=None, version=None, **kwargs):
        self._guarded("set", None, lambda: RedisCache.set(self, key, value, timeout, version))

    def set_many(self, data, timeout=None, version=None):
        # Nothing was stored: every key "failed", as Django's API reports it.
        failed = list(data)
        return self._guarded(
            "set_many", failed, lambda: RedisCache.set_many(self, data, timeout, version)
        )

    def add(self, key, value, timeout=None, version=None, **kwargs):
        return self._guarded(
            "add", False, lambda: RedisCache.add(self, key, value, timeout, version)
        )

    def touch(self, key, timeout=None, version=None):
        return self._guarded("touch", False, lambda: RedisCache.touch(self, key, timeout, version))

    def delete(self, key, version=None):
        return self._guarded("delete", False, lambda: RedisCache.delete(self, key, version))

    def delete_many(self, keys, version=None):
        self._guarded("delete_many", None, lambda: RedisCache.delete_many(self, keys, version))

    def incr(self, key, delta=1, version=None):
        """Django's incr asks EXISTS, then INCRBY: two round trips. One script here."""
        (value,) = self.incr_each([key], delta, version)
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value

    def incr_each(self, keys, delta=1, version=None):
        """Add `delta` to each of `keys` that exists, in one round trip; the new values,
        None for a missing key. ConnectionError during an outage, as `incr`."""
        if self.breaker.is_open:
            raise ConnectionError("Redis skipped: the breaker is open")
        names = [self.make_and_validate_key(key, version) for key in keys]
        try:
            values = self._cache.get_client(write=True).eval(
                INCR_IF_EXISTS, len(names), *names, delta
            )
        except OUTAGE as error:
            self.breaker.trip(error)
            raise
        return values

    def clear(self):
        """Delete this site's cache entries only, not the whole Redis database (Django's
        clear() is FLUSHDB): other sites, test runs and the counters' keys (who was seen,
        who is online) under `<prefix>:counters:` stay."""

        def delete_ours():
            client = self._cache.get_client(write=True)
            pattern = f"{self.key_prefix}:[0-9]*" if self.key_prefix else "[0-9]*:*"
            for keys in _batches(client.scan_iter(match=pattern, count=1000), 500):
                client.delete(*keys)

        self._guarded("clear", None, delete_ours)


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
