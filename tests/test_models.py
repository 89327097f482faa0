from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from news.models import Article, Section
from tests import factories

pytestmark = pytest.mark.django_db


def test_published_hides_drafts_review_withdrawn_and_scheduled(quiet_town):
    news = quiet_town.section
    visible = factories.article(news, "Tin đã đăng")
    factories.article(news, "Bản nháp", status=Article.Status.DRAFT)
    factories.article(news, "Chờ duyệt", status=Article.Status.REVIEW)
    factories.article(news, "Đã gỡ", status=Article.Status.WITHDRAWN)
    scheduled = factories.article(news, "Hẹn giờ", published_at=timezone.now() + timedelta(hours=2))
    assert list(Article.objects.published()) == [visible]
    assert scheduled.is_scheduled and not scheduled.is_public


def test_publishing_without_a_time_publishes_now(town):
    article = town.draft
    article.status = Article.Status.PUBLISHED
    article.save()
    assert article.published_at <= timezone.now()
    assert article.is_public


def test_titles_are_normalized_and_slugged(quiet_town):
    article = factories.article(
        quiet_town.section, title="  Đảng ủy phường Bắc Hồng tổ chức Hội nghị  "
    )
    assert article.title == "Đảng ủy phường Bắc Hồng tổ chức Hội nghị"
    assert article.slug == "dang-uy-phuong-bac-hong-to-chuc-hoi-nghi"


def test_sections_have_two_levels_at_most(quiet_town):
    party, building = quiet_town.section, quiet_town.subsection  # Xây dựng Đảng in Đảng
    third = Section(name="Cấp ba", parent=building)
    with pytest.raises(ValidationError):
        third.full_clean()
    party.parent = quiet_town.mobilization
    with pytest.raises(ValidationError):
        party.full_clean()


def test_in_section_includes_sub_sections(quiet_town):
    party, building = quiet_town.section, quiet_town.subsection
    child_news = factories.article(building, "Tin mục con")
    own_news = factories.article(party, "Tin mục cha")
    assert set(Article.objects.in_section(party)) == {child_news, own_news}


def test_area_tree_merge_and_unique_slugs(quiet_town):
    """Bắc Hồng (with its Tổ dân phố 3) merges into a new ward, in a province."""
    province = factories.area("Tỉnh Hồng Lam", kind="tinh")
    quiet_town.town.parent = province
    quiet_town.town.save()
    new_ward = factories.area("Phường Bắc Hồng Lĩnh", parent=quiet_town.town)
    old_ward = quiet_town.ward
    old_ward.dissolved_on, old_ward.merged_into = "2025-07-01", new_ward
    old_ward.save()
    group = factories.area("Tổ dân phố 3", kind="to-dan-pho", parent=new_ward)
    assert quiet_town.group.slug == "to-dan-pho-3"  # the first of the name keeps it plain
    assert group.slug == "to-dan-pho-3-phuong-bac-hong-linh"
    assert set(new_ward.news_area_ids()) == {new_ward.pk, old_ward.pk, group.pk}
    assert [a.name for a in group.ancestors()] == [
        "Tỉnh Hồng Lam",
        "Thị xã Sông Hồng",
        "Phường Bắc Hồng Lĩnh",
    ]


def test_rating_average(quiet_town):
    article = factories.article(quiet_town.section, rating_count=3, rating_sum=13)
    assert round(article.rating_average, 2) == 4.33


def test_newer_and_older_news_of_the_same_section(quiet_town):
    party, other = quiet_town.section, quiet_town.mobilization
    stories = [factories.article(party, f"Tin {i}", ago=timedelta(days=10 - i)) for i in range(10)]
    factories.article(other, "Tin mục khác", ago=timedelta(days=5, hours=12))
    factories.article(party, "Bản nháp", status=Article.Status.DRAFT)
    newer, older = stories[4].neighbours(newer=3, older=2)
    assert [a.title for a in newer] == ["Tin 5", "Tin 6", "Tin 7"]
    assert [a.title for a in older] == ["Tin 3", "Tin 2"]
    newest_newer, newest_older = stories[9].neighbours()
    assert newest_newer == [] and len(newest_older) == 8


def test_an_editors_save_keeps_counts_that_moved_meanwhile(town):
    article = town.article
    stale = Article.objects.get(pk=article.pk)  # the editor opened the article…
    Article.objects.filter(pk=article.pk).update(views=120, comment_count=3, rating_count=2)
    stale.title = "Tiêu đề đã sửa"  # …and saves it after readers came by
    stale.save()
    article.refresh_from_db()
    assert article.title == "Tiêu đề đã sửa"
    assert (article.views, article.comment_count, article.rating_count) == (120, 3, 2)


def test_cached_menu_sidebar_and_abbreviations_follow_bulk_changes(quiet_town):
    from news.models import SidebarBlock
    from search.models import Abbreviation

    assert [top.name for top, _children in Section.menu()] == ["Công tác Đảng", "Dân vận khéo"]
    sidebar = ["Liên kết website", "Thủ tục hành chính"]
    assert [b.title for b, _links in SidebarBlock.for_sidebar()] == sidebar
    assert ("ubnd", "uy ban nhan dan") in Abbreviation.folded_pairs()
    for sections in (Section.objects.exclude(parent=None), Section.objects.all()):
        sections.delete()  # the admin's bulk delete (sub-sections first): no delete()
    SidebarBlock.objects.all().delete()
    Abbreviation.objects.filter(short="UBND").delete()
    assert Section.menu() == [] and SidebarBlock.for_sidebar() == []
    assert ("ubnd", "uy ban nhan dan") not in Abbreviation.folded_pairs()
