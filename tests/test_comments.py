"""Readers' comments: a reader writes, the captcha and the limits guard, a moderator decides."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from comments.models import Comment
from news.models import Article
from tests import factories
from tests.captcha import captcha_from
from tests.cast import LAN, count_queries, forget_cached

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(town):
    """Bắc Hồng's newest article, open to comments, none yet."""
    return town.article


def post_url(article):
    return f"/binh-luan/{article.pk}/"


def send(client, article, headers=None, **fields):
    """A reader opens the article, solves the captcha and sends the form."""
    page = client.get(article.get_absolute_url())
    form = {**LAN, **captcha_from(page), **fields}
    return client.post(post_url(article), form, headers=headers)


def approve(*comments):
    Comment.objects.filter(pk__in=[c.pk for c in comments]).moderate(Comment.Status.APPROVED)


def test_the_article_page_offers_the_form_with_a_privacy_note(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Ý kiến bạn đọc (0)" in html
    assert "Bạn vui lòng để lại thông tin để gửi bình luận" in html
    assert "Email của bạn sẽ không được công bố." in html
    assert 'name="captcha_1"' in html and "Đổi mã khác" in html


def test_lan_comments_and_waits_for_moderation(client, article, real_captcha):
    response = send(client, article)
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.content == LAN["content"]
    assert len(comment.sender_hash) == 64 and "127.0.0.1" not in comment.sender_hash
    page = client.get(response["Location"]).content.decode()
    assert "Bình luận của bạn đã được gửi và đang chờ kiểm duyệt." in page
    assert "Mong phường sớm triển khai" not in page  # pending: not shown
    assert "Ý kiến bạn đọc (0)" in page


def test_a_wrong_captcha_keeps_everything_lan_typed(client, article, real_captcha):
    response = send(client, article, captcha_1="sai")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mã xác thực không đúng." in html
    assert 'value="Nguyễn Thị Lan"' in html and 'value="lan.nguyen@gmail.com"' in html
    assert "Tôi đồng tình với chủ trương làm đường.\nMong phường sớm triển khai." in html
    assert 'aria-describedby="id_captcha-error"' in html
    assert not Comment.objects.exists()
    # The page carries a fresh code: answering it now goes through.
    retry = client.post(post_url(article), {**LAN, **captcha_from(response)})
    assert retry.status_code == 302 and Comment.objects.count() == 1


def test_a_captcha_answer_works_once(client, article, real_captcha):
    page = client.get(article.get_absolute_url())
    form = {**LAN, **captcha_from(page)}
    assert client.post(post_url(article), form).status_code == 302
    replay = client.post(post_url(article), form)
    assert "Mã xác thực không đúng." in replay.content.decode()
    assert Comment.objects.count() == 1


def test_other_mistakes_are_explained_beside_their_fields(client, article):
    response = send(client, article, name="", email="lan@", content="Hay")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vui lòng nhập họ và tên." in html
    assert "Vui lòng nhập địa chỉ email hợp lệ" in html
    assert "Bình luận cần có ít nhất 10 ký tự." in html
    assert 'value="lan@"' in html and "Hay</textarea>" in html
    assert not Comment.objects.exists()


def test_refreshing_the_code_without_javascript_keeps_the_text(client, article):
    page = client.get(article.get_absolute_url())
    old = captcha_from(page)["captcha_0"]
    response = client.post(post_url(article), {**LAN, "captcha_0": old, "refresh_captcha": "1"})
    html = response.content.decode()
    assert response.status_code == 200 and "Mong phường sớm triển khai" in html
    assert "Mã xác thực không đúng." not in html and old not in html
    assert not Comment.objects.exists()


def test_the_captcha_refresh_for_javascript_answers_json(client):
    response = client.get("/captcha/refresh/", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert set(response.json()) >= {"key", "image_url"}


def test_a_bot_filling_the_honeypot_is_filed_as_spam(client, article):
    response = send(client, article, website="http://spam.example")
    assert response.status_code == 302  # the bot learns nothing
    assert Comment.objects.get().status == Comment.Status.SPAM
    assert 'aria-hidden="true"' in client.get(article.get_absolute_url()).content.decode()


def test_a_fourth_comment_in_ten_minutes_waits(client, article, settings):
    settings.COMMENT_RATE_LIMIT = 3
    for n in range(3):
        assert (
            send(client, article, content=f"Ý kiến thứ {n + 1} của tôi về con đường.").status_code
            == 302
        )
    response = send(client, article, content="Ý kiến thứ tư của tôi về con đường.")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Vui lòng chờ 10 phút rồi gửi lại." in html
    assert "Ý kiến thứ tư của tôi về con đường." in html
    assert Comment.objects.count() == 3


def test_forwarded_for_counts_only_behind_a_trusted_proxy(client, article, settings):
    settings.COMMENT_RATE_LIMIT = 1
    assert send(client, article, {"X-Forwarded-For": "1.1.1.1"}).status_code == 302
    # Without a trusted proxy, a forged header does not make a new sender.
    forged = send(
        client, article, {"X-Forwarded-For": "2.2.2.2"}, content="Lại là tôi, với địa chỉ giả."
    )
    assert forged.status_code == 429
    settings.TRUSTED_PROXY_COUNT = 1
    behind_proxy = send(
        client, article, {"X-Forwarded-For": "9.9.9.9"}, content="Người khác trong cơ quan gửi."
    )
    assert behind_proxy.status_code == 302


def test_comments_close_per_article_and_with_age(client, article, settings):
    article.comments_open = False
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Bài viết này đã đóng bình luận." in html and 'name="captcha_1"' not in html
    response = client.post(post_url(article), LAN)
    assert response.status_code == 403 and not Comment.objects.exists()
    assert LAN["content"] in response.content.decode()  # what she wrote is given back

    settings.COMMENTS_CLOSE_AFTER_DAYS = 30
    old = factories.article(article.section, "Tin cũ", ago=timedelta(days=31))
    assert "Bài viết này đã đóng bình luận." in client.get(old.get_absolute_url()).content.decode()


def test_approved_comments_show_oldest_first_with_date_and_are_counted(client, article):
    now = timezone.now()
    first = Comment.objects.create(
        article=article,
        name="Lan",
        email="a@b.vn",
        content="Thứ nhất",
        created_at=now - timedelta(hours=2),
    )
    second = Comment.objects.create(
        article=article,
        name="Hùng",
        email="h@b.vn",
        content="Thứ hai",
        created_at=now - timedelta(hours=1),
    )
    Comment.objects.create(article=article, name="Khách", email="k@b.vn", content="Chưa duyệt")
    approve(second, first)
    article.refresh_from_db()
    assert article.comment_count == 2
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Ý kiến bạn đọc (2)" in html
    assert html.index("Thứ nhất") < html.index("Thứ hai")
    assert "Chưa duyệt" not in html and "a@b.vn" not in html
    local = timezone.localtime(first.created_at)
    assert local.strftime("%d/%m/%Y %H:%M") in html
    cards = client.get(article.section.get_absolute_url()).content.decode()
    assert "2 bình luận" in cards


def test_html_in_a_comment_is_shown_as_text_with_its_line_breaks(client, article):
    comment = Comment.objects.create(
        article=article,
        name="<b>Kẻ xấu</b>",
        email="x@y.vn",
        content='<script>alert("x")</script>\nDòng hai',
    )
    approve(comment)
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>Dòng hai" in html
    assert "&lt;b&gt;Kẻ xấu&lt;/b&gt;" in html


def test_comments_are_paginated(client, article, settings):
    settings.COMMENTS_PER_PAGE = 2
    comments = [
        Comment.objects.create(
            article=article,
            name="Lan",
            email="a@b.vn",
            content=f"Ý kiến số {n}",
            created_at=timezone.now() - timedelta(minutes=10 - n),
        )
        for n in range(5)
    ]
    approve(*comments)
    first = client.get(article.get_absolute_url()).content.decode()
    assert "Ý kiến số 0" in first and "Ý kiến số 2" not in first and "Trang 1 / 3" in first
    last = client.get(article.get_absolute_url() + "?binh-luan=3").content.decode()
    assert "Ý kiến số 4" in last and "Ý kiến số 0" not in last
    assert client.get(article.get_absolute_url() + "?binh-luan=abc").status_code == 200


def test_the_official_reply_shows_under_the_comment(client, town, article, admin_client):
    unit = town.unit
    comment = Comment.objects.create(
        article=article, name="Lan", email="a@b.vn", content="Khi nào làm đường?"
    )
    approve(comment)
    form = {
        "status": "approved",
        "name": "Lan",
        "email": "a@b.vn",
        "content": "Khi nào làm đường?",
        "reply": "Phường sẽ khởi công trong tháng 12.",
        "reply_unit": unit.pk,
    }
    response = admin_client.post(f"/admin/comments/comment/{comment.pk}/change/", form)
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.replied_at is not None
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Trả lời của Ban biên tập (Đảng ủy phường Bắc Hồng)" in html
    assert "Phường sẽ khởi công trong tháng 12." in html


def test_the_moderators_group_has_just_what_moderation_needs():
    permissions = set(
        Group.objects.get(name="Kiểm duyệt bình luận").permissions.values_list(
            "codename", flat=True
        )
    )
    assert permissions == {"view_comment", "change_comment", "view_unit"}


def test_hoa_approves_rejects_and_marks_spam_in_bulk(client, town, article, moderator):
    client.force_login(moderator)
    comments = [
        Comment.objects.create(
            article=article, name=f"Bạn đọc {n}", email="a@b.vn", content="Nội dung"
        )
        for n in range(4)
    ]
    url = "/admin/comments/comment/"
    assert client.get(url + "?status__exact=pending").status_code == 200
    ids = [c.pk for c in comments]
    client.post(url, {"action": "approve", "_selected_action": ids})
    article.refresh_from_db()
    assert article.comment_count == 4
    client.post(url, {"action": "reject", "_selected_action": ids[:1]})
    client.post(url, {"action": "mark_spam", "_selected_action": ids[1:2]})
    article.refresh_from_db()
    assert article.comment_count == 2
    statuses = dict(Comment.objects.values_list("pk", "status"))
    assert statuses[ids[0]] == "rejected" and statuses[ids[1]] == "spam"
    assert Comment.objects.get(pk=ids[0]).moderated_by == moderator
    # Filters by section, area and date answer too.
    for query in (
        f"?article__section__id__exact={article.section_id}",
        f"?dia-ban={town.ward.pk}",
        f"?created_at__year={timezone.now().year}",
    ):
        assert client.get(url + query).status_code == 200
    # Moderators may not delete: the admin offers them no delete action.
    client.post(url, {"action": "delete_selected", "_selected_action": ids, "post": "yes"})
    assert Comment.objects.count() == 4


def test_a_reader_or_an_editor_cannot_moderate(client, article, bac_hong_editor):
    comment = Comment.objects.create(
        article=article, name="Lan", email="a@b.vn", content="Nội dung"
    )
    client.force_login(bac_hong_editor)
    assert client.get("/admin/comments/comment/").status_code == 403
    client.post("/admin/comments/comment/", {"action": "approve", "_selected_action": [comment.pk]})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_editing_status_in_the_form_and_deleting_keep_the_count_exact(admin_client, article):
    comment = Comment.objects.create(
        article=article, name="Lan", email="a@b.vn", content="Nội dung"
    )
    form = {
        "status": "approved",
        "name": "Lan",
        "email": "a@b.vn",
        "content": "Nội dung đã sửa",
        "reply": "",
        "reply_unit": "",
    }
    admin_client.post(f"/admin/comments/comment/{comment.pk}/change/", form)
    article.refresh_from_db()
    comment.refresh_from_db()
    assert article.comment_count == 1 and comment.content == "Nội dung đã sửa"
    admin_client.post(f"/admin/comments/comment/{comment.pk}/delete/", {"post": "yes"})
    article.refresh_from_db()
    assert article.comment_count == 0 and not Comment.objects.exists()


def test_bulk_delete_from_a_filtered_list_deletes_and_keeps_the_count(admin_client, article):
    kept = Comment.objects.create(article=article, name="An", email="a@b.vn", content="Giữ lại")
    Comment.objects.filter(pk=kept.pk).moderate(Comment.Status.APPROVED)
    pending = [
        Comment.objects.create(article=article, name="Lan", email="a@b.vn", content=f"Ý {n}")
        for n in range(2)
    ]
    admin_client.post(
        "/admin/comments/comment/?status__exact=pending",
        {"action": "delete_selected", "_selected_action": [c.pk for c in pending], "post": "yes"},
    )
    assert list(Comment.objects.all()) == [kept]
    article.refresh_from_db()
    assert article.comment_count == 1


def test_moderators_get_one_email_when_comments_wait(
    client, article, moderator, settings, django_capture_on_commit_callbacks
):
    settings.COMMENT_MODERATOR_EMAILS = ["bantin@bachong.gov.vn"]
    settings.COMMENT_RATE_LIMIT = 10
    with django_capture_on_commit_callbacks(execute=True):
        send(client, article)
        send(client, article, content="Một ý kiến nữa về con đường.")
    assert len(mail.outbox) == 1  # the second waits for the interval
    message = mail.outbox[0]
    assert sorted(message.to) == ["bantin@bachong.gov.vn", "hoa@bachong.gov.vn"]
    assert "chờ kiểm duyệt" in message.subject
    assert "/admin/comments/comment/?status__exact=pending" in message.body


def test_purge_deletes_old_rejected_and_spam_only(article, settings):
    settings.COMMENT_RETENTION_DAYS = 30
    long_ago = timezone.now() - timedelta(days=31)
    keep = [
        Comment.objects.create(
            article=article, name="a", email="a@b.vn", content="Chờ", created_at=long_ago
        ),
        Comment.objects.create(
            article=article, name="b", email="a@b.vn", content="Duyệt", created_at=long_ago
        ),
        Comment.objects.create(article=article, name="c", email="a@b.vn", content="Mới bị từ chối"),
    ]
    approve(keep[1])
    Comment.objects.filter(pk=keep[2].pk).moderate(Comment.Status.REJECTED)
    old_rejected = Comment.objects.create(
        article=article,
        name="d",
        email="a@b.vn",
        content="Cũ",
        status="rejected",
        moderated_at=long_ago,
    )
    old_spam = Comment.objects.create(
        article=article, name="e", email="a@b.vn", content="Rác", status="spam", created_at=long_ago
    )
    call_command("purge_comments", "--dry-run")
    assert Comment.objects.count() == 5
    call_command("purge_comments")
    assert set(Comment.objects.values_list("pk", flat=True)) == {c.pk for c in keep}
    assert not Comment.objects.filter(pk__in=[old_rejected.pk, old_spam.pk]).exists()
    article.refresh_from_db()
    assert article.comment_count == 1


def article_page_queries(client, article):
    forget_cached()  # a first view: menu and sidebar not cached yet
    return count_queries(client, article.get_absolute_url())


def test_article_page_queries_do_not_grow_with_comments(client, article):
    empty = article_page_queries(client, article)
    Comment.objects.bulk_create(
        Comment(
            article=article,
            name=f"Bạn đọc {n}",
            email="a@b.vn",
            content="Ý kiến",
            status="approved",
        )
        for n in range(500)
    )
    Article.objects.filter(pk=article.pk).update(comment_count=500)
    full = article_page_queries(client, article)
    assert full == empty <= 12


def test_moderators_search_by_words_with_or_without_diacritics(admin_client, article):
    lamp = Comment.objects.create(
        article=article, name="Lan", email="lan@gmail.com", content="Đề nghị lắp đèn chiếu sáng."
    )
    Comment.objects.create(article=article, name="Hùng", email="h@gmail.com", content="Cảm ơn.")
    for words in ("den chieu sang", "ĐÈN CHIẾU", "lan@gmail.com"):
        page = admin_client.get(
            "/admin/comments/comment/", {"q": words, "status__exact": "pending"}
        )
        assert list(page.context["cl"].result_list) == [lamp], words
