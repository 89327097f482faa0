"""How documents are numbered, and how a citation of one is recognised in text.

The grammar (Regulation 66-QĐ/TW for the Party's documents, Decree 30/2020/NĐ-CP and the
Law on legal documents for the State's):

    citation  = KIND [" số"] " " code
    KIND      = "Nghị quyết" | "Chỉ thị" | "Kết luận" | "Quyết định" | "Kế hoạch"
              | "Công văn" | "Thông báo" | "Hướng dẫn" | "Báo cáo" | "Chương trình"
              | "Quy định" | "Nghị định" | "Thông tư" | "Luật" | "Tờ trình" | "Đề án"
    code      = party | state
    party     = number "-" SYMBOL "/" BODY ("/" BODY)* ("-" BODY)*
                  "19-CT/TU" (Chỉ thị of a Tỉnh ủy), "04-KH/ĐU" (Kế hoạch of a Đảng ủy),
                  "21-NQ/QU", "43-KL/TW", "20-CT/ThU" (Thành ủy), "12-TB/VPTU"
    state     = number ["/" year] "/" SYMBOL "-" BODY ("-" BODY)*
                  "42/2022/NĐ-CP" (a decree of the Government), "22/2023/TT-BTTTT",
                  "15/QĐ-UBND" (an individual decision), "1234/UBND-VP" (a letter)
    number    = 1–5 digits; year = 4 digits
    SYMBOL, BODY = a capital letter (Đ counts) then letters or digits: "CT", "ThU", "BTTTT"

A code is compared by its key: folded, split into letters and numbers, leading zeros
dropped, so "19-CT/TU", "19/CT-TU" and "19 ct tu" are one key, "04-KH/ĐU" and "4-KH/DU" too.
"""

import re
from dataclasses import dataclass
from html import unescape

from core.text import fold

# Vietnamese kind names as they appear in text, with the registry's kind for each.
KIND_NAMES = {
    "Nghị quyết": "nghi-quyet", "Chỉ thị": "chi-thi", "Kết luận": "ket-luan",
    "Quyết định": "quyet-dinh", "Kế hoạch": "ke-hoach", "Công văn": "cong-van",
    "Thông báo": "thong-bao", "Hướng dẫn": "huong-dan", "Báo cáo": "bao-cao",
    "Chương trình": "chuong-trinh", "Quy định": "quy-dinh", "Nghị định": "nghi-dinh",
    "Thông tư": "thong-tu", "Luật": "luat", "Tờ trình": "to-trinh", "Đề án": "de-an",
}  # fmt: skip
_FOLDED_KINDS = {fold(name): kind for name, kind in KIND_NAMES.items()}

_PART = r"[A-ZĐÐ][A-Za-zĐđÐð0-9]*"
PARTY = rf"\d{{1,5}}-{_PART}(?:/{_PART})+(?:-{_PART})*"
STATE = rf"\d{{1,5}}(?:/\d{{4}})?/{_PART}(?:-{_PART})+"
CODE = re.compile(rf"(?:{PARTY}|{STATE})(?![\w/-])")
_SPACE = r"(?:\s|&nbsp;|&#160;|\xa0)+"
_KINDS = "|".join(
    f"[{name[0]}{name[0].lower()}]{re.escape(name[1:])}"
    for name in sorted(KIND_NAMES, key=len, reverse=True)
)
CITATION = re.compile(
    rf"(?<![\w])(?P<kind>{_KINDS}){_SPACE}(?:[sS]ố{_SPACE})?(?P<code>{PARTY}|{STATE})(?![\w/-])"
)


def code_key(code):
    """The key a code is compared by: "19-CT/TU" → "19-ct-tu", "04-KH/ĐU" → "4-kh-du"."""
    parts = re.findall(r"[a-z]+|\d+", fold(code))
    return "-".join(str(int(part)) if part.isdigit() else part for part in parts)


def kind_of(name):
    """The registry's kind for a kind name typed any way ("chi thi", "Chỉ thị"), or None."""
    return _FOLDED_KINDS.get(fold(name))


@dataclass(frozen=True)
class Found:
    """One citation in a text: as written, the kind it names, its code and key."""

    text: str
    kind: str
    code: str

    @property
    def key(self):
        return code_key(self.code)


def find(text):
    """Citations in plain text or HTML text, in order, each key once."""
    seen, found = set(), []
    for match in CITATION.finditer(text):
        citation = Found(
            text=" ".join(unescape(match.group(0)).split()),
            kind=KIND_NAMES.get(_capital(match.group("kind")), ""),
            code=match.group("code"),
        )
        if citation.key not in seen:
            seen.add(citation.key)
            found.append(citation)
    return found


def _capital(name):
    return name[0].upper() + name[1:]
