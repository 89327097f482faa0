"""Stable article URLs, previews, hostile page numbers and the Vietnamese 404."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(town):
    return town.article  # "Đảng ủy phường Bắc Hồng tổ chức Hội nghị lần 0"


def test_article_url_is_readable_ascii(article):
    assert article.get_absolute_url() == (
        f"/tin/dang-uy-phuong-bac-hong-to-chuc-hoi-nghi-lan-0-{article.pk}/"
    )


def test_a_changed_title_and_slug_keep_the_old_url_working(client, article):
    old_url = article.get_absolute_url()
    article.title = "Đảng ủy phường Bắc Hồng tổng kết công tác năm 2025"
    article.slug = ""
    article.save()
    new_url = article.get_absolute_url()
    assert new_url != old_url
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == new_url
    assert client.get(new_url).status_code == 200


def test_unknown_article_is_a_vietnamese_404(client, article):
    response = client.get(f"/tin/khong-co-{article.pk + 100}/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.parametrize(
    "status", [Article.Status.DRAFT, Article.Status.REVIEW, Article.Status.WITHDRAWN]
)
def test_readers_cannot_open_unpublished_articles_but_staff_preview_them(
    client, town, bac_hong_editor, status
):
    draft = factories.article(town.section, "Bản thảo", status=status)
    draft.areas.set([town.ward])
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(bac_hong_editor)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Bản xem trước" in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_scheduled_article_appears_when_its_time_comes(client, town):
    scheduled = factories.article(
        town.section, "Hẹn giờ", published_at=timezone.now() + timedelta(minutes=5)
    )
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=scheduled.pk).update(
        published_at=timezone.now() - timedelta(seconds=1)
    )
    assert client.get(scheduled.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("param", ["page", "truoc", "sau"])
@pytest.mark.parametrize(
    "value",
    ["0", "-1", "abc", "1.5", "9" * 5000, "99999999999999999999", "%00", "1;DROP TABLE", "", "2"],
)
def test_any_page_parameter_answers_without_error(client, town, param, value):
    news = town.mobilization
    for i in range(15):
        factories.article(news, f"Tin số {i}", ago=timedelta(hours=i + 1))
    response = client.get(news.get_absolute_url(), {param: value})
    assert response.status_code == 200
    assert len(response.context["page"]) <= 12


def test_unknown_section_area_unit_are_404(client, town):
    for url in ("/chuyen-muc/khong-co/", "/dia-ban/khong-co/", "/don-vi/khong-co/"):
        assert client.get(url).status_code == 404
