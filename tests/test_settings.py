"""Configuration comes from the environment; production settings are safe."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "tinphuong.example.gov.vn",
    "DATABASE_URL": "sqlite:////tmp/tinphuong-settings-test.sqlite3",
}


def manage(*args, **env):
    # The test run's own variables (settings module, the browser tests' async switch) stay out.
    ignored = ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "REDIS_URL")
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION, "SECRET_KEY": ""}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_deploy_check_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("value", "ok"), [("1", True), ("true", True), ("0", True), ("maybe", False)]
)
def test_debug_accepts_usual_spellings(value, ok):
    result = manage("check", **{**PRODUCTION, "DEBUG": value})
    assert (result.returncode == 0) is ok
    if not ok:
        assert "DEBUG must be 1/0/true/false" in result.stderr


def test_postgres_urls_use_the_connection_pool():
    code = (
        "from django.conf import settings as s; d = s.DATABASES['default'];"
        "print(d['ENGINE'], d['NAME'], 'pool' in d['OPTIONS'], d['CONN_MAX_AGE'])"
    )
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        DATABASE_URL="postgres://u:p@db.example:5432/tinphuong",
        DEBUG="1",
    )
    assert result.stdout.split() == ["django.db.backends.postgresql", "tinphuong", "True", "0"]


def test_redis_url_switches_cache_and_sessions():
    code = (
        "from django.conf import settings as s;"
        "print(s.CACHES['default']['BACKEND'], s.SESSION_ENGINE)"
    )
    result = manage(
        "shell", "--no-imports", "-c", code, REDIS_URL="redis://127.0.0.1:6379/9", DEBUG="1"
    )
    assert result.stdout.split() == [
        "core.cache.ResilientRedisCache",
        "django.contrib.sessions.backends.cached_db",
    ]


def test_public_pages_allow_no_inline_styles_the_admin_does(client, admin_client, db):
    public = client.get("/")["Content-Security-Policy"]
    assert "style-src 'self'" in public and "unsafe-inline" not in public
    assert "script-src 'self'" in public
    assert "'unsafe-inline'" in admin_client.get("/admin/")["Content-Security-Policy"]
