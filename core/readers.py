"""Who is speaking: the reader cookie, the sender's address and their privacy-preserving hashes.

Names and online activity are personal data (Decree 13/2023): we keep only keyed hashes
of a reader's cookie and address, never the raw values.
"""

import re
import secrets

from django.conf import settings
from django.utils.crypto import salted_hmac

READER_COOKIE = "tp_reader"
READER_COOKIE_AGE = 2 * 365 * 24 * 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def reader_token(request):
    """The reader's cookie token and whether it is new (then `remember_reader` must set it)."""
    token = request.COOKIES.get(READER_COOKIE, "")
    if _TOKEN.match(token):
        return token, False
    return secrets.token_urlsafe(18), True


def remember_reader(request, response, token):
    """Set the long-lived first-party reader cookie."""
    response.set_cookie(
        READER_COOKIE,
        token,
        max_age=READER_COOKIE_AGE,
        samesite="Lax",
        httponly=True,
        secure=request.is_secure(),
    )


def reader_hash(token):
    """64 hex characters that identify a reader without storing the cookie itself."""
    return salted_hmac("tinphuong.reader", token, algorithm="sha256").hexdigest()


def client_ip(request):
    """The sender's address. X-Forwarded-For counts only behind our own proxies.

    With TRUSTED_PROXY_COUNT = n, the n-th address from the right of X-Forwarded-For is the
    one our outermost proxy saw; anything further left was written by the client.
    """
    hops = settings.TRUSTED_PROXY_COUNT
    if hops > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def sender_hash(request):
    """A keyed hash of the sender's address: enough to rate-limit, useless to identify."""
    return salted_hmac("tinphuong.sender", client_ip(request), algorithm="sha256").hexdigest()
