"""The pool lends no connection the server has ended, and checks without a round trip;
the counting upsert is prepared once per connection."""

import time

import psycopg
import pytest
from django.db import connection

from core.postgresql.base import closed_by_server
from stats import counters

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the connection pool is PostgreSQL's"
)


def backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def terminate(pid):
    params = connection.get_connection_params()
    conninfo = {key: params[key] for key in ("dbname", "user", "host", "port") if key in params}
    with psycopg.connect(**conninfo, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    time.sleep(0.2)  # the server's goodbye reaches the socket


def test_a_pooled_connection_the_server_ended_is_replaced_not_lent(transactional_db):
    assert connection.pool._check is closed_by_server  # a socket poll, no empty query
    pid = backend_pid()
    connection.close()  # back to the pool, idle
    terminate(pid)
    assert backend_pid() != pid  # a new connection, not an error


def test_the_check_passes_a_live_connection_and_fails_an_ended_one(transactional_db):
    connection.ensure_connection()
    live = connection.connection
    closed_by_server(live)
    terminate(live.info.backend_pid)
    with pytest.raises(psycopg.OperationalError):
        closed_by_server(live)
    connection.close()


def test_the_counting_upserts_are_prepared_and_nothing_else(transactional_db):
    for _ in range(3):
        counters._add_pending("lan", [counters.SITE], counters.now())  # Redis decided
    counters.DatabaseBackend().record("mai")  # the database decides
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
        cursor.execute('SELECT reader, pending FROM "stats_seen" ORDER BY reader')
        assert cursor.fetchall() == [("lan", 3), ("mai", 1)]
    assert len(prepared) == 2
    assert all(sql.startswith('INSERT INTO "stats_seen"') for sql in prepared)
