"""The "Dân vận khéo" pages in a browser: axe-core at a phone's and a desktop's width, no
sideways scroll on a phone, and the README's screenshot (SCREENSHOTS=1)."""

import os
from pathlib import Path

import pytest

from mobilization.models import Initiative

pytestmark = pytest.mark.browser

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def mobilization_urls():
    item = Initiative.objects.exclude(results=None).exclude(articles=None).first()
    return [
        "/dan-van-kheo/mo-hinh/",
        "/dan-van-kheo/mo-hinh/?q=hien+dat&linh_vuc=ket-cau-ha-tang-chinh-trang-do-thi",
        item.get_absolute_url(),
        "/dan-van-kheo/thong-ke/",
        "/dan-van-kheo/thong-ke/?khu_vuc=bac-hong-linh",
        item.articles.first().get_absolute_url(),  # its "Mô hình liên quan"
    ]


@pytest.mark.parametrize("width", [1280, 375])
def test_no_serious_or_critical_violations(site, browser, axe, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems, overflow = {}, {}
    for url in mobilization_urls():
        page.goto(site + url)
        if violations := axe(page):
            problems[url] = violations
        sideways = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if sideways > 0:
            overflow[url] = sideways
    context.close()
    assert problems == {}
    assert overflow == {}


def test_the_sentence_is_ready_to_copy(site, page):
    page.goto(site + "/dan-van-kheo/thong-ke/?khu_vuc=bac-hong-linh")
    sentence = page.get_by_label("Sao chép câu này vào báo cáo").input_value()
    assert sentence.startswith("Toàn phường có 8 mô hình “Dân vận khéo”, trong đó")
    page.get_by_role("link", name="Tất cả mô hình").click()
    page.get_by_label("Tìm mô hình").fill("hien dat")
    page.get_by_role("button", name="Tìm kiếm", exact=True).last.click()
    assert page.get_by_role("link", name="Hiến đất mở rộng đường ngõ Tân Hòa").is_visible()


@pytest.mark.skipif(not os.environ.get("SCREENSHOTS"), reason="run by `make screenshots`")
@pytest.mark.parametrize("width", [1280, 375])
def test_screenshot_of_the_statistics(site, browser, width):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, device_scale_factor=1, locale="vi-VN"
    )
    page = context.new_page()
    page.goto(site + "/dan-van-kheo/thong-ke/")
    page.wait_for_load_state("networkidle")
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=OUT / f"dan-van-kheo-{width}.png", full_page=width == 375)
    context.close()
