"""Rate limits are a token bucket in the database: no window edge, one verdict for all."""

import threading
import time

import pytest
from django.db import connection
from django.test import RequestFactory

from core import ratelimit
from core.models import RateLimit

pytestmark = pytest.mark.django_db


def a_comment_from(address):
    return RequestFactory().post("/binh-luan/1/", REMOTE_ADDR=address)


def test_a_sender_at_a_window_edge_gets_the_limit_not_twice_it(settings):
    """The audit's case: 6 comments in 9 s against 3 per window, sent around its edge."""
    settings.COMMENT_RATE_LIMIT, settings.COMMENT_RATE_WINDOW = 3, 2
    request = a_comment_from("203.0.113.7")
    while time.time() % 2 < 1.6:  # just before a fixed window would start again
        time.sleep(0.02)
    before_edge = [ratelimit.comment_allowed(request) for _ in range(3)]
    time.sleep(2 - time.time() % 2 + 0.05)  # just after it
    after_edge = [ratelimit.comment_allowed(request) for _ in range(3)]
    assert before_edge == [True, True, True]
    assert after_edge == [False, False, False]


def test_the_bucket_refills_one_action_per_interval(settings, monkeypatch):
    settings.COMMENT_RATE_LIMIT, settings.COMMENT_RATE_WINDOW = 3, 600
    clock = [1_800_000_000.0]
    monkeypatch.setattr(ratelimit, "now", lambda: clock[0])
    lan, other = a_comment_from("203.0.113.7"), a_comment_from("198.51.100.4")
    assert [ratelimit.comment_allowed(lan) for _ in range(4)] == [True, True, True, False]
    assert ratelimit.comment_allowed(other)  # another sender has a budget of their own
    clock[0] += 199
    assert not ratelimit.comment_allowed(lan)  # refused knocks cost nothing…
    clock[0] += 1
    assert ratelimit.comment_allowed(lan)  # …and one comment comes back every 200 s
    assert not ratelimit.comment_allowed(lan)
    clock[0] += 601
    assert ratelimit.prune() == 2  # both budgets are full again: their rows go
    assert [ratelimit.comment_allowed(lan) for _ in range(4)] == [True, True, True, False]


@pytest.mark.django_db(transaction=True)
def test_senders_racing_from_many_connections_get_exactly_the_limit():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite has a single writer: the upsert is serialized by construction")
    verdicts, start = [], threading.Barrier(12)

    def sender():
        try:
            start.wait()
            for _ in range(5):
                verdicts.append(ratelimit.hit("race", "one-sender", 10, 3600))
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert verdicts.count(True) == 10 and len(verdicts) == 60
    assert RateLimit.objects.count() == 1
