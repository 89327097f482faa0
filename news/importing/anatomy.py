"""What an article is made of, found in its lines: the rules ward reports and old ward
portals follow, written down once for Word files, saved pages and copied text alike.

A portal's page carries, around the report: a section label above the title, a date
line with the old view count, a byline and a source near the end, and chrome (rating,
comments, counters, navigation, sidebar links) that must not reach the body. A report
opens with a dateline lead ("Sáng ngày 12/4, …") and puts a short caption under each
photo ("Quang cảnh Hội nghị").
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape

from django.utils.translation import gettext as _

from core.text import fold

from ..models import TITLE_MAX
from .lines import Line
from .rules import (
    BYLINE,
    TAIL_KINDS,
    byline_of,
    caption_like,
    chrome_kind,
    event_date_in,
    is_lead,
    is_picture_word,
    names_of,
    parse_meta,
    provisional_title,
    sounds_like_caption,
    source_of,
)  # fmt: skip


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
