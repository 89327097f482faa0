"""Visit counters behind one small interface: the database by default, Redis with REDIS_URL.

Definitions:
- a reader is the random token of the `tp_reader` cookie (see core.readers);
- a visit is a reader not seen for COUNTERS_VISIT_GAP seconds (sliding, 30 minutes);
- an article view counts once per reader and article per COUNTERS_VIEW_INTERVAL seconds
  (30 minutes from the view that counted);
- online are the readers seen in the last COUNTERS_ONLINE_WINDOW seconds (5 minutes);
- days follow settings.TIME_ZONE (Asia/Ho_Chi_Minh).

Both backends answer `record(reader, article_id)`, `read(article_ids)` and `flush()`.
`now()` is the only clock: tests replace it to move time.
"""

import logging
import secrets
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from news.models import Article

from .models import SITE, CounterSettings, DailyCount, FlushBatch, Seen

logger = logging.getLogger(__name__)


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


class DatabaseBackend:
    """Counts in the database with one atomic upsert per page view; no extra service."""

    name = "database"

    def record(self, reader, article_id=None):
        """Count one page view: one INSERT … ON CONFLICT DO UPDATE on Seen, no read.

        The upsert decides and counts in one statement (a row lock on PostgreSQL, the
        write lock on SQLite), so concurrent requests of one reader count once.
        """
        moment = now()
        ops = connection.ops
        seen = _table(Seen)
        day = ops.adapt_datefield_value(local_day(moment))
        at = ops.adapt_datetimefield_value(moment)
        rows = [SITE] + ([article_id] if article_id else [])
        values = ", ".join(["(%s, %s, %s, 1, %s)"] * len(rows))
        params = []
        for row_article in rows:
            params += [reader, row_article, at, day]
        visit_cutoff = ops.adapt_datetimefield_value(moment - timedelta(seconds=visit_gap()))
        view_cutoff = ops.adapt_datetimefield_value(moment - timedelta(seconds=view_interval()))
        counts = f"{seen}.seen_at < (CASE WHEN {seen}.article_id = 0 THEN %s ELSE %s END)"
        sql = (
            f"INSERT INTO {seen} (reader, article_id, seen_at, pending, pending_day) "  # noqa: S608
            f"VALUES {values} ON CONFLICT (reader, article_id) DO UPDATE SET "
            f"pending = {seen}.pending + (CASE WHEN {counts} THEN 1 ELSE 0 END), "
            f"pending_day = CASE WHEN {counts} THEN excluded.pending_day "
            f"ELSE {seen}.pending_day END, "
            # The site row slides (a visit ends after a quiet gap); an article row keeps
            # the time of the view that counted, so reloads never stretch the interval.
            f"seen_at = CASE WHEN {seen}.article_id = 0 OR {seen}.seen_at < %s "
            f"THEN excluded.seen_at ELSE {seen}.seen_at END"
        )
        params += [visit_cutoff, view_cutoff, visit_cutoff, view_cutoff, view_cutoff]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)

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


# Redis: each view runs one script (a few commands, atomic). Counts wait in a `pending`
# hash; a flush renames it to a batch (atomic), writes the batch to the database with its
# name in FlushBatch (one transaction: a retried batch is never added twice), then moves the
# batch into `base`, a mirror of what the database holds. Readers see base + pending +
# batches in flight, so the numbers are exact before, during and after a flush.

RECORD = """
local counted = 0
local last = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[1], ARGV[6])
if not last or tonumber(ARGV[1]) - tonumber(last) >= tonumber(ARGV[4]) then
  redis.call('HINCRBY', KEYS[4], 'total', 1)
  redis.call('HINCRBY', KEYS[4], 'v:' .. ARGV[2], 1)
  counted = 1
end
if ARGV[3] ~= '' then
  local viewed = redis.call('GET', KEYS[2])
  if not viewed or tonumber(ARGV[1]) - tonumber(viewed) >= tonumber(ARGV[5]) then
    redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[5])
    redis.call('HINCRBY', KEYS[4], 'p:' .. ARGV[2], 1)
    redis.call('HINCRBY', KEYS[4], 'a:' .. ARGV[3], 1)
    redis.call('HINCRBY', KEYS[4], 'a:' .. ARGV[3] .. ':' .. ARGV[2], 1)
    counted = counted + 2
  end
end
return counted
"""

READ = """
local batches = redis.call('SMEMBERS', KEYS[3])
local out = {redis.call('GET', KEYS[5]) or '0', redis.call('ZCOUNT', KEYS[4], ARGV[1], '+inf')}
for i = 2, #ARGV do
  local name = ARGV[i]
  local extra = tonumber(redis.call('HGET', KEYS[2], name) or '0')
  for _, batch in ipairs(batches) do
    extra = extra + tonumber(redis.call('HGET', batch, name) or '0')
  end
  out[#out + 1] = redis.call('HGET', KEYS[1], name)
  out[#out + 1] = extra
end
return out
"""

SEED = """
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[1] or redis.call('EXISTS', KEYS[3]) == 1 then
  return 0
end
for i = 2, #ARGV, 2 do redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 1
"""

START_BATCH = """
redis.call('INCR', KEYS[4])
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], KEYS[2])
end
return redis.call('SMEMBERS', KEYS[3])
"""

FINISH_BATCH = """
if redis.call('SISMEMBER', KEYS[2], KEYS[1]) == 0 then return 0 end
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  if redis.call('HEXISTS', KEYS[3], fields[i]) == 1 then
    redis.call('HINCRBY', KEYS[3], fields[i], fields[i + 1])
  end
end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], KEYS[1])
redis.call('INCR', KEYS[4])
return 1
"""

RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_clients = {}


def redis_client(url):
    """One client (and connection pool) per process and URL; short timeouts so a dead
    Redis degrades counting instead of holding up pages."""
    if url not in _clients:
        import redis

        _clients[url] = redis.Redis.from_url(
            url, socket_timeout=0.5, socket_connect_timeout=0.5, decode_responses=True
        )
    return _clients[url]


class RedisBackend:
    """Counts in Redis (a few commands per view); flush_counters moves them to the database."""

    name = "redis"
    lock_ms = 60_000

    def __init__(self, url, prefix):
        self.redis = redis_client(url)
        self.prefix = prefix
        self.keys = {
            name: f"{prefix}{name}"
            for name in ("pending", "base", "flushing", "online", "gen", "lock", "due")
        }
        self._record = self.redis.register_script(RECORD)
        self._read = self.redis.register_script(READ)
        self._seed = self.redis.register_script(SEED)
        self._start = self.redis.register_script(START_BATCH)
        self._finish = self.redis.register_script(FINISH_BATCH)
        self._release = self.redis.register_script(RELEASE)

    def record(self, reader, article_id=None):
        """One script: visit, online, and the article view; three to nine commands."""
        moment = now()
        k = self.keys
        keys = [
            f"{self.prefix}r:{reader}",
            f"{self.prefix}a:{article_id or 0}:{reader}",
            k["online"],
            k["pending"],
        ]
        args = [
            int(moment.timestamp() * 1000),
            local_day(moment).isoformat(),
            article_id or "",
            visit_gap() * 1000,
            view_interval() * 1000,
            reader,
        ]
        counted = int(self._record(keys=keys, args=args))
        return bool(counted & 1), bool(counted & 2)

    def read(self, article_ids=()):
        """One script, plus a database query only the first time a number is asked for."""
        moment = now()
        day = local_day(moment)
        names = ["total", f"v:{day.isoformat()}"] + [f"a:{pk}" for pk in article_ids]
        since = int((moment - timedelta(seconds=online_window())).timestamp() * 1000)
        k = self.keys
        reply = self._read(
            keys=[k["base"], k["pending"], k["flushing"], k["online"], k["gen"]],
            args=[since, *names],
        )
        generation, online = reply[0], int(reply[1])
        base = reply[2::2]
        extra = [int(value) for value in reply[3::2]]
        if any(value is None for value in base):
            base = self._seed_base(generation, day, article_ids, names, base)
        values = [int(b) + e for b, e in zip(base, extra, strict=True)]
        return Counts(values[0], values[1], online, dict(zip(article_ids, values[2:], strict=True)))

    def _seed_base(self, generation, day, article_ids, names, base):
        """Fill missing mirror values from the database, unless a flush ran meanwhile."""
        row = _select_row(*_database_values(day, article_ids))
        args = [generation]
        for name, value in zip(names, row, strict=True):
            args += [name, value]
        k = self.keys
        self._seed(keys=[k["base"], k["gen"], k["lock"]], args=args)
        return [row[i] if value is None else value for i, value in enumerate(base)]

    def forget_base(self):
        """After the starting total changes: the mirror is rebuilt from the database."""
        k = self.keys
        with self.redis.pipeline() as pipe:
            pipe.delete(k["base"]).incr(k["gen"]).execute()

    def flush(self):
        """Write pending counts into the database; safe to run anywhere, any time, twice."""
        k = self.keys
        token = secrets.token_hex(8)
        if not self.redis.set(k["lock"], token, nx=True, px=self.lock_ms):
            return 0  # another process is flushing; it will take our counts too
        moved = 0
        try:
            batch = f"{self.prefix}batch:{secrets.token_hex(8)}"
            batches = self._start(keys=[k["pending"], batch, k["flushing"], k["gen"]])
            for name in sorted(batches):
                moved += self._write_batch(name)
                self._finish(keys=[name, k["flushing"], k["base"], k["gen"]])
            since = int((now() - timedelta(seconds=online_window())).timestamp() * 1000)
            self.redis.zremrangebyscore(k["online"], "-inf", f"({since}")
        finally:
            self._release(keys=[k["lock"]], args=[token])
        prune_seen()
        return moved

    def _write_batch(self, name):
        """One transaction: the day rows, Article.views, and the batch's name."""
        fields = self.redis.hgetall(name)
        daily = defaultdict(lambda: [0, 0])
        articles = defaultdict(int)
        for key, value in fields.items():
            parts, n = key.split(":"), int(value)
            if parts[0] == "v" and len(parts) == 2:
                daily[(parts[1], SITE)][0] += n
            elif parts[0] == "p" and len(parts) == 2:
                daily[(parts[1], SITE)][1] += n
            elif parts[0] == "a" and len(parts) == 3:
                daily[(parts[2], int(parts[1]))][1] += n
                articles[int(parts[1])] += n
        batch_name = name.rsplit(":", 1)[-1]
        try:
            with transaction.atomic():
                FlushBatch.objects.create(name=batch_name)
                _add_to_history(
                    {(datetime.fromisoformat(d).date(), pk): v for (d, pk), v in daily.items()},
                    articles,
                )
        except IntegrityError:
            return 0  # written before, by a flush that stopped before finishing
        return sum(articles.values())

    def claim_flush(self, seconds):
        """True for one process per interval across all processes."""
        return bool(self.redis.set(self.keys["due"], "1", nx=True, ex=max(1, seconds)))


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
