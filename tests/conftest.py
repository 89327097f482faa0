import pytest
from captcha.conf import settings as captcha_settings

from tests.cast import build_town, forget_cached, person


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
    return person("hang", "Nguyễn Thị Hằng", role="editor", areas=[town.ward])


@pytest.fixture
def nam_hong_editor(town):
    """Quân writes the news of Nam Hồng."""
    return person("quan", "Trần Văn Quân", role="editor", areas=[town.other_ward])


@pytest.fixture
def publisher(town):
    """Minh approves and publishes Bắc Hồng's news (the Ban biên tập)."""
    return person("minh", "Lê Văn Minh", role="publisher", areas=[town.ward])


@pytest.fixture
def moderator(db):
    """Hoa moderates readers' comments, and nothing else."""
    return person("hoa", "Phạm Thị Hoa", role="moderator")


@pytest.fixture
def administrator(db):
    """Tâm runs the site."""
    return person("tam", "Đỗ Minh Tâm", role="admin")


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language: a request that switched to English (the
    language switch) leaves it active in its thread, and a later test calling code outside
    a request would otherwise read English."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()
