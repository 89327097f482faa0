"""Speed at scale: every page at 100,000 articles and 1,000,000 comments, and throughput
against a bare Django view serving the very same bytes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tinphuong_bench \\
    REDIS_URL=redis://127.0.0.1:6379/5 .venv/bin/python bench/scale.py

1. Builds the data set once in the database DATABASE_URL names (PostgreSQL; created if
   missing): the demo town, generated articles up to --articles, comments up to
   --comments (80 % approved, one article with 40,085), then VACUUM ANALYZE.
2. Cache misses, in process: each page --repeat times with every cache emptied first,
   timing the whole request and its SQL; prints p50 and p95 of both, and the queries.
3. Throughput (--load): gunicorn with 2 sync workers and a bare Django site (bench/bare,
   `startproject`'s middleware) serving each page's bytes, loaded with wrk (Debian
   package), 16 connections, rounds interleaved; medians of the rounds and the ratio
   page / bare. Twice: every request a new reader (a counted first view: one write),
   and readers already counted reloading (no write). With the database counter
   backend, then with Redis when REDIS_URL is set, and with --counting-off once more
   without counting (COUNTERS_ENABLED=0): what the page cache alone serves.

    .venv/bin/python bench/scale.py --embedded

measures the embedded default instead: the demo on SQLite and the page cache in files
(core.cache.SharedFileCache in shared memory, as the settings choose), throughput only.

A benchmark, not a test: compare the ratios of one run; the machine is shared.
"""

import argparse
import io
import json
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"
BIG_COMMENTS = 40_085

# Readers' cookies: with "first views" every request is a reader never seen before (a new
# prefix for each wrk run), so each one pays the counting write; with "reloads" the
# requests come from 1,000 readers (500 a thread) already counted, with the CSRF cookie
# a browser keeps, as reloads within the interval are: no write, but a refresh once a
# minute.
WRK_READERS = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  prefix, reloads = args[1], args[2] == "reloads"
end
local n = 0
request = function()
  n = n + 1
  local token = string.format("%s%02d%010d", prefix, id, reloads and n % 500 or n)
  local cookie = "tp_reader=" .. token
  if reloads then  -- a browser that has been here sends the CSRF cookie it was given
    cookie = cookie .. "; csrftoken=" .. string.format("%032s", token):gsub(" ", "x")
  end
  return wrk.format("GET", nil, {["User-Agent"] = "{UA}", ["Cookie"] = cookie})
end
"""
MODES = ("first views", "reloads")


def ensure_database(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()


def build(articles, comments):
    """The data set, added to whatever is there already (idempotent)."""
    from django.core.management import call_command
    from django.db import connection

    from comments.models import Comment
    from news.models import Article

    call_command("migrate", verbosity=0)
    if not Article.objects.exists():
        call_command("load_demo", stdout=io.StringIO())
    have = Article.objects.count()
    if have < articles:
        print(f"Adding {articles - have} articles (a few minutes)…", flush=True)
        call_command("load_demo", no_photos=True, articles=articles - have, stdout=io.StringIO())
    have = Comment.objects.count()
    if have < comments:
        print(f"Adding {comments - have} comments…", flush=True)
        add_comments(comments - have)
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE news_article SET comment_count = c.n FROM (SELECT article_id, "
                "COUNT(*) AS n FROM comments_comment WHERE status = 'approved' "
                "GROUP BY article_id) c WHERE news_article.id = c.article_id"
            )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def add_comments(count):
    """COPY `count` comments: 80 % approved, BIG_COMMENTS on the first demo article."""
    from django.db import connection
    from django.utils import timezone

    from comments.models import search_text
    from news.models import Article

    ids = list(Article.objects.published().values_list("pk", flat=True))
    big = Article.objects.published().order_by("pk").first().pk
    rng = random.Random(count)
    now = timezone.now()
    words = "đề nghị phường sớm lắp đèn chiếu sáng camera ngõ tổ dân phố đường kênh rác cây"
    words = (words + " xanh hội nghị cảm ơn ban biên tập").split(" ")
    statuses = ["approved"] * 8 + ["pending", "rejected"]
    raw = connection.connection  # psycopg 3
    columns = (
        "(article_id, name, email, content, status, created_at, sender_hash, reply, search_text)"
    )
    copy_sql = f"COPY comments_comment {columns} FROM STDIN"
    with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
        for n in range(count):
            article = big if n < BIG_COMMENTS else rng.choice(ids)
            text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))).capitalize()
            name, email = f"Bạn đọc {n}", f"bandoc{n}@gmail.com"
            copy.write_row([
                    article, name, email, text + ".", rng.choice(statuses),
                    now - timedelta_minutes(rng.randint(1, 60 * 24 * 900)), "", "",
                    search_text(name, email, text),
                ])  # fmt: skip
    raw.commit()


def timedelta_minutes(minutes):
    from datetime import timedelta

    return timedelta(minutes=minutes)


def pages():
    """The URLs measured, by name: public pages at their hardest, then the admin."""
    from comments.models import Comment
    from news.models import Article, Section
    from wards.models import Area

    big = Article.objects.published().order_by("pk").first()
    published = Article.objects.published().order_by("-published_at")
    ordinary = published[min(500, published.count() - 1)]
    section = Section.objects.filter(parent=None).order_by("pk").first()
    area = Area.objects.filter(kind__in=["phuong", "xa"], dissolved_on=None).order_by("pk").first()
    per_page = 20
    last_comments = (big.comment_count + per_page - 1) // per_page
    pending = Comment.objects.filter(status="pending").values_list("pk", flat=True)[:20]
    return {
        "home": "/",
        "section": section.get_absolute_url(),
        "section p.2000": section.get_absolute_url() + "?page=2000",
        "area": area.get_absolute_url(),
        "area last page": area.get_absolute_url() + "?page=99999",
        "article": ordinary.get_absolute_url(),
        "article, 40k comments, last page": big.get_absolute_url() + f"?binh-luan={last_comments}",
        "search ubnd": "/tim-kiem/?q=ubnd",
        "print": ordinary.get_print_url(),
        "rss": "/rss/",
        "sitemap index": "/sitemap.xml",
        "sitemap page": "/sitemap-tin.xml?p=2",
        "admin: articles": "/admin/news/article/",
        "admin: article search ubnd": "/admin/news/article/?q=ubnd",
        "admin: comments (pending)": "/admin/comments/comment/?status__exact=pending",
        "admin: comment search camera": "/admin/comments/comment/?q=camera",
        "admin: approve 20": ("POST", "/admin/comments/comment/?status__exact=pending",
                              {"action": "approve", "_selected_action": list(pending)}),
    }  # fmt: skip


def measure_misses(repeat):
    """p50/p95 of each page's time and SQL time, every cache emptied before each request."""
    from django.contrib.auth import get_user_model
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client

    admin = get_user_model().objects.filter(is_superuser=True).first()
    staff = Client()
    staff.force_login(admin)
    reader = Client(HTTP_USER_AGENT=BROWSER)
    results = {}
    for name, url in pages().items():
        client = staff if name.startswith("admin") else reader
        times, sql, queries = [], [], []
        for _ in range(repeat):
            for alias in caches:
                caches[alias].clear()
            spent = [0.0, 0]

            def timed(execute, sql_text, params, many, context, spent=spent):
                start = time.perf_counter()
                try:
                    return execute(sql_text, params, many, context)
                finally:
                    spent[0] += time.perf_counter() - start
                    spent[1] += 1

            start = time.perf_counter()
            with connection.execute_wrapper(timed):
                if isinstance(url, tuple):
                    response = client.post(url[1], url[2])
                else:
                    response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            sql.append(spent[0] * 1000)
            queries.append(spent[1])
            if response.status_code not in (200, 302):
                raise SystemExit(f"{name}: {url} answered {response.status_code}")
        results[name] = {
            "p50 ms": round(statistics.median(times), 1),
            "p95 ms": round(percentile(times, 95), 1),
            "SQL p50 ms": round(statistics.median(sql), 1),
            "SQL p95 ms": round(percentile(sql, 95), 1),
            "queries": max(queries),
        }
        print(f"{name:36} {json.dumps(results[name], ensure_ascii=False)}", flush=True)
    return results


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(env, port, *extra):
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "--no-control-socket", "--workers", "2",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", *extra],
        cwd=ROOT, env=env,
    )  # fmt: skip
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return server
        except urllib.error.HTTPError:
            return server  # it answers
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def wrk(url, seconds, script, mode, readers):
    """Requests a second; `readers`: the reloading readers' prefix (first views: a new one)."""
    prefix = readers if mode == "reloads" else secrets.token_hex(4)
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "-s", script, url, "--", prefix, mode]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    raise SystemExit(out)


def measure_load(rounds, seconds, redis_url, counting_off=False):
    """Throughput of the real pages and of the bare site serving their bytes."""
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    urls = {name: url for name, url in pages().items()
            if name in ("home", "section", "area", "article", "search ubnd")}  # fmt: skip
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "0",
           "SECRET_KEY": "bench-" + secrets.token_hex(16), "ALLOWED_HOSTS": "127.0.0.1",
           "SECURE_SSL_REDIRECT": "0", "LOG_LEVEL": "ERROR", "SERVE_MEDIA": "1"}  # fmt: skip
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    backends = [("database", {"COUNTERS_BACKEND": "database"})]
    if redis_url:
        backends.append(("redis", {"REDIS_URL": redis_url, "COUNTERS_BACKEND": "redis"}))
    if counting_off:
        backends.append(("counting off", {"COUNTERS_ENABLED": "0"}))
    pages_dir = Path(tempfile.mkdtemp(prefix="tp-bench-pages-"))
    script = pages_dir / "readers.lua"
    script.write_text(WRK_READERS.replace("{UA}", BROWSER))
    readers = secrets.token_hex(4)
    report = {}
    for backend, extra in backends:
        site_port, bare_port = free_port(), free_port()
        site = serve({**env, **extra}, site_port, "config.wsgi")
        for name, url in urls.items():
            request = urllib.request.Request(
                f"http://127.0.0.1:{site_port}{url}", headers={"User-Agent": BROWSER}
            )
            with urllib.request.urlopen(request) as response:
                (pages_dir / f"{slug(name)}.html").write_bytes(response.read())
        bare_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.bare.settings",
                    "BARE_PAGES_DIR": str(pages_dir)}  # fmt: skip
        bare = serve(bare_env, bare_port, "bench.bare.wsgi:application")
        try:
            for url in urls.values():  # the reloading readers' first views
                wrk(f"http://127.0.0.1:{site_port}{url}", 2, str(script), "reloads", readers)
            runs = {(mode, name): {"page": [], "bare": []} for mode in MODES for name in urls}
            for _ in range(rounds):
                for (mode, name), run in runs.items():
                    for side, base in (("page", f"{site_port}{urls[name]}"),
                                       ("bare", f"{bare_port}/{slug(name)}/")):  # fmt: skip
                        address = f"http://127.0.0.1:{base}"
                        run[side].append(wrk(address, seconds, str(script), mode, readers))
        finally:
            site.terminate()
            bare.terminate()
            site.wait()
            bare.wait()
        for (mode, name), run in runs.items():
            page, floor = statistics.median(run["page"]), statistics.median(run["bare"])
            size = (pages_dir / f"{slug(name)}.html").stat().st_size
            label = f"{backend}, {mode}: {name}"
            report[label] = {
                "page req/s": round(page, 1),
                "bare req/s": round(floor, 1),
                "ratio": round(page / floor, 3),
                "KB": round(size / 1024, 1),
            }
            print(f"{label:36} {json.dumps(report[label])}", flush=True)
    shutil.rmtree(pages_dir, ignore_errors=True)
    return report


def slug(name):
    return "".join(c if c.isalnum() else "-" for c in name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15, help="requests per page (misses)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved load rounds")
    parser.add_argument("--seconds", type=int, default=5, help="length of one wrk run")
    parser.add_argument("--no-load", action="store_true", help="skip the throughput part")
    parser.add_argument("--no-misses", action="store_true", help="skip the cache-miss part")
    parser.add_argument(
        "--counting-off", action="store_true", help="measure the pages without counting too"
    )
    parser.add_argument(
        "--embedded",
        action="store_true",
        help="the embedded default instead: the demo on SQLite, the page cache in files",
    )
    args = parser.parse_args()
    if args.embedded:
        folder = Path(tempfile.mkdtemp(prefix="tp-bench-embedded-"))
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'db.sqlite3'}"
        shm = Path("/dev/shm")  # where the settings keep the cache by default
        cache = tempfile.mkdtemp(prefix="tp-bench-cache-", dir=shm if shm.is_dir() else folder)
        os.environ["CACHE_DIR"] = cache
        os.environ.pop("REDIS_URL", None)
        setup_django()
        build(0, 0)
        measure_load(args.rounds, args.seconds, "", args.counting_off)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        return
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit(
            "Set DATABASE_URL=postgres://… (a database of its own; created if missing)"
        )
    ensure_database(url)
    redis_url = os.environ.pop("REDIS_URL", "")  # misses are measured without Redis' help
    setup_django()
    build(args.articles, args.comments)
    if not args.no_misses:
        print("\nCache misses (every cache emptied before each request):")
        measure_misses(args.repeat)
    if not args.no_load:
        print("\nThroughput, page / bare view with the same bytes (medians of rounds):")
        measure_load(args.rounds, args.seconds, redis_url, args.counting_off)


if __name__ == "__main__":
    main()
