"""Configuration comes from the environment; production settings are safe.

The settings are read in-process under an environment of the test's choosing
(tests/configuration.py); only the deploy check starts a `manage.py` of its own.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.configuration import settings_from

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "tinphuong.example.gov.vn",
    "DATABASE_URL": "sqlite:////tmp/tinphuong-settings-test.sqlite3",
}
# The test run's own variables (settings module, the browser tests' async switch) stay out.
IGNORED = ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "REDIS_URL")


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        settings_from(monkeypatch, **{**PRODUCTION, "SECRET_KEY": ""})


def test_deploy_check_is_clean_with_production_settings():
    env = {k: v for k, v in os.environ.items() if k not in IGNORED} | PRODUCTION
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("value", "debug"), [("1", True), ("true", True), ("0", False), ("maybe", None)]
)
def test_debug_accepts_usual_spellings(monkeypatch, value, debug):
    if debug is None:
        with pytest.raises(ImproperlyConfigured, match="DEBUG must be 1/0/true/false"):
            settings_from(monkeypatch, **{**PRODUCTION, "DEBUG": value})
    else:
        assert settings_from(monkeypatch, **{**PRODUCTION, "DEBUG": value})["DEBUG"] is debug


def test_postgres_urls_use_the_connection_pool(monkeypatch):
    loaded = settings_from(
        monkeypatch, DATABASE_URL="postgres://u:p@db.example:5432/tinphuong", DEBUG="1"
    )
    database = loaded["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["NAME"] == "tinphuong"
    assert "pool" in database["OPTIONS"]
    assert database["CONN_MAX_AGE"] == 0


def test_redis_url_switches_cache_and_sessions(monkeypatch):
    loaded = settings_from(monkeypatch, REDIS_URL="redis://127.0.0.1:6379/9", DEBUG="1")
    assert loaded["CACHES"]["default"]["BACKEND"] == "core.cache.ResilientRedisCache"
    assert loaded["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_public_pages_allow_no_inline_styles_the_admin_does(client, admin_client, db):
    public = client.get("/")["Content-Security-Policy"]
    assert "style-src 'self'" in public and "unsafe-inline" not in public
    assert "script-src 'self'" in public
    assert "'unsafe-inline'" in admin_client.get("/admin/")["Content-Security-Policy"]
