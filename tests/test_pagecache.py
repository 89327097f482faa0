"""Readers get pages from the page cache, with their own token, live counters, and never a
page older than the last change; staff, previews, posts and errors never touch it."""

import re
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import resolve
from django.utils import timezone

from comments.models import Comment
from core import pagecache
from core.readers import READER_COOKIE
from news.models import Article, Rating, Section, SidebarLink
from stats import counters
from tests import factories
from tests.cast import count_queries, logged_in

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')


def reader():
    return Client(HTTP_USER_AGENT=BROWSER)


def hit(response):
    return response.get("X-Page-Cache") == "hit"


def text(response):
    return response.content.decode()


def test_the_second_reader_gets_the_page_from_the_cache(town):
    url = town.article.get_absolute_url()
    first = reader().get(url)
    assert first.status_code == 200 and not hit(first)
    second = reader().get(url)
    assert hit(second) and second.status_code == 200
    strip = re.compile(rb'(value=")[A-Za-z0-9]{64}(")|<!--tp:[^>]*-->[^<]*<!--/tp-->')
    assert strip.sub(b"", first.content) == strip.sub(b"", second.content)
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                   "Referrer-Policy", "Content-Language", "Vary"):  # fmt: skip
        assert second[header] == first[header], header
    assert "'unsafe-inline'" not in second["Content-Security-Policy"]


def test_a_cache_hit_costs_the_counting_write_of_a_first_view_and_nothing_more(
    town, settings, monkeypatch
):
    """On either backend: one write for a reader's first view, none for a reload. The
    counters' clock stands still: the mirror's count of who is online is read again from
    the database every ten seconds, which a request of this test may otherwise meet."""
    moment = timezone.now()
    monkeypatch.setattr(counters, "now", lambda: moment)
    url = town.article.get_absolute_url()
    reader().get(url)
    reader().get("/")
    lan = reader()
    assert count_queries(lan, url) == 1
    assert count_queries(lan, url) == 0
    assert count_queries(lan, "/") == 0


class CountedCache:
    """The pages cache, recording which of its methods a request calls."""

    def __init__(self, cache):
        self.cache, self.calls = cache, []

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self.cache, name)


def test_a_hit_reads_the_pages_cache_once_and_skips_the_inner_middleware(
    town, settings, monkeypatch
):
    url = town.article.get_absolute_url()
    reader().get(url)
    counted = CountedCache(pagecache.pages())
    monkeypatch.setattr(pagecache, "pages", lambda: counted)
    response = reader().get(url)
    assert hit(response) and counted.calls == ["get_many"]  # page, generation, version
    # Served from above the session, sign-in, messages, axes and audit middleware, below
    # what every response needs (its language, CSRF cookie) and inside the counters.
    order = [path.rsplit(".", 1)[1] for path in settings.MIDDLEWARE]
    cache_at = order.index("PageCacheMiddleware")
    assert order.index("VisitCounterMiddleware") == cache_at - 1
    assert max(order.index(name) for name in ("VietnameseFirstLocaleMiddleware",
               "CsrfViewMiddleware", "SecurityMiddleware")) < cache_at  # fmt: skip
    assert min(order.index(name) for name in ("SessionMiddleware", "AuthenticationMiddleware",
               "MessageMiddleware", "AxesMiddleware", "AuditMiddleware")) > cache_at  # fmt: skip


def test_hits_resolve_each_path_once(town, monkeypatch):
    url = town.article.get_absolute_url()
    reader().get(url)
    pagecache._resolve.cache_clear()
    resolved = []
    monkeypatch.setattr(pagecache, "resolve", lambda path: resolved.append(path) or resolve(path))
    assert all(hit(reader().get(url)) for _ in range(3))
    assert resolved == [url]


def test_two_readers_never_share_a_token_and_each_token_works(town):
    article = town.article
    lan, hung = reader(), reader()
    lan_page, hung_page = lan.get(article.get_absolute_url()), hung.get(article.get_absolute_url())
    assert hit(hung_page)
    lan_token, hung_token = TOKEN.findall(text(lan_page))[0], TOKEN.findall(text(hung_page))[0]
    assert lan_token != hung_token
    assert "__tp_csrf__" not in text(hung_page)
    hung.handler.enforce_csrf_checks = True  # the handler checks, not the client
    vote = hung.post(f"/danh-gia/{article.pk}/", {"value": "5", "csrfmiddlewaretoken": hung_token})
    assert vote.status_code == 302  # accepted: the token matches Hùng's own cookie
    assert Rating.objects.count() == 1


def test_a_returning_reader_keeps_their_secret_under_a_new_mask(town):
    url = town.article.get_absolute_url()
    reader().get(url)  # stored
    lan = reader()
    first = lan.get(url)
    secret = lan.cookies["csrftoken"].value
    again = lan.get(url)
    assert hit(first) and hit(again)
    tokens = TOKEN.findall(text(first))[0], TOKEN.findall(text(again))[0]
    assert tokens[0] != tokens[1] and all(len(token) == 64 for token in tokens)
    assert again.cookies["csrftoken"].value == secret  # renewed, not replaced
    lan.handler.enforce_csrf_checks = True  # the handler checks, not the client
    vote = lan.post(
        f"/danh-gia/{town.article.pk}/", {"value": "4", "csrfmiddlewaretoken": tokens[0]}
    )
    assert vote.status_code == 302
    assert Rating.objects.get().value == 4


def test_counters_stay_live_in_cached_pages(town, settings):
    settings.COUNTERS_BACKEND = "database"
    url = town.article.get_absolute_url()
    views = re.compile(rf"<!--tp:views:{town.article.pk}-->([0-9.]+)<!--/tp-->")
    shown = [views.search(text(reader().get(url))).group(1) for _ in range(3)]
    assert shown == ["1", "2", "3"]


def test_publishing_editing_and_withdrawing_show_at_once(town, publisher):
    home = reader().get("/")
    draft = factories.article(town.section, "Tin mới vừa duyệt", status=Article.Status.REVIEW)
    draft.areas.set([town.ward])
    draft.approve(publisher)
    assert "Tin mới vừa duyệt" in text(reader().get("/"))
    url = town.article.get_absolute_url()
    reader().get(url)
    town.article.title = "Tiêu đề đã sửa"
    town.article.save()
    page = reader().get(url, follow=True)
    assert "Tiêu đề đã sửa" in text(page)
    town.article.withdraw(publisher)
    assert reader().get(town.article.get_absolute_url()).status_code == 404
    assert not hit(home)


def test_a_scheduled_article_appears_at_its_time_without_cron(town):
    at = timezone.now() + timedelta(seconds=3)  # room for a slow machine's two requests
    soon = factories.article(town.section, "Tin hẹn giờ đăng", published_at=at)
    assert "Tin hẹn giờ đăng" not in text(reader().get("/"))
    assert hit(reader().get("/"))
    time.sleep(max(0, (at - timezone.now()).total_seconds()) + 0.1)
    assert "Tin hẹn giờ đăng" in text(reader().get("/"))
    assert soon.is_public


def test_an_approved_comment_shows_and_a_vote_renews_only_its_article(town):
    article = town.article
    url = article.get_absolute_url()
    reader().get(url)
    reader().get("/")
    comment = Comment.objects.create(
        article=article, name="Lan", email="lan@gmail.com", content="Đề nghị lắp đèn ngõ 12."
    )
    assert "Đề nghị lắp đèn" not in text(reader().get(url))  # pending: nothing changed
    assert hit(reader().get(url))
    Comment.objects.filter(pk=comment.pk).moderate(Comment.Status.APPROVED)
    assert "Đề nghị lắp đèn" in text(reader().get(url))
    home = reader().get("/")
    Rating.objects.record(article.pk, "a" * 64, 4)
    page = reader().get(url)
    assert not hit(page) and "4,0/5" in text(page)
    assert hit(reader().get("/")) and not hit(home)


@pytest.mark.parametrize("change", ["section", "sidebar", "merge"])
def test_sections_sidebars_and_merges_renew_pages(town, change):
    reader().get("/")
    if change == "section":
        Section.objects.filter(pk=town.mobilization.pk).get().save()
        town.mobilization.name = "Dân vận khéo – gương sáng"
        town.mobilization.save()
        expected = "Dân vận khéo – gương sáng"
    elif change == "sidebar":
        SidebarLink.objects.create(
            block=SidebarLink.objects.first().block,
            title="Cổng dịch vụ công",
            url="https://dichvucong.gov.vn",
        )
        expected = "Cổng dịch vụ công"
    else:
        new_ward = factories.area("Phường Bắc Hồng Lĩnh", parent=town.town)
        town.ward.merged_into, town.ward.dissolved_on = new_ward, timezone.localdate()
        town.ward.save()
        reader().get(town.ward.get_absolute_url())
        expected = "Bắc Hồng Lĩnh"
    url = "/" if change != "merge" else town.ward.get_absolute_url()
    assert expected in text(reader().get(url))


def test_staff_previews_posts_errors_and_messages_bypass_the_cache(
    client, town, bac_hong_editor, administrator
):
    url = town.article.get_absolute_url()
    reader().get(url)
    staff = logged_in(Client(), administrator)
    assert not hit(staff.get(url))
    draft = town.draft
    assert not hit(staff.get(draft.get_absolute_url()))
    assert reader().get(draft.get_absolute_url()).status_code == 404  # the preview was not kept
    missing = reader()
    missing.get("/tin/khong-co-1/")
    assert not hit(missing.get("/tin/khong-co-1/"))
    lan = reader()
    lan.post(f"/danh-gia/{town.article.pk}/", {"value": "3"})  # leaves a "thank you" message
    thanked = lan.get(url)
    assert not hit(thanked) and "3/5" in text(thanked)


def test_an_unchanged_page_answers_304_and_is_still_counted(town, settings):
    settings.COUNTERS_BACKEND = "database"
    url = town.article.get_absolute_url()
    first = reader().get(url)
    lan = reader()
    again = lan.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert "no-cache" in again["Cache-Control"]
    assert READER_COOKIE in again.cookies  # a reader the counters saw
    views = re.compile(rf"<!--tp:views:{town.article.pk}-->([0-9.]+)<!--/tp-->")
    assert views.search(text(reader().get(url))).group(1) == "3"


def test_english_readers_have_pages_of_their_own(town):
    english = reader()
    english.post("/ngon-ngu/", {"language": "en", "next": "/"})
    reader().get("/")
    page = english.get("/")
    assert '<html lang="en">' in text(page) and not hit(page)
    assert '<html lang="vi">' in text(reader().get("/"))


def test_a_lost_cache_only_costs_a_render(town, settings):
    reader().get("/")
    pagecache.pages().clear()
    assert reader().get("/").status_code == 200
    assert hit(reader().get("/"))
