"""The editor of Bắc Hồng writes in the admin; what they save is clean."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from news.models import Article
from newsroom.models import AuditEntry
from tests.cast import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, bac_hong_editor):
    """Hằng, signed in."""
    client.force_login(bac_hong_editor)
    return bac_hong_editor


def article_form(town, **overrides):
    data = {
        "title": "Đảng ủy phường Bắc Hồng tổ chức Hội nghị",
        "slug": "",
        "section": town.section.pk,
        "areas": [town.ward.pk],
        "sapo": "Tóm tắt",
        "body": '<p>Nội dung</p><script>alert(1)</script><img src="x" onerror="alert(1)">',
        "author": "Phượng Bích",
        "source": "UBND P. Bắc Hồng",
        "status": "draft",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_saving_in_the_admin_sanitizes_and_records_the_editor(client, town, editor):
    response = client.post("/admin/news/article/add/", article_form(town))
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(created_by=editor)
    assert article.body == '<p>Nội dung</p><img src="x">'
    assert article.slug == "dang-uy-phuong-bac-hong-to-chuc-hoi-nghi"
    assert article.created_by == editor and article.updated_by == editor


def test_a_fake_photo_is_refused_and_the_text_is_kept(client, town, editor):
    before = Article.objects.count()
    data = article_form(
        town,
        **{"photos-TOTAL_FORMS": "1", "photos-0-caption": "Quang cảnh", "photos-0-order": "0"},
    )
    data["photos-0-image"] = SimpleUploadedFile("anh.jpg", b"<svg/>", content_type="image/jpeg")
    response = client.post("/admin/news/article/add/", data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "không phải là hình ảnh" in body  # Django's own check, in Vietnamese
    assert "Đảng ủy phường Bắc Hồng tổ chức Hội nghị</textarea>" in body  # the title typed
    assert Article.objects.count() == before


def test_editor_form_uses_ckeditor_without_source_editing(client, town, editor):
    body = client.get("/admin/news/article/add/").content.decode()
    assert "django_ckeditor_5" in body
    assert "sourceEditing" not in body and "htmlEmbed" not in body


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/news/article/",
        "/admin/news/article/?status__exact=published",
        "/admin/news/section/",
        "/admin/news/sidebarblock/add/",
        "/admin/wards/area/",
        "/admin/wards/unit/",
        "/admin/wards/area/add/",
    ],
)
def test_admin_pages_open(admin_client, town, url):
    response = admin_client.get(url)
    assert response.status_code == 200
    assert 'lang="vi"' in response.content.decode()


def test_an_administrator_publishes_from_the_list(admin_client, town):
    draft = town.draft
    draft.status = Article.Status.REVIEW
    draft.save()
    admin_client.post(
        "/admin/news/article/", {"action": "publish_selected", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.is_public


def test_admin_logins_are_throttled_in_vietnamese(client, settings, bac_hong_editor):
    settings.AXES_ENABLED = True
    wrong = {"username": "hang", "password": "sai", "next": "/admin/"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", wrong, REMOTE_ADDR="203.0.113.9")
    response = client.post(
        "/admin/login/", {**wrong, "password": PASSWORD}, REMOTE_ADDR="203.0.113.9"
    )
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()
    assert AuditEntry.objects.filter(action="locked-out", detail="hang").exists()
