"""Vietnamese text helpers shared by every app."""

import unicodedata

from django.utils.text import slugify

# NFKD splits "ệ" into "e" + marks, but "đ" is a letter of its own: map it first.
_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text):
    """Composed Unicode: "ế" typed on a Mac and on Windows compares equal after this."""
    return unicodedata.normalize("NFC", text or "")


def slugify_vi(text, max_length=200):
    """Readable ASCII slug: "Đảng ủy phường Bắc Hồng" → "dang-uy-phuong-bac-hong"."""
    slug = slugify(nfc(text).translate(_D_MAP))
    return slug[:max_length].strip("-")


def unique_slug(model, text, *, instance_pk=None, max_length=200, suffixes=()):
    """A slug free in `model`: the plain one, then with each suffix, then -2, -3…"""
    base = slugify_vi(text, max_length - 12) or "bai-viet"
    taken = model._default_manager.exclude(pk=instance_pk)
    candidates = [base] + [f"{base}-{slugify_vi(str(s))}" for s in suffixes if s]
    for candidate in candidates:
        if not taken.filter(slug=candidate).exists():
            return candidate
    n = 2
    while taken.filter(slug=f"{base}-{n}").exists():
        n += 1
    return f"{base}-{n}"
