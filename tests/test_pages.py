"""Every public page renders for a reader, with a pinned, constant number of queries."""

import re
from datetime import timedelta

import pytest

from news.models import Article
from tests import factories
from tests.cast import build_town, count_queries, forget_cached, public_pages

pytestmark = pytest.mark.django_db


# Queries on a first view (empty cache). The menu and sidebar then come from the cache.
# Pages with the footer read the visit counters: one query (stats.counters, database mode).
# The article page also makes one query for its page of approved comments, whatever their
# number (tests/test_comments.py); its captcha waits until a reader writes (no INSERT).
# A counted reader adds one write in database mode (tests/test_counters.py): 13 at most.
# Every page names the agency from the site's identity (portal): one query, then cached.
# The article page's "Mô hình liên quan" (mobilization's tag) is one query of its own.
EXPECTED = {"home": 9, "section": 6, "area": 10, "unit": 6, "article": 12, "print": 3}


@pytest.mark.parametrize("page", list(EXPECTED))
def test_public_page_query_counts_are_pinned(client, town, page):
    url = public_pages(town)[page]
    assert count_queries(client, url) == EXPECTED[page]


@pytest.mark.parametrize("page", list(EXPECTED))
def test_query_counts_do_not_grow_with_content(client, page):
    small = count_queries(client, public_pages(build_town(articles=3, photos=1))[page])
    forget_cached()
    big_town = build_town(articles=30, photos=8)
    assert count_queries(client, public_pages(big_town)[page]) == small


def test_article_page_first_view_is_at_most_13_queries(client):
    town = build_town(articles=20, photos=6)
    assert count_queries(client, town.article.get_absolute_url()) <= 13


def test_a_merged_ward_says_so_on_its_page_and_on_its_old_articles(client, town):
    new_ward = factories.area("Phường Bắc Hồng Lĩnh", parent=town.town)
    old_ward = town.ward
    old_ward.dissolved_on, old_ward.merged_into = "2025-07-01", new_ward
    old_ward.save()
    old_news = factories.article(town.section, "Tin cũ của phường Bắc Hồng")
    old_news.areas.set([old_ward])
    notice = "Phường Bắc Hồng — đã sáp nhập vào Phường Bắc Hồng Lĩnh"

    def text(url):
        return re.sub(r"<[^>]+>", "", client.get(url).content.decode())

    assert notice in text(old_ward.get_absolute_url())
    assert notice in text(old_news.get_absolute_url())
    # The new ward's page lists the old ward and carries its news.
    body = client.get(new_ward.get_absolute_url()).content.decode()
    assert "Tin cũ của phường Bắc Hồng" in body and old_ward.get_absolute_url() in body


def test_home_shows_the_most_read_of_the_week_from_the_history(client, quiet_town):
    from django.utils import timezone

    from stats.models import DailyCount

    news = quiet_town.section
    popular = factories.article(news, "Tin được đọc nhiều trong tuần")
    old_hit = factories.article(news, "Tin đọc nhiều tháng trước")
    draft = factories.article(news, "Bản nháp", status="draft")
    today = timezone.localdate()
    DailyCount.objects.create(day=today, article=popular, views=40)
    DailyCount.objects.create(day=today - timedelta(days=40), article=old_hit, views=900)
    DailyCount.objects.create(day=today, article=draft, views=500)
    html = client.get("/").content.decode()
    week = html.split('id="most-read-week-title"')[1].split("</section>")[0]
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', week) == ["Tin được đọc nhiều trong tuần"]


def test_a_long_list_pages_by_the_row_it_starts_after(client, town, settings):
    """Older and newer links walk a section without counting or skipping rows."""
    settings.ARTICLES_PER_PAGE = 2
    for n in range(3):
        factories.article(town.section, f"Tin cũ {n}", ago=timedelta(days=30 + n))
    titles = [a.title for a in Article.objects.published().in_section(town.section)]
    assert len(titles) == 7
    seen, url = [], town.section.get_absolute_url()
    while url:
        response = client.get(url)
        page = response.context["page"]
        seen += [a.title for a in page]
        url = page.older and f"{town.section.get_absolute_url()}?truoc={page.older}"
    assert seen == titles
    back = client.get(f"{town.section.get_absolute_url()}?sau={page.object_list[0].pk}")
    assert [a.title for a in back.context["page"]] == titles[-3:-1]
    html = back.content.decode()
    assert "Mới nhất" in html and "Mới hơn" in html and "Cũ hơn" in html
