import pytest
from django.core.cache import cache


def pytest_collection_modifyitems(config, items):
    """Browser tests are slow tests too: `make test` leaves both to `make test-all`."""
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached menus and sidebars never leak from one test into another."""
    cache.clear()
    yield
    cache.clear()
