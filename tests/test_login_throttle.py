"""Password spraying from one address is refused before any password is hashed."""

import pytest
from django.conf import settings
from django.contrib.auth.hashers import MD5PasswordHasher
from django.test import Client, override_settings

from tests.cast import PASSWORD

pytestmark = pytest.mark.django_db


class CountingHasher(MD5PasswordHasher):
    """The test suite's hasher, counting how often a password is hashed."""

    algorithm = "counting_md5"
    hashed = 0

    def encode(self, password, salt):
        CountingHasher.hashed += 1
        return super().encode(password, salt)


def spray(client, username, address="203.0.113.66"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": "123456", "next": "/admin/"},
        REMOTE_ADDR=address,
    )


@override_settings(  # Hằng's password was hashed by the suite's own MD5 before: it still checks
    PASSWORD_HASHERS=["tests.test_login_throttle.CountingHasher", *settings.PASSWORD_HASHERS],
    LOGIN_RATE_LIMIT=5,
    LOGIN_RATE_WINDOW=600,
)
def test_a_sprayer_is_refused_in_vietnamese_before_the_password_is_hashed(bac_hong_editor):
    sprayer = Client()
    for n in range(5):
        assert spray(sprayer, f"user{n}").status_code == 200  # "wrong username or password"
    hashed = CountingHasher.hashed
    for n in range(5, 15):
        response = spray(sprayer, f"user{n}")
        assert response.status_code == 429
    assert CountingHasher.hashed == hashed  # ten more tries, not one hash
    assert "Quá nhiều lần đăng nhập" in response.content.decode()
    # Hằng, signing in from the ward office, is not affected.
    response = Client().post(
        "/admin/login/",
        {"username": "hang", "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="198.51.100.20",
    )
    assert response.status_code == 302
