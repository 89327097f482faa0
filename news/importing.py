"""Turn a meeting report file (.txt, .html, .docx) into an article's parts."""

import html as html_lib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.base import ContentFile

from core.text import html_to_text, nfc

from .sanitize import clean_html, text_to_html

MAX_BYTES = 20 * 1024 * 1024


class ImportError_(ValueError):
    """A file that cannot become an article; the message says why, in Vietnamese."""


@dataclass
class Draft:
    title: str
    body: str
    images: list = field(default_factory=list)  # ContentFile objects, in document order


def read_text(raw):
    """Decode UTF-8 (with or without BOM), falling back to the Windows Vietnamese code page."""
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return nfc(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise ImportError_("Không đọc được tệp: mã hóa ký tự không phải UTF-8.")


def split_title(text):
    """First non-empty line is the title; the rest is the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[index + 1 :])
    raise ImportError_("Tệp không có nội dung.")


def from_text(raw):
    title, rest = split_title(read_text(raw))
    return Draft(title=title, body=text_to_html(rest))


def from_html(raw):
    """Title from <h1>, else <title>, else the first line of text."""
    text = read_text(raw)
    head_title = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I)
    text = re.sub(r"<head\b.*?</head>|<title\b.*?</title>", "", text, flags=re.S | re.I)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S | re.I)
    if heading:
        title, text = html_to_text(heading.group(1)), text.replace(heading.group(0), "", 1)
    elif head_title and html_to_text(head_title.group(1)):
        title = html_to_text(head_title.group(1))
    else:
        title = split_title(html_to_text(text, keep_lines=True))[0]
    body = clean_html(text)
    first = re.match(r"\s*<p>(.*?)</p>", body, re.S)
    if first and html_to_text(first.group(1)) == title:  # the title repeated as the first paragraph
        body = body[first.end() :]
    if not title:
        raise ImportError_("Không tìm thấy tiêu đề trong tệp HTML.")
    return Draft(title=title, body=body.strip())


def from_docx(raw):
    import docx  # python-docx, only needed for Word files

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as error:  # python-docx raises several kinds for broken files
        raise ImportError_("Tệp Word bị hỏng hoặc không phải định dạng .docx.") from error
    paragraphs = [nfc(p.text).strip() for p in document.paragraphs]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ImportError_("Tệp không có nội dung.")
    images = [
        ContentFile(rel.target_part.blob, name=Path(rel.target_ref).name)
        for rel in document.part.rels.values()
        if "image" in rel.reltype
    ]
    body = "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs[1:])
    return Draft(title=paragraphs[0], body=body, images=images)


READERS = {".txt": from_text, ".html": from_html, ".htm": from_html, ".docx": from_docx}


def read_file(path):
    """A Draft from a file on disk, or ImportError_ saying what is wrong with it."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ImportError_(
            f"Không hỗ trợ định dạng «{path.suffix or 'không đuôi'}»: chỉ nhận .txt, .html, .docx."
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportError_("Tệp quá lớn (tối đa 20 MB).")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportError_("Không tìm thấy tệp.") from None
    except IsADirectoryError:
        raise ImportError_("Đây là thư mục, không phải tệp.") from None
    except PermissionError:
        raise ImportError_("Không có quyền đọc tệp.") from None
    draft = reader(raw)
    if len(draft.title) > 300:
        raise ImportError_("Dòng đầu tiên (tiêu đề) dài quá 300 ký tự.")
    return draft
