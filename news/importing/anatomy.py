"""What an article is made of, found in its lines: the rules ward reports and old ward
portals follow, written down once for Word files, saved pages and copied text alike.

A portal's page carries, around the report: a section label above the title, a date
line with the old view count, a byline and a source near the end, and chrome (rating,
comments, counters, navigation, sidebar links) that must not reach the body. A report
opens with a dateline lead ("Sáng ngày 12/4, …") and puts a short caption under each
photo ("Quang cảnh Hội nghị").
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

from core.text import fold

from ..models import TITLE_MAX
from .lines import Line

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
PROVISIONAL_MAX = 160  # a made-up title: short enough to read as one in a list


@dataclass
class Picture:
    data: bytes
    name: str  # where it came from, for messages
    caption: str = ""


@dataclass
class Draft:
    """An article's parts as found in one file, before anything is saved."""

    title: str = ""
    sapo: str = ""
    body: str = ""  # HTML; photo N of `pictures` is <img src="tp-picture:N">
    author: str = ""
    source: str = ""
    section_label: str = ""
    published_at: datetime | None = None
    views: int | None = None
    event_date: date | None = None
    pictures: list = field(default_factory=list)
    paragraphs: int = 0
    captions: int = 0
    dropped: Counter = field(default_factory=Counter)  # kind of chrome → lines
    notes: list = field(default_factory=list)  # for the editor, kept on the article
    encoding: str = ""
    provisional: bool = False  # the title was made up: the article stays a draft
    missing_pictures: int = 0  # photos the page showed but whose files were not found


def picture_src(index):
    return f"tp-picture:{index}"


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


# Putting it together -------------------------------------------------------------------


def _title_like(line):
    text = line.text
    if line.style in ("image", "raw") or is_lead(text) or len(text) < 4:
        return False
    return not (len(text) > 200 and text.endswith("."))  # a paragraph, not a long title


def _label_like(line, known):
    text = line.text
    if fold(text) in known:
        return True
    return len(text) <= 60 and len(text.split()) <= 8 and text.isupper() and text[-1] not in ".,;!?"


def compose(lines, *, chrome=True, sections=(), encoding=""):
    """A Draft from a document's lines. `chrome=False` for Word files (nothing to strip);
    `sections` are the names a section label may match."""
    draft = Draft(encoding=encoding)
    known = {fold(name) for name in sections}
    kinds = [_kind(line, chrome) for line in lines]
    metas = [
        parse_meta(line.text) if kind is None else None
        for line, kind in zip(lines, kinds, strict=True)
    ]
    for index, meta in enumerate(metas):
        if meta:
            kinds[index] = "meta"
    content = [i for i, kind in enumerate(kinds) if kind is None]

    title_at = _find_title(lines, kinds, content, known)
    start = title_at + 1 if title_at is not None else (content[0] if content else len(lines))
    if title_at is not None:
        before = [i for i in content if i < title_at]
        if before and _label_like(lines[before[-1]], known):
            draft.section_label = lines[before[-1]].text
        title = lines[title_at].text
        draft.dropped.update(kinds[i] or "header" for i in range(title_at) if kinds[i] != "meta")
        if len(title) > TITLE_MAX:
            draft.title, draft.provisional = provisional_title(title), True
            draft.notes.append(
                _("The title had %(length)d characters (at most %(max)d); it was shortened. "
                  "The full title: %(title)s")
                % {"length": len(title), "max": TITLE_MAX, "title": title}
            )  # fmt: skip
        else:
            draft.title = title
    else:
        draft.dropped.update(kinds[i] for i in range(start) if kinds[i])

    for when, views in filter(None, metas):  # the first date and the first view count
        draft.published_at = draft.published_at or when
        draft.views = draft.views if draft.views is not None else views
    body = []
    tail = False
    for index in range(start, len(lines)):
        line, kind = lines[index], kinds[index]
        if kind == "meta":
            continue
        if tail or (kind in TAIL_KINDS and any(item.style != "image" for item in body)):
            tail = True
            if kind is None and (source_of(line.text) or BYLINE.fullmatch(line.text)):
                body.append(line)  # "Tác giả:" and "Nguồn:" below the rating stay
            else:
                draft.dropped[kind or "tail"] += 1
            continue
        if kind == "picture":
            body.append(Line("", style="image"))
            draft.dropped["picture word"] += 1
        elif kind:
            draft.dropped[kind] += 1
        else:
            body.append(line)

    body = _take_byline_and_source(body, draft)
    if body and not any(line.gap for line in body[1:]):
        for line in body:  # a page with no blank line: each line is a paragraph
            line.gap = True
    _take_lead(body, draft)
    if not draft.title:
        draft.provisional = True
        draft.title = provisional_title(draft.sapo or (body[0].text if body else ""))
        draft.notes.append(
            _("The page had no title: this one is cut from its opening. Please write the title.")
        )
    draft.body = _body_html(body, draft)
    draft.event_date = event_date_in(draft.sapo or "", draft.published_at) if draft.sapo else None
    return draft


def _kind(line, chrome):
    if line.style in ("image", "raw"):
        return None
    if chrome and is_picture_word(line.text):
        return "picture"
    return chrome_kind(line.text) if chrome else None


def _find_title(lines, kinds, content, known):
    """Index of the title line, or None when the page opens with its lead.

    The title is the line above the date line ("TIN HOẠT ĐỘNG", title, date), or below it
    when the line above is a known section's label; without a date line, a Title or
    Heading 1, else the first line (after a label).
    """
    if not content:
        return None
    dated = next((i for i, kind in enumerate(kinds) if kind == "meta"), None)
    if dated is not None:
        before = [i for i in content if i < dated]
        after = [i for i in content if i > dated]
        labelled = before and fold(lines[before[-1]].text) in known
        if (not before or labelled) and after and _title_like(lines[after[0]]):
            return after[0]
        if before and _title_like(lines[before[-1]]):
            return before[-1]
    titled = [i for i in content if lines[i].style == "title"]
    if titled:
        return titled[0]
    first = content[0]
    if len(content) > 1 and _label_like(lines[first], known) and _title_like(lines[content[1]]):
        first = content[1]
    return first if _title_like(lines[first]) else None


def _take_byline_and_source(body, draft):
    """The source ("Nguồn: …") and the byline among the last lines come off the body."""
    kept = list(body)
    for _round in range(3):
        texts = [(i, line) for i, line in enumerate(kept) if line.style not in ("image", "raw")]
        if not texts:
            break
        found = False
        for i, line in texts[-4:][::-1]:
            source = source_of(line.text)
            if source and not draft.source:
                draft.source, found = source, True
                del kept[i]
                break
            names = byline_of(line.text)
            if names is None and i == texts[-1][0] and len(texts) > 1:
                names = names_of(line.text)
            if names and not draft.author:
                draft.author, found = names, True
                del kept[i]
                break
        if not found:
            break
    return kept


def _take_lead(body, draft):
    """The first paragraph becomes the sapo when it is a dateline lead or all bold (or
    when the page has no title: then its opening is the lead whatever it says)."""
    first = next((i for i, line in enumerate(body) if line.style not in ("image", "raw")), None)
    if first is None or body[first].style in ("caption", "h2", "h3", "h4"):
        return
    end = first + 1
    while end < len(body) and not body[end].gap and body[end].style not in ("image", "raw"):
        end += 1
    paragraph = body[first:end]
    text = " ".join(line.text for line in paragraph)
    if is_lead(text) or all(line.bold for line in paragraph) or not draft.title:
        draft.sapo = text
        del body[first:end]


def _body_html(body, draft):
    """Paragraphs, headings and figures; a caption with no photo stays as an italic line
    (the editor puts a photo above it)."""
    parts, paragraph = [], []
    pending_caption = None  # a "Caption" style line above its photo

    def close_paragraph():
        if paragraph:
            parts.append("<p>{}</p>".format("<br>".join(line.html for line in paragraph)))
            draft.paragraphs += 1
            paragraph.clear()

    index = 0
    while index < len(body):
        line = body[index]
        following = body[index + 1] if index + 1 < len(body) else None
        if line.style == "image":
            close_paragraph()
            caption = ""
            if (
                following
                and following.style not in ("image", "raw", "title", "h2", "h3", "h4")
                and _standalone(body, index + 1)
                and (following.style == "caption" or caption_like(following.text))
            ):
                caption = following.text
                index += 1
            caption, pending_caption = caption or pending_caption or "", None
            parts.append(_figure(line, caption, draft))
        elif line.style == "raw":
            close_paragraph()
            parts.append(line.html)
        elif line.style in ("h2", "h3", "h4", "title"):
            close_paragraph()
            tag = "h2" if line.style == "title" else line.style
            parts.append(f"<{tag}>{line.html}</{tag}>")
        elif (
            line.gap
            and _standalone(body, index)
            and _is_caption(line, following, parts or paragraph)
        ):
            close_paragraph()
            if following and following.style == "image" and line.style == "caption":
                pending_caption = line.text  # Word's caption above its picture
            else:
                parts.append(f"<p><em>{escape(line.text)}</em></p>")
                draft.captions += 1
        else:
            if line.gap:
                close_paragraph()
            paragraph.append(line)
        index += 1
    close_paragraph()
    return "".join(parts)


def _standalone(body, index):
    following = body[index + 1] if index + 1 < len(body) else None
    return following is None or following.gap or following.style == "image"


def _is_caption(line, following, before):
    if line.style == "caption":
        return True
    between = bool(before) and following is not None
    return between and sounds_like_caption(line.text)


def _figure(line, caption, draft):
    if line.picture is None:  # a photo stood here, but its file is not at hand
        draft.missing_pictures += 1
        if caption:
            draft.captions += 1
            return f"<p><em>{escape(caption)}</em></p>"
        return ""
    index = len(draft.pictures)
    line.picture.caption = caption
    draft.pictures.append(line.picture)
    if not caption:
        return f'<figure class="image"><img src="{picture_src(index)}" alt=""></figure>'
    draft.captions += 1
    return (
        f'<figure class="image"><img src="{picture_src(index)}" alt="{escape(caption)}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )
