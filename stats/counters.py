"""Visit counters behind one small interface: the database by default, Redis with REDIS_URL.

Definitions:
- a reader is the random token of the `tp_reader` cookie (see core.readers);
- a visit is a reader not seen for COUNTERS_VISIT_GAP seconds (sliding, 30 minutes);
- an article view counts once per reader and article per COUNTERS_VIEW_INTERVAL seconds
  (30 minutes from the view that counted);
- online are the readers seen in the last COUNTERS_ONLINE_WINDOW seconds (5 minutes);
- days follow settings.TIME_ZONE (Asia/Ho_Chi_Minh).

Both backends answer `record(reader, article_id, shown)`, `read(article_ids)` (the
database's numbers, fresh) and `flush()`. Pages show `numbers(article_ids)`: the same
numbers from a mirror in the shared cache, moved by each counted view and read again from
the database when it expires (MIRROR_SECONDS), so a page costs no query for them; each
process keeps what it read or moved for a second (NUMBERS_SECONDS). Redis's `record`
returns them itself, read in the same trip, for the articles a page has `shown`.
`now()` is the only clock: tests replace it to move time.

The database is the record, whichever backend decides: every counted view is written to
the database (Seen.pending, then DailyCount and Article.views by a flush) before its page
is sent. Redis, when configured, only decides which views count and who is online, so a
Redis restart with no persistence loses no count (see RedisBackend).
"""

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from redis.exceptions import ConnectionError, TimeoutError

from core.breaker import redis_breaker, redis_client
from news.models import Article

from .models import SITE, CounterSettings, DailyCount, Seen

logger = logging.getLogger(__name__)
OUTAGE = (ConnectionError, TimeoutError)


def now():
    """The counters' clock (aware, UTC); tests monkeypatch it."""
    return timezone.now()


def local_day(moment):
    """The calendar day of `moment` in Vietnam (settings.TIME_ZONE)."""
    return timezone.localtime(moment).date()


def visit_gap():
    return settings.COUNTERS_VISIT_GAP


def view_interval():
    return settings.COUNTERS_VIEW_INTERVAL


def online_window():
    return settings.COUNTERS_ONLINE_WINDOW


@dataclass
class Counts:
    """What the footer and the article meta show."""

    total: int = 0
    today: int = 0
    online: int = 0
    views: dict = field(default_factory=dict)  # article id -> running total


# The SQL here interpolates quoted table names only; every value is a parameter.
def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _upsert_daily(rows):
    """Add (day, article_id, visits, views) to the day rows: one statement."""
    if not rows:
        return
    ops = connection.ops
    table = _table(DailyCount)
    values = ", ".join(["(%s, %s, %s, %s)"] * len(rows))
    params = []
    for day, article_id, visits, views in rows:
        params += [ops.adapt_datefield_value(day), article_id, visits, views]
    sql = (
        f"INSERT INTO {table} (day, article_id, visits, views) VALUES {values} "  # noqa: S608
        f"ON CONFLICT (day, article_id) DO UPDATE SET "
        f"visits = {table}.visits + excluded.visits, views = {table}.views + excluded.views"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _add_to_history(daily, articles):
    """daily: {(day, article_id): [visits, views]}; articles: {article_id: views}."""
    rows = [(day, pk, visits, views) for (day, pk), (visits, views) in sorted(daily.items())]
    for start in range(0, len(rows), 200):
        _upsert_daily(rows[start : start + 200])
    for pk, views in articles.items():
        Article.objects.filter(pk=pk).update(views=F("views") + views)


def _database_values(day, article_ids, online_since=None):
    """(SQL, params) of one SELECT: total, today, [online], each article's views.

    Each number is the history plus what waits in Seen.pending, read in one statement,
    so a flush moving counts from one to the other never shows them twice.
    """
    ops = connection.ops
    daily, seen, article = _table(DailyCount), _table(Seen), _table(Article)
    day = ops.adapt_datefield_value(day)
    parts = [
        f"COALESCE((SELECT starting_total FROM {_table(CounterSettings)} WHERE id = 1), 0)"  # noqa: S608
        f" + COALESCE((SELECT SUM(visits) FROM {daily} WHERE article_id = 0), 0)"
        f" + COALESCE((SELECT SUM(pending) FROM {seen} WHERE article_id = 0 AND pending > 0), 0)",
        f"COALESCE((SELECT visits FROM {daily} WHERE article_id = 0 AND day = %s), 0)"  # noqa: S608
        f" + COALESCE((SELECT SUM(pending) FROM {seen}"
        f" WHERE article_id = 0 AND pending > 0 AND pending_day = %s), 0)",
    ]
    params = [day, day]
    if online_since is not None:
        parts.append(f"(SELECT COUNT(*) FROM {seen} WHERE article_id = 0 AND seen_at >= %s)")  # noqa: S608
        params.append(ops.adapt_datetimefield_value(online_since))
    for article_id in article_ids:
        parts.append(
            f"COALESCE((SELECT views FROM {article} WHERE id = %s), 0)"  # noqa: S608
            f" + COALESCE((SELECT SUM(pending) FROM {seen}"
            f" WHERE article_id = %s AND pending > 0), 0)"
        )
        params += [article_id, article_id]
    return "SELECT " + ", ".join(parts), params


def _select_row(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [int(value or 0) for value in cursor.fetchone()]


# What pages show, mirrored in the shared cache: the database is the record (exact), the
# mirror what a page reads (no query). A counted view moves the mirror; the mirror is read
# again from the database when it expires, so a lost move shows for at most MIRROR_SECONDS.
MIRROR_SECONDS = 60
ONLINE_SECONDS = 10  # who is online changes without a counted view: read it this often
# A reader seen this recently is not written again (the database's seen_at, which tells
# who is online and when a visit ends, is refreshed at most this often).
REFRESH_SECONDS = 60
READER_ARTICLES = 50  # the views of a reader's last articles are remembered, not older ones
RECENT_READERS = 10_000  # readers a Redis counting process remembers, then forgets at once


def _mirror(day, article_ids, moment):
    online = f"counters:online:{int(moment.timestamp() // ONLINE_SECONDS)}"
    views = {pk: f"counters:views:{pk}" for pk in article_ids}
    return "counters:total", f"counters:today:{day.isoformat()}", online, views


# Each process also keeps the numbers it last read or moved for NUMBERS_SECONDS, so a page
# usually reads them from memory: views counted by other processes show at most that late,
# this process's own at once.
NUMBERS_SECONDS = 1.0
_known = {}  # mirror key → (value, time.monotonic() of the read or move)


def _remember(values):
    if len(_known) > 10_000:  # old days, old online buckets, articles no longer shown
        _known.clear()
    at = time.monotonic()
    _known.update((key, (value, at)) for key, value in values.items())


def _recalled(keys):
    """The values of all `keys` as this process knows them lately, or None."""
    since = time.monotonic() - NUMBERS_SECONDS
    known = [_known.get(key) for key in keys]
    if any(entry is None or entry[1] < since for entry in known):
        return None
    return {key: entry[0] for key, entry in zip(keys, known, strict=True)}


def forget():
    """What this process knows of the numbers and of readers (a new test starts bare)."""
    _known.clear()
    for current in _backends.values():
        current.recent.clear()


@receiver(post_save, sender=CounterSettings)
def _starting_total_changed(**kwargs):
    _known.clear()  # the mirror's total goes too (stats.models)


def numbers(article_ids=()):
    """What pages show: known lately, else from the mirror, else one query to fill it."""
    moment = now()
    total, today, online, views = _mirror(local_day(moment), article_ids, moment)
    keys = [total, today, online, *views.values()]
    found = _recalled(keys)
    if found is None:
        found = cache.get_many(keys)
        if len(found) == len(keys):
            _remember(found)
    if len(found) == len(keys):
        return Counts(found[total], found[today], found[online],
                      {pk: found[key] for pk, key in views.items()})  # fmt: skip
    counts = backend().read(article_ids)
    site = {total: counts.total, today: counts.today}
    articles = {views[pk]: counts.views[pk] for pk in views}
    cache.set_many(site, MIRROR_SECONDS)
    cache.set(online, counts.online, ONLINE_SECONDS * 2)
    cache.set_many(articles, MIRROR_SECONDS)
    _remember({**site, online: counts.online, **articles})
    return counts


def _moved(moment, visit, article_id):
    """A counted visit and/or view moves the mirror (where it holds the numbers)."""
    keys = ["counters:total", f"counters:today:{local_day(moment).isoformat()}"] if visit else []
    if article_id:
        keys.append(f"counters:views:{article_id}")
    if hasattr(cache, "incr_each"):  # Redis (core.cache): one round trip for them all
        values = cache.incr_each(keys)
    else:
        values = []
        for key in keys:
            try:
                values.append(cache.incr(key))
            except ValueError:  # not mirrored now: the next page reads the database
                values.append(None)
    for key, value in zip(keys, values, strict=True):
        if value is None:
            _known.pop(key, None)  # a key the mirror lacks is read again
        else:
            _remember({key: value})


class DatabaseBackend:
    """Counts in the database with one atomic upsert per counted view; no extra service."""

    name = "database"

    def record(self, reader, article_id=None, shown=()):  # shown: read by numbers() here
        """Count one page view: one INSERT … ON CONFLICT DO UPDATE on Seen, no read; none
        for a reader already written in the last REFRESH_SECONDS whose view cannot count.

        The upsert decides and counts in one statement (a row lock on PostgreSQL, the
        write lock on SQLite), so concurrent requests of one reader count once. The
        reader's last visit and view times, one cache entry per reader, only tell whether
        to write, which rows (the reader's site row, which tells who is online and when a
        visit ends, at most every REFRESH_SECONDS) and how to move the mirror.
        """
        moment = now()
        stamp = moment.timestamp()
        key = f"counters:seen:{reader}"
        last = cache.get(key) or {}  # {SITE: last visit, article id: its counted view}
        seen, viewed = last.get(SITE), last.get(article_id)
        visit = seen is None or stamp - seen >= visit_gap()
        view = bool(article_id) and (viewed is None or stamp - viewed >= view_interval())
        refresh = visit or stamp - seen >= REFRESH_SECONDS
        if not refresh and not view:
            return
        rows = ([SITE] if refresh else []) + ([article_id] if article_id else [])
        self._upsert(reader, rows, moment)
        kept = {pk: at for pk, at in last.items() if stamp - at < view_interval()}
        if refresh:
            kept[SITE] = stamp
        if view:
            kept[article_id] = stamp
        cache.set(key, dict(sorted(kept.items(), key=lambda item: item[1])[-READER_ARTICLES:]),
                  max(visit_gap(), view_interval()))  # fmt: skip
        _moved(moment, visit, article_id if view else None)

    def _upsert(self, reader, rows, moment):
        ops = connection.ops
        seen = _table(Seen)
        visit_cutoff = ops.adapt_datetimefield_value(moment - timedelta(seconds=visit_gap()))
        view_cutoff = ops.adapt_datetimefield_value(moment - timedelta(seconds=view_interval()))
        counts = f"{seen}.seen_at < (CASE WHEN {seen}.article_id = 0 THEN %s ELSE %s END)"
        update = (
            f"pending = {seen}.pending + (CASE WHEN {counts} THEN 1 ELSE 0 END), "
            f"pending_day = CASE WHEN {counts} THEN excluded.pending_day "
            f"ELSE {seen}.pending_day END, "
            # The site row slides (a visit ends after a quiet gap); an article row keeps
            # the time of the view that counted, so reloads never stretch the interval.
            f"seen_at = CASE WHEN {seen}.article_id = 0 OR {seen}.seen_at < %s "
            f"THEN excluded.seen_at ELSE {seen}.seen_at END"
        )
        cutoffs = [visit_cutoff, view_cutoff, visit_cutoff, view_cutoff, view_cutoff]
        _upsert_seen(reader, rows, moment, update, cutoffs)

    def read(self, article_ids=()):
        """Total, today, online and the articles' views: one query."""
        moment = now()
        since = moment - timedelta(seconds=online_window())
        row = _select_row(*_database_values(local_day(moment), article_ids, since))
        return Counts(row[0], row[1], row[2], dict(zip(article_ids, row[3:], strict=True)))

    def flush(self):
        """Move pending counts from Seen into DailyCount and Article.views; prune Seen.

        One transaction that locks the rows it moves: a view arriving meanwhile waits and
        then adds to a zeroed row, a second flush finds nothing left. Nothing lost, nothing
        counted twice.
        """
        with transaction.atomic():
            rows = list(
                Seen.objects.select_for_update()
                .filter(pending__gt=0)
                .values_list("pk", "article_id", "pending", "pending_day")
            )
            daily = defaultdict(lambda: [0, 0])
            articles = defaultdict(int)
            for _pk, article_id, pending, day in rows:
                if article_id == SITE:
                    daily[(day, SITE)][0] += pending
                else:
                    daily[(day, SITE)][1] += pending
                    daily[(day, article_id)][1] += pending
                    articles[article_id] += pending
            _add_to_history(daily, articles)
            if rows:
                Seen.objects.filter(pk__in=[row[0] for row in rows]).update(pending=0)
        prune_seen()
        return sum(articles.values())


def prune_seen():
    """Forget readers older than every window (never a pending count): one DELETE."""
    longest = max(visit_gap(), view_interval(), online_window())
    old = now() - timedelta(seconds=longest)
    Seen.objects.filter(seen_at__lt=old, pending=0).delete()


# Redis decides, the database records. A view runs one script in Redis that answers
# whether it counts (the reader's last visit and last view of the article, and the online
# set); only a view that counts then writes, in the same request, one upsert adding 1 to
# the reader's Seen.pending rows: the database backend's own record, flushed by the same
# code. A count therefore exists in the database before the page is sent, and Redis holds
# nothing that cannot be lost: after a restart with no persistence it forgets only who
# was seen lately (a returning reader may count once more) and who is online. While Redis
# is away or hung (core.breaker), views are counted by the database backend itself. The
# script also moves the pages' mirror, so a counted view costs one trip to Redis and one
# upsert (an upsert that fails leaves the mirror one ahead until it expires).

RECORD = """
local counted = 0
local last = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[1], ARGV[5])
if not last or tonumber(ARGV[1]) - tonumber(last) >= tonumber(ARGV[3]) then
  counted = 1
end
local viewed = false
if ARGV[2] ~= '' then
  viewed = redis.call('GET', KEYS[2])
  if not viewed or tonumber(ARGV[1]) - tonumber(viewed) >= tonumber(ARGV[4]) then
    redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[4])
    counted = counted + 2
    viewed = ARGV[1]
  end
end
local moved = {}
if counted % 2 == 1 then moved = {KEYS[4], KEYS[5]} end
if counted >= 2 then moved[#moved + 1] = KEYS[6] end
for _, key in ipairs(moved) do
  if redis.call('EXISTS', key) == 1 then redis.call('INCR', key) end
end
return {counted, redis.call('MGET', unpack(KEYS, 7)), viewed}
"""


def _rows(values):
    """The rows of a counting upsert: `VALUES …`, and on PostgreSQL a statement whose own
    transaction commits without waiting for its WAL to reach the disk (0.4 ms instead of
    an fsync, 6 ms on this machine's disk), so a reader's first view never waits on it. A
    restart loses nothing; a crash of the database's machine at worst the counts of its
    last ~0.6 s (three times wal_writer_delay)."""
    if connection.vendor != "postgresql":
        return f"VALUES {values}"  # SQLite in WAL mode with synchronous=NORMAL: no fsync
    return (
        f"SELECT * FROM (VALUES {values}) AS new "  # noqa: S608 (placeholders only)
        "WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL"
    )


def _counting_cursor():
    """For the upserts every counted view runs: prepared once per connection on
    PostgreSQL (core.postgresql), an ordinary cursor elsewhere."""
    return getattr(connection, "prepared_cursor", connection.cursor)()


def _upsert_seen(reader, article_ids, moment, update, update_params=()):
    """One upsert of the reader's Seen rows, one per article id (SITE: the site's), each
    new one pending 1; `update` is the SET of a row that exists, with its parameters."""
    ops = connection.ops
    seen = _table(Seen)
    day = ops.adapt_datefield_value(local_day(moment))
    at = ops.adapt_datetimefield_value(moment)
    values = ", ".join(["(%s, %s, %s, 1, %s)"] * len(article_ids))
    params = [value for pk in article_ids for value in (reader, pk, at, day)]
    sql = (
        f"INSERT INTO {seen} (reader, article_id, seen_at, pending, pending_day) "  # noqa: S608
        f"{_rows(values)} ON CONFLICT (reader, article_id) DO UPDATE SET {update}"
    )
    with _counting_cursor() as cursor:
        cursor.execute(sql, [*params, *update_params])


def _add_pending(reader, article_ids, moment):
    """Add one counted visit or view per row to the reader's Seen rows: one upsert."""
    seen = _table(Seen)
    update = (
        f"pending = {seen}.pending + 1, pending_day = excluded.pending_day, "
        f"seen_at = excluded.seen_at"
    )
    _upsert_seen(reader, article_ids, moment, update)


class RedisBackend:
    """Redis decides which views count and who is online; the database keeps the counts.

    A repeated view (a reload within the interval) costs one script and no write, and
    nothing at all in a process that ran the script for that reader within the last
    REFRESH_SECONDS (it remembers RECENT_READERS readers).
    """

    name = "redis"

    def __init__(self, url, prefix):
        self.url = url
        self.redis = redis_client(url)
        self.breaker = redis_breaker(url)
        self.prefix = prefix
        self.keys = {name: f"{prefix}{name}" for name in ("online", "due")}
        self._record = self.redis.register_script(RECORD)
        self.recent = {}  # reader → {SITE: when the script last ran, article id: its view}

    def _available(self):
        return not self.breaker.is_open

    def record(self, reader, article_id=None, shown=()):
        """One script (three to ten commands): it also moves the mirror and reads the
        numbers of the page, whose articles are `shown`; one upsert when the view counts.
        The numbers, a Counts, when the mirror has them all, else None (as for a reload
        this process knows cannot count, which costs nothing).

        Redis away or hung: the database backend counts the view instead.
        """
        moment = now()
        if self._settled(reader, article_id, moment.timestamp()):
            return None
        if self._available():
            total, today, online, views = _mirror(
                local_day(moment), [article_id or 0, *shown], moment
            )
            moved = [total, today, views[article_id or 0]]
            read = [total, today, online, *(views[pk] for pk in shown)]
            keys = [
                f"{self.prefix}r:{reader}",
                f"{self.prefix}a:{article_id or 0}:{reader}",
                self.keys["online"],
                # The mirror (Django's cache, in the same Redis) moves in the same trip.
                *(cache.make_and_validate_key(key) for key in moved + read),
            ]
            args = [
                int(moment.timestamp() * 1000),
                article_id or "",
                visit_gap() * 1000,
                view_interval() * 1000,
                reader,
            ]
            try:
                counted, values, *viewed = self._record(keys=keys, args=args)
            except OUTAGE as error:
                self.breaker.trip(error)
            else:
                rows = ([SITE] if counted & 1 else []) + ([article_id] if counted & 2 else [])
                if rows:
                    _add_pending(reader, rows, moment)
                self._ran(reader, article_id, moment.timestamp(), viewed)
                if None in values:
                    return None
                values = [int(value) for value in values]
                _remember(dict(zip(read, values, strict=True)))
                total, today, online, *seen = values
                return Counts(total, today, online, dict(zip(shown, seen, strict=True)))
        _database.record(reader, article_id)
        return None

    def _settled(self, reader, article_id, stamp):
        """This process ran the script for `reader` lately, and this view cannot count."""
        last = self.recent.get(reader)
        if last is None or stamp - last[SITE] >= min(REFRESH_SECONDS, visit_gap()):
            return False
        return not article_id or stamp - last.get(article_id, 0) < view_interval()

    def _ran(self, reader, article_id, stamp, viewed):
        """Remember the script's answer: when it ran, and when the article's view counted."""
        last = {pk: at for pk, at in self.recent.pop(reader, {}).items()
                if stamp - at < view_interval()}  # fmt: skip
        last[SITE] = stamp
        if article_id and viewed and viewed[0]:
            last[article_id] = int(viewed[0]) / 1000
        if len(self.recent) >= RECENT_READERS:  # all at once: no iteration while threads write
            self.recent.clear()
        newest = sorted(last.items(), key=lambda item: item[1])[-READER_ARTICLES:]
        self.recent[reader] = dict(newest)

    def read(self, article_ids=()):
        """The numbers from the database (one query), who is online from Redis (one ZCOUNT).

        Redis away: online comes from the database's rows, which know only counted visits.
        """
        moment = now()
        since = moment - timedelta(seconds=online_window())
        if self._available():
            try:
                online = self.redis.zcount(
                    self.keys["online"], int(since.timestamp() * 1000), "+inf"
                )
            except OUTAGE as error:
                self.breaker.trip(error)
            else:
                row = _select_row(*_database_values(local_day(moment), article_ids))
                views = dict(zip(article_ids, row[2:], strict=True))
                return Counts(row[0], row[1], online, views)
        return _database.read(article_ids)

    def flush(self):
        """The database backend's flush, then readers who left are dropped from the online set."""
        moved = _database.flush()
        if self._available():
            since = int((now() - timedelta(seconds=online_window())).timestamp() * 1000)
            try:
                self.redis.zremrangebyscore(self.keys["online"], "-inf", f"({since}")
            except OUTAGE as error:
                self.breaker.trip(error)
        return moved

    def claim_flush(self, seconds):
        """True for one process per interval across all processes (every process while
        Redis is away: flushes lock what they move, so overlapping ones are harmless)."""
        if not self._available():
            return True
        try:
            return bool(self.redis.set(self.keys["due"], "1", nx=True, ex=max(1, seconds)))
        except OUTAGE as error:
            self.breaker.trip(error)
            return True


_backends = {}


def backend():
    """The configured backend: Redis when REDIS_URL is set (unless COUNTERS_BACKEND says
    "database"), the database otherwise."""
    url = settings.REDIS_URL
    if url and settings.COUNTERS_BACKEND != "database":
        prefix = settings.CACHES["default"].get("KEY_PREFIX", "") + ":counters:"
        key = (url, prefix)
        if key not in _backends:
            _backends[key] = RedisBackend(url, prefix)
        return _backends[key]
    return _database


_database = DatabaseBackend()

_next_flush = 0.0


def maybe_flush():
    """Flush from a request when COUNTERS_FLUSH_SECONDS have passed (no extra daemon).

    Each process checks its own clock; in Redis mode a shared key lets one process per
    interval do it. Any overlap is harmless: flushes lock what they move.
    """
    global _next_flush
    interval = settings.COUNTERS_FLUSH_SECONDS
    if interval <= 0 or time.monotonic() < _next_flush:
        return
    if _next_flush == 0.0:  # a new process waits one interval before its first flush
        _next_flush = time.monotonic() + interval
        return
    _next_flush = time.monotonic() + interval
    current = backend()
    claim = getattr(current, "claim_flush", None)
    if claim is None or claim(interval):
        current.flush()
