"""The captcha costs nothing until a reader writes: no row per page view, crawlers' neither."""

import io
from datetime import timedelta

import pytest
from captcha.models import CaptchaStore
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

from core.models import RateLimit
from tests.captcha import captcha_from
from tests.cast import LAN

pytestmark = pytest.mark.django_db


def post_url(article):
    return f"/binh-luan/{article.pk}/"


def test_reading_an_article_makes_no_captcha(client, town):
    url = town.article.get_absolute_url()
    client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    page = client.get(url, HTTP_USER_AGENT="Mozilla/5.0 Chrome/130")
    html = page.content.decode()
    assert 'name="captcha_1"' in html and "Hiện mã xác thực" in html
    assert not CaptchaStore.objects.exists()


def test_a_reader_with_javascript_gets_a_code_when_she_starts_writing(client, town, real_captcha):
    page = client.get(town.article.get_absolute_url())
    code = captcha_from(page)  # what readers.js asks for on the form's first focus
    assert CaptchaStore.objects.count() == 1
    response = client.post(post_url(town.article), {**LAN, **code})
    assert response.status_code == 302


def test_without_javascript_a_first_send_brings_a_code_and_keeps_the_text(
    client, town, real_captcha
):
    response = client.post(post_url(town.article), {**LAN, "captcha_0": "", "captcha_1": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vui lòng nhập mã xác thực." in html and escape(LAN["content"]) in html
    assert CaptchaStore.objects.count() == 1  # the page came back with a code
    response = client.post(post_url(town.article), {**LAN, **captcha_from(response)})
    assert response.status_code == 302


def test_without_javascript_the_show_the_code_button_keeps_the_text(client, town):
    response = client.post(post_url(town.article), {**LAN, "refresh_captcha": "1"})
    html = response.content.decode()
    assert response.status_code == 200 and escape(LAN["content"]) in html
    assert "Đổi mã khác" in html and CaptchaStore.objects.count() == 1


def test_the_daily_upkeep_deletes_expired_captchas_and_full_budgets(client):
    CaptchaStore.objects.create(challenge="ABCD", response="abcd")
    CaptchaStore.generate_key()
    CaptchaStore.objects.filter(challenge="ABCD").update(
        expiration=timezone.now() - timedelta(minutes=1)
    )
    RateLimit.objects.create(bucket="comment:old", allowed_at=0)
    RateLimit.objects.create(bucket="comment:busy", allowed_at=4_000_000_000)
    call_command("purge_comments", stdout=io.StringIO())
    assert CaptchaStore.objects.count() == 1
    assert list(RateLimit.objects.values_list("bucket", flat=True)) == ["comment:busy"]
