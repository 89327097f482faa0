"""The embedded default's shared file cache: writes stay cheap however full it is."""

import pickle
import shutil
import zlib

import pytest
from django.conf import settings

from core.cache import ResilientRedisCache, SharedFileCache


def test_the_file_cache_culls_once_a_minute_not_on_every_write(tmp_path):
    cache = SharedFileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    for n in range(30):
        cache.set(f"reader-{n}", n)
    files = len(list(tmp_path.glob("*.tpcache")))
    assert 10 < files <= 30  # a single cull at most, on the first write
    cache._culled_at -= SharedFileCache.CULL_SECONDS
    cache.set("one-more", 1)
    assert len(list(tmp_path.glob("*.tpcache"))) <= files / 2 + 1
    assert SharedFileCache(str(tmp_path), {}).get("one-more") == 1  # another process reads it


def test_entries_are_stored_plain_and_never_read_from_djangos_compressed_files(tmp_path):
    cache = SharedFileCache(str(tmp_path), {})
    page = {"body": "Tin phường ".encode() * 2000}
    cache.set("page", page, 60)
    (stored,) = tmp_path.glob("*.tpcache")
    with stored.open("rb") as f:
        assert pickle.load(f) > 0  # the expiry, then the value itself, not zlib's bytes
        assert pickle.load(f) == page
    compressed = stored.with_suffix(".djcache")
    compressed.write_bytes(pickle.dumps(None) + zlib.compress(pickle.dumps("old")))
    stored.unlink()
    assert cache.get("page") is None
    assert cache.touch("page") is False
    cache.set("page", page, 60)
    assert cache.touch("page", 120) is True
    assert cache.get("page") == page
    (stored,) = tmp_path.glob("*.tpcache")
    whole = stored.read_bytes()
    stored.write_bytes(whole[: len(whole) // 2])  # met half-written by another process
    assert cache.get("page", "missed") == "missed"
    shutil.rmtree(tmp_path)  # removed from outside, e.g. a reboot's empty /dev/shm
    cache.set("again", 1)
    assert cache.get("again") == 1


def test_increments_from_many_processes_are_never_lost(tmp_path):
    import multiprocessing

    SharedFileCache(str(tmp_path), {}).set("views", 0, 60)
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_add_200, args=(str(tmp_path),)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    cache = SharedFileCache(str(tmp_path), {})
    assert cache.get("views") == 800
    cache.set("gone", 1, -1)
    for key in ("gone", "never"):
        try:
            cache.incr(key)
        except ValueError:
            continue
        raise AssertionError(f"{key} was incremented")


def _add_200(folder):
    cache = SharedFileCache(folder, {})
    for _ in range(200):
        cache.incr("views")


@pytest.mark.skipif(not settings.REDIS_URL, reason="REDIS_URL is not set")
def test_the_redis_cache_keeps_one_client_per_pool():
    cache = ResilientRedisCache(settings.REDIS_URL, {})
    assert cache._cache.get_client() is cache._cache.get_client(write=True)


def test_the_file_cache_remembers_a_bounded_number_of_file_names(tmp_path, monkeypatch):
    monkeypatch.setattr(SharedFileCache, "PATHS", 3)
    cache = SharedFileCache(str(tmp_path), {})
    for n in range(5):
        cache.set(f"page-{n}", n)
    assert len(cache._paths) <= 3
    assert [cache.get(f"page-{n}") for n in range(5)] == [0, 1, 2, 3, 4]
