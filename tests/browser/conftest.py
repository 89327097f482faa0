"""Browser tests: Playwright driving Debian's chromium against the live demo site."""

import os
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HAS_CHROMIUM = Path(CHROMIUM).exists()
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# Playwright runs an event loop in this thread; Django's ORM must still be usable here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if HAS_CHROMIUM:
        return
    skip = pytest.mark.skip(reason="Debian chromium is not installed (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def pytest_report_header(config):
    if not HAS_CHROMIUM:
        return "browser tests: SKIPPED, Debian chromium is not installed (apt-get install chromium)"
    return f"browser tests: {CHROMIUM}"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The demo town, loaded once for every browser test, with a moderator."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        moderator = User.objects.create_user("kiemduyet", password="kiem-duyet-2025", is_staff=True)
        group = Group.objects.filter(name="Kiểm duyệt bình luận").first()
        if group:
            moderator.groups.add(group)


@pytest.fixture
def site(demo, live_server, django_db_blocker):
    """The live server's URL; the database stays open to the test for checks."""
    with django_db_blocker.unblock():
        yield live_server.url


@pytest.fixture
def axe():
    """Run axe-core on the page; return serious and critical violations."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm install` (see package.json)")
    source = AXE.read_text()

    def run(page):
        page.evaluate(source)
        result = page.evaluate(
            "() => axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            " 'best-practice']})"
        )
        return [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run
