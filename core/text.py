"""Vietnamese text shared by every app: NFC, readable slugs, accent folding, HTML to text.

One letter rule for all of them: "đ" is a letter of its own (Unicode gives it no
decomposition), and "Ð" (U+00D0, Icelandic eth) is often typed for "Đ" (U+0110).
"""

import re
import unicodedata
from functools import lru_cache
from html import unescape

import nh3
from django.utils.text import slugify

# Both code points of each, so slugs and search fold "Ðảng" and "Đảng" alike.
D_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_WORD = re.compile(r"\w+")
# The admin's copy of slugify_vi, for slugs filled while a title is typed: after Django's
# urlify.js, whose URLify it replaces (naming both keeps that order in merged media).
SLUG_SCRIPTS = ["admin/js/urlify.js", "js/admin_slug.js"]


def nfc(text):
    """Composed Unicode: "ế" typed on a Mac and on Windows compares equal after this."""
    return unicodedata.normalize("NFC", text or "")


def slugify_vi(text, max_length=200):
    """Readable ASCII slug: "Đảng ủy phường Bắc Hồng" → "dang-uy-phuong-bac-hong".

    Longer text is cut at a word (a hyphen), never inside one.
    """
    slug = slugify(nfc(text).translate(D_LETTERS))
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug.strip("-")


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


@lru_cache(maxsize=4096)
def fold_char(char):
    """One character folded: "Ế" → "e", "Đ" → "d", "-" → " "; marks vanish."""
    char = char.translate(D_LETTERS).lower()
    decomposed = unicodedata.normalize("NFKD", char)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded if _WORD.fullmatch(folded or " ") and "_" not in folded else " " * bool(folded)


class _FoldTable(dict):
    """code point → folded text, filled on first sight, so `str.translate` does the loop."""

    def __missing__(self, code):
        self[code] = folded = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text):
    """Lowercase ASCII-ish words separated by single spaces: "ĐẢNG ỦY" → "dang uy"."""
    return " ".join(nfc(text).translate(_FOLD_TABLE).split())


def fold_with_offsets(text):
    """`fold` without collapsing spaces, and for each folded character its index in `text`.

    Lets a match found in folded text be highlighted in the original text.
    """
    chars, offsets = [], []
    for index, char in enumerate(text):
        for folded in fold_char(char):
            chars.append(folded)
            offsets.append(index)
    return "".join(chars), offsets


def exact_words(text):
    """Lowercase words keeping their diacritics: "Bàn giao" → "bàn giao" (NFC)."""
    return " ".join(word for word in _WORD.findall(nfc(text).lower()) if "_" not in word)


def html_to_text(html, keep_lines=False):
    """The readable text of HTML: entities decoded, scripts dropped, whitespace collapsed
    (or, with keep_lines, one line per block so a first line can be found)."""
    if keep_lines:
        html = html.replace("<", "\n<")
    text = unescape(nh3.clean(html or "", tags=set()))
    if keep_lines:
        return "\n".join(" ".join(line.split()) for line in text.split("\n"))
    return " ".join(text.split())
