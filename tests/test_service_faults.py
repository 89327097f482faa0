"""Real faults: PostgreSQL restarting, Redis hung or gone. Pages degrade only meanwhile.

Each test starts the server it breaks (tests/services.py) and a production site (DEBUG
off, gunicorn with two sync workers) in front of it.
"""

import re
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.cast import PASSWORD
from tests.services import (
    collected_static,
    database_for_site,
    gunicorn,
    manage,
    migrate_with_an_article,
    postgres_cluster,
    production_env,
    redis_server,
    request,
)

pytestmark = pytest.mark.slow


def reader(path, port):
    """A first visit by a new reader: (status, body)."""
    status, _headers, body = request(
        port, path, headers={"Cookie": f"tp_reader={secrets.token_urlsafe(18)}"}
    )
    return status, body


# 7. PostgreSQL restarts -------------------------------------------------------------------


def test_after_a_postgresql_restart_pages_answer_and_meanwhile_only_a_vietnamese_503(tmp_path):
    with postgres_cluster() as cluster:
        url = cluster.create_database("tinphuong")
        # No page cache: every request reaches the database, as a page-cache miss does.
        env = production_env(tmp_path, url, collected_static(), PAGE_CACHE_SECONDS="0")
        _pk, article = migrate_with_an_article(env)
        with gunicorn(env) as port:
            for _ in range(6):  # every worker keeps a connection now
                assert reader(article, port)[0] == 200
            cluster.restart()  # every kept connection is dead
            paths = (article, "/", "/healthz", "/tim-kiem/?q=hoi+nghi") * 3
            after = [reader(path, port)[0] for path in paths]
            assert after == [200] * 12  # a dead connection is checked and replaced, not used

            statuses, bodies, stop = [], [], threading.Event()

            def keep_reading():
                while not stop.is_set():
                    status, body = reader(article, port)
                    statuses.append(status)
                    if status != 200:
                        bodies.append(body.decode())

            readers = [threading.Thread(target=keep_reading) for _ in range(3)]
            for thread in readers:
                thread.start()
            time.sleep(1)
            cluster.restart()
            time.sleep(2)
            stop.set()
            for thread in readers:
                thread.join()
    assert 500 not in statuses
    assert set(statuses) <= {200, 503}
    assert all("Hệ thống tạm thời gián đoạn" in body for body in bodies)
    assert statuses[-3:] == [200, 200, 200]


# 8. Redis hangs ----------------------------------------------------------------------------


def timed(port, path):
    start = time.monotonic()
    status, headers, body = request(port, path)
    return status, time.monotonic() - start, body.decode()


def test_a_hung_redis_costs_a_page_one_short_timeout_and_healthz_says_so(tmp_path):
    with redis_server() as redis, database_for_site(tmp_path) as database_url:
        env = production_env(tmp_path, database_url, collected_static(),
                             REDIS_URL=redis.url, REDIS_BREAKER_SECONDS="3")  # fmt: skip
        _pk, article = migrate_with_an_article(env)
        with gunicorn(env) as port:
            pages = ["/", article, "/tim-kiem/?q=hoi+nghi", "/rss/"]
            for path in pages:
                assert timed(port, path)[0] == 200
            assert timed(port, "/healthz")[2].startswith("ok\n")
            redis.pause()
            try:
                for _ in range(3):
                    for path in pages:
                        status, seconds, _body = timed(port, path)
                        # Before the breaker: 13–25 s a page. Generous for a busy machine.
                        assert status == 200 and seconds < 6, (path, seconds)
                status, seconds, body = timed(port, "/healthz")
                assert status == 200 and seconds < 3
                assert body.splitlines() == ["degraded", "database: ok", "redis: unavailable"]
            finally:
                redis.resume()
            time.sleep(3.5)  # the breaker closes; Redis is tried again
            for _ in range(4):  # both workers
                assert timed(port, "/healthz")[2].startswith("ok\n")


# 9. Redis stops under load and comes back empty --------------------------------------------


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
ADMIN = "from tests import cast; cast.tam()"  # Tâm, the cast's administrator
COUNTS = (
    "from news.models import Article; from django.db.models import Sum; "
    "from stats.models import DailyCount; print(Article.objects.get(pk=%d).views, "
    "DailyCount.objects.filter(article_id=0).aggregate(s=Sum('visits'))['s'])"
)


def csrf_of(headers, body):
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
    return token, cookie


def sign_in(port, password):
    """Tâm on the admin login form as a browser posts it; the status of /admin/ afterwards."""
    status, headers, body = request(port, "/admin/login/")
    token, csrf = csrf_of(headers, body)
    form = f"csrfmiddlewaretoken={token}&username=tam&password={password}&next=/admin/"
    status, headers, _ = request(
        port, "/admin/login/", "POST", body=form,
        headers={"Cookie": f"csrftoken={csrf}", **FORM},
    )  # fmt: skip
    assert status == 302, status
    session = re.search(r"sessionid=([^;]+)", headers["Set-Cookie"]).group(1)
    return request(port, "/admin/", headers={"Cookie": f"sessionid={session}"})[0]


def vote(port, pk, article):
    status, headers, body = request(port, article, headers={"User-Agent": "curl/8"})
    token, csrf = csrf_of(headers, body)
    return request(
        port, f"/danh-gia/{pk}/", "POST", body=f"csrfmiddlewaretoken={token}&value=5",
        headers={"Cookie": f"csrftoken={csrf}", **FORM},
    )[0]  # fmt: skip


def test_redis_stopped_under_load_loses_no_view_logins_work_and_limits_hold(tmp_path):
    with redis_server() as redis, database_for_site(tmp_path) as database_url:
        env = production_env(
            tmp_path, database_url, collected_static(), REDIS_URL=redis.url,
            REDIS_BREAKER_SECONDS="1", COUNTERS_FLUSH_SECONDS="1", RATING_RATE_LIMIT="3",
        )  # fmt: skip
        pk, article = migrate_with_an_article(env)
        manage(env, "shell", "--no-imports", "-c", ADMIN)
        sent = []

        def views(count):
            with ThreadPoolExecutor(max_workers=8) as pool:
                statuses = list(pool.map(lambda _: reader(article, port)[0], range(count)))
            sent.extend(statuses)
            return statuses

        with gunicorn(env) as port:
            assert views(120) == [200] * 120
            stop, during = threading.Event(), []

            def under_load():
                while not stop.is_set():
                    during.append(reader(article, port)[0])

            load = threading.Thread(target=under_load)
            load.start()
            time.sleep(0.5)
            redis.stop()  # gone, and with it everything it held
            try:
                assert views(120) == [200] * 120
                assert sign_in(port, PASSWORD) == 200
                assert [vote(port, pk, article) for _ in range(4)] == [302, 302, 302, 429]
            finally:
                stop.set()
                load.join()
            sent.extend(during)
            redis.start()  # back, empty
            time.sleep(1.5)  # the breaker closes
            assert views(120) == [200] * 120
            assert vote(port, pk, article) == 429  # the limit did not reset with Redis
            assert sign_in(port, PASSWORD) == 200
        manage(env, "flush_counters")
        numbers = manage(env, "shell", "--no-imports", "-c", COUNTS % pk)
    counted = sent.count(200)
    assert counted > 360
    assert numbers.split() == [str(counted), str(counted)]
