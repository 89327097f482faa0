"""Solving the captcha in tests the way a person would: read the code behind the picture.

Test settings turn CAPTCHA_TEST_MODE on (any "PASSED" is accepted, even for a used key).
`real_captcha` turns it off so wrong, right and replayed answers are checked for real.
"""

import re

import pytest
from captcha.conf import settings as captcha_settings
from captcha.models import CaptchaStore

KEY = re.compile(r'name="captcha_0" value="([0-9a-f]+)"')


@pytest.fixture
def real_captcha(monkeypatch):
    """Check captcha answers against the database, as in production."""
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", False)


def captcha_from(response):
    """The key in a rendered form and its right answer: {"captcha_0": …, "captcha_1": …}."""
    key = KEY.search(response.content.decode()).group(1)
    return {"captcha_0": key, "captcha_1": CaptchaStore.objects.get(hashkey=key).response}
