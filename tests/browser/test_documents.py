"""A reader looks for a directive in the demo register, opens it and its file, on a phone
and on a computer; every page of the register passes axe-core."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from documents.models import Document

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WIDTHS = {"phone": {"width": 375, "height": 740}, "desktop": {"width": 1280, "height": 900}}


def register_urls():
    replaced = Document.objects.published().filter(status_in_law="replaced").first()
    with_articles = Document.objects.published().filter(code="04-KH/ĐU").first()
    return [
        "/van-ban/",
        "/van-ban/?q=chi+thi+19",
        "/van-ban/?kind=quyet-dinh&status=in-force",
        replaced.get_absolute_url(),
        with_articles.get_absolute_url(),
    ]


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_register_page_passes_axe_and_does_not_scroll_sideways(site, browser, axe, width):
    context = browser.new_context(viewport=WIDTHS[width], is_mobile=width == "phone")
    page = context.new_page()
    for url in register_urls():
        page.goto(site + url)
        assert axe(page) == [], f"{url} at {width}"
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at {width}"
    context.close()


def test_a_reader_finds_a_directive_by_a_loose_number_and_opens_its_file(site, page):
    page.goto(site + "/van-ban/")
    page.get_by_label("Số, ký hiệu hoặc trích yếu").fill("19/ct-tu")
    page.locator(".search-form button").click()
    link = page.get_by_role("link", name="Chỉ thị số 19-CT/TU")
    expect(link).to_be_visible()
    link.click()
    expect(page.locator("h1")).to_have_text("Chỉ thị số 19-CT/TU")
    expect(page.locator(".legal")).to_have_text("Còn hiệu lực")
    href = page.locator(".files a").first.get_attribute("href")
    response = page.request.get(site + href)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")
    assert "Chi-thi-19-CT-TU.pdf" in response.headers["content-disposition"]


def test_a_cited_document_links_to_the_article_and_back(site, page):
    page.goto(site + Document.objects.get(code="04-KH/ĐU").get_absolute_url())
    cited_by = page.locator("#cited-by-title + ul a").first
    title = cited_by.inner_text()
    cited_by.click()
    expect(page.locator("h1#article-title")).to_have_text(title)
    page.get_by_role("link", name="Kế hoạch số 04-KH/ĐU").first.click()
    expect(page.locator("h1")).to_have_text("Kế hoạch số 04-KH/ĐU")


@pytest.mark.skipif(not os.environ.get("SCREENSHOTS"), reason="run by `make screenshots`")
def test_screenshots_of_the_register(site, browser):
    """README pictures: the register on a phone, a document and Hằng's article form."""
    from news.models import Article
    from tests.cast import person
    from wards.models import Area

    plan = Document.objects.get(code="04-KH/ĐU")
    shots = [
        ("register-375.png", 375, "/van-ban/?q=chi+thi+19"),
        ("document-1280.png", 1280, plan.get_absolute_url()),
    ]
    for name, width, url in shots:
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
        page = context.new_page()
        page.goto(site + url)
        page.wait_for_load_state("networkidle")
        page.screenshot(path=SCREENSHOTS / name, full_page=width == 375)
        context.close()
    person("hang", "Nguyễn Thị Hằng", role="editor", areas=[Area.objects.get(slug="bac-hong")])
    article = Article.objects.get(title__startswith="Đảng ủy phường Bắc Hồng triển khai Kế hoạch")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.goto(site + f"/admin/login/?next=/admin/news/article/{article.pk}/change/")
    page.get_by_label("Tên đăng nhập").fill("hang")
    page.get_by_label("Mật khẩu").fill("mat-khau-dai-2025")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state("networkidle")
    page.locator(".citations").scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "citations-1280.png")
    context.close()
