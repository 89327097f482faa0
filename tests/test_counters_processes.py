"""Exact counters through real worker processes: gunicorn, 2 workers, 1,000 readers at once.

Runs against the database the suite runs on (a fresh SQLite file, or a fresh PostgreSQL
database beside the test one) and again with Redis when REDIS_URL is set. `flush_counters`
runs in a loop meanwhile, and each worker also flushes every second by itself.
"""

import json
import os
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.services import database_for_site, gunicorn, manage, migrate_with_an_article
from tests.services import request as http_request

READERS = 1000


@pytest.fixture(params=["database", "redis"])
def site(request, tmp_path):
    """A migrated site with one article, served by gunicorn with two worker processes."""
    redis = request.param == "redis"
    if redis and not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is not set")
    with database_for_site(tmp_path) as database_url:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DEBUG": "1",
            "DATABASE_URL": database_url,
            "COUNTERS_FLUSH_SECONDS": "1",
            "CACHE_PREFIX": f"proc-{os.getpid()}-{secrets.token_hex(3)}",
            "LOG_LEVEL": "ERROR",
        }
        if not redis:
            env.pop("REDIS_URL", None)
        pk, url = migrate_with_an_article(env)
        try:
            with gunicorn(env) as port:
                yield {"env": env, "port": port, "pk": pk, "url": url}
        finally:
            if redis:
                import redis as redis_client

                client = redis_client.Redis.from_url(os.environ["REDIS_URL"])
                for key in client.scan_iter(match=env["CACHE_PREFIX"] + "*"):
                    client.delete(key)


def get(port, path, agent=None, reader=None, method="GET"):
    headers = {"User-Agent": agent} if agent else {}
    if reader:
        headers["Cookie"] = f"tp_reader={reader}"
    status, _headers, body = http_request(port, path, method=method, headers=headers)
    return status, body


def numbers(site):
    return json.loads(manage(site["env"], "counter_numbers", str(site["pk"])))


@pytest.mark.slow
def test_a_thousand_readers_at_once_add_exactly_a_thousand(site):
    port, url = site["port"], site["url"]
    readers = [secrets.token_urlsafe(18) for _ in range(READERS)]
    stop = threading.Event()

    def flush_in_a_loop():
        while not stop.wait(1.0):  # a Django start-up per run: leave the workers some CPU
            manage(site["env"], "flush_counters")

    flusher = threading.Thread(target=flush_in_a_loop)
    flusher.start()
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(lambda reader: get(port, url, reader=reader)[0], readers))
        assert statuses == [200] * READERS
        same = secrets.token_urlsafe(18)
        assert {get(port, url, reader=same)[0] for _ in range(20)} == {200}
        get(port, url, agent="Mozilla/5.0 (compatible; Googlebot/2.1)")
        get(port, url, method="HEAD", reader=secrets.token_urlsafe(18))
    finally:
        stop.set()
        flusher.join()
    shown = numbers(site)
    assert (shown["total"], shown["today"], shown["views"][str(site["pk"])]) == (1001, 1001, 1001)
    assert shown["online"] >= 1001
    manage(site["env"], "flush_counters")
    history = json.loads(
        manage(
            site["env"],
            "shell",
            "--no-imports",
            "-c",
            "import json; from django.db.models import Sum; from news.models import Article; "
            "from stats.models import DailyCount; "
            f"print(json.dumps([Article.objects.get(pk={site['pk']}).views, "
            "DailyCount.objects.filter(article_id=0).aggregate(v=Sum('visits'))['v'], "
            f"DailyCount.objects.filter(article_id={site['pk']}).aggregate(v=Sum('views'))['v']]))",
        )
    )
    assert history == [1001, 1001, 1001]
    assert numbers(site) == shown | {"online": numbers(site)["online"]}
