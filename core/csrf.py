"""A reader's CSRF token, as Django's `get_token` makes it, for a cached page's forms.

Django draws each of a new secret's and of a mask's 32 characters with its own call to
the system's randomness: a tenth of a cached page's time. Here each is one call. The
token is Django's (a mask, then the secret shifted by it), which its middleware checks.
"""

import secrets

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH

BASE = len(CSRF_ALLOWED_CHARS)
FAIR = 256 - 256 % BASE  # bytes below this map evenly onto the characters
INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}


def random_chars(count=CSRF_SECRET_LENGTH):
    """`count` characters of CSRF_ALLOWED_CHARS, each equally likely."""
    chars = []
    while len(chars) < count:
        chars += [CSRF_ALLOWED_CHARS[b % BASE] for b in secrets.token_bytes(count + 8) if b < FAIR]
    return "".join(chars[:count])


def get_token(request):
    """Django's `get_token`: the reader's secret (a new one and its cookie if none), masked."""
    if "CSRF_COOKIE" not in request.META:
        request.META["CSRF_COOKIE"] = random_chars()
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # send the cookie, as Django does
    secret, mask = request.META["CSRF_COOKIE"], random_chars()
    cipher = "".join(
        CSRF_ALLOWED_CHARS[(INDEX[s] + INDEX[m]) % BASE] for s, m in zip(secret, mask, strict=True)
    )
    return mask + cipher
