"""The admin's lists of large tables count at most 10,000 rows, and say so."""

import pytest

from comments.models import Comment
from core.pagination import CappedPaginator
from tests.cast import logged_in


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
