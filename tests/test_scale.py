"""What keeps PostgreSQL fast at scale, checked on a real server (bench/scale.py measures it).

- Comments and votes can change the article row in place (a HOT update), not its indexes.
- No query outlives a worker: PostgreSQL cancels it and the reader gets the Vietnamese 503.
"""

import os
import runpy

import psycopg
import pytest
from django.db import connection
from django.http import HttpResponse
from django.urls import path

from comments.models import Comment
from news.models import Rating
from tests.configuration import settings_from

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="HOT updates and statement_timeout are PostgreSQL's"
)


def indexed_columns(table):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT a.attname FROM pg_index i JOIN pg_attribute a "
            "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            "WHERE i.indrelid = %s::regclass",
            [table],
        )
        return {row[0] for row in cursor.fetchall()}


def test_approved_comments_and_votes_can_update_the_article_in_place(town):
    """HOT updates need room on the row's page (fillfactor 80) and no index over the
    columns they change: the counters that move on every approval and vote."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'news_article'")
        assert "fillfactor=80" in cursor.fetchone()[0]
    assert not {"comment_count", "rating_count", "rating_sum"} & indexed_columns("news_article")
    assert "views" in indexed_columns("news_article")  # "most read"; moved by a flush only
    comment = Comment.objects.create(article=town.article, name="Lan", content="Cảm ơn.")
    Comment.objects.filter(pk=comment.pk).moderate("approved")
    Rating.objects.record(town.article.pk, "reader-a", 3)
    town.article.refresh_from_db()
    assert (town.article.comment_count, town.article.rating_sum) == (1, 3)


def slow_page(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(2)")
    return HttpResponse("never")


urlpatterns = [path("slow/", slow_page)]
handler500 = "core.views.server_error"


@pytest.mark.urls(__name__)
def test_a_query_past_the_statement_timeout_answers_a_vietnamese_503(client, db):
    client.raise_request_exception = False
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = 200")  # what DB_STATEMENT_TIMEOUT sets
    response = client.get("/slow/")
    assert response.status_code == 503
    assert "Hệ thống tạm thời gián đoạn" in response.content.decode()
    assert response["Retry-After"]


def test_the_web_server_sets_a_statement_timeout_below_gunicorns(monkeypatch, settings):
    """config/wsgi.py's default reaches the connection: PostgreSQL reports it."""
    monkeypatch.setenv("DB_STATEMENT_TIMEOUT", "")
    monkeypatch.delenv("DB_STATEMENT_TIMEOUT")
    runpy.run_path("config/wsgi.py")
    served = settings_from(
        monkeypatch,
        DEBUG="1",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres",
        DB_STATEMENT_TIMEOUT=os.environ["DB_STATEMENT_TIMEOUT"],
    )
    options = served["DATABASES"]["default"]["OPTIONS"]
    db = settings.DATABASES["default"]
    with psycopg.connect(
        host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"],
        options=options["options"],
    ) as conn:  # fmt: skip
        assert conn.execute("SHOW statement_timeout").fetchone()[0] == "20s"
