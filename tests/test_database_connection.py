"""Each worker keeps its PostgreSQL connection across requests; one the server has ended
is replaced before use, found without a round trip; the counting upsert is prepared once
per connection."""

import os
import time

import psycopg
import pytest
from django.db import DatabaseError, close_old_connections, connection

from stats import counters

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the connection check is PostgreSQL's"
)


def backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def other_connection():
    params = connection.get_connection_params()
    conninfo = {key: params[key] for key in ("dbname", "user", "host", "port") if key in params}
    return psycopg.connect(**conninfo, autocommit=True)


def terminate(pid):
    with other_connection() as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    time.sleep(0.2)  # the server's goodbye reaches the socket


def test_a_connection_is_kept_across_requests_and_replaced_once_the_server_ended_it(
    transactional_db,
):
    pid = backend_pid()
    close_old_connections()  # what the end and the start of every request do
    assert backend_pid() == pid  # kept: no new connection per request
    terminate(pid)
    close_old_connections()
    assert backend_pid() != pid  # a new connection, not an error


def test_the_check_sends_nothing_to_the_server_and_fails_an_ended_connection(
    transactional_db,
):
    pid = backend_pid()
    assert connection.is_usable()
    with other_connection() as other:
        last = other.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", [pid])
        assert last.fetchone()[0] == "SELECT pg_backend_pid()"  # Django's check sends SELECT 1
    terminate(pid)
    assert not connection.is_usable()
    connection.close()


def test_the_check_works_for_a_connection_past_the_first_1024_files(transactional_db):
    """A busy process may hold many files: select() refuses descriptors past 1023."""
    files = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        connection.close()
        connection.ensure_connection()
        assert connection.connection.fileno() >= 1024
        assert connection.is_usable()
        terminate(backend_pid())
        assert not connection.is_usable()
    finally:
        connection.close()
        for file in files:
            os.close(file)


def test_a_connection_in_a_failed_transaction_is_not_usable(db):
    with pytest.raises(DatabaseError), connection.cursor() as cursor:
        cursor.execute("SELECT 1 / 0")  # in the test's transaction, which now fails
    assert not connection.is_usable()  # as Django's SELECT 1 would find


def test_the_counting_upserts_are_prepared_and_nothing_else(transactional_db):
    connection.close()  # a new connection: none of the earlier tests' statements
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
