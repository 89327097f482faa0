"""Accent folding for Vietnamese search, the same on every database.

Folding happens in Python, once when an article is saved and once per query, so
SQLite and PostgreSQL compare the very same strings and find the very same hits.
"""

import re
import unicodedata
from functools import lru_cache

from news.sanitize import html_to_text

# "đ" is a letter of its own (no decomposition); "Ð" (U+00D0) is often typed for "Đ".
_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "Ð": "d", "ð": "d"})
_WORD = re.compile(r"\w+")
# Separates the parts of Article.search_text; folded words never contain it.
SEPARATOR = "|"


@lru_cache(maxsize=4096)
def fold_char(char):
    """One character folded: "Ế" → "e", "Đ" → "d", "-" → " "; marks vanish."""
    char = char.lower().translate(_LETTERS)
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
    text = unicodedata.normalize("NFC", text or "")
    return " ".join(text.translate(_FOLD_TABLE).split())


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
    text = unicodedata.normalize("NFC", text or "").lower()
    return " ".join(word for word in _WORD.findall(text) if "_" not in word)


def search_document(title, sapo, body):
    """What Article.search_text holds: folded title, exact title, folded sapo, exact sapo,
    folded body, each padded with spaces so `LIKE '% word %'` matches whole words.

    Title and sapo come first so ranking can read just the head of the column.
    """
    parts = [
        fold(title),
        exact_words(title),
        fold(sapo),
        exact_words(sapo),
        fold(html_to_text(body)),
    ]
    return SEPARATOR.join(f" {part} " for part in parts)


def build_search_text(article):
    """Article.search_text for an article about to be saved (no query)."""
    return search_document(article.title, article.sapo, article.body)
