"""Vietnamese whatever the browser asks; English only through the visible switch."""

import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from tests import factories

pytestmark = pytest.mark.django_db


def test_an_english_browser_still_gets_vietnamese(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    body = response.content.decode()
    assert '<html lang="vi">' in body
    assert "Tin mới nhất" in body and "Trang chủ" in body
    assert response["Content-Language"] == "vi"


def test_the_switch_gives_english_and_back(client):
    response = client.post("/ngon-ngu/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    body = client.get("/").content.decode()
    assert '<html lang="en">' in body and "Latest news" in body
    client.post("/ngon-ngu/", {"language": "vi", "next": "/"})
    assert '<html lang="vi">' in client.get("/").content.decode()


def test_an_unknown_language_cookie_falls_back_to_vietnamese(client):
    client.cookies["django_language"] = "fr"
    assert '<html lang="vi">' in client.get("/").content.decode()


def test_numbers_are_grouped_the_vietnamese_way():
    with translation.override("vi"):
        assert Template("{{ n }}").render(Context({"n": 2764424})) == "2.764.424"


def test_dates_read_like_a_ward_site():
    moment = datetime(2020, 10, 23, 16, 21, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    with translation.override("vi"):
        rendered = Template('{{ t|date:"l, d/m/Y" }} | {{ t|date:"H:i" }}').render(
            Context({"t": moment})
        )
    assert rendered == "Thứ 6, 23/10/2020 | 16:21"


def test_article_meta_line(client, quiet_town):
    article = factories.article(quiet_town.section, author="Phượng Bích", source="UBND P. An Lạc A")
    body = client.get(article.get_absolute_url()).content.decode()
    assert "Ngày đăng" in body and "Lượt xem" in body
    assert "Tác giả: Phượng Bích" in body and "Nguồn: UBND P. An Lạc A" in body
    assert "Bản in" in body and "Quay lại" in body


ROOT = Path(__file__).resolve().parent.parent
CATALOGS = sorted(ROOT.glob("locale/vi/LC_MESSAGES/django.po")) + sorted(
    ROOT.glob("*/locale/vi/LC_MESSAGES/django.po")
)


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext is not installed")
@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: str(p.relative_to(ROOT).parts[0]))
def test_every_catalog_is_translated_and_compiled(po):
    untranslated = subprocess.run(
        ["msgattrib", "--untranslated", "--no-obsolete", str(po)], capture_output=True, text=True
    ).stdout
    assert untranslated.strip() == "", untranslated
    compiled = subprocess.run(["msgfmt", "-o", "-", str(po)], capture_output=True).stdout
    assert compiled == po.with_suffix(".mo").read_bytes(), f"run `make messages` for {po}"
