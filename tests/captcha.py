"""Solving the captcha in tests the way a person would: read the code behind the picture.

The `real_captcha` fixture (tests/conftest.py) turns test mode off, so wrong, right and
replayed answers are checked for real.
"""

import re

from captcha.models import CaptchaStore

KEY = re.compile(r'name="captcha_0" value="([0-9a-f]+)"')
ANSWER = "PASSED"  # what test mode (tests/settings.py) accepts for any key
PASSED = {"captcha_0": "0" * 40, "captcha_1": ANSWER}  # a form's captcha fields, test mode


def captcha_from(response):
    """The key in a rendered form and its right answer: {"captcha_0": …, "captcha_1": …}.

    The fresh form under an article has no code until the reader starts writing; then the
    page's script asks for one, as this does with the client that got `response`.
    """
    found = KEY.search(response.content.decode())
    if found:
        key = found.group(1)
    else:
        refresh = response.client.get("/captcha/refresh/", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        key = refresh.json()["key"]
    return {"captcha_0": key, "captcha_1": CaptchaStore.objects.get(hashkey=key).response}
