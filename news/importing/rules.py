"""The rules one line of a report or an old portal page meets to be chrome, a date line,
a byline, a source, a dateline lead or a caption, each as a small function."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from core.text import fold

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
PROVISIONAL_MAX = 160  # a made-up title: short enough to read as one in a list


# Chrome: lines of the portal around the report, matched on folded text ("Lượt xem:
# 1.234" → "luot xem 1 234"). A line longer than CHROME_MAX is never chrome.
CHROME_MAX = 150
_NUMBER = r"(?: \d+)*"


def _any(*alternatives):
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


# Links below an article, often on one line: "Bản in Quay lại", "Bản in | Trở về".
_NAVIGATION = (
    r"(?:ban in|quay lai|tro (?:ve|lai)|(?:cac )?tin (?:moi hon|da dua|cu hon|lien quan|khac"
    r"|cung chuyen muc)|(?:ve|len) dau trang|in (?:bai|bai viet|trang)|gui (?:email|e mail"
    r"|bai viet|cho ban be)|chia se|facebook|twitter|zalo|google|linkedin|tweet|like|share"
    r"|xem (?:them|tiep|tat ca)|doc tiep|trang chu|co chu(?: a)*|a a a|phong to|thu nho"
    r"|so do (?:site|trang|website))"
)
CHROME = {
    "rating": _any(rf"danh gia(?: bai viet| tin bai)?{_NUMBER}", r"(?:\d+ )?luot danh gia.*",
                   rf"trung binh{_NUMBER}", r"\d+ sao"),
    "comments": _any(r"binh luan(?: \d+)?", r"y kien ban doc.*", r"ban vui long de lai.*",
                     r"ma xac thuc.*", r"thong tin dang nhap", r"gui (?:binh luan|y kien)",
                     r"viet binh luan", r"chua co (?:binh luan|y kien).*", r"ho (?:va )?ten",
                     r"e ?mail", r"dien thoai", r"noi dung", r"gui", r"nhap lai", r"lam lai",
                     r"dang nhap", r"dang ky"),
    "counters": re.compile(
        r"(?:thong ke(?: truy cap)?|online|truc tuyen|dang (?:truy cap|online)|hom nay|hom qua"
        r"|tuan (?:nay|truoc)|thang (?:nay|truoc)|nam nay|tat ca|tong(?: so)? luot truy cap"
        rf"|(?:so )?luot truy cap|khach|thanh vien){_NUMBER}"
    ),
    "navigation": re.compile(rf"{_NAVIGATION}(?: {_NAVIGATION})*"),
    "sidebar": _any(r"lien ket(?: website| web| nhanh)?", r"thu tuc hanh chinh",
                    r"ban do(?: \w+){0,6}", r"ipv6(?: ready)?", r"thu vien (?:anh|video)",
                    r"video(?: clip)?", r"lich cong tac", r"van ban (?:moi|phap luat|chi dao)",
                    r"(?:cong )?dich vu cong(?: truc tuyen)?", r"hoi dap", r"gop y",
                    r"quang cao", r"chon lien ket", r"(?:website|cong thong tin) lien ket",
                    r"tin (?:noi bat|xem nhieu(?: nhat)?|moi nhat|doc nhieu(?: nhat)?)"),
    "footer": _any(r"ban quyen.*", r"copyright.*", r"designed by.*", r"giay phep(?: so)?.*",
                   r"thiet ke (?:boi|va phat trien).*", r"chiu trach nhiem (?:chinh|noi dung).*"),
}  # fmt: skip
PICTURE_WORD = re.compile(r"images?|hinh anh")  # the word a copied page leaves for a photo

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)"
_LABELS = (r"(?:ngày\s*đăng|đăng\s*ngày|ngày\s*cập\s*nhật|cập\s*nhật(?:\s*lúc)?|đăng\s*lúc"
           r"|thời\s*gian(?:\s*đăng)?|ngày|lúc|posted|gmt\s*\+\s*7)")  # fmt: skip
_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_TIME = re.compile(
    r"(?<!\d)(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(am|pm|sa|ch)\b)?", re.I
)
_VIEWS = re.compile(r"(?:số\s*)?lượt\s*xem\s*:?\s*(\d(?:[\d.,\s]*\d)?)?", re.I)
_META_WORDS = re.compile(rf"{_WEEKDAY}|{_LABELS}", re.I)
_META_LEFT = re.compile(r"[\s|,:;\-–—/()•.]*")

BYLINE = re.compile(
    r"(?:tác\s*giả|người\s*viết|(?:tin|bài)(?:\s*(?:,|và)\s*ảnh)?|phóng\s*viên|nhóm\s*pv|pv|ctv)"
    r"\s*[:：\-–—]\s*(?P<names>.+)", re.I)  # fmt: skip
SOURCE = re.compile(r"nguồn(?:\s*tin)?\s*[:：\-–—]\s*(?P<source>.+)", re.I)
NAME_SEPARATORS = re.compile(r"\s*[–—-]\s*|\s*,\s*|\s+và\s+")
# First words that make a short capitalised line an office's name, not a person's.
NOT_NAMES = {
    "phường", "xã", "ubnd", "hđnd", "mttq", "ubmttq", "đảng", "hội", "ban", "tổ", "đoàn", "thị",
    "quận", "huyện", "tỉnh", "sở", "trường", "bộ", "cục", "viện", "ủy", "ngày", "tháng", "năm",
    "ảnh", "các", "đồng", "lãnh", "đại", "toàn", "bản", "tin", "thông", "văn", "công", "chi",
}  # fmt: skip

LEAD = re.compile(
    r"(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:(?:hôm\s+)?(?:nay|qua)\b|(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d)"
    r"|ngày\s+\d{1,2}\s*[/-]\s*\d|vừa\s+qua\b|mới\s+đây\b)", re.I)  # fmt: skip
EVENT_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/])")
NUMBERED = re.compile(r"(?:[IVXLC]+|\d+|[a-zđ])[.)]\s", re.I)
CAPTION_OPENINGS = re.compile(
    r"(?:quang canh|toan canh|(?:cac )?dong chi|(?:cac )?dai bieu|lanh dao|anh|ong|ba|bi thu"
    r"|(?:pho )?chu tich|ban to chuc|cac em|nguoi dan|can bo|doan vien|hoi vien)\b")  # fmt: skip
CAPTION_WORDS = re.compile(r"\b(?:phat bieu|trao (?:tang|qua|giay|bang|quyet)|tang qua|chup anh"
                           r"|tham quan|tai hoi nghi|tai buoi|chi dao)\b")  # fmt: skip
TAIL_KINDS = {"rating", "comments", "counters", "navigation", "sidebar", "footer"}


def chrome_kind(text):
    """The kind of portal chrome `text` is ("rating", "comments"…), or None."""
    if len(text) > CHROME_MAX:
        return None
    folded = fold(text)
    if not folded:
        return "decoration"  # only symbols: "|", "»", "★★★★★"
    for kind, pattern in CHROME.items():
        if pattern.fullmatch(folded):
            return kind
    return None


def is_picture_word(text):
    return bool(PICTURE_WORD.fullmatch(fold(text)))


def parse_meta(text):
    """(publish time or None, views or None) for a date or view-count line, else None.

    "Ngày đăng 02/03/2019 | 08:15 | Lượt xem: 1.234", "Thứ 2, Ngày 04/03/2019, 09:30",
    "Cập nhật: 05/03/2019 14:00", "04/03/2019 09:30", "Lượt xem: 510"; Vietnam time.
    """
    if len(text) > 120:
        return None
    rest, views, when = text, None, None
    found = _VIEWS.search(rest)
    if found:
        views = int(re.sub(r"\D", "", found.group(1))) if found.group(1) else None
        rest = rest[: found.start()] + " " + rest[found.end() :]
    found = _DATE.search(rest)
    if found:
        day, month, year = (int(n) for n in found.groups())
        rest = rest[: found.start()] + " " + rest[found.end() :]
        clock = _TIME.search(rest)
        hour = minute = second = 0
        if clock:
            hour, minute, second = (
                int(clock.group(1)),
                int(clock.group(2)),
                int(clock.group(3) or 0),
            )
            if (clock.group(4) or "").lower() in ("pm", "ch") and hour < 12:
                hour += 12
            rest = rest[: clock.start()] + " " + rest[clock.end() :]
        try:
            when = datetime(year, month, day, hour, minute, second, tzinfo=VIETNAM)
        except ValueError:
            return None
    elif not found and views is None:
        return None
    if not _META_LEFT.fullmatch(_META_WORDS.sub(" ", rest)):
        return None
    return when, views


def _name_word(word):
    return word.isalpha() and word[0].isupper() and (word[1:].islower() or word.isupper())


def names_of(text):
    """Names in a byline, as people write them: "THU HÀ-QUỐC BẢO" → "Thu Hà – Quốc Bảo";
    None when `text` is not just one to three people's names."""
    text = re.sub(r"\(\s*\)", "", text).strip(" .;")
    if not text or len(text) > 80 or any(char.isdigit() for char in text):
        return None
    parts = [part for part in NAME_SEPARATORS.split(text) if part]
    if not 1 <= len(parts) <= 3:
        return None
    words = [part.split() for part in parts]
    if sum(map(len, words)) < 2 or any(not 1 <= len(name) <= 4 for name in words):
        return None
    if not all(_name_word(word) for name in words for word in name):
        return None
    if words[0][0].lower() in NOT_NAMES:
        return None
    if text.isupper():
        words = [[word.capitalize() for word in name] for name in words]
    return " – ".join(" ".join(name) for name in words)


def byline_of(text):
    """The names of a "Tác giả: …" line (or of a line that is only names), else None."""
    found = BYLINE.fullmatch(text)
    if found:
        names = found.group("names").strip(" .;")
        return names_of(names) or names
    return None


def source_of(text):
    found = SOURCE.fullmatch(text)
    if not found:
        return None
    return re.sub(r"\(\s*\)", "", found.group("source")).strip(" .;") or None


def is_lead(text):
    return bool(LEAD.match(text))


def caption_like(text):
    """A short line that reads as a photo's caption: a fragment without a final stop."""
    words = text.split()
    if not 2 <= len(words) <= 30 or len(text) > 220 or not text[0].isupper():
        return False
    if text.isupper() or NUMBERED.match(text) or chrome_kind(text):
        return False
    if fold(text).startswith("anh "):  # "Ảnh: Minh Anh" may end as it likes
        return True
    return not re.search(r"[.!?:;…,]$", text)


def sounds_like_caption(text):
    """A caption even with no photo beside it: "Quang cảnh…", "Đồng chí … phát biểu…"."""
    folded = fold(text)
    return caption_like(text) and bool(
        CAPTION_OPENINGS.match(folded) or CAPTION_WORDS.search(folded)
    )


def event_date_in(text, near=None):
    """The first day/month(/year) in `text`; a year left out is that of `near` (today by
    default), or the year before when that would put the event after it."""
    found = EVENT_DATE.search(text or "")
    if not found:
        return None
    day, month = int(found.group(1)), int(found.group(2))
    near = (
        timezone.localdate(near) if isinstance(near, datetime) else (near or timezone.localdate())
    )
    year = int(found.group(3)) if found.group(3) else near.year
    try:
        event = date(year, month, day)
        if not found.group(3) and event > near:
            event = date(year - 1, month, day)
    except ValueError:
        return None
    return event


def provisional_title(text):
    """At most PROVISIONAL_MAX characters of `text`, cut at a word, marked as cut."""
    if len(text) <= PROVISIONAL_MAX:
        return text
    cut = text[:PROVISIONAL_MAX]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–-") + "…"
