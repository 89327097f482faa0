"""The admin's lists of large tables count at most 10,000 rows, and say so."""

import pytest
from django.db import connection

from comments.models import Comment
from core.pagination import CappedPaginator
from tests.cast import captured_queries, logged_in


@pytest.fixture
def cap_of_three(monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 3)


def camera_comments(article, n):
    for i in range(n):
        Comment.objects.create(article=article, name=f"Bạn đọc {i}", content="Lắp camera ngõ 5.")


def test_a_search_past_the_cap_says_more_than(client, town, moderator, cap_of_three):
    camera_comments(town.article, 5)
    page = logged_in(client, moderator).get("/admin/comments/comment/?q=camera").content.decode()
    assert "hơn 3 kết quả" in page and "hơn 3 bình luận" in page


def test_a_search_within_the_cap_counts_exactly(client, town, moderator, cap_of_three):
    camera_comments(town.article, 2)
    page = logged_in(client, moderator).get("/admin/comments/comment/?q=camera").content.decode()
    assert "2 kết quả" in page and "hơn 3" not in page


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the plan's estimate is PostgreSQL's")
def test_a_search_the_plan_expects_past_the_cap_is_not_counted(
    client, town, moderator, cap_of_three
):
    camera_comments(town.article, 12)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE comments_comment")  # the planner learns how common it is
    admin = logged_in(client, moderator)
    with captured_queries() as queries:
        page = admin.get("/admin/comments/comment/?q=camera").content.decode()
    assert "hơn 3 kết quả" in page
    assert not any("COUNT(" in query["sql"] for query in queries.captured_queries)
