import pytest
from captcha.conf import settings as captcha_settings

from tests import cast
from tests.cast import build_town, forget_cached


def pytest_collection_modifyitems(config, items):
    """Browser tests are slow tests too: `make test` leaves both to `make test-all`."""
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached menus, sidebars and counters never leak from one test into another."""
    forget_cached(warm=False)
    yield
    forget_cached(warm=False)


@pytest.fixture
def real_captcha(monkeypatch):
    """Check captcha answers against the database, as in production.

    Test settings turn CAPTCHA_TEST_MODE on (any "PASSED" is accepted, even for a used
    key); tests of wrong, right and replayed answers ask for this fixture.
    """
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", False)


@pytest.fixture
def town(db):
    """Bắc Hồng and Nam Hồng, their units, sections and news (tests/cast.py)."""
    return build_town()


@pytest.fixture
def bac_hong_editor(town):
    """Hằng writes the news of Bắc Hồng."""
    return cast.hang(town.ward)


@pytest.fixture
def nam_hong_editor(town):
    """Quân writes the news of Nam Hồng."""
    return cast.quan(town.other_ward)


@pytest.fixture
def publisher(town):
    """Minh approves and publishes Bắc Hồng's news (the Ban biên tập)."""
    return cast.minh(town.ward)


@pytest.fixture
def moderator(db):
    """Hoa moderates readers' comments, and nothing else."""
    return cast.hoa()


@pytest.fixture
def administrator(db):
    """Tâm runs the site."""
    return cast.tam()


@pytest.fixture
def quiet_town(db):
    """The same town before any news: its places, units, sections and sidebar, for a
    module whose stories bring their own articles (search, feeds)."""
    return build_town(news=False)


@pytest.fixture
def admin_user(administrator):
    """pytest-django's `admin_client` signs in as Tâm, the cast's administrator."""
    return administrator


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language: a request that switched to English (the
    language switch) leaves it active in its thread, and a later test calling code outside
    a request would otherwise read English."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()
