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


class Reader:
    """The reader of a request: the token of a first-party cookie, new if they have none.

    One per request (`reader_of`), so a vote and the visit counter of the same first
    request agree on the reader, and the cookie is set once.
    """

    def __init__(self, request):
        token = request.COOKIES.get(READER_COOKIE, "")
        self.is_new = not _TOKEN.match(token)
        self.token = secrets.token_urlsafe(18) if self.is_new else token
        self._secure = request.is_secure()

    @property
    def hash(self):
        """64 hex characters that identify the reader without storing the cookie itself."""
        return salted_hmac("tinphuong.reader", self.token, algorithm="sha256").hexdigest()

    def remember(self, response):
        """Set the long-lived cookie on `response` if this reader had none."""
        if self.is_new:
            response.set_cookie(
                READER_COOKIE,
                self.token,
                max_age=READER_COOKIE_AGE,
                samesite="Lax",
                httponly=True,
                secure=self._secure,
            )


def reader_of(request):
    """The request's Reader, made on first use."""
    if not hasattr(request, "_reader"):
        request._reader = Reader(request)
    return request._reader


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
