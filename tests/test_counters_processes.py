"""Exact counters through real worker processes: gunicorn, 2 workers, 1,000 readers at once.

Runs against the database the suite runs on (a fresh SQLite file, or a fresh PostgreSQL
database beside the test one) and again with Redis when REDIS_URL is set. `flush_counters`
runs in a loop meanwhile, and each worker also flushes every second by itself.
"""

import http.client
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"
READERS = 1000


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    """Run a management command of the site under test; its stdout."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def database_url(tmp_path):
    """A database of its own: an SQLite file, or a new PostgreSQL database (dropped after)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'counters.sqlite3'}"
        return
    import psycopg

    name = f"tp_counters_{os.getpid()}_{secrets.token_hex(3)}"
    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["database", "redis"])
def site(request, database_url):
    """A migrated site with one article, served by gunicorn with two worker processes."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "1",
        "DATABASE_URL": database_url,
        "COUNTERS_FLUSH_SECONDS": "1",
        "CACHE_PREFIX": f"proc-{os.getpid()}-{secrets.token_hex(3)}",
        "LOG_LEVEL": "ERROR",
    }
    if request.param == "redis":
        if not os.environ.get("REDIS_URL"):
            pytest.skip("REDIS_URL is not set")
    else:
        env.pop("REDIS_URL", None)
    manage(env, "migrate", "--noinput", "-v", "0")
    article = json.loads(
        manage(
            env,
            "shell",
            "--no-imports",
            "-c",
            "import json; from tests import factories as f; "
            "a = f.article(f.section('Công tác Đảng'), 'Hội nghị sơ kết'); "
            "print(json.dumps([a.pk, a.get_absolute_url()]))",
        )
    )
    port = free_port()
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"), "config.wsgi", "--no-control-socket", "--workers", "2",
            "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
        ],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                if get(port, "/healthz", agent="probe")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        yield {"env": env, "port": port, "pk": article[0], "url": article[1]}
    finally:
        server.terminate()
        server.wait(timeout=20)
        if request.param == "redis":
            import redis

            client = redis.Redis.from_url(os.environ["REDIS_URL"])
            for key in client.scan_iter(match=env["CACHE_PREFIX"] + "*"):
                client.delete(key)


def get(port, path, agent=BROWSER, reader=None, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"User-Agent": agent}
    if reader:
        headers["Cookie"] = f"tp_reader={reader}"
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body


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
