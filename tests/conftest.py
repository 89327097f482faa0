import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached menus and sidebars never leak from one test into another."""
    cache.clear()
    yield
    cache.clear()
