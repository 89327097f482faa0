"""The one cast of every test: one town, and the people who use its site.

The town: Phường Bắc Hồng (with Tổ dân phố 3) and Phường Nam Hồng, in Thị xã Sông Hồng;
their Party committees; the sections "Công tác Đảng" (with "Xây dựng Đảng") and "Dân vận
khéo"; published news of both wards; a draft; two sidebar blocks.

The people (fixtures in tests/conftest.py), each with a stated role:
- a reader: anyone with a browser (pytest-django's `client`);
- Hằng, the editor of Bắc Hồng; Quân, the editor of Nam Hồng;
- Minh, the publisher (Ban biên tập) of Bắc Hồng;
- Hoa, who moderates comments;
- Tâm, the administrator.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.cache import cache, caches
from django.db import connection
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.test.utils import CaptureQueriesContext

from core import pagecache
from news.models import Article, SidebarBlock, SidebarLink
from newsroom.models import Scope
from newsroom.roles import ROLES
from stats import counters
from tests import factories


@dataclass
class Town:
    town: object
    ward: object  # Phường Bắc Hồng
    group: object  # Tổ dân phố 3, in Bắc Hồng
    other_ward: object  # Phường Nam Hồng
    unit: object  # Đảng ủy phường Bắc Hồng
    other_unit: object  # Đảng ủy phường Nam Hồng
    section: object  # Công tác Đảng
    subsection: object  # Xây dựng Đảng
    mobilization: object  # Dân vận khéo
    articles: list = field(default_factory=list)  # Bắc Hồng's, newest first
    other_article: object = None  # Nam Hồng's
    draft: object = None

    @property
    def article(self):
        """Bắc Hồng's newest article: a cover, photos, both areas, its unit."""
        return self.articles[0]


@contextmanager
def one_page_change():
    """Rows written in the block start one page-cache generation at its end, not one each
    (core.pagecache): what a test then sees is the same, for a fraction of the writes."""
    signals = ((post_save, "pagecache-save"), (post_delete, "pagecache-delete"),
               (m2m_changed, "pagecache-m2m"))  # fmt: skip
    for signal, uid in signals:
        signal.disconnect(dispatch_uid=uid)
    try:
        yield
    finally:
        pagecache.connect()
        pagecache.changed()


def build_town(articles=3, photos=1, news=True):
    """The town with `articles` Bắc Hồng articles (the first with `photos` photos); with
    `news` off, its places, units, sections and sidebar only, for a test's own stories."""
    with one_page_change():
        return _build_town(articles, photos, news)


def _build_town(articles, photos, news):
    town = factories.area("Thị xã Sông Hồng", kind="thi-xa")
    bac_hong = factories.area("Phường Bắc Hồng", parent=town)
    group = factories.area("Tổ dân phố 3", kind="to-dan-pho", parent=bac_hong)
    nam_hong = factories.area("Phường Nam Hồng", parent=town)
    party = factories.section("Công tác Đảng")
    place = Town(
        town=town,
        ward=bac_hong,
        group=group,
        other_ward=nam_hong,
        unit=factories.unit(bac_hong),
        other_unit=factories.unit(nam_hong, "Đảng ủy phường Nam Hồng"),
        section=party,
        subsection=factories.section("Xây dựng Đảng", parent=party),
        mobilization=factories.section("Dân vận khéo"),
    )
    for i in range(articles if news else 0):
        article = factories.article(
            place.subsection if i % 2 else party,
            f"Đảng ủy phường Bắc Hồng tổ chức Hội nghị lần {i}",
            ago=timedelta(hours=i + 1),
            featured=i < 3,
            cover=factories.image_file() if i < 2 else "",
            cover_caption="Quang cảnh Hội nghị",
        )
        article.areas.set([bac_hong, group])
        article.units.set([place.unit])
        for order in range(photos if i == 0 else 0):
            factories.photo(article, f"Ảnh {order}", order)
        place.articles.append(article)
    add_sidebar()
    if not news:
        return place
    factories.article(place.mobilization, "Mô hình dân vận khéo làm đường giao thông")
    place.other_article = factories.article(
        party, "Đảng ủy phường Nam Hồng triển khai nghị quyết", ago=timedelta(days=1)
    )
    place.other_article.areas.set([nam_hong])
    place.draft = factories.article(party, "Bản nháp chưa duyệt", status=Article.Status.DRAFT)
    place.draft.areas.set([bac_hong])
    return place


def add_sidebar():
    for title in ("Liên kết website", "Thủ tục hành chính"):
        block = SidebarBlock.objects.create(title=title)
        for n in range(3):
            SidebarLink.objects.create(
                block=block, title=f"Liên kết {n}", url="https://chinhphu.vn"
            )


# Lan, a reader of Bắc Hồng: what she writes in the comment form under an article.
LAN = {
    "name": "Nguyễn Thị Lan",
    "email": "lan.nguyen@gmail.com",
    "content": "Tôi đồng tình với chủ trương làm đường.\nMong phường sớm triển khai.",
}

PASSWORD = "mat-khau-dai-2025"  # every person's, for tests that sign in by the form


def person(username, name, *, role, areas=(), units=()):
    """A staff member with `role` (editor, publisher, moderator, admin) and their scope."""
    family, given = name.rsplit(" ", 1)
    user = User.objects.create_user(
        username,
        f"{username}@bachong.gov.vn",
        PASSWORD,
        first_name=given,
        last_name=family,
        is_staff=True,
    )
    user.groups.add(Group.objects.get(name=ROLES[role].group))
    if areas or units:
        scope = Scope.objects.create(user=user)
        scope.areas.set(areas)
        scope.units.set(units)
    return user


def hang(ward):
    """Hằng writes the news of `ward`: Bắc Hồng, the cast's or the demo's."""
    return person("hang", "Nguyễn Thị Hằng", role="editor", areas=[ward])


def quan(ward):
    """Quân writes the news of `ward`: Nam Hồng."""
    return person("quan", "Trần Văn Quân", role="editor", areas=[ward])


def minh(ward):
    """Minh approves and publishes the news of `ward` (the Ban biên tập of Bắc Hồng)."""
    return person("minh", "Lê Văn Minh", role="publisher", areas=[ward])


def hoa():
    """Hoa moderates readers' comments, and nothing else."""
    return person("hoa", "Phạm Thị Hoa", role="moderator")


def tam():
    """Tâm runs the site."""
    return person("tam", "Đỗ Minh Tâm", role="admin")


def logged_in(client, user):
    """`client` as `user`, already past the login page."""
    client.force_login(user)
    return client


def captured_queries():
    """The SQL of a block, the one way tests count queries: `with captured_queries() as
    queries:`, then `len(queries)`, or each statement's text in `queries.captured_queries`."""
    return CaptureQueriesContext(connection)


def count_queries(client, url, data=None, **extra):
    """The number of SQL queries of one GET of `url`, which must answer 200."""
    with captured_queries() as queries:
        response = client.get(url, data, **extra)
    assert response.status_code == 200, url
    return len(queries)


def public_pages(town):
    """Every public page of the town with its own template, by name."""
    article = town.article
    return {
        "home": "/",
        "section": town.section.get_absolute_url(),
        "area": town.ward.get_absolute_url(),
        "unit": town.unit.get_absolute_url(),
        "article": article.get_absolute_url(),
        "print": article.get_print_url(),
    }


def forget_cached(warm=True):
    """A first view again: the cache, and in Redis everything under this run's prefix
    (the counters' mirror too), so query counts never depend on the test before. The page
    cache keeps a generation, as after any save: the next page is a plain cache miss."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    counters.forget()
    if settings.REDIS_URL:
        client = cache._cache.get_client(write=True)
        for key in client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*"):
            client.delete(key)
    if warm:
        pagecache.changed()
