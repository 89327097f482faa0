"""Search speed at the view level: p50/p95 of /tim-kiem/ for typical queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tp_search_bench \\
        .venv/bin/python bench/search.py --articles 100000

Migrates, tops the database up to N published articles with `load_demo --articles`
(no photos), then calls the search view through Django's RequestFactory (URL routing,
form, queries, template; no middleware) and prints a table. Runs on SQLite too.
"""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.urls import resolve  # noqa: E402
from django.utils import translation  # noqa: E402

from news.models import Article  # noqa: E402

# What readers type: without and with diacritics, abbreviations, names, rare and common.
QUERIES = [
    "dan van kheo",
    "Dân vận khéo",
    "dang uy",
    "Đảng ủy phường Bắc Hồng",
    "UBND",
    "ủy ban nhân dân",
    "hdnd",
    "mttq",
    "to dan pho",
    "cuu chien binh",
    "chuyen doi so",
    "hiến đất mở rộng đường",
    "camera an ninh",
    "nong thon moi thuan loc",
    "tiet kiem phu nu",
    "khong co tu nay",
]
COUNT = re.compile(r"Tìm thấy (hơn )?([\d.]+) kết quả")


def prepare(target):
    call_command("migrate", verbosity=0)
    have = Article.objects.published().count()
    if have < target:
        print(f"Adding {target - have} articles with load_demo (a few minutes for 100,000)…")
        call_command("load_demo", articles=target - have, no_photos=True, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE news_article")
    return Article.objects.published().count()


def timed(factory, url, repeat):
    match = resolve(url.split("?")[0])
    times, html = [], ""
    for _ in range(repeat + 1):  # the first run warms caches and is not counted
        request = factory.get(url)
        start = time.perf_counter()
        response = match.func(request)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
        html = response.content.decode()
    found = COUNT.search(html)
    hits = ("> " if found and found[1] else "") + (found[2] if found else "0")
    return times[1:], hits


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    translation.activate("vi")
    total = prepare(args.articles)
    print(f"{connection.vendor}, {total:,} published articles, {args.repeat} runs per query\n")
    factory = RequestFactory()
    everything = []
    print(f"{'query':<32} {'hits':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for q in QUERIES:
        for page in (1, 2) if q == "dang uy" else (1,):
            url = f"/tim-kiem/?q={q}" + (f"&page={page}" if page > 1 else "")
            times, hits = timed(factory, url, args.repeat)
            everything += times
            label = q + (f" (page {page})" if page > 1 else "")
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            print(f"{label:<32} {hits:>8} {p50:>8.1f} {p95:>8.1f}")
    p50, p95 = statistics.median(everything), percentile(everything, 0.95)
    print(f"\n{'all queries':<32} {'':>8} {p50:>8.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
