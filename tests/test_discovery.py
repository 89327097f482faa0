"""Feeds, sitemap, robots.txt, health check and the article's metadata for search engines."""

import json
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import connection

from news.models import Article
from news.sitemaps import ArticleSitemap
from tests import factories
from tests.cast import captured_queries, count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(town):
    """Two more articles of the town: one for Đảng, two days old, with no area; one of Bắc
    Hồng's Dân vận khéo, written by two people, with markup in its title."""
    first = factories.article(town.section, "Hội nghị Ban Chấp hành Đảng bộ", ago=timedelta(days=2))
    second = factories.article(
        town.mobilization, "Mô hình dân vận khéo <làm đường>", author="Thu Hằng – Thanh Trúc"
    )
    second.areas.set([town.ward])
    return SimpleNamespace(first=first, second=second)


def test_site_feed_lists_published_articles_newest_first(client, town, stories):
    response = client.get("/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert body.index("Mô hình dân vận khéo &lt;làm đường&gt;") < body.index(
        "Hội nghị Ban Chấp hành Đảng bộ"
    )
    assert town.draft.title not in body


def test_section_and_area_feeds(client, town, stories):
    section_feed = client.get(f"/chuyen-muc/{town.section.slug}/rss/").content.decode()
    assert "Hội nghị Ban Chấp hành" in section_feed and "dân vận khéo" not in section_feed
    area_feed = client.get(f"/dia-ban/{town.ward.slug}/rss/").content.decode()
    assert "dân vận khéo" in area_feed and "Hội nghị Ban Chấp hành" not in area_feed
    assert client.get("/chuyen-muc/khong-co/rss/").status_code == 404


def test_feeds_are_discoverable(client, town):
    home = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in home
    section = client.get(town.section.get_absolute_url()).content.decode()
    assert f"/chuyen-muc/{town.section.slug}/rss/" in section


def test_sitemap_index_and_articles(client, town, stories):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    pages = re.findall(r"<loc>http://testserver(/sitemap-[^<]+)</loc>", index.content.decode())
    assert "/sitemap-tin.xml" in pages
    listing = client.get("/sitemap-tin.xml").content.decode()
    assert stories.first.get_absolute_url() in listing
    assert stories.second.get_absolute_url() in listing
    assert town.draft.get_absolute_url() not in listing


def test_sitemap_query_count_does_not_grow(client, town):
    for i in range(40):
        factories.article(town.section, f"Tin {i}")
    assert count_queries(client, "/sitemap-tin.xml") <= 2


def test_sitemap_pages_are_ranges_of_ids_counted_by_no_query(client, town, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    for i in range(8):
        factories.article(town.section, f"Tin {i}")
    published = set(Article.objects.published().values_list("pk", flat=True))
    highest = Article.objects.published().order_by("-pk").first().pk
    sql = []

    def get(url):
        with captured_queries() as queries:
            body = client.get(url).content.decode()
        sql.extend(query["sql"].upper() for query in queries.captured_queries)
        return body

    index = get("/sitemap.xml")
    pages = -(-highest // 3)
    assert f"/sitemap-tin.xml?p={pages}</loc>" in index
    assert f"/sitemap-tin.xml?p={pages + 1}<" not in index
    listed = []
    for page in range(1, pages + 1):
        ids = [int(pk) for pk in re.findall(r"-(\d+)/</loc>", get(f"/sitemap-tin.xml?p={page}"))]
        assert len(ids) <= 3 and all((page - 1) * 3 < pk <= page * 3 for pk in ids)
        listed += ids
    assert sorted(listed) == sorted(published)  # each published article once, no other
    assert client.get(f"/sitemap-tin.xml?p={pages + 1}").status_code == 404
    articles = [query for query in sql if '"NEWS_ARTICLE"' in query.split(" WHERE ")[0]]
    # The index: the newest change and the highest id; each page: the highest id, its rows.
    assert len(articles) == 2 + 2 * pages
    assert not any("COUNT(" in query or "OFFSET" in query for query in articles)


def test_robots_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_healthz_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content.decode().splitlines()[:2] == ["ok", "database: ok"]


def test_healthz_is_503_when_the_database_does_not(client, monkeypatch):
    def broken(*args, **kwargs):
        raise connection.Database.OperationalError("database is down")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_article_has_canonical_opengraph_and_newsarticle(client, town, stories):
    article = stories.second
    body = client.get(article.get_absolute_url()).content.decode()
    canonical = f"http://testserver{article.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in body
    assert '<meta property="og:title" content="Mô hình dân vận khéo &lt;làm đường&gt;">' in body
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)[1]
    )
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Mô hình dân vận khéo <làm đường>"
    assert data["url"] == canonical
    assert [a["name"] for a in data["author"]] == ["Thu Hằng", "Thanh Trúc"]


def test_json_ld_cannot_break_out_of_its_script(client, town):
    article = factories.article(town.section, "Tiêu đề </script><script>alert(1)</script>")
    body = client.get(article.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)[1]
    assert "<" not in block and json.loads(block)["headline"].startswith("Tiêu đề </script>")


# The section feed reads its sub-sections from the cached menu (a query on a cold cache);
# every feed is titled with the agency's name from the site's identity (portal, cached).
@pytest.mark.parametrize(("url", "queries"), [("/rss/", 2), ("section", 4), ("area", 4)])
def test_feed_query_counts_are_pinned(client, town, url, queries):
    for i in range(20):
        factories.article(town.section, f"Tin {i}").areas.set([town.ward])
    url = {
        "section": f"/chuyen-muc/{town.section.slug}/rss/",
        "area": f"/dia-ban/{town.ward.slug}/rss/",
    }.get(url, url)
    assert count_queries(client, url) == queries


def test_article_locations_in_the_sitemap_are_the_articles_urls(client, town, stories):
    listing = client.get("/sitemap-tin.xml").content.decode()
    for article in Article.objects.published():
        assert f"<loc>http://testserver{article.get_absolute_url()}</loc>" in listing
