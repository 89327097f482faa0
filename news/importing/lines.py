"""Any document as a list of lines: what a reader sees, one block (or one line break) each.

A text file, a saved web page and a Word file (through mammoth's HTML) all come down to
`Line`s, so the rules that find a title, a date line or a caption (`anatomy`) read them
all the same way. A line keeps its inline markup (bold, italic, links) for the body.
"""

from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from core.text import nfc


@dataclass
class Line:
    text: str  # what it reads, spaces collapsed
    html: str = ""  # the same with its inline markup; for "raw" lines, a whole block
    gap: bool = True  # a new paragraph begins here (a blank line or a new block before)
    style: str = ""  # "title" (h1), "h2"…"h4", "caption", "image", "raw" or ""
    bold: bool = False  # all of its text is bold
    picture: object = None  # for an "image" line: a Picture, or None when only a marker

    def __post_init__(self):
        self.text = " ".join(nfc(self.text).split())
        self.html = self.html or escape(self.text, quote=False)


def text_lines(text):
    """Lines of plain text; a blank line before one starts a new paragraph."""
    lines, gap = [], True
    for raw in nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw.strip():
            lines.append(Line(raw, gap=gap))
            gap = False
        else:
            gap = True
    return lines


SKIPPED = {"head", "script", "style", "noscript", "template", "select", "button", "iframe",
           "svg", "textarea", "object", "map", "audio", "video", "canvas"}  # fmt: skip
BLOCKS = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr",
    "td", "th", "caption", "section", "article", "header", "footer", "nav", "aside", "main",
    "blockquote", "figure", "figcaption", "center", "address", "pre", "form", "fieldset",
    "legend", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html",
}  # fmt: skip
INLINE_KEPT = {"b", "strong", "i", "em", "u", "s", "sub", "sup", "a"}
BOLD = {"b", "strong"}
HEADINGS = {"h1": "title", "h2": "h2", "h3": "h3", "h4": "h4"}
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "area", "col", "source"}


class _Flattener(HTMLParser):
    def __init__(self, picture_for, keep):
        super().__init__(convert_charrefs=True)
        self.picture_for, self.keep = picture_for, keep
        self.lines, self.skipping = [], []
        self.blocks = []  # open block elements, with the style each gives its lines
        self.raw, self.raw_depth, self.raw_text = None, 0, []
        self.open_inline, self.bold_depth = [], 0
        self._reset_line(gap=True)

    def _reset_line(self, gap):
        self.html, self.text, self.bold_text, self.gap = [], [], [], gap

    def flush(self, gap_after=True):
        text = "".join(self.text)
        if text.strip():
            html = "".join(self.html) + "".join(f"</{tag}>" for tag in reversed(self.open_inline))
            style = next((style for _tag, style in reversed(self.blocks) if style), "")
            bold = "".join(self.bold_text).split() == text.split()
            html = " ".join(html.split())
            self.lines.append(Line(text, html=html, gap=self.gap, style=style, bold=bold))
            self.html = [f"<{tag}>" for tag in self.open_inline]  # reopen across a <br>
            self.text, self.bold_text = [], []
            self.gap = gap_after
        else:
            self.gap = self.gap or gap_after

    def handle_starttag(self, tag, attrs):
        if self.skipping:
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if self.raw is not None:
            self.raw.append(self.get_starttag_text())
            self.raw_depth += tag == self.raw_tag
            return
        if tag in SKIPPED:
            self.skipping.append(tag)
        elif tag in self.keep:
            self.flush()
            self.raw, self.raw_tag, self.raw_depth = [self.get_starttag_text()], tag, 1
            self.raw_text = []
        elif tag == "br":
            self.flush(gap_after=False)
        elif tag == "img":
            self.flush()
            attributes = dict(attrs)
            picture = self.picture_for(attributes) if self.picture_for else None
            alt = attributes.get("alt") or ""
            self.lines.append(Line(alt, style="image", picture=picture))
            self.gap = True
        elif tag in BLOCKS:
            self.flush()
            if tag not in VOID:
                classes = dict(attrs).get("class") or ""
                caption = tag == "figcaption" or "caption" in classes.lower()
                self.blocks.append((tag, "caption" if caption else HEADINGS.get(tag, "")))
        elif tag in INLINE_KEPT:
            href = dict(attrs).get("href") if tag == "a" else None
            self.html.append(f'<a href="{escape(href)}">' if href else f"<{tag}>")
            self.open_inline.append(tag)
            self.bold_depth += tag in BOLD

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if self.raw is not None:
            self.raw.append(f"</{tag}>")
            self.raw_depth -= tag == self.raw_tag
            if not self.raw_depth:
                text = "".join(self.raw_text)
                self.lines.append(Line(text, html="".join(self.raw), style="raw"))
                self.raw = None
                self.gap = True
            return
        if tag in BLOCKS:
            self.flush()
            if any(open_tag == tag for open_tag, _style in self.blocks):
                while self.blocks and self.blocks.pop()[0] != tag:
                    pass  # close up to the matching block, as browsers do
        elif tag in INLINE_KEPT and tag in self.open_inline:
            while self.open_inline:
                inner = self.open_inline.pop()
                self.html.append(f"</{inner}>")
                self.bold_depth -= inner in BOLD
                if inner == tag:
                    break

    def handle_data(self, data):
        if self.skipping:
            return
        if self.raw is not None:
            self.raw.append(escape(data, quote=False))
            self.raw_text.append(data)
            return
        data = data.replace("\xa0", " ")
        if not data:
            return
        self.text.append(data)
        self.html.append(escape(data, quote=False))
        if self.bold_depth:
            self.bold_text.append(data)

    def close(self):
        super().close()
        self.open_inline = []
        self.flush()
        return self.lines


def html_lines(html, picture_for=None, keep=()):
    """Lines of an HTML document: each block element (and each <br>) ends one.

    `picture_for(attributes)` turns an <img>'s attributes into a Picture (or None: the
    line only marks where a photo stood); elements named in `keep` (lists and tables of
    a Word file) pass through whole as "raw" lines. Scripts, styles and forms' widgets
    are skipped.
    """
    parser = _Flattener(picture_for, set(keep))
    parser.feed(nfc(html))
    return parser.close()
