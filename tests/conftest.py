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


@pytest.fixture
def ward_portal(town):
    """Bắc Hồng's portal (portal/): its identity in Vietnamese and English, the People's
    Committee (English name, no English duties) after the Party committee, and leaders:
    the chairman Chiến (responsible for content), a vice chairwoman with no English
    title, the Party secretary, and a chairman whose term ended."""
    from datetime import date

    from portal.models import Leader, SiteIdentity
    from tests import factories

    party = town.unit
    party.name_en, party.functions_en = "Party Committee of Bac Hong Ward", "Leads the ward."
    party.functions_vi, party.order = "Lãnh đạo toàn diện hệ thống chính trị phường.", 2
    party.save()
    committee = factories.unit(
        town.ward, "UBND phường Bắc Hồng", kind="ubnd", order=1, phone="0239 386 220",
        name_en="People's Committee of Bac Hong Ward",
        functions_vi="Quản lý nhà nước trên địa bàn phường.",
    )  # fmt: skip
    leaders = {
        "chairman": Leader.objects.create(
            name="Nguyễn Văn Chiến", title_vi="Chủ tịch UBND phường",
            title_en="Chairman of the Ward People's Committee", unit=committee,
            phone="0239 386 221", email="chutich@bachong.gov.vn", order=1,
            term_start=date(2021, 7, 1),
        ),
        "vice": Leader.objects.create(
            name="Trần Thị Lụa", title_vi="Phó Chủ tịch UBND phường", unit=committee, order=2
        ),
        "secretary": Leader.objects.create(
            name="Lê Văn Bình", title_vi="Bí thư Đảng ủy phường",
            title_en="Secretary of the Ward Party Committee", unit=party, order=1,
        ),
        "former": Leader.objects.create(
            name="Phạm Văn Cũ", title_vi="Chủ tịch UBND phường", unit=committee, order=0,
            term_start=date(2016, 7, 1), term_end=date(2021, 6, 30),
        ),
    }  # fmt: skip
    identity = SiteIdentity(
        name_vi="Ủy ban nhân dân phường Bắc Hồng",
        name_en="People's Committee of Bac Hong Ward",
        area=town.ward,
        address_vi="Số 02 đường Trần Phú, phường Bắc Hồng",
        address_en="2 Tran Phu Street, Bac Hong Ward",
        phone="0239 386 220",
        email="ubnd@bachong.gov.vn",
        responsible=leaders["chairman"],
        licence_vi="Quyết định số 215/QĐ-UBND ngày 15/8/2025",
        introduction_vi="Phường Bắc Hồng là trung tâm hành chính của khu vực Sông Hồng.",
        introduction_en="Bac Hong Ward is the administrative centre of the Song Hong area.",
        history_vi="Phường được thành lập năm 1994.",
        area_km2="11.60",
        population=19200,
        map_url="https://www.openstreetmap.org/",
    )
    identity.save()
    return identity, committee, leaders


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language: a request that switched to English (the
    language switch) leaves it active in its thread, and a later test calling code outside
    a request would otherwise read English."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()
