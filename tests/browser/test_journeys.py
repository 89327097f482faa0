"""A reader on the demo site, in a real browser."""

import pytest
from playwright.sync_api import expect

from tests.browser.pages import public_urls

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}


def test_home_article_print_and_back(site, page):
    page.goto(site + "/")
    featured = page.locator(".lead-story h3 a")
    title = featured.inner_text()
    featured.click()
    expect(page.locator("h1#article-title")).to_have_text(title)
    expect(page.locator(".article > .meta")).to_contain_text("Lượt xem")
    page.get_by_role("link", name="Bản in").click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".print-header")).to_contain_text("/tin/")
    page.go_back()
    expect(page.locator("h1#article-title")).to_have_text(title)
    page.get_by_role("link", name="Quay lại").click()  # back where the reader came from
    expect(page).to_have_url(site + "/")


def test_switch_to_english_and_back(site, page):
    page.goto(site + "/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Latest news")).to_be_visible()
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.get_by_role("heading", name="Tin mới nhất")).to_be_visible()


def test_no_sideways_scroll_on_a_phone(site, browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    for url in public_urls():
        page.goto(site + url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px"
    context.close()


def test_phone_menu_opens_with_touch_and_keyboard(site, browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site + "/")
    toggle = page.get_by_role("button", name="Danh mục")
    menu = page.locator("#menu-list")
    expect(menu).to_be_hidden()
    toggle.tap()
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.tap()
    expect(menu).to_be_hidden()
    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    page.keyboard.press("Tab")
    expect(menu.get_by_role("link").first).to_be_focused()
    context.close()


def test_skip_link_and_visible_focus(site, page):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_every_image_has_a_text_alternative(site, page):
    for url in public_urls():
        page.goto(site + url)
        missing = page.eval_on_selector_all("img:not([alt])", "els => els.map(e => e.src)")
        assert missing == [], url


def test_search_typed_without_diacritics_and_open_a_hit(site, page):
    page.set_viewport_size(PHONE)
    page.goto(site + "/")
    page.get_by_role("searchbox", name="Tìm kiếm tin tức").fill("dan van kheo")
    page.get_by_role("button", name="Tìm kiếm").click()
    expect(page.locator("main")).to_contain_text("kết quả cho «dan van kheo»")
    hit = page.locator("main h2 a, main h3 a").first
    title = hit.inner_text()
    assert "dân vận khéo" in title.lower() or page.locator("main mark").count() > 0
    hit.click()
    expect(page.locator("h1#article-title")).to_have_text(title)
