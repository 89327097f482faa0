"""Redis going away makes pages degrade, not fail; they come back with it."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from core.breaker import redis_breaker
from tests.cast import public_pages

pytestmark = pytest.mark.django_db

# A Redis nobody listens on: every command meets "connection refused".
GONE = {
    "default": {
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@override_settings(CACHES=GONE, COUNTERS_BACKEND="database")
def test_public_pages_render_while_redis_is_away(client, town, caplog):
    urls = public_pages(town)
    redis_breaker(GONE["default"]["LOCATION"]).reset()  # another test may have opened it
    caches["default"].get("warm-up")  # the wrapper logs and answers a miss
    for url in [*urls.values(), "/tim-kiem/?q=dang+uy", "/rss/"]:
        response = client.get(url, HTTP_USER_AGENT="Mozilla/5.0 Chrome/130")
        assert response.status_code == 200, url
    assert "Redis unavailable" in caplog.text
