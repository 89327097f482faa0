"""The newsroom: Hằng writes for Bắc Hồng and submits, Minh reviews, Tâm runs the site.

Each path an editor could use to publish is tried as a browser would post it.
"""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from reversion.models import Version

from news.models import Article
from newsroom.models import AuditEntry, Scope
from newsroom.roles import ROLES
from tests import factories
from tests.cast import count_queries, logged_in

pytestmark = pytest.mark.django_db

ADD = "/admin/news/article/add/"
LIST = "/admin/news/article/"


def change_url(article):
    return f"/admin/news/article/{article.pk}/change/"


def article_form(town, **overrides):
    """What the change form posts: an article about Bắc Hồng, with no photos."""
    data = {
        "title": "Đảng ủy phường Bắc Hồng họp Hội nghị sơ kết",
        "slug": "",
        "section": town.section.pk,
        "sapo": "Sáng ngày 12/4, Đảng ủy phường tổ chức Hội nghị.",
        "body": "<p>Hội nghị đánh giá kết quả quý I.</p>",
        "author": "Thu Hằng",
        "source": "UBND P. Bắc Hồng",
        "areas": [town.ward.pk],
        "comments_open": "on",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def as_user(client, user):
    return logged_in(client, user)


def hang_writes(client, town, editor, **fields):
    """Hằng saves a new draft through the admin; the article."""
    response = as_user(client, editor).post(ADD, article_form(town, **fields))
    assert response.status_code == 302, response.content.decode()[:3000]
    return Article.objects.get(title=fields.get("title", article_form(town)["title"]))


def actions(article):
    return list(
        AuditEntry.objects.filter(object_id=str(article.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


# Roles and scope ---------------------------------------------------------------------


def test_the_roles_are_groups_with_their_permissions(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Biên tập viên", "Người duyệt", "Kiểm duyệt bình luận", "Quản trị"} <= names
    editor = set(
        Group.objects.get(name="Biên tập viên").permissions.values_list("codename", flat=True)
    )
    publisher = set(
        Group.objects.get(name="Người duyệt").permissions.values_list("codename", flat=True)
    )
    assert "add_article" in editor and "review_article" not in editor
    assert "delete_article" not in editor
    assert {"review_article", "delete_article"} <= publisher


def test_hang_writes_and_submits_and_minh_is_told(
    client, town, bac_hong_editor, publisher, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, bac_hong_editor).post(
            ADD, {**article_form(town), "_submit": "1"}
        )
    assert response.status_code == 302
    article = Article.objects.get(title="Đảng ủy phường Bắc Hồng họp Hội nghị sơ kết")
    assert article.status == Article.Status.REVIEW
    assert article.created_by == bac_hong_editor
    assert actions(article) == ["created", "submitted"]
    assert [m.to for m in mail.outbox] == [["minh@bachong.gov.vn"]]
    assert article.title in mail.outbox[0].subject


def test_an_article_without_an_area_of_hers_is_refused_with_the_text_kept(
    client, town, bac_hong_editor
):
    data = article_form(town, areas=[town.other_ward.pk])
    response = as_user(client, bac_hong_editor).post(ADD, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "không phải là một trong các lựa chọn" in html  # not offered, so not accepted
    assert "Đảng ủy phường Bắc Hồng họp Hội nghị sơ kết" in html
    response = client.post(ADD, article_form(town, areas=[]))
    assert "Chọn ít nhất một địa bàn bạn phụ trách." in response.content.decode()
    assert not Article.objects.filter(title__startswith="Đảng ủy phường Bắc Hồng họp").exists()


@pytest.mark.parametrize(
    "sneaked",
    [
        {"status": "published"},
        {"published_at_0": "01/01/2026", "published_at_1": "08:00", "featured": "on"},
        {"_approve": "1"},
        {"_withdraw": "1"},
    ],
    ids=["status field", "publish time and featured", "approve button", "withdraw button"],
)
def test_hang_cannot_publish_through_the_change_form(client, town, bac_hong_editor, sneaked):
    article = hang_writes(client, town, bac_hong_editor)
    client.post(change_url(article), {**article_form(town), **sneaked})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert not article.featured and article.published_at is None


@pytest.mark.parametrize("action", ["publish_selected", "withdraw_selected", "delete_selected"])
def test_hang_cannot_publish_withdraw_or_delete_through_list_actions(
    client, town, bac_hong_editor, action
):
    draft = hang_writes(client, town, bac_hong_editor)
    live = town.article
    client.post(LIST, {"action": action, "_selected_action": [draft.pk, live.pk], "post": "yes"})
    draft.refresh_from_db()
    live.refresh_from_db()
    assert draft.status == Article.Status.DRAFT
    assert live.status == Article.Status.PUBLISHED and live.is_public


def test_hang_cannot_feature_through_the_list_as_list_editable_would(client, town, bac_hong_editor):
    live = town.articles[2]
    as_user(client, bac_hong_editor).post(
        LIST,
        {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-0-id": live.pk,
         "form-0-featured": "", "form-0-status": "withdrawn", "_save": "Lưu"},
    )  # fmt: skip
    live.refresh_from_db()
    assert live.featured and live.status == Article.Status.PUBLISHED


def test_hang_cannot_open_nam_hongs_article_nor_its_history(client, town, bac_hong_editor):
    as_user(client, bac_hong_editor)
    other = town.other_article
    for url in (change_url(other), f"{LIST}{other.pk}/history/", f"{LIST}{other.pk}/delete/"):
        assert client.get(url).status_code == 403, url
    assert client.post(change_url(other), article_form(town)).status_code == 403
    listing = client.get(LIST).content.decode()
    assert town.article.title in listing and other.title not in listing
    junk = client.get(f"{LIST}abc/change/")  # not an id at all: not found, never a 500
    assert junk.status_code == 302 and junk.url == "/admin/"


def test_hang_sees_but_cannot_change_the_rest_of_her_scope(client, town, bac_hong_editor):
    as_user(client, bac_hong_editor)
    published = town.article
    page = client.get(change_url(published))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    response = client.post(change_url(published), article_form(town, title="Đổi tiêu đề"))
    assert response.status_code == 403
    published.refresh_from_db()
    assert published.title != "Đổi tiêu đề"


# Review ------------------------------------------------------------------------------


def submitted(client, town, editor):
    article = hang_writes(client, town, editor)
    article.submit(editor)
    return Article.objects.get(pk=article.pk)


def test_minh_returns_it_with_a_reason_that_hang_reads(
    client, town, bac_hong_editor, publisher, django_capture_on_commit_callbacks
):
    article = submitted(client, town, bac_hong_editor)
    reason = "Bổ sung tên các đồng chí phát biểu và ảnh Hội nghị."
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, publisher).post(
            change_url(article), {**article_form(town), "_return": "1", "return_reason": reason}
        )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.RETURNED and article.review_note == reason
    assert mail.outbox[0].to == ["hang@bachong.gov.vn"] and reason in mail.outbox[0].body
    as_user(client, bac_hong_editor)
    assert reason[:40] in client.get(LIST).content.decode()
    assert reason in client.get(change_url(article)).content.decode()
    assert reason[:40] in client.get("/admin/").content.decode()  # on her desk


def test_a_return_needs_a_reason(client, town, bac_hong_editor, publisher):
    article = submitted(client, town, bac_hong_editor)
    as_user(client, publisher).post(change_url(article), {**article_form(town), "_return": "1"})
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_minh_publishes_at_a_set_time(client, town, bac_hong_editor, publisher):
    article = submitted(client, town, bac_hong_editor)
    at = timezone.localtime() + timedelta(days=1)
    data = {
        **article_form(town),
        "published_at_0": at.strftime("%d/%m/%Y"),
        "published_at_1": at.strftime("%H:%M:%S"),
        "_approve": "1",
    }
    assert as_user(client, publisher).post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.is_scheduled and not article.is_public
    assert actions(article)[-1] == "scheduled"
    assert client.logout() is None
    assert client.get(article.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now())
    assert client.get(article.get_absolute_url()).status_code == 200


def test_minh_cannot_approve_his_own_unless_the_ward_allows_it(
    client, town, publisher, administrator, settings
):
    own = factories.article(
        town.section, "Bài của Minh", status=Article.Status.REVIEW, created_by=publisher
    )
    own.areas.set([town.ward])
    as_user(client, publisher).post(
        LIST, {"action": "publish_selected", "_selected_action": [own.pk]}
    )
    own.refresh_from_db()
    assert own.status == Article.Status.REVIEW
    settings.NEWSROOM_SELF_APPROVAL = True
    client.post(LIST, {"action": "publish_selected", "_selected_action": [own.pk]})
    own.refresh_from_db()
    assert own.is_public


def test_an_administrator_may_approve_her_own(town, administrator):
    own = factories.article(
        town.section, "Bài của Tâm", status=Article.Status.REVIEW, created_by=administrator
    )
    own.approve(administrator)
    assert own.is_public


def test_minh_withdraws_and_features_in_his_scope_only(client, town, publisher):
    as_user(client, publisher)
    client.post(LIST, {"action": "withdraw_selected",
                       "_selected_action": [town.article.pk, town.other_article.pk]})  # fmt: skip
    town.article.refresh_from_db()
    town.other_article.refresh_from_db()
    assert town.article.status == Article.Status.WITHDRAWN
    assert town.other_article.status == Article.Status.PUBLISHED
    assert client.get(town.article.get_absolute_url()).status_code == 200  # staff preview
    client.logout()
    assert client.get(town.article.get_absolute_url()).status_code == 404


def test_a_published_article_is_changed_through_a_draft_while_it_stays_up(
    client, town, bac_hong_editor, publisher
):
    live = town.article
    response = as_user(client, bac_hong_editor).post(f"{LIST}{live.pk}/sua-bai/")
    copy = Article.objects.get(revision_of=live)
    assert response["Location"] == change_url(copy)
    assert copy.status == Article.Status.DRAFT and copy.photos.count() == live.photos.count()
    client.post(change_url(copy), {**article_form(town, title="Tiêu đề đã sửa"), "_submit": "1"})
    copy.refresh_from_db()
    assert copy.status == Article.Status.REVIEW
    live.refresh_from_db()
    assert live.title != "Tiêu đề đã sửa" and live.is_public  # readers still see the old one
    copy.approve(publisher)
    live.refresh_from_db()
    assert live.title == "Tiêu đề đã sửa" and live.is_public and live.revised_at
    assert not Article.objects.filter(pk=copy.pk).exists()
    client.logout()
    assert "Cập nhật:" in client.get(live.get_absolute_url(), follow=True).content.decode()


# Revisions and the audit trail --------------------------------------------------------


def test_history_shows_both_versions_and_restores_the_first(
    client, town, bac_hong_editor, publisher
):
    article = hang_writes(client, town, bac_hong_editor)
    client.post(change_url(article), article_form(town, title="Tiêu đề lần hai"))
    versions = Version.objects.get_for_object(article)
    assert versions.count() == 2
    as_user(client, publisher)
    history = client.get(f"{LIST}{article.pk}/history/").content.decode()
    assert "Tiêu đề lần hai" in history or str(versions[0].pk) in history
    first, second = versions[1], versions[0]
    compare = client.get(
        f"{LIST}{article.pk}/history/compare/", {"version_id1": first.pk, "version_id2": second.pk}
    )
    assert compare.status_code == 200 and "Tiêu đề lần hai" in compare.content.decode()
    restore = client.post(f"{LIST}{article.pk}/history/{first.pk}/", article_form(town))
    assert restore.status_code == 302
    article.refresh_from_db()
    assert article.title == "Đảng ủy phường Bắc Hồng họp Hội nghị sơ kết"
    assert "restored" in actions(article)


def test_restoring_an_old_version_never_changes_the_state(client, town, bac_hong_editor, publisher):
    article = submitted(client, town, bac_hong_editor)
    article.approve(publisher)
    published_version = Version.objects.get_for_object(article).first()
    article.withdraw(publisher)
    article.submit(publisher)
    article.return_to_editor(publisher, "Sửa lại")
    as_user(client, bac_hong_editor)
    client.post(f"{LIST}{article.pk}/history/{published_version.pk}/", article_form(town))
    article.refresh_from_db()
    assert article.status == Article.Status.RETURNED and not article.is_public


def test_the_audit_trail_lists_each_step_and_cannot_be_edited(
    client, town, bac_hong_editor, publisher, administrator
):
    article = submitted(client, town, bac_hong_editor)
    article.return_to_editor(publisher, "Thiếu ảnh")
    article.submit(bac_hong_editor)
    article.approve(publisher)
    article.withdraw(publisher)
    pk = article.pk
    article.delete_by(publisher)
    assert actions(Article(pk=pk)) == [
        "created", "submitted", "returned", "submitted", "published", "withdrawn", "deleted"
    ]  # fmt: skip
    entry = AuditEntry.objects.filter(action="returned").get()
    assert entry.username == "minh" and entry.detail == "Thiếu ảnh"
    as_user(client, administrator)
    listing = client.get("/admin/newsroom/auditentry/?action__exact=returned")
    assert listing.status_code == 200 and "Thiếu ảnh" in listing.content.decode()
    assert client.get(f"/admin/newsroom/auditentry/{entry.pk}/delete/").status_code == 403
    with pytest.raises(ValueError):
        entry.save()
    as_user(client, bac_hong_editor)
    assert client.get("/admin/newsroom/auditentry/").status_code == 403


def test_logins_and_role_changes_are_in_the_audit_trail(client, town, bac_hong_editor):
    client.post("/admin/login/", {"username": "hang", "password": "sai", "next": "/admin/"})
    client.post(
        "/admin/login/", {"username": "hang", "password": "mat-khau-dai-2025", "next": "/admin/"}
    )
    call_command("grant_role", "hang", "publisher", stdout=StringIO())
    found = list(AuditEntry.objects.values_list("action", flat=True))
    assert {"login-failed", "login", "role"} <= set(found)


# Scope follows merges; grant_role -----------------------------------------------------


def test_a_merge_moves_scope_without_editing_users(client, town, bac_hong_editor):
    new_ward = factories.area("Phường Bắc Hồng Lĩnh", parent=town.town)
    news = factories.article(town.section, "Tin của phường mới")
    news.areas.set([new_ward])
    as_user(client, bac_hong_editor)
    assert client.get(change_url(news)).status_code == 403
    town.ward.merged_into = new_ward
    town.ward.dissolved_on = "2025-07-01"
    town.ward.save()
    client.force_login(bac_hong_editor)
    assert client.get(change_url(news)).status_code == 200


def test_grant_role_assigns_role_and_scope_idempotently(town):
    user = User.objects.create_user("lan")
    for _ in range(2):
        call_command(
            "grant_role", "lan", "editor", "--area", town.other_ward.slug, stdout=StringIO()
        )
    user.refresh_from_db()
    assert user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == [ROLES["editor"].group]
    assert list(Scope.objects.get(user=user).areas.all()) == [town.other_ward]
    with pytest.raises(CommandError, match="Không tìm thấy địa bàn: khong-co"):
        call_command("grant_role", "lan", "editor", "--area", "khong-co")


def test_scope_is_editable_on_the_users_admin_page(client, town, bac_hong_editor, administrator):
    page = as_user(client, administrator).get(f"/admin/auth/user/{bac_hong_editor.pk}/change/")
    assert page.status_code == 200 and "Phạm vi phụ trách" in page.content.decode()


# Expiry, titles, preview -------------------------------------------------------------


def test_an_expired_article_leaves_public_pages_without_cron(client, town):
    article = town.article
    Article.objects.filter(pk=article.pk).update(hide_after=timezone.now() - timedelta(minutes=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    assert article.title not in client.get("/").content.decode()


def test_titles_may_be_long_and_slugs_stay_short(client, town, bac_hong_editor):
    title = ("Hội nghị Ban Chấp hành Đảng bộ phường Bắc Hồng lần thứ 12 quán triệt Nghị quyết "
             "số 21-NQ/ĐU ngày 14/4/2025 ") * 4  # fmt: skip
    article = hang_writes(client, town, bac_hong_editor, title=title.strip())
    assert len(article.title) > 316
    assert len(article.slug) <= 120 and not article.slug.endswith("-")
    assert article.slug.startswith("hoi-nghi-ban-chap-hanh-dang-bo-phuong-bac-hong")


def test_a_draft_previews_as_it_will_look_never_cached_or_counted(client, town, bac_hong_editor):
    draft = hang_writes(client, town, bac_hong_editor)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bản xem trước: bạn đọc chưa xem được bài viết này." in html and draft.title in html
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert "tp_reader" not in response.cookies


# The desk and the lists ---------------------------------------------------------------


def test_the_comment_list_opens_on_the_comments_waiting(client, moderator):
    response = as_user(client, moderator).get("/admin/comments/comment/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/comments/comment/?status__exact=pending"


@pytest.mark.parametrize(
    "url",
    ["/admin/", LIST, "/admin/comments/comment/?status__exact=pending",
     "/admin/axes/accessattempt/", "/admin/newsroom/auditentry/", "/admin/auth/user/"],
)  # fmt: skip
def test_the_admin_speaks_vietnamese(client, town, administrator, url):
    html = as_user(client, administrator).get(url).content.decode()
    english = ["Show counts", "Access attempts", "Site administration", "Add link",
               "Change or view list link", "Toggle theme", "Skip to main content"]  # fmt: skip
    assert [words for words in english if words in html] == [], url
    assert "Bàn làm việc" in client.get("/admin/").content.decode()


def test_each_role_has_its_desk(client, town, bac_hong_editor, publisher, moderator):
    article = submitted(client, town, bac_hong_editor)
    desk = as_user(client, publisher).get("/admin/").content.decode()
    assert "Chờ tôi duyệt (1)" in desk and article.title in desk
    desk = as_user(client, bac_hong_editor).get("/admin/").content.decode()
    assert "Bài nháp của tôi" in desk and "Bị trả lại" in desk
    desk = as_user(client, moderator).get("/admin/").content.decode()
    assert "Bình luận chờ duyệt (0)" in desk and "Chờ tôi duyệt" not in desk


# Queries of the desk and the lists: session (none when Redis holds it), user, permissions,
# scope (three to six), one per desk block, the week's most read, Django's recent actions.
PINNED = [
    ("publisher", "/admin/", 16),
    ("bac_hong_editor", "/admin/", 8),
    ("moderator", "/admin/", 7),
    ("publisher", LIST, 15),
    ("bac_hong_editor", LIST, 15),
    ("moderator", "/admin/comments/comment/?status__exact=pending", 9),
]


@pytest.mark.parametrize(("who", "url", "queries"), PINNED)
def test_desk_and_lists_cost_the_same_with_ten_times_the_articles(
    client, town, who, url, queries, request, settings
):
    as_user(client, request.getfixturevalue(who))
    small = count_queries(client, url)
    assert small == queries - settings.SESSION_ENGINE.endswith("cached_db")
    for n in range(30):
        extra = factories.article(town.section, f"Tin bổ sung {n}", status=Article.Status.REVIEW)
        extra.areas.set([town.ward])
    assert count_queries(client, url) == small


def test_an_archive_draft_keeps_its_old_date_when_approved(town, bac_hong_editor, publisher):
    old = timezone.now() - timedelta(days=2000)
    draft = factories.article(
        town.section, "Tin cũ từ trang cũ", status=Article.Status.DRAFT, published_at=old,
        created_by=bac_hong_editor,
    )  # fmt: skip
    draft.areas.set([town.ward])
    draft.submit(bac_hong_editor)
    draft.approve(publisher)
    assert draft.is_public and draft.published_at == old
