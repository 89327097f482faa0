"""Test settings: the real ones, plus what only tests need."""

import os
import tempfile

os.environ.setdefault("DEBUG", "1")

from config.settings import *  # noqa: E402,F403
from config.settings import DATABASES, REDIS_URL  # noqa: E402

# Fast hashing; a private media folder; captcha answers "PASSED" (read at import time).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="tinphuong-test-media-")
CAPTCHA_TEST_MODE = True
AXES_ENABLED = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if REDIS_URL:
    # Each test run uses its own key prefix, so parallel runs never see each other.
    CACHES["default"]["KEY_PREFIX"] = f"test-{os.getpid()}"  # noqa: F405
    CACHES["pages"]["KEY_PREFIX"] = f"test-{os.getpid()}-p"  # noqa: F405
else:  # one process: memory is faster than files and leaves nothing behind
    CACHES = {  # noqa: F811
        name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
        for name in ("default", "pages")
    }
if DATABASES["default"]["ENGINE"] == "core.postgresql":
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DB_NAME", "test_tinphuong")}
