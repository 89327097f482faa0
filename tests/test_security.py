"""What an outside audit found: lockouts, trusted headers, defaults, cookies, methods."""

import io
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import Client

from tests.cast import PASSWORD
from tests.configuration import settings_from

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-audit-0123456789",
    "ALLOWED_HOSTS": "phuongbachong.gov.vn",
}


# 1. django-axes sees the reader behind our proxy, and locks one account at one address.


def sign_in(client, address, password):
    """Hằng signs in on the admin's form, through nginx (one proxy), from `address`."""
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "hang", "password": password, "next": "/admin/"},
        HTTP_X_FORWARDED_FOR=address,
        REMOTE_ADDR="127.0.0.1",
    )


def test_a_stranger_guessing_passwords_does_not_lock_the_editor_out(settings, bac_hong_editor):
    settings.AXES_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 1
    stranger, editor = Client(), Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(stranger, "203.0.113.9", "doan-bua").status_code == 200
    assert sign_in(stranger, "203.0.113.9", "doan-bua").status_code == 429  # locked
    assert sign_in(stranger, "203.0.113.9", PASSWORD).status_code == 429
    response = sign_in(editor, "198.51.100.20", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_forged_forwarded_for_does_not_dodge_the_lockout(settings, bac_hong_editor):
    settings.AXES_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 1
    stranger = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        # nginx appends the address it saw; whatever the client wrote stays to its left.
        sign_in(stranger, f"10.0.0.{n}, 203.0.113.9", "doan-bua")
    assert sign_in(stranger, "10.9.9.9, 203.0.113.9", PASSWORD).status_code == 429


# 3. X-Forwarded-Proto is believed only from a proxy of ours.


def test_the_forwarded_proto_header_needs_a_proxy_of_ours(monkeypatch):
    alone = settings_from(monkeypatch, DEBUG="0", TRUSTED_PROXY_COUNT="0", **PRODUCTION)
    assert alone.get("SECURE_PROXY_SSL_HEADER") is None
    behind_nginx = settings_from(monkeypatch, DEBUG="0", TRUSTED_PROXY_COUNT="1", **PRODUCTION)
    assert behind_nginx["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


def test_a_client_claiming_https_is_not_believed_without_our_proxy(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = None  # what TRUSTED_PROXY_COUNT=0 gives
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 301 and response["Location"].startswith("https://")


# 4. DEBUG is off unless asked for; the known demo password only in development.


def test_debug_is_off_unless_asked_for(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        settings_from(monkeypatch)
    assert settings_from(monkeypatch, **PRODUCTION)["DEBUG"] is False
    assert settings_from(monkeypatch, DEBUG="1")["DEBUG"] is True


def test_a_command_without_a_key_gets_one_of_its_own_not_the_public_one(monkeypatch):
    """`manage.py migrate` (or makemigrations) runs with DEBUG off and no SECRET_KEY."""
    monkeypatch.setattr(sys, "orig_argv", ["python", "manage.py", "makemigrations", "--check"])
    first, second = (
        settings_from(monkeypatch)["SECRET_KEY"],
        settings_from(monkeypatch)["SECRET_KEY"],
    )
    assert first != second and "dev-only" not in first and len(first) >= 50
    monkeypatch.setattr(sys, "orig_argv", ["python", "manage.py", "runserver"])
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        settings_from(monkeypatch)  # serving pages


def test_the_makefile_turns_debug_on_for_development_only():
    makefile = (ROOT / "Makefile").read_text()
    assert "run messages: export DEBUG = 1" in makefile


@pytest.mark.slow  # the demo town, twice
def test_load_demo_in_production_creates_no_known_administrator(settings):
    settings.DEBUG = False
    out = io.StringIO()
    call_command("load_demo", "--no-photos", stdout=out)
    assert not User.objects.filter(username="admin").exists()
    assert "tinphuong-demo" not in out.getvalue()
    call_command("load_demo", "--no-photos", "--admin-password", "Mat-khau-rieng-2026", stdout=out)
    admin = User.objects.get(username="admin")
    assert admin.check_password("Mat-khau-rieng-2026")
    assert not admin.check_password("tinphuong-demo")


# 5. Smaller: the language cookie, and methods nobody needs.


def test_the_language_cookie_is_http_only_same_site_and_secure_in_production(client, monkeypatch):
    response = client.post("/ngon-ngu/", {"language": "en", "next": "/"})
    cookie = response.cookies["django_language"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    production = settings_from(monkeypatch, DEBUG="0", **PRODUCTION)
    assert production["LANGUAGE_COOKIE_SECURE"] is True


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "PROPFIND"])
def test_options_and_trace_get_a_bare_405_not_the_page(client, method):
    response = client.generic(method, "/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    assert response.content == b""


def test_an_unclosed_style_in_rich_text_keeps_the_rest_of_the_body():
    from news.sanitize import clean_html

    pasted = "<p>Mở đầu</p><style>p { color: red }<p>Nội dung chính của <b>Hội nghị</b></p>"
    assert clean_html(pasted) == "<p>Mở đầu</p><p>Nội dung chính của <b>Hội nghị</b></p>"
    assert clean_html("<p>a</p><script>alert(1)<p>b</p>") == "<p>a</p><p>b</p>"
    assert clean_html("<style>p {}</style><p>c</p>") == "<p>c</p>"  # a closed one goes whole
