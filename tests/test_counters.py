"""Visit counters: readers, crawlers and staff on the database backend and on Redis."""

import re
import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from core.readers import READER_COOKIE
from news.models import Article
from stats import counters
from stats.markers import fill
from stats.models import CounterSettings, DailyCount, Seen
from tests.cast import build_town, captured_queries

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130 Mobile Safari/537.36"
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


class Clock:
    """The counters' clock, moved by hand."""

    def __init__(self, moment):
        self.moment = moment

    def __call__(self):
        return self.moment

    def advance(self, **delta):
        self.moment += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=HANOI))
    monkeypatch.setattr(counters, "now", clock)
    return clock


@pytest.fixture(params=["database", "redis"])
def backend(request, settings):
    """Each test runs on both backends; Redis only where REDIS_URL is set."""
    settings.COUNTERS_FLUSH_SECONDS = 0
    if request.param == "redis":
        if not settings.REDIS_URL:
            pytest.skip("REDIS_URL is not set")
        settings.COUNTERS_BACKEND = "redis"
        current = counters.backend()
        _clear(current)
        yield current
        _clear(current)
    else:
        settings.COUNTERS_BACKEND = "database"
        yield counters.backend()


def _clear(redis_backend):
    for key in redis_backend.redis.scan_iter(match=redis_backend.prefix + "*"):
        redis_backend.redis.delete(key)


@pytest.fixture
def article(town):
    """Bắc Hồng's newest article, in Công tác Đảng, never viewed yet."""
    return town.article


def visit(client, url, agent=BROWSER, method="get", **extra):
    return getattr(client, method)(url, HTTP_USER_AGENT=agent, **extra)


def shown(backend, article):
    counts = backend.read([article.pk])
    return counts.total, counts.today, counts.online, counts.views[article.pk]


def test_a_new_reader_is_counted_and_gets_a_long_lived_cookie(client, backend, clock, article):
    response = visit(client, article.get_absolute_url())
    cookie = response.cookies[READER_COOKIE]
    assert len(cookie.value) == 24
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["max-age"] == 2 * 365 * 24 * 3600
    assert shown(backend, article) == (1, 1, 1, 1)
    assert b"<!--tp:views:%d-->1<!--/tp-->" % article.pk in response.content


def test_the_same_reader_twenty_times_counts_once_until_the_interval_passes(
    client, backend, clock, article
):
    for _ in range(20):
        visit(client, article.get_absolute_url())
        clock.advance(seconds=60)  # a reload a minute keeps the visit going
    assert shown(backend, article)[::3] == (1, 1)
    clock.advance(minutes=11)  # 31 minutes after the counted view
    visit(client, article.get_absolute_url())
    assert shown(backend, article)[3] == 2
    assert shown(backend, article)[0] == 1  # never quiet for 30 minutes: the same visit
    clock.advance(minutes=31)
    visit(client, "/")
    assert shown(backend, article)[0] == 2


def test_crawlers_head_errors_and_staff_are_not_counted(
    client, backend, clock, article, admin_user, settings
):
    url = article.get_absolute_url()
    for agent in (
        "Mozilla/5.0 (compatible; Googlebot/2.1)",
        "curl/8.5",
        "facebookexternalhit/1.1",
        "",
    ):
        visit(client, url, agent=agent)
    visit(client, url, method="head")
    visit(client, "/khong-co-trang-nay/")
    client.force_login(admin_user)
    visit(client, url)
    assert shown(backend, article) == (0, 0, 0, 0)
    assert not Seen.objects.exists()
    settings.COUNTERS_COUNT_STAFF = True
    visit(client, url)
    assert shown(backend, article) == (1, 1, 1, 1)


def test_counting_costs_one_write_in_the_database_and_a_reload_none_in_redis(
    client, backend, clock, article
):
    url = article.get_absolute_url()
    visit(client, url, agent="Googlebot/2.1")  # warms the menu and the sidebar
    with captured_queries() as crawler:
        visit(client, url, agent="Googlebot/2.1")
    reader = client.__class__()
    with captured_queries() as first:
        visit(reader, url)
    with captured_queries() as reload:
        visit(reader, url)

    def stats_statements(queries):
        return [q["sql"].split()[0] for q in queries if "stats_" in q["sql"]]

    assert stats_statements(crawler) == []  # the footer's numbers come from the mirror
    assert stats_statements(first) == ["INSERT"]  # one upsert records the view
    assert stats_statements(reload) == []  # a reload does not count: nothing is written
    assert len(first) - len(crawler) == 1
    views = re.compile(rb"<!--tp:views:%d-->([0-9.]+)<!--/tp-->" % article.pk)
    assert views.search(visit(client.__class__(), url).content).group(1) == b"2"


def test_redis_answers_a_pages_numbers_in_the_counting_trip(backend, clock, article):
    """On Redis the counting script reads the mirror too: no second trip for the numbers;
    the database backend leaves them to the mirror's own read."""
    other = Article.objects.exclude(pk=article.pk).first()
    counters.numbers([article.pk, other.pk])  # the mirror, filled from the database
    counts = backend.record("reader-" + "a" * 20, article.pk, [article.pk, other.pk])
    if backend.name == "database":
        assert counts is None
        return
    assert (counts.total, counts.today, counts.views) == (1, 1, {article.pk: 1, other.pk: 0})
    assert counts == counters.numbers([article.pk, other.pk])  # what the mirror holds
    cold = backend.record("reader-" + "b" * 20, article.pk, [article.pk, 10**9])
    assert cold is None  # an article the mirror lacks: the page reads the mirror again


def test_a_reload_costs_no_trip_to_redis_in_the_process_that_ran_its_script(
    client, backend, clock, article, monkeypatch
):
    """A process remembers the readers it ran the counting script for: their reloads that
    cannot count cost nothing until REFRESH_SECONDS pass (who is online, a visit's end);
    another process asks Redis, which counts nothing twice."""
    if backend.name != "redis":
        pytest.skip("the database backend reads its reader's entry in the shared cache")
    scripts = []
    script = backend._record
    monkeypatch.setattr(backend, "_record", lambda **kwargs: scripts.append(1) or script(**kwargs))
    url = article.get_absolute_url()
    visit(client, url)
    visit(client, url)
    visit(client, "/")
    assert len(scripts) == 1 and shown(backend, article)[::3] == (1, 1)
    clock.advance(seconds=counters.REFRESH_SECONDS)
    visit(client, url)
    assert len(scripts) == 2 and shown(backend, article)[::3] == (1, 1)
    backend.recent.clear()  # the reader's next request reaches another process
    visit(client, url)
    assert len(scripts) == 3 and shown(backend, article)[::3] == (1, 1)
    clock.advance(minutes=31)
    visit(client, url)
    assert len(scripts) == 4 and shown(backend, article)[::3] == (2, 2)


def test_views_other_processes_count_show_once_a_processs_numbers_are_a_second_old(
    client, backend, clock, article, monkeypatch
):
    monkeypatch.setattr(counters, "NUMBERS_SECONDS", 60)  # however slow this machine
    url = article.get_absolute_url()
    views = re.compile(rb"<!--tp:views:%d-->([0-9.]+)<!--/tp-->" % article.pk)
    assert views.search(visit(client, url).content).group(1) == b"1"  # its own: at once
    cache.incr(f"counters:views:{article.pk}")  # another process counts a reader
    assert views.search(visit(client, url).content).group(1) == b"1"  # known lately
    monkeypatch.setattr(counters, "NUMBERS_SECONDS", 0)  # that moment has passed
    assert views.search(visit(client, url).content).group(1) == b"2"


def test_a_readers_first_view_of_a_big_article_stays_within_13_queries(client, backend, clock):
    town = build_town(articles=20, photos=6)
    with captured_queries() as queries:
        response = visit(client, town.article.get_absolute_url())
    assert response.status_code == 200
    assert len(queries) <= 13


def test_online_falls_back_and_today_rolls_over_at_midnight_in_vietnam(
    client, backend, clock, article
):
    clock.moment = datetime(2026, 3, 2, 23, 58, tzinfo=HANOI)
    visit(client, article.get_absolute_url())
    visit(client.__class__(), "/")
    assert shown(backend, article)[:3] == (2, 2, 2)
    clock.advance(minutes=4)  # 00:02 on 3 March in Hà Nội, still 2 March in UTC
    visit(client.__class__(), "/")
    assert shown(backend, article)[:3] == (3, 1, 3)
    clock.advance(minutes=4)  # the first two readers left more than five minutes ago
    assert shown(backend, article)[:3] == (3, 1, 1)
    backend.flush()
    days = dict(DailyCount.objects.filter(article_id=0).values_list("day", "visits"))
    assert days == {datetime(2026, 3, 2).date(): 2, datetime(2026, 3, 3).date(): 1}


def test_the_footer_shows_vietnamese_grouping_from_the_starting_total(
    client, backend, clock, article
):
    CounterSettings.objects.filter(pk=1).update(starting_total=2_764_420)
    for _ in range(4):
        visit(client.__class__(), "/")
    response = visit(client, "/")
    html = response.content.decode()
    assert '<strong data-counter="total"><!--tp:total-->2.764.425<!--/tp--></strong>' in html
    assert '<strong data-counter="today"><!--tp:today-->5<!--/tp--></strong>' in html


def test_a_flush_moves_counts_to_history_without_changing_what_readers_see(
    client, backend, clock, article
):
    readers = [client.__class__() for _ in range(3)]
    for reader in readers:
        visit(reader, article.get_absolute_url())
    before = shown(backend, article)
    assert backend.flush() == 3
    assert shown(backend, article) == before == (3, 3, 3, 3)
    assert backend.flush() == 0  # a second flush finds nothing left
    article.refresh_from_db()
    assert article.views == 3
    day = timezone.localdate(clock())
    assert DailyCount.objects.get(day=day, article_id=0).visits == 3
    assert DailyCount.objects.get(day=day, article_id=0).views == 3
    assert DailyCount.objects.get(day=day, article_id=article.pk).views == 3
    visit(readers[0], article.get_absolute_url())
    visit(client.__class__(), article.get_absolute_url())
    assert shown(backend, article) == (4, 4, 4, 4)
    backend.flush()
    assert Article.objects.get(pk=article.pk).views == 4


def test_a_broken_cookie_is_replaced_and_counted_as_a_new_reader(client, backend, clock, article):
    client.cookies[READER_COOKIE] = "<script>"
    response = visit(client, article.get_absolute_url())
    assert response.cookies[READER_COOKIE].value != "<script>"
    assert shown(backend, article)[3] == 1


def test_numbers_are_filled_again_into_html_from_a_page_cache():
    cached = b"<b><!--tp:total-->17<!--/tp--></b> <i><!--tp:views:5-->3<!--/tp--></i>"
    counts = counters.Counts(total=2764424, today=1, online=1, views={5: 1204})
    assert fill(cached, counts) == (
        b"<b><!--tp:total-->2.764.424<!--/tp--></b> <i><!--tp:views:5-->1.204<!--/tp--></i>"
    )


def test_a_redis_outage_counts_in_the_database_and_never_costs_the_page(
    client, settings, clock, article
):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    settings.COUNTERS_BACKEND = "redis"
    response = visit(client, article.get_absolute_url())
    assert response.status_code == 200
    assert b'data-counter="total"><!--tp:total-->1<!--/tp-->' in response.content
    assert Seen.objects.filter(article_id=article.pk, pending=1).exists()


@pytest.mark.django_db(transaction=True)
def test_views_flushed_while_readers_keep_arriving_are_neither_lost_nor_doubled(
    backend, clock, article
):
    """Readers count from threads (their own connections) while flushes run."""
    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database shares one lock; real processes show it")
    done = threading.Event()

    def readers(first):
        try:
            for n in range(first, first + 250):
                backend.record(f"reader-{n:06d}-xxxxxxxxxx", article.pk)
        finally:
            connection.close()

    threads = [threading.Thread(target=readers, args=(i * 250,)) for i in range(4)]
    for thread in threads:
        thread.start()
    flushes = 0
    while any(thread.is_alive() for thread in threads):
        backend.flush()
        flushes += 1
    done.set()
    backend.flush()
    backend.flush()
    assert flushes > 1
    assert Article.objects.get(pk=article.pk).views == 1000
    day = timezone.localdate(clock())
    assert DailyCount.objects.get(day=day, article_id=0).visits == 1000
    assert shown(backend, article) == (1000, 1000, 1000, 1000)


def test_the_administrator_sees_charts_tops_and_downloads_a_month(
    client, backend, clock, article, admin_user
):
    for _ in range(3):
        visit(client.__class__(), article.get_absolute_url())
    client.force_login(admin_user)
    page = client.get("/admin/stats/countersettings/")
    assert page.status_code == 200
    html = page.content.decode()
    # Two charts (30 days, 12 months), each scaled to the three visits of the day.
    assert html.count('class="stats-chart"') == 2
    assert html.count('<text x="0" y="18" class="tick">3</text>') == 2
    assert f"{article.title}</a> (3)" in html  # the most read, with its views
    assert '<th scope="row">Công tác Đảng</th><td>3</td>' in html
    month = timezone.localdate(clock())
    csv_response = client.get(f"/admin/stats/countersettings/csv/{month.year}-{month.month}/")
    text = csv_response.content.decode("utf-8-sig")
    assert f"{month:%d/%m/%Y},3,3" in text
    assert f"{article.title},Công tác Đảng,3" in text
    assert client.get("/admin/stats/countersettings/csv/2026-13/").status_code == 404


def test_the_administrator_sets_the_starting_total_from_the_old_site(
    client, backend, clock, article, admin_user
):
    visit(client.__class__(), "/")
    client.force_login(admin_user)
    client.post("/admin/stats/countersettings/1/change/", {"starting_total": "2764000"})
    assert backend.read().total == 2_764_001
    response = client.post("/admin/stats/countersettings/1/change/", {"starting_total": "-5"})
    assert response.status_code == 200 and backend.read().total == 2_764_001


def test_the_database_backend_remembers_a_readers_last_fifty_articles(settings, clock):
    """One cache entry per reader: their last visit and the views of their newest
    articles, so the entry stays small however many articles they read."""
    settings.COUNTERS_BACKEND, settings.COUNTERS_FLUSH_SECONDS = "database", 0
    reader, articles = "reader-" + "c" * 20, range(1001, 1056)
    for pk in articles:
        counters.backend().record(reader, pk)
        clock.advance(seconds=1)
    kept = cache.get(f"counters:seen:{reader}")
    assert len(kept) == counters.READER_ARTICLES
    assert counters.SITE in kept and articles[-1] in kept and articles[0] not in kept


def test_a_readers_next_article_within_a_minute_writes_that_articles_row_alone(
    client, settings, clock, town
):
    """The site row (who is online, when a visit ends) is written at most once a minute."""
    settings.COUNTERS_BACKEND, settings.COUNTERS_FLUSH_SECONDS = "database", 0
    first, second, third = Article.objects.published()[:3]
    start = clock.moment
    visit(client, first.get_absolute_url())
    clock.advance(seconds=10)
    visit(client, second.get_absolute_url())
    assert Seen.objects.get(article_id=counters.SITE).seen_at == start
    clock.advance(seconds=counters.REFRESH_SECONDS)
    visit(client, third.get_absolute_url())
    assert Seen.objects.get(article_id=counters.SITE).seen_at == clock.moment
    pending = dict(Seen.objects.values_list("article_id", "pending"))
    assert pending == {counters.SITE: 1, first.pk: 1, second.pk: 1, third.pk: 1}


def test_the_reader_cookie_itself_is_never_stored(client, backend, clock, article):
    client.cookies[READER_COOKIE] = token = "Lan-doc-bao-moi-sang-0123456789"
    visit(client, article.get_absolute_url())
    if backend.name == "database":
        stored = list(Seen.objects.values_list("reader", flat=True))
    else:  # every key, and every member of the sorted sets (the online readers)
        redis = backend.redis
        keys = list(redis.scan_iter(match=backend.prefix + "*"))
        members = [m for key in keys if redis.type(key) in ("zset", b"zset")
                   for m in redis.zrange(key, 0, -1)]  # fmt: skip
        stored = [v.decode() if isinstance(v, bytes) else str(v) for v in keys + members]
    assert stored and not any(token in item for item in stored)


def test_staff_without_the_view_permission_see_no_statistics(client, bac_hong_editor):
    client.force_login(bac_hong_editor)
    assert client.get("/admin/stats/countersettings/").status_code == 403
    assert client.get("/admin/stats/countersettings/csv/2026-03/").status_code == 403
