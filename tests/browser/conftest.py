"""Browser tests: Playwright driving Debian's chromium against the live demo site."""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests import cast
from wards.models import Area

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
def demo_fixture(tmp_path_factory, django_db_setup, django_db_blocker):
    """The demo town drawn once, saved as a fixture file; its photos stay on disk."""
    path = tmp_path_factory.mktemp("demo") / "demo.json"
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        call_command(
            "dumpdata",
            exclude=["contenttypes", "auth.permission", "sessions", "captcha"],
            natural_foreign=True,
            natural_primary=True,
            output=str(path),
        )
    return path


@pytest.fixture
def site(demo_fixture, live_server, django_db_blocker):
    """The live demo site's URL; live_server empties the database after each test."""
    with django_db_blocker.unblock():
        call_command("loaddata", str(demo_fixture), verbosity=0)
        cache.clear()
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


# The cast's people (tests/cast.py), at work on the demo's town.


@pytest.fixture
def bac_hong_editor(site):
    """Hằng writes the news of the demo's Bắc Hồng."""
    return cast.hang(Area.objects.get(slug="bac-hong"))


@pytest.fixture
def publisher(site):
    """Minh approves and publishes the demo's Bắc Hồng's news."""
    return cast.minh(Area.objects.get(slug="bac-hong"))


@pytest.fixture
def moderator(site):
    """Hoa moderates readers' comments."""
    return cast.hoa()


@pytest.fixture
def administrator(site):
    """Tâm runs the site."""
    return cast.tam()
