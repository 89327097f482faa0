"""WCAG 2.1 AA with axe-core on the public pages, on a desktop and on a phone."""

import pytest

from tests.browser.pages import public_urls

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1280, 375])
def test_no_serious_or_critical_violations(site, browser, axe, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems = {}
    for url in public_urls():
        page.goto(site + url)
        violations = axe(page)
        if violations:
            problems[url] = violations
    context.close()
    assert problems == {}
