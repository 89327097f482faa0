"""A hostile visitor on every public endpoint: whatever comes in, no 500 goes out.

The spec: "No input gives a 500: malformed page numbers, huge search strings, broken form
posts, forged captcha, oversized or fake images, script in comments or in rich text.
Every rejection says what was wrong, in Vietnamese, and keeps what the user typed."

Every request goes through `Visitor`, a test client that fails the test on any 5xx and
on any error that django.request logs.
"""

import io
import logging
import os
import re
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from PIL import Image

from comments.models import Comment
from core.readers import READER_COOKIE
from news.models import Article, Rating
from tests import factories
from tests.captcha import ANSWER, PASSED, captcha_from
from tests.cast import LAN

pytestmark = pytest.mark.django_db

VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE
)
NOT_FOUND = "Không tìm thấy trang"
SCRIPT = "<script>alert(1)</script>"
HUGE_ID = "9" * 23  # beyond any 64-bit integer column
MEGABYTE = 1024 * 1024
FETCH = {"X-Requested-With": "fetch", "Accept": "application/json"}  # what rating.js sends
# A form arrives from a browser without JavaScript, from rating.js, or from other scripts.
CLIENTS = [{}, FETCH, {"Accept": "application/json"}, {"X-Requested-With": "fetch"}]


class Visitor:
    """A browser, a bot or a script kiddie: any 5xx, or any error logged, fails the test.

    Each visitor has its own cookies, but all share one middleware chain: building it costs
    a tenth of a second (WhiteNoise indexes every static file), too much for 150 tests.
    """

    _handlers = {}

    def __init__(self, caplog, enforce_csrf_checks=False):
        self.client = Client(raise_request_exception=False, enforce_csrf_checks=enforce_csrf_checks)
        self.client.handler = self._handlers.setdefault(enforce_csrf_checks, self.client.handler)
        self.caplog = caplog

    def get(self, url, data=None, **kwargs):
        return self._checked(self.client.get(url, data, **kwargs))

    def head(self, url, **kwargs):
        return self._checked(self.client.head(url, **kwargs))

    def post(self, url, data=None, **kwargs):
        return self._checked(self.client.post(url, data, **kwargs))

    def generic(self, method, url, **kwargs):
        return self._checked(self.client.generic(method, url, **kwargs))

    def _checked(self, response):
        request = response.wsgi_request
        where = f"{request.method} {request.get_full_path()[:150]}"
        assert response.status_code < 500, f"{response.status_code} on {where}"
        logged = [
            record.getMessage()
            for record in self.caplog.records
            if record.name == "django.request" and record.levelno >= logging.ERROR
        ]
        assert not logged, f"django.request logged {logged[-1]!r} on {where}"
        return response


@pytest.fixture
def visitor(caplog):
    return Visitor(caplog)


@pytest.fixture
def town(town, settings):
    """The cast's town with short pages (every list and the comments have a page 2) and
    approved comments under Bắc Hồng's newest article."""
    settings.ARTICLES_PER_PAGE = 2
    settings.COMMENTS_PER_PAGE = 2
    for n in range(3):
        Comment.objects.create(
            article=town.article,
            name=f"Bạn đọc {n}",
            email=f"bandoc{n}@gmail.com",
            content=f"Ý kiến số {n} về con đường của tổ dân phố.",
        )
    Comment.objects.all().moderate(Comment.Status.APPROVED)
    town.article.refresh_from_db()
    return town


@pytest.fixture
def closed(town):
    """An article of the town closed to comments."""
    return factories.article(town.section, "Tin đã khóa bình luận", comments_open=False)


def page_urls(town):
    """Every public page a GET reaches, by name."""
    return {
        "home": "/",
        "section": town.section.get_absolute_url(),
        "area": town.ward.get_absolute_url(),
        "unit": town.unit.get_absolute_url(),
        "article": town.article.get_absolute_url(),
        "print": town.article.get_print_url(),
        "search": "/tim-kiem/",
        "feed": "/rss/",
        "section feed": f"{town.section.get_absolute_url()}rss/",
        "area feed": f"{town.ward.get_absolute_url()}rss/",
        "sitemap": "/sitemap.xml",
        "sitemap section": "/sitemap-tin.xml",
        "robots": "/robots.txt",
        "healthz": "/healthz",
        "language switch": "/ngon-ngu/",
        "captcha refresh": "/captcha/refresh/",
        "admin login": "/admin/login/",
    }


PAGES = [  # the names in page_urls()
    "home",
    "section",
    "area",
    "unit",
    "article",
    "print",
    "search",
    "feed",
    "section feed",
    "area feed",
    "sitemap",
    "sitemap section",
    "robots",
    "healthz",
    "language switch",
    "captcha refresh",
    "admin login",
]


def visible_text(response):
    html = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", response.content.decode(errors="replace"))
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def form_errors(response):
    """The messages beside fields and above the form, as a reader sees them."""
    html = response.content.decode()
    messages = re.findall(r'class="field-error"[^>]*>([^<]*)<', html)
    for block in re.findall(r'(?s)<div class="form-errors"[^>]*>(.*?)</div>', html):
        messages += re.findall(r"<p>([^<]*)</p>", block)
    return messages


def assert_vietnamese(messages):
    assert messages, "no message says what was wrong"
    english = [m for m in messages if not VIETNAMESE.search(m)]
    assert not english, f"not in Vietnamese: {english}"


def assert_stays_on_site(response):
    location = response.get("Location")
    if location is not None:
        assert url_has_allowed_host_and_scheme(location, {"testserver"}), location


# 1. Junk in the query string of every page ----------------------------------------------

# What a fuzzer puts in a query string, as it travels (already percent-encoded).
JUNK = {
    "empty": "",
    "zero": "0",
    "negative": "-1",
    "fraction": "1.5",
    "float overflow": "1e309",
    "words": "abc",
    "huge integer": HUGE_ID,
    "beyond int() digit limit": "9" * 5000,
    "10,000 characters": "x" * 10_000,
    "NUL byte": "dan%00van",
    "lone surrogate": "%ed%a0%80",
    "invalid UTF-8": "%ff%fe",
    "SQL": quote("1' OR '1'='1'; DROP TABLE news_article; --"),
    "HTML": quote(f'"><{SCRIPT[1:]}'),
    "impossible date": "2026-02-31",
    "five-digit year": "99999-01-01",
}
# Every parameter some page reads, and one none does: each gets the junk at once.
PARAMS = [
    "page",
    "binh-luan",
    "p",
    "q",
    "section",
    "area",
    "unit",
    "date_from",
    "date_to",
    "next",
    "language",
    "utm_source",
]


@pytest.mark.parametrize("page_name", PAGES)
def test_a_fuzzer_fills_every_query_parameter_with_junk(visitor, town, page_name):
    url = page_urls(town)[page_name]
    for name, junk in JUNK.items():
        query = "&".join(f"{param}={junk}" for param in PARAMS)
        response = visitor.get(f"{url}?{query}")
        assert response.status_code in (200, 302, 404), name
        assert SCRIPT.encode() not in response.content, f"{name}: the script came back raw"
        assert_stays_on_site(response)


@pytest.mark.parametrize(
    "page_name",
    list(PAGES),
)
def test_a_link_checker_sends_head_and_gets_what_get_gets_without_a_body(visitor, town, page_name):
    url = page_urls(town)[page_name]
    head = visitor.head(url)
    assert head.status_code == visitor.get(url).status_code
    assert head.content == b""


@pytest.mark.parametrize(
    "url",
    [
        f"/tin/x-{HUGE_ID}/",
        f"/tin/x-{HUGE_ID}/ban-in/",
        "/tin/x-0/",
        f"/tin/{'a' * 5000}-0/",
        "/tin/x%00-1/",
        "/tin/%ff%fe-1/",
        "/tin/<script>-1/",
        "/chuyen-muc/khong-co/",
        "/chuyen-muc/khong-co/rss/",
        "/chuyen-muc/%ed%a0%80/",
        "/dia-ban/khong-co/",
        "/dia-ban/khong-co/rss/",
        "/don-vi/khong-co/",
        "/sitemap-khong-co.xml",
        "/sitemap-tin.xml?p=0",
        f"/sitemap-tin.xml?p={HUGE_ID}",
        "/media/%00",
        "/static/%00",
        "/static/../config/settings.py",
        "/%ff%fe/",
        "/captcha/image/khong-co/",
        f"/captcha/image/{'a' * 10_000}/",
        "/captcha/image/%E1%BA%A3nh/",
        "/captcha/image/x@2/",
        "/captcha/audio/x.wav",
    ],
    ids=lambda url: url if len(url) < 60 else f"{url[:20]}…",
)
def test_a_reader_guesses_urls_that_do_not_exist(visitor, url):
    response = visitor.get(url)
    assert response.status_code in (404, 410)  # 410: an expired captcha picture
    if response.status_code == 404:
        assert NOT_FOUND in response.content.decode()


def test_a_reader_guesses_the_url_of_a_draft_and_of_an_old_slug(visitor, town):
    assert visitor.get(town.draft.get_absolute_url()).status_code == 404
    assert visitor.get(town.draft.get_print_url()).status_code == 404
    moved = visitor.get(f"/tin/ten-cu-{town.article.pk}/?page=%ff")
    assert moved.status_code == 301 and moved["Location"] == town.article.get_absolute_url()


# 2. The search form --------------------------------------------------------------------


INVALID_DATE = "Nhập một ngày hợp lệ."


@pytest.mark.parametrize(
    "date_from, date_to, message",
    [
        pytest.param("2026-02-31", "", INVALID_DATE, id="date_from 2026-02-31"),
        pytest.param("99999-01-01", "", INVALID_DATE, id="date_from 99999-01-01"),
        pytest.param("", "31/02/2026", INVALID_DATE, id="date_to 31/02/2026"),
        pytest.param("hôm qua", "x" * 10_000, INVALID_DATE, id="words and 10,000 x"),
        pytest.param("2025-05-01", "2025-01-01", "Ngày kết thúc không", id="end before start"),
        pytest.param("9999-12-31", "", None, id="date_from 9999-12-31"),
        pytest.param("", "0001-01-01", None, id="date_to 0001-01-01"),
        pytest.param("", "9999-12-31", None, id="date_to 9999-12-31"),
        pytest.param("0001-01-01", "", None, id="date_from 0001-01-01"),
        pytest.param("01/01/0001", "", None, id="date_from 01/01/0001"),
    ],
)
def test_a_reader_searches_with_impossible_dates(visitor, town, date_from, date_to, message):
    query = {"q": "hoi nghi", "date_from": date_from, "date_to": date_to}
    response = visitor.get("/tim-kiem/", query)
    assert response.status_code == 200
    html = response.content.decode()
    if message:
        assert any(message in error for error in form_errors(response))
        assert_vietnamese(form_errors(response))
    for typed in (date_from, date_to):
        assert f'value="{escape(typed)}"' in html or not typed


def test_a_reader_filters_by_ids_that_do_not_exist_and_still_gets_results(visitor, town):
    response = visitor.get(
        "/tim-kiem/",
        {"q": "hoi nghi", "section": "khong-co", "area": HUGE_ID, "unit": ["1", "[]"]},
    )
    assert response.status_code == 200
    assert len(form_errors(response)) == 3
    assert_vietnamese(form_errors(response))
    unfiltered = visitor.get("/tim-kiem/", {"q": "hoi nghi"})
    assert response.context["total"] == unfiltered.context["total"] > 0  # reported, not applied


# 3. Comments: broken posts, forged captcha, script, closed articles ----------------------


@pytest.mark.parametrize(
    "form, real, message",
    [
        pytest.param({}, False, "Vui lòng nhập họ và tên.", id="an empty form"),
        pytest.param(LAN, False, "Vui lòng nhập mã xác thực.", id="no captcha"),
        pytest.param({**LAN, "captcha_1": "ABCD"}, True, "Vui lòng nhập mã xác thực.", id="no key"),
        pytest.param(
            {**LAN, "captcha_0": "f" * 40, "captcha_1": "ABCD"},
            True,
            "Mã xác thực không đúng.",
            id="a forged captcha key",
        ),
        pytest.param(
            {**LAN, "captcha_0": "../../etc/passwd", "captcha_1": ANSWER},
            True,
            "Mã xác thực không đúng.",
            id="a path as captcha key",
        ),
        pytest.param(
            {**LAN, "captcha_0": "k" * MEGABYTE, "captcha_1": "x" * MEGABYTE},
            True,
            "Mã xác thực không đúng.",
            id="a 1 MB captcha",
        ),
        pytest.param(
            {**LAN, **PASSED, "name": "Lan " * (MEGABYTE // 4)},
            False,
            "Họ và tên chỉ được có tối đa 80 ký tự.",
            id="a 1 MB name",
        ),
        pytest.param(
            {**LAN, **PASSED, "content": "Đường " * (MEGABYTE // 6)},
            False,
            "tối đa 3000 ký tự",
            id="a 1 MB comment",
        ),
        pytest.param(
            {**LAN, **PASSED, "email": "a" * MEGABYTE + "@gmail.com"},
            False,
            "Vui lòng nhập địa chỉ email hợp lệ",
            id="a 1 MB email",
        ),
        pytest.param(
            {**LAN, **PASSED, "email": "lan@", "name": "L", "content": "Hay"},
            False,
            "Bình luận cần có ít nhất 10 ký tự.",
            id="too short and not an email",
        ),
        pytest.param(
            {**LAN, **PASSED, "name": "   ", "content": "\n\t \r\n"},
            False,
            "Vui lòng nhập họ và tên.",
            id="only whitespace",
        ),
        pytest.param(
            {
                "name": SCRIPT,
                "email": f"{SCRIPT}@x.vn",
                "content": f"<img src=x onerror=alert(1)>{SCRIPT}",
            },
            False,
            "Vui lòng nhập mã xác thực.",
            id="script tags everywhere",
        ),
        pytest.param(
            {**LAN, **PASSED, "name": "Lan\x00", "content": "Tôi đồng\x00 tình với phường."},
            False,
            None,
            id="NUL bytes",
        ),
    ],
)
def test_a_broken_comment_is_explained_in_vietnamese_and_keeps_the_text(
    visitor, town, request, form, real, message
):
    if real:
        request.getfixturevalue("real_captcha")
    response = visitor.post(f"/binh-luan/{town.article.pk}/", form)
    assert response.status_code == 200
    errors = form_errors(response)
    assert_vietnamese(errors)
    if message:
        assert any(message in error for error in errors), errors
    html = response.content.decode()
    for field in ("name", "email", "content"):
        if form.get(field):
            assert escape(form[field]) in html, f"the {field} typed is lost"
    assert SCRIPT not in html and "<img src=x" not in html
    assert not Comment.objects.filter(article=town.article, status="pending").exists()


def urlencoded(fields):
    return "&".join(f"{name}={quote(value)}" for name, value in fields.items())


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({**LAN, "name": ["Kẻ giả mạo", "Lan"]}, id="every field twice"),
        pytest.param(urlencoded(LAN) + "&content=" + "%ff%fe%ed%a0%80" * 5, id="invalid UTF-8"),
        pytest.param({**LAN, "website": "http://spam.example"}, id="a filled honeypot"),
        pytest.param({**LAN, "extra": "x" * MEGABYTE}, id="a 1 MB field nobody reads"),
    ],
)
def test_a_bot_posts_odd_but_parseable_comments(visitor, town, body):
    url = f"/binh-luan/{town.article.pk}/"
    if isinstance(body, str):
        body += "&" + urlencoded(PASSED)
        response = visitor.post(url, body, content_type="application/x-www-form-urlencoded")
    else:
        response = visitor.post(url, {**body, **PASSED})
    assert response.status_code == 302
    assert response["Location"] == town.article.get_absolute_url()


def test_the_no_javascript_captcha_refresh_keeps_even_a_megabyte(visitor, town):
    typed = {"name": "Lan\x00", "email": "x" * 300, "content": "Đường " * (MEGABYTE // 6)}
    response = visitor.post(
        f"/binh-luan/{town.article.pk}/", {**typed, "refresh_captcha": "1", "captcha_0": "??"}
    )
    assert response.status_code == 200
    assert typed["content"] in response.content.decode()


@pytest.mark.parametrize("target", ["unknown", "huge id", "draft"])
def test_a_bot_comments_on_articles_readers_cannot_see(visitor, town, target):
    pk = {"unknown": 0, "huge id": HUGE_ID, "draft": town.draft.pk}[target]
    for headers in CLIENTS:
        response = visitor.post(f"/binh-luan/{pk}/", {**LAN, **PASSED}, headers=headers)
        assert response.status_code == 404
        assert NOT_FOUND in response.content.decode()
    assert not Comment.objects.filter(status="pending").exists()


def test_a_comment_on_a_closed_article_is_refused_in_vietnamese(visitor, closed):
    for headers in CLIENTS:
        response = visitor.post(f"/binh-luan/{closed.pk}/", {**LAN, **PASSED}, headers=headers)
        assert response.status_code == 403
        page = response.content.decode()
        assert "Bài viết này đã đóng bình luận." in page
        assert escape(LAN["content"]) in page
    assert not Comment.objects.filter(article=closed).exists()


def test_lan_typed_while_comments_were_open_and_keeps_her_text_when_they_close(visitor, town):
    page = visitor.get(town.article.get_absolute_url())
    Article.objects.filter(pk=town.article.pk).update(comments_open=False)
    response = visitor.post(
        f"/binh-luan/{town.article.pk}/", {**LAN, **captcha_from(page)}, follow=True
    )
    html = response.content.decode()
    assert "Bài viết này đã đóng bình luận." in html
    assert escape(LAN["content"]) in html


def test_script_in_comments_and_in_rich_text_never_runs(visitor, town, settings):
    settings.COMMENTS_PER_PAGE = 20
    comment = Comment.objects.create(
        article=town.article,
        name=SCRIPT,
        email="x@x.vn",
        content=f"Chào {SCRIPT}<img src=x onerror=alert(1)>",
        reply=f"Trả lời {SCRIPT}",
    )
    Comment.objects.filter(pk=comment.pk).moderate(Comment.Status.APPROVED)
    article = factories.article(
        town.section,
        f"Tin </script>{SCRIPT} mới",
        sapo=f"Sapo {SCRIPT}",
        body=f'<p>Nội dung</p>{SCRIPT}<img src="x" onerror="alert(1)">'
        '<a href="javascript:alert(1)">bấm</a><iframe src="//evil.example"></iframe>',
    )
    shown_on = [town.article.get_absolute_url(), article.get_absolute_url()]
    shown_on += [article.get_print_url(), "/", "/rss/"]
    for url in shown_on:
        html = visitor.get(url).content.decode()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, f"the text is gone from {url}"
        for raw in (SCRIPT, "<iframe", 'href="javascript:'):
            assert raw not in html, f"{raw} came back raw on {url}"
        assert not re.search(r"<[a-z][^>]*\son[a-z]+=", html), f"an event handler on {url}"
    found = visitor.get("/tim-kiem/", {"q": "tin moi"}).content.decode()
    assert SCRIPT not in found and "&lt;script&gt;" in found


# 4. Ratings ----------------------------------------------------------------------------


def refusal(response):
    if response["Content-Type"].startswith("application/json"):
        return response.json()["error"]
    return visible_text(response)


# What a script sends as the stars: none of it is 1 to 5.
BAD_STARS = {
    "missing": None,
    "empty": "",
    "zero": "0",
    "six": "6",
    "negative": "-1",
    "fraction": "3.5",
    "a word": "năm",
    "NUL": "\x00",
    "script": SCRIPT,
    "twice, the last junk": ["3", "x"],
    "a megabyte of digits": "9" * MEGABYTE,
}


@pytest.mark.parametrize("stars", BAD_STARS)
def test_a_script_kiddie_votes_junk_and_hears_why_in_vietnamese(visitor, town, stars):
    value = BAD_STARS[stars]
    for headers in CLIENTS:
        data = {} if value is None else {"value": value}
        response = visitor.post(f"/danh-gia/{town.article.pk}/", data, headers=headers)
        assert response.status_code == 400
        assert "Vui lòng chọn từ 1 đến 5 sao." in refusal(response)
        assert SCRIPT.encode() not in response.content
    assert not Rating.objects.exists()


@pytest.mark.parametrize("target", ["unknown", "huge id", "draft"])
def test_a_bot_rates_articles_readers_cannot_see(visitor, town, target):
    pk = {"unknown": 0, "huge id": HUGE_ID, "draft": town.draft.pk}[target]
    for headers in CLIENTS:
        response = visitor.post(f"/danh-gia/{pk}/", {"value": "5"}, headers=headers)
        assert response.status_code == 400
        assert "Không thể đánh giá bài viết này." in refusal(response)
    assert not Rating.objects.exists()


def test_a_script_hammering_the_stars_is_slowed_down_in_vietnamese(visitor, town, settings):
    settings.RATING_RATE_LIMIT = 1
    assert visitor.post(f"/danh-gia/{town.article.pk}/", {"value": "5"}).status_code == 302
    for headers in CLIENTS:
        response = visitor.post(f"/danh-gia/{town.article.pk}/", {"value": "4"}, headers=headers)
        assert response.status_code == 429
        assert "Vui lòng thử lại sau ít phút." in refusal(response)


@pytest.mark.parametrize(
    "cookie", ["", "short", "../../etc/passwd", "x" * 10_000, "a b;c"], ids=lambda c: c[:20]
)
def test_a_reader_with_a_forged_reader_cookie_still_votes_once(visitor, closed, cookie):
    visitor.client.cookies[READER_COOKIE] = cookie
    response = visitor.post(f"/danh-gia/{closed.pk}/", {"value": "4"}, headers=FETCH)
    assert response.status_code == 200 and response.json()["value"] == 4
    assert response.cookies[READER_COOKIE].value != cookie


# 5. Wrong methods, and pages that are reached by the wrong method -----------------------


@pytest.mark.parametrize("endpoint", ["binh-luan", "danh-gia", "bien-tap/tai-anh"])
def test_a_crawler_opens_post_only_endpoints_with_other_methods(visitor, town, endpoint):
    url = f"/{endpoint}/{town.article.pk}/" if endpoint != "bien-tap/tai-anh" else f"/{endpoint}/"
    for method in ("PUT", "PATCH", "DELETE", "OPTIONS"):
        assert visitor.generic(method, url).status_code == 405, method
    # A reader's GET on a form's address (a link on a refused form's page) goes to the article.
    expected = 405 if endpoint == "bien-tap/tai-anh" else 302
    for method in ("GET", "HEAD"):
        assert visitor.generic(method, url).status_code == expected, method


def test_a_bot_posts_to_robots_txt(visitor):
    assert visitor.post("/robots.txt", {"x": "y"}).status_code == 405


@pytest.mark.parametrize(
    "story",
    [
        "a refused comment, then the language switch",
        "a refused comment, then the next page of comments",
        "a refused rating, then the language switch",
    ],
)
def test_after_a_refusal_the_links_on_the_page_still_work(visitor, town, story):
    if "comment" in story:
        refused = visitor.post(f"/binh-luan/{town.article.pk}/", {"name": "Lan"})
        assert refused.status_code == 200
    else:
        refused = visitor.post(f"/danh-gia/{town.article.pk}/", {"value": "0"})
        assert refused.status_code == 400
    html = refused.content.decode()
    if story.endswith("language switch"):
        next_url = re.search(r'name="next" value="([^"]*)"', html)[1]
        response = visitor.post("/ngon-ngu/", {"language": "en", "next": next_url}, follow=True)
    else:
        assert 'href="?binh-luan=2#comments"' in html
        response = visitor.get(f"{refused.wsgi_request.path}?binh-luan=2", follow=True)
    assert response.status_code == 200
    assert town.article.title in response.content.decode()


# 6. The language switch: junk language, junk next, never an open redirect ----------------

OFF_SITE = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    " https://evil.example",
    "https:///evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\r\nSet-Cookie: admin=1",
    "/tin/\x00",
    "/" + "a" * 10_000,
    "",
]
LANGUAGES = ["en", "vi", "", "xx", "../../etc", "\x00", "e" * 10_000, SCRIPT]


@pytest.mark.parametrize("next_url", OFF_SITE, ids=lambda n: repr(n[:24]))
def test_the_language_switch_never_sends_a_reader_off_site(visitor, next_url):
    for language in LANGUAGES:
        response = visitor.post("/ngon-ngu/", {"language": language, "next": next_url})
        assert response.status_code == 302
        assert_stays_on_site(response)
        assert "\n" not in response["Location"]
        chosen = response.cookies.get("django_language")
        if language in ("en", "vi"):
            assert chosen.value == language
        else:
            assert chosen is None, f"{language[:20]!r} became the language"
    for referer in ("https://evil.example/", next_url):
        response = visitor.post("/ngon-ngu/", {"language": "en"}, headers={"referer": referer})
        assert_stays_on_site(response)
    assert_stays_on_site(visitor.get("/ngon-ngu/", {"language": "en", "next": next_url}))


# 7. The captcha's own URLs ---------------------------------------------------------------


def test_the_captcha_urls_answer_junk_keys_without_error(visitor, town):
    refresh = visitor.get("/captcha/refresh/?x=%ff", headers={"X-Requested-With": "XMLHttpRequest"})
    key = refresh.json()["key"]
    assert visitor.get(f"/captcha/image/{key}/").status_code == 200
    assert visitor.get(f"/captcha/image/{key}@2/?%00").status_code == 200
    assert visitor.get(f"/captcha/image/{key}{key}/").status_code == 410
    assert visitor.get("/captcha/image/%00/").status_code == 404
    assert visitor.post("/captcha/refresh/", {"x": "y"}).status_code == 404  # JavaScript only


# 8. The editor's photo upload ------------------------------------------------------------


def png(image):
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


SVG = f'<svg xmlns="http://www.w3.org/2000/svg">{SCRIPT}</svg>'.encode()
NOT_A_PHOTO = "Tệp này không phải là ảnh."


# Files an editor (or whoever stole a session) might send, with the answer expected.
FAKE_PHOTOS = {
    "rong.jpg": (b"", NOT_A_PHOTO),
    "thu-moi.jpg": ("Thư mời họp".encode(), NOT_A_PHOTO),
    "script.svg": (SVG, NOT_A_PHOTO),
    "svg-named.png": (SVG, NOT_A_PHOTO),
    "truncated.jpg": (b"\xff\xd8\xff\xe0" + b"\x00" * 100, NOT_A_PHOTO),
    "script.pdf": (b"%PDF-1.4 " + SCRIPT.encode(), NOT_A_PHOTO),
    "48-megapixels.png": (png(Image.new("1", (8000, 6000))), "triệu điểm ảnh"),  # 6 kB
    "12-kB-of-noise.png": (png(Image.frombytes("RGB", (64, 64), os.urandom(12288))), "tối đa"),
}


@pytest.mark.parametrize("name", FAKE_PHOTOS)
def test_an_editor_uploads_fake_and_oversized_photos(visitor, settings, bac_hong_editor, name):
    settings.IMAGE_MAX_BYTES = 10_000
    content, message = FAKE_PHOTOS[name]
    visitor.client.force_login(bac_hong_editor)
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    response = visitor.post("/bien-tap/tai-anh/", {"upload": upload})
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]


def test_an_editor_uploads_a_real_photo_with_a_path_for_a_name(visitor, bac_hong_editor):
    visitor.client.force_login(bac_hong_editor)
    upload = factories.image_file("../../config/settings.py.jpg")
    response = visitor.post("/bien-tap/tai-anh/", {"upload": upload, "x": "\x00"})
    assert response.status_code == 200
    assert re.fullmatch(r"/media/uploads/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", response.json()["url"])


@pytest.mark.parametrize("upload", ["nothing", "text", "a photo"])
def test_a_reader_cannot_upload_anything(visitor, upload):
    data = {"nothing": {}, "text": {"upload": SCRIPT}}.get(upload)
    data = {"upload": factories.image_file()} if data is None else data
    response = visitor.post("/bien-tap/tai-anh/", data, headers=FETCH)
    assert response.status_code == 403
    assert response.json()["error"]["message"] == "Chỉ biên tập viên mới được tải ảnh lên."


# 9. Requests Django itself refuses: they must say why, in Vietnamese --------------------


@pytest.mark.parametrize(
    "story",
    [
        "1,001 fields",
        "1,001 query parameters",
        "a multipart body without a boundary",
        "a body over the upload limit",
        "a Host header that is not ours",
        "a path that climbs out of media",
    ],
)
def test_a_request_django_refuses_is_explained_in_vietnamese(visitor, town, settings, story):
    url = f"/binh-luan/{town.article.pk}/"
    if story == "1,001 fields":
        response = visitor.post(url, {f"f{n}": "x" for n in range(1001)})
    elif story == "1,001 query parameters":
        response = visitor.get("/tim-kiem/?" + "&q=dang" * 1001)
    elif story == "a multipart body without a boundary":
        response = visitor.post(url, b"junk", content_type="multipart/form-data")
    elif story == "a body over the upload limit":
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        response = visitor.post(url, {**LAN, "content": "x" * 2000})
    elif story == "a Host header that is not ours":
        response = visitor.get("/", headers={"host": "evil.example"})
    else:
        response = visitor.get("/media/../../config/settings.py")
    assert response.status_code == 400
    assert VIETNAMESE.search(visible_text(response)), visible_text(response)


def test_a_reader_whose_csrf_cookie_expired_is_told_why_in_vietnamese(caplog, town):
    visitor = Visitor(caplog, enforce_csrf_checks=True)
    response = visitor.post(f"/binh-luan/{town.article.pk}/", {**LAN, **PASSED})
    assert response.status_code == 403
    assert VIETNAMESE.search(visible_text(response)), visible_text(response)


# 10. Forged cookies and headers ---------------------------------------------------------


def test_forged_cookies_and_headers_change_nothing(visitor, town, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for name, value in {
        "django_language": "../../etc",
        "sessionid": "x" * 5000,
        "messages": "forged:signature",
        "csrftoken": "%00",
        READER_COOKIE: "\\x00",
    }.items():
        visitor.client.cookies[name] = value
    headers = {
        "user-agent": "Mozilla/5.0 " + "x" * 10_000,
        "accept-language": "zz-ZZ;q=abc, *;q=-1",
        "x-forwarded-for": "not an address, , 999.999.999.999",
        "referer": "javascript:alert(1)",
        "accept": "*/*;q=junk",
    }
    for page_name in ("home", "article", "search"):
        response = visitor.get(page_urls(town)[page_name], headers=headers)
        assert response.status_code == 200 and '<html lang="vi">' in response.content.decode()
    vote = visitor.post(f"/danh-gia/{town.article.pk}/", {"value": "5"}, headers=headers)
    assert vote.status_code == 302
    switch = visitor.post("/ngon-ngu/", {"language": "en"}, headers=headers)
    assert switch.status_code == 302 and switch["Location"] == "/"
