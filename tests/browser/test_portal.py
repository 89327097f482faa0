"""Who we are and how to reach us, in a real browser: every new page passes axe-core at a
phone's and a desktop's width, in Vietnamese and English; a reader reads the organization
chart in English and writes to the ward through the contact form."""

import pytest
from captcha.models import CaptchaStore
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Article
from portal.models import ContactMessage

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}


def portal_urls():
    newest = timezone.localtime(Article.objects.published().latest("published_at").published_at)
    return [
        "/gioi-thieu/",
        "/co-cau-to-chuc/",
        "/lien-he/",
        "/dia-ban/",
        "/so-do-trang/",
        "/tin-theo-ngay/",
        f"/tin-theo-ngay/{newest:%Y/%m/%d}/",
    ]


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_portal_pages_have_no_serious_or_critical_violations(site, browser, axe, width, language):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    if language == "en":
        page.goto(site + "/")
        page.get_by_role("button", name="English").click()
    problems = {}
    for url in portal_urls():
        page.goto(site + url)
        expect(page.locator("html")).to_have_attribute("lang", language)
        violations = axe(page)
        if violations:
            problems[url] = violations
    context.close()
    assert problems == {}


def test_portal_pages_do_not_scroll_sideways_on_a_phone(site, browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    for url in portal_urls():
        page.goto(site + url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url
    context.close()


def test_a_reader_reads_the_organization_chart_in_english(site, page):
    page.goto(site + "/")
    page.locator(".main-nav").get_by_role("link", name="Giới thiệu", exact=True).click()
    page.locator("main").get_by_role("link", name="Cơ cấu tổ chức", exact=True).click()
    expect(page.get_by_role("heading", name="UBND phường Bắc Hồng Lĩnh")).to_be_visible()
    page.get_by_role("button", name="English").click()
    expect(page.locator("h1")).to_have_text("Organization")
    expect(
        page.get_by_role("heading", name="People's Committee of Bac Hong Linh Ward").first
    ).to_be_visible()
    chairman = page.locator(".leader-title", has_text="Chairman of the Ward People's Committee")
    expect(chairman.first).to_be_visible()
    # A title with no English yet reads in Vietnamese, marked so for screen readers.
    untranslated = page.locator(".leader-title", has_text="Phó Chủ tịch UBND phường")
    expect(untranslated).to_have_attribute("lang", "vi")
    expect(page.locator(".site-footer")).to_contain_text("Responsible for content")


def test_a_reader_writes_to_the_ward_wrong_code_first(site, page, real_captcha):
    page.goto(site + "/lien-he/")
    form = page.locator("#contact-form")
    form.get_by_label("Họ và tên").fill("Trần Văn Nam")
    expect(form.locator("img.captcha-image")).to_be_visible()  # fetched when writing starts
    form.get_by_label("Email").fill("nam@gmail.com")
    form.get_by_label("Tiêu đề").fill("Hỏi về giấy phép xây dựng")
    form.get_by_label("Nội dung").fill("Xin hỏi hồ sơ xin phép xây dựng gồm những giấy tờ gì?")
    form.get_by_label("Mã xác thực").fill("SAI")
    form.get_by_role("button", name="Gửi ý kiến").last.click()
    expect(page.get_by_text("Mã xác thực không đúng.")).to_be_visible()
    expect(form.get_by_label("Nội dung")).to_have_value(
        "Xin hỏi hồ sơ xin phép xây dựng gồm những giấy tờ gì?"
    )
    expect(form.locator("img.captcha-image")).to_be_visible()
    key = form.locator('input[name="captcha_0"]').input_value()
    form.get_by_label("Mã xác thực").fill(CaptchaStore.objects.get(hashkey=key).response)
    form.get_by_role("button", name="Gửi ý kiến").last.click()
    expect(page.get_by_text("Cảm ơn bạn. Ý kiến của bạn đã được gửi đến cơ quan.")).to_be_visible()
    assert ContactMessage.objects.get().subject == "Hỏi về giấy phép xây dựng"


def test_a_reader_finds_a_day_with_the_date_picker(site, page):
    newest = timezone.localtime(Article.objects.published().latest("published_at").published_at)
    page.goto(site + "/so-do-trang/")
    page.locator("main").get_by_role("link", name="Tin đã đưa theo ngày").click()
    page.get_by_label("Ngày").fill(f"{newest:%Y-%m-%d}")
    page.get_by_role("button", name="Xem tin ngày này").click()
    expect(page).to_have_url(f"{site}/tin-theo-ngay/{newest:%Y/%m/%d}/")
    expect(page.locator(".cards .card").first).to_be_visible()
