"""Star ratings: one vote per reader per article, aggregates exact even under concurrency."""

import json
import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import Client

from core.readers import READER_COOKIE
from news.models import Rating
from tests.cast import captured_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(town):
    """Bắc Hồng's newest article, not rated yet."""
    return town.article


def rate(client, article, value, **headers):
    data = {} if value is None else {"value": value}
    return client.post(f"/danh-gia/{article.pk}/", data, headers=headers)


def rate_by_fetch(client, article, value):
    return rate(client, article, value, accept="application/json", x_requested_with="fetch")


def totals(article):
    article.refresh_from_db()
    return article.rating_count, article.rating_sum


def test_a_reader_votes_without_javascript_and_is_remembered(client, article):
    response = rate(client, article, "4")
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    cookie = response.cookies[READER_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["max-age"] == 2 * 365 * 24 * 3600
    assert totals(article) == (1, 4)
    page = client.get(response["Location"]).content.decode()
    assert "Cảm ơn bạn đã đánh giá bài viết 4/5 sao." in page
    assert "4,0/5 (1 lượt đánh giá)" in page


def test_a_changed_vote_replaces_the_first(client, article):
    rate(client, article, "5")
    second = rate(client, article, "2")
    assert READER_COOKIE not in second.cookies  # already known: the cookie stays as it was
    assert totals(article) == (1, 2)
    assert Rating.objects.get().value == 2


def test_readers_behind_one_office_address_each_count(article):
    for value in ("5", "4", "4"):
        assert rate(Client(), article, value).status_code == 302  # same 127.0.0.1
    assert totals(article) == (3, 13)
    page = Client().get(article.get_absolute_url()).content.decode()
    assert "Đánh giá" in page and "4,3/5 (3 lượt đánh giá)" in page
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 4.3,
        "ratingCount": 3,
        "bestRating": 5,
        "worstRating": 1,
    }


def test_with_javascript_the_summary_comes_back_in_place(client, article):
    rate_by_fetch(Client(), article, "3")
    response = rate_by_fetch(client, article, "5")
    assert response.status_code == 200
    assert response.json() == {
        "summary": "4,0/5 (2 lượt đánh giá)",
        "message": "Cảm ơn bạn đã đánh giá bài viết 5/5 sao.",
        "value": 5,
    }


def test_the_widget_is_an_accessible_radio_group(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<fieldset" in html and "<legend>Đánh giá của bạn</legend>" in html
    for n in range(1, 6):
        assert f'<input type="radio" name="value" value="{n}" id="rating-{n}"' in html
        assert f'<label for="rating-{n}">' in html and f"{n} trên 5 sao" in html
    assert "Chưa có lượt đánh giá nào." in html


@pytest.mark.parametrize("value", ["0", "6", "abc", "", "4.5", "-1", "9" * 40, None])
def test_bad_votes_are_refused_with_a_clear_message(client, article, value):
    response = rate(client, article, value)
    assert response.status_code == 400
    assert "Vui lòng chọn từ 1 đến 5 sao." in response.content.decode()
    by_fetch = rate_by_fetch(client, article, value)
    assert by_fetch.status_code == 400
    assert by_fetch.json() == {"error": "Vui lòng chọn từ 1 đến 5 sao."}
    assert totals(article) == (0, 0)


def test_unpublished_or_missing_articles_cannot_be_rated(client, town):
    draft = town.draft
    for pk in (draft.pk, 999_999):
        response = rate_by_fetch(client, type("A", (), {"pk": pk}), "5")
        assert response.status_code == 400
        assert response.json() == {"error": "Không thể đánh giá bài viết này."}
    assert not Rating.objects.exists()
    assert client.get(f"/danh-gia/{draft.pk}/").status_code == 400  # no article to go back to


def test_a_script_from_one_address_is_slowed_down(article, settings):
    settings.RATING_RATE_LIMIT = 5
    statuses = [rate_by_fetch(Client(), article, "1").status_code for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2
    refused = rate_by_fetch(Client(), article, "1")
    assert "Vui lòng thử lại sau ít phút." in refused.json()["error"]
    other_network = Client(REMOTE_ADDR="203.113.1.9")
    assert rate_by_fetch(other_network, article, "5").status_code == 200
    assert totals(article) == (6, 10)


def statements(queries):
    """The first word of each statement, savepoints left out."""
    words = [query["sql"].split()[0] for query in queries]
    return [word for word in words if word not in ("SAVEPOINT", "RELEASE", "ROLLBACK")]


def test_a_vote_costs_a_fixed_handful_of_queries(article):
    with captured_queries() as first:
        Rating.objects.record(article.pk, "a" * 64, 4)
    with captured_queries() as changed:
        Rating.objects.record(article.pk, "a" * 64, 2)
    assert statements(first) == ["INSERT", "UPDATE"]
    assert statements(changed) == ["INSERT", "SELECT", "UPDATE", "UPDATE"]
    assert totals(article) == (1, 2)


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="pytest-django's SQLite test database is a shared-cache in-memory one: a second "
    "writer gets 'database table is locked' at once instead of waiting (busy timeouts do not "
    "apply to shared-cache locks). Run with DATABASE_URL=postgres://… to check concurrency.",
)
@pytest.mark.django_db(transaction=True)
def test_200_readers_voting_at_once_are_all_counted(settings, article):
    """Distinct readers in 8 threads, each with its own connection: no vote is lost."""
    settings.RATING_RATE_LIMIT = 10_000
    values = [random.randint(1, 5) for _ in range(200)]

    def vote(value):
        try:
            response = rate_by_fetch(Client(), article, str(value))
            return response.status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(vote, values))
    assert statuses == [200] * 200
    assert totals(article) == (200, sum(values))
    assert Rating.objects.filter(article=article).count() == 200
