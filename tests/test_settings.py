"""Configuration comes from the environment; production settings are safe.

The settings are read in-process under an environment of the test's choosing
(tests/configuration.py), as a new process reads them: no `manage.py` per value.
"""

import pytest
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from tests.configuration import settings_from

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "tinphuong.example.gov.vn",
    "DATABASE_URL": "sqlite:////tmp/tinphuong-settings-test.sqlite3",
}


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        settings_from(monkeypatch, **{**PRODUCTION, "SECRET_KEY": ""})


def test_deploy_check_is_clean_with_production_settings(monkeypatch):
    """`manage.py check --deploy --fail-level WARNING`, in-process: every check Django and
    the apps register, under the production settings (the test database and caches kept)."""
    monkeypatch.delenv("DJANGO_ALLOW_ASYNC_UNSAFE", raising=False)  # the browser tests' own
    loaded = settings_from(monkeypatch, **PRODUCTION)
    production = {name: value for name, value in loaded.items() if name.isupper()}
    for kept in ("DATABASES", "CACHES", "INSTALLED_APPS", "LOGGING"):
        del production[kept]
    with override_settings(**production):
        found = checks.run_checks(include_deployment_checks=True)
    assert [m for m in found if m.level >= checks.WARNING] == []
    with override_settings(**production | {"SESSION_COOKIE_SECURE": False}):  # it can fail
        assert "security.W012" in {m.id for m in checks.run_checks(include_deployment_checks=True)}


@pytest.mark.parametrize(
    ("value", "debug"), [("1", True), ("true", True), ("0", False), ("maybe", None)]
)
def test_debug_accepts_usual_spellings(monkeypatch, value, debug):
    if debug is None:
        with pytest.raises(ImproperlyConfigured, match="DEBUG must be 1/0/true/false"):
            settings_from(monkeypatch, **{**PRODUCTION, "DEBUG": value})
    else:
        assert settings_from(monkeypatch, **{**PRODUCTION, "DEBUG": value})["DEBUG"] is debug


def test_postgres_connections_are_kept_by_each_worker_and_checked(monkeypatch):
    loaded = settings_from(
        monkeypatch, DATABASE_URL="postgres://u:p@db.example:5432/tinphuong", DEBUG="1"
    )
    database = loaded["DATABASES"]["default"]
    assert database["ENGINE"] == "core.postgresql"  # Django's, with a cheaper check
    assert database["NAME"] == "tinphuong"
    assert "pool" not in database["OPTIONS"]
    assert database["CONN_MAX_AGE"] is None and database["CONN_HEALTH_CHECKS"]


def test_postgres_options_of_the_url_are_kept_beside_the_statement_timeout(monkeypatch):
    url = "postgres://u:p@db.example:5432/tinphuong?sslmode=require"
    loaded = settings_from(monkeypatch, DATABASE_URL=url, DB_STATEMENT_TIMEOUT="20000", DEBUG="1")
    options = loaded["DATABASES"]["default"]["OPTIONS"]
    assert options == {"sslmode": "require", "options": "-c statement_timeout=20000"}


def test_sqlite_connections_are_kept_by_each_worker(monkeypatch):
    database = settings_from(monkeypatch, DEBUG="1")["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["CONN_MAX_AGE"] is None  # opening one runs the pragmas, closing checkpoints


def test_redis_url_switches_cache_and_sessions(monkeypatch):
    loaded = settings_from(monkeypatch, REDIS_URL="redis://127.0.0.1:6379/9", DEBUG="1")
    assert loaded["CACHES"]["default"]["BACKEND"] == "core.cache.ResilientRedisCache"
    assert loaded["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_public_pages_allow_no_inline_styles_the_admin_does(client, admin_client, db):
    public = client.get("/")["Content-Security-Policy"]
    assert "style-src 'self'" in public and "unsafe-inline" not in public
    assert "script-src 'self'" in public
    assert "'unsafe-inline'" in admin_client.get("/admin/")["Content-Security-Policy"]
