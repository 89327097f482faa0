"""The embedded default's shared file cache: writes stay cheap however full it is."""

from core.cache import SharedFileCache


def test_the_file_cache_culls_once_a_minute_not_on_every_write(tmp_path):
    cache = SharedFileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    for n in range(30):
        cache.set(f"reader-{n}", n)
    files = len(list(tmp_path.glob("*.djcache")))
    assert 10 < files <= 30  # a single cull at most, on the first write
    cache._culled_at -= SharedFileCache.CULL_SECONDS
    cache.set("one-more", 1)
    assert len(list(tmp_path.glob("*.djcache"))) <= files / 2 + 1
    assert SharedFileCache(str(tmp_path), {}).get("one-more") == 1  # another process reads it
