"""`make screenshots`: pictures of the demo site for the README (docs/screenshots/)."""

import os
from pathlib import Path

import pytest

from news.models import Article
from tests.cast import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.environ.get("SCREENSHOTS"), reason="run by `make screenshots`"),
]

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PAGES = {"home": "/", "article": None, "search": "/tim-kiem/?q=dan+van+kheo"}


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name", list(PAGES))
def test_screenshot(site, browser, name, width):
    url = PAGES[name] or Article.objects.published().exclude(cover="").first().get_absolute_url()
    context = browser.new_context(
        viewport={"width": width, "height": 900}, device_scale_factor=1, locale="vi-VN"
    )
    page = context.new_page()
    page.goto(site + url)
    page.wait_for_load_state("networkidle")
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=OUT / f"{name}-{width}.png", full_page=width == 375)
    context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshot_of_the_desk(site, browser, bac_hong_editor, publisher, width):
    """Minh's desk, the publisher of Bắc Hồng, with an article waiting and one returned."""
    from news.models import Article
    from wards.models import Area

    ward = Area.objects.get(slug="bac-hong")
    hang, minh = bac_hong_editor, publisher
    for title in ("Hội nghị sơ kết công tác dân vận quý I", "Phường ra quân làm sạch kênh Bắc"):
        article = Article.objects.create(
            title=title, section=Article.objects.first().section, created_by=hang
        )
        article.areas.set([ward])
        article.submit(hang)
    article.return_to_editor(minh, "Bổ sung ảnh và tên người phát biểu.")
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.goto(site + "/admin/login/?next=/admin/")
    page.get_by_label("Tên đăng nhập").fill("minh")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=OUT / f"desk-{width}.png", full_page=width == 375)
    context.close()


def test_screenshot_of_a_word_import(site, browser, bac_hong_editor, tmp_path):
    """Hằng's Word import: the page with a report chosen, then the draft it became."""
    from tests import factories

    report = factories.word_report(tmp_path / "bao-cao-hoi-nghi-dan-van.docx")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.goto(site + "/admin/login/?next=/admin/news/article/nhap-tu-word/")
    page.get_by_label("Tên đăng nhập").fill("hang")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.locator("#id_files").set_input_files(report)
    page.screenshot(path=OUT / "import-1280.png")
    page.get_by_role("button", name="Nhập thành bản nháp").click()
    page.wait_for_load_state("networkidle")
    page.locator(".ck-editor__editable figure").first.scroll_into_view_if_needed()
    page.screenshot(path=OUT / "import-draft-1280.png")
    context.close()
