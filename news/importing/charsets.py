"""Bytes of an old Vietnamese page to text: UTF-8 (BOM or not, NFC or NFD), UTF-16 with a
BOM, Windows-1258, and the font encodings of the 1990s–2000s, TCVN3 (ABC) and VNI-Windows.

Legacy bytes are read every way and the reading with the most plausible Vietnamese words
wins (`vietnamese_score`). Text that came through UTF-8 but was typed in a TCVN3 or VNI
font (a browser saving such a page as UTF-8 keeps "Héi nghÞ") is recognised the same way.
"""

import contextlib
import re
import unicodedata

from django.utils.translation import gettext as _

from core.text import nfc

# TCVN3 (TCVN 5712:1993, VN3): the seven base capitals, then each lowercase vowel's five
# tones in the order huyền, hỏi, ngã, sắc, nặng. Capitals with a tone have no code of
# their own (old titles were set in a capitals font over the lowercase codes).
_TCVN3_BASES = dict(zip(b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae",
                        "ĂÂÊÔƠƯĐăâêôơưđ", strict=True))  # fmt: skip
_TCVN3_TONES = {
    "a": b"\xb5\xb6\xb7\xb8\xb9", "ă": b"\xbb\xbc\xbd\xbe\xc6", "â": b"\xc7\xc8\xc9\xca\xcb",
    "e": b"\xcc\xce\xcf\xd0\xd1", "ê": b"\xd2\xd3\xd4\xd5\xd6", "i": b"\xd7\xd8\xdc\xdd\xde",
    "o": b"\xdf\xe1\xe2\xe3\xe4", "ô": b"\xe5\xe6\xe7\xe8\xe9", "ơ": b"\xea\xeb\xec\xed\xee",
    "u": b"\xef\xf1\xf2\xf3\xf4", "ư": b"\xf5\xf6\xf7\xf8\xf9", "y": b"\xfa\xfb\xfc\xfd\xfe",
}  # fmt: skip
_TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng
TCVN3 = {
    **_TCVN3_BASES,
    **{
        code: unicodedata.normalize("NFC", vowel + mark)
        for vowel, codes in _TCVN3_TONES.items()
        for code, mark in zip(codes, _TONE_MARKS, strict=True)
    },
}

# VNI-Windows: a base letter, then a byte for its marks (shown here as the Windows-1252
# letter a VNI font draws as that mark); ơ ư đ and the i/ỵ vowels are single bytes.
_VNI_MARKS = dict(zip("ùøûõïâáàåãäêéèúüë", [
    "\u0301", "\u0300", "\u0309", "\u0303", "\u0323",  # sắc huyền hỏi ngã nặng
    "\u0302", "\u0302\u0301", "\u0302\u0300", "\u0302\u0309", "\u0302\u0303", "\u0302\u0323",
    "\u0306", "\u0306\u0301", "\u0306\u0300", "\u0306\u0309", "\u0306\u0303", "\u0306\u0323",
], strict=True))  # fmt: skip
_VNI_LETTERS = dict(zip("ôöíìæóòîñ", "ơưíìỉĩịỵđ", strict=True))
VNI_MARKS = {**_VNI_MARKS, **{k.upper(): v for k, v in _VNI_MARKS.items()}}
VNI_LETTERS = {**_VNI_LETTERS, **{k.upper(): v.upper() for k, v in _VNI_LETTERS.items()}}
_VNI_VOWEL_MARK = re.compile(f"([aeiouyAEIOUYơưƠƯ])([{''.join(VNI_MARKS)}])")

_TONES = set(_TONE_MARKS)
_MODIFIERS = {"\u0302": "aeo", "\u0306": "a", "\u031b": "ou"}  # circumflex, breve, horn
_LETTERS = set("abcdefghijklmnopqrstuvwxyzđ")
_VOWELS = set("aeiouy")
_WORD = re.compile(r"[^\W\d_]+")


BOMS = [(b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"), (b"\xff\xfe", "utf-16", "UTF-16"),
        (b"\xfe\xff", "utf-16", "UTF-16")]  # fmt: skip


class UnknownEncoding(ValueError):
    """Bytes that read as no Vietnamese text we know; the message names what was tried."""


def from_tcvn3(raw):
    """TCVN3 bytes to text (ASCII and unassigned bytes as Windows-1252 would read them).

    A word whose plain letters are all capitals ("HOạT", from a capitals font over the
    lowercase codes) is written in capitals.
    """
    text = nfc("".join(TCVN3.get(byte) or _cp1252(bytes([byte])) for byte in raw))
    return _WORD.sub(_capitals_font, text)


def _capitals_font(match):
    word = match.group(0)
    plain = [char for char in word if char.isascii()]
    return word.upper() if len(plain) >= 2 and all(c.isupper() for c in plain) else word


def from_vni(text):
    """Text read as Windows-1252 from VNI-Windows bytes, to Vietnamese."""
    text = "".join(VNI_LETTERS.get(char, char) for char in text)
    return nfc(_VNI_VOWEL_MARK.sub(lambda m: m.group(1) + VNI_MARKS[m.group(2)], text))


def _cp1252(raw):
    return raw.decode("cp1252", errors="replace").replace("\ufffd", "?")


def _is_vietnamese(word):
    """A plausible Vietnamese syllable or a plain word: known letters, marks only on
    vowels, one tone at most."""
    tones = 0
    previous = ""
    for char in unicodedata.normalize("NFD", word.lower()):
        if char in _LETTERS:
            previous = char
        elif char in _TONES:
            tones += 1
            if previous not in _VOWELS or tones > 1:
                return False
        elif char in _MODIFIERS:
            if previous not in _MODIFIERS[char]:
                return False
        else:
            return False
    return True


def vietnamese_score(text):
    """Words with Vietnamese letters that read as Vietnamese, less twice those that don't."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += 1 if _is_vietnamese(word) else -2
    return score


def _legacy_readings(raw):
    readings = []
    with contextlib.suppress(UnicodeDecodeError):  # cp1258 leaves a few bytes unassigned
        readings.append(("Windows-1258", nfc(raw.decode("cp1258"))))
    readings.append(("TCVN3", from_tcvn3(raw)))
    readings.append(("VNI-Windows", from_vni(_cp1252(raw))))
    return readings


def decode(raw):
    """(text in NFC, name of the encoding it came in). Raises UnknownEncoding."""
    for bom, codec, name in BOMS:
        if raw.startswith(bom):
            try:
                return _font_typed(nfc(raw.decode(codec)), name)
            except UnicodeDecodeError:
                break
    try:
        return _font_typed(nfc(raw.decode("utf-8")), "UTF-8")
    except UnicodeDecodeError:
        pass
    name, text = max(_legacy_readings(raw), key=lambda reading: vietnamese_score(reading[1]))
    if vietnamese_score(text) < 0:
        raise UnknownEncoding(
            _("The file's characters are not UTF-8, Windows-1258, TCVN3 or VNI-Windows.")
        )
    return text, name


def _font_typed(text, name):
    """UTF-8 text whose letters are those of a TCVN3 or VNI font: converted, if that reads
    better than the text as it is."""
    score = vietnamese_score(text)
    if score >= 0:
        return text, name
    raw = text.encode("cp1252", errors="ignore")
    readings = [(from_tcvn3(raw), f"TCVN3 ({name})"), (from_vni(text), f"VNI-Windows ({name})")]
    best = max(readings, key=lambda reading: vietnamese_score(reading[0]))
    return best if vietnamese_score(best[0]) > score else (text, name)
