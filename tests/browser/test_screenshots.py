"""`make screenshots`: pictures of the demo site for the README (docs/screenshots/)."""

import os
from pathlib import Path

import pytest

from news.models import Article

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
