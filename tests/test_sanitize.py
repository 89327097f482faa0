import pytest

from news.sanitize import clean_html, text_to_html
from tests import factories

HOSTILE = [
    ("<p>Tin</p><script>alert(1)</script>", "<script", "alert(1)"),
    ('<img src="x.jpg" onerror="alert(1)">', "onerror", None),
    ('<a href="javascript:alert(1)">bấm</a>', "javascript:", None),
    ('<p style="position:fixed;top:0">che trang</p>', "style=", None),
    ("<style>body{display:none}</style><p>Tin</p>", "<style", "display:none"),
    ('<iframe src="https://evil.example"></iframe>', "<iframe", None),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:", None),
    ("<svg><script>alert(1)</script></svg>", "<svg", "alert"),
    ('<form action="/x"><input name="a"></form>', "<form", "<input"),
]


@pytest.mark.parametrize(("html", "gone", "also_gone"), HOSTILE)
def test_hostile_markup_is_removed(html, gone, also_gone):
    cleaned = clean_html(html)
    assert gone not in cleaned
    if also_gone:
        assert also_gone not in cleaned


def test_news_markup_survives():
    html = (
        "<h2>Kết quả</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p>"
        '<figure class="image"><img src="/media/a.jpg" alt="Quang cảnh">'
        "<figcaption>Quang cảnh</figcaption></figure>"
        "<ul><li>Một</li></ul><blockquote>Trích</blockquote>"
        "<table><tbody><tr><td>1</td></tr></tbody></table>"
    )
    assert clean_html(html) == html


def test_links_get_noopener():
    assert clean_html('<a href="https://chinhphu.vn">CP</a>') == (
        '<a href="https://chinhphu.vn" rel="noopener noreferrer">CP</a>'
    )


def test_text_to_html_escapes_and_splits_paragraphs():
    html = text_to_html("Dòng <b>một</b>\ncòn tiếp\n\nĐoạn hai")
    assert html == "<p>Dòng &lt;b&gt;một&lt;/b&gt;<br>còn tiếp</p><p>Đoạn hai</p>"


def test_orm_save_sanitizes(quiet_town):
    article = factories.article(
        quiet_town.section, body='<p onclick="x()">Tin</p><script>alert(1)</script>'
    )
    article.refresh_from_db()
    assert article.body == "<p>Tin</p>"
