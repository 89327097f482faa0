"""Hằng, the editor of Bắc Hồng, gets meeting reports as Word files with photos and
imports them from the admin's article list; the command reads them the same way."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from news.importing import read_file
from news.models import Article
from newsroom.models import AuditEntry
from tests import factories
from tests.cast import count_queries, logged_in, person

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/news/article/nhap-tu-word/"
TITLE = "Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết công tác dân vận"


@pytest.fixture
def report(tmp_path):
    return factories.word_report(tmp_path / "bao-cao-hoi-nghi.docx")


def upload(path, name=None):
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def test_the_report_reads_as_written(report):
    draft = read_file(report)
    assert draft.title == TITLE  # Word's Title style
    assert draft.sapo.startswith("Sáng ngày 12/4/2018, Đảng ủy phường")  # the bold lead
    assert str(draft.event_date) == "2018-04-12"
    assert draft.author == "Thu Hằng – Thanh Trúc" and draft.source == "UBND P. Bắc Hồng"
    # Photos where they stood, each with its caption: Word's Caption style, then a plain line.
    blocks = re.findall(r"<p>(.*?)</p>|<figcaption>(.*?)</figcaption>", draft.body)
    assert [p or f"[{caption}]" for p, caption in blocks] == [
        "Dự Hội nghị có đồng chí Bí thư Đảng ủy phường và các đồng chí trong Ban Thường vụ.",
        "[Quang cảnh Hội nghị]",
        "Hội nghị đã đánh giá kết quả đạt được và đề ra nhiệm vụ quý II.",
        "[Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo Hội nghị]",
        "Kết thúc Hội nghị, các đại biểu thống nhất kế hoạch quý II.",
    ]
    assert draft.paragraphs == 3 and draft.captions == 2 and len(draft.pictures) == 2


def test_a_caption_style_above_its_photo_and_a_heading_1_title(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("ĐẢNG BỘ PHƯỜNG BẮC HỒNG")  # the letterhead above the title
    document.add_heading("Hội nghị quán triệt Nghị quyết", level=1)
    document.add_paragraph("Ngày 20/11/2022, Đảng ủy phường tổ chức Hội nghị.")
    document.add_paragraph("Các đại biểu dự Hội nghị", style="Caption")
    document.add_picture(io.BytesIO(factories.photo_bytes()))
    document.add_paragraph("Hội nghị kết thúc lúc 11 giờ.")
    document.add_paragraph("Tác giả: Phượng Bích")
    document.save(tmp_path / "quan-triet.docx")
    draft = read_file(tmp_path / "quan-triet.docx")
    assert draft.title == "Hội nghị quán triệt Nghị quyết"
    assert draft.sapo == "Ngày 20/11/2022, Đảng ủy phường tổ chức Hội nghị."
    assert "<figcaption>Các đại biểu dự Hội nghị</figcaption></figure><p>Hội nghị kết thúc" in (
        draft.body
    )
    assert draft.author == "Phượng Bích" and "ĐẢNG BỘ" not in draft.body


def test_the_command_and_the_admin_share_one_import(report, town):
    call_command("import_articles", str(report), stdout=io.StringIO())
    article = Article.objects.get(title=TITLE)
    assert article.body.count("<figure") == 2 and article.cover
    assert article.cover_caption == "Quang cảnh Hội nghị"


class TestHangImportsFromTheAdmin:
    def test_the_list_has_the_button(self, client, bac_hong_editor):
        body = logged_in(client, bac_hong_editor).get("/admin/news/article/").content.decode()
        assert IMPORT_URL in body and "Nhập từ tệp Word" in body

    def test_a_moderator_has_neither_button_nor_page(self, client, moderator):
        logged_in(client, moderator)
        assert client.get(IMPORT_URL).status_code == 403

    def test_her_one_ward_is_ticked_already(self, client, bac_hong_editor, town):
        body = logged_in(client, bac_hong_editor).get(IMPORT_URL).content.decode()
        ticked = re.findall(r'<input type="checkbox" name="areas" value="(\d+)"[^>]*checked', body)
        assert ticked == [str(town.ward.pk)]
        assert "Phường Nam Hồng" not in body  # outside her scope
        assert "multiple" in body and 'accept=".docx"' in body

    def test_the_page_costs_a_fixed_number_of_queries(self, client, bac_hong_editor, town,
                                                       settings):  # fmt: skip
        logged_in(client, bac_hong_editor)
        # session (in the database without Redis), user, permissions (2), the default
        # section, her scope (its areas, merges, two levels below, her ward again for the
        # tick), the areas and the sections listed
        session = settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
        assert count_queries(client, IMPORT_URL) == 12 + session

    def test_a_report_becomes_her_draft_with_photos_in_place(self, client, report, town,
                                                             bac_hong_editor):  # fmt: skip
        logged_in(client, bac_hong_editor)
        response = client.post(
            IMPORT_URL,
            {"files": [upload(report)], "section": town.section.pk, "areas": [town.ward.pk]},
        )
        article = Article.objects.get(title=TITLE)
        assert response.status_code == 302
        assert response["Location"] == f"/admin/news/article/{article.pk}/change/"
        assert article.status == Article.Status.DRAFT and article.created_by == bac_hong_editor
        assert list(article.areas.all()) == [town.ward]
        figures = re.findall(r"<figure.*?</figure>", article.body)
        assert [re.search(r"<figcaption>(.*)</figcaption>", f).group(1) for f in figures] == [
            "Quang cảnh Hội nghị",
            "Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo Hội nghị",
        ]
        photo = re.search(r'src="/media/(uploads/\d{4}/\d{2}/[0-9a-f]{32}\.jpg)"', figures[0])
        assert photo and article.cover.name == photo.group(1)  # the first photo is the cover
        assert article.sapo.startswith("Sáng ngày 12/4/2018") and article.author
        assert AuditEntry.objects.filter(
            action="created", object_id=str(article.pk), detail__contains="bao-cao-hoi-nghi.docx"
        ).exists()
        # The draft goes through the usual review: Hằng submits it.
        article.submit(bac_hong_editor)
        assert article.status == Article.Status.REVIEW

    @pytest.mark.slow  # two Word files read (mammoth): seconds each
    def test_several_files_at_once_open_the_list_of_new_drafts(self, client, tmp_path, town,
                                                               bac_hong_editor):  # fmt: skip
        first = factories.word_report(tmp_path / "mot.docx", title="Hội nghị thứ nhất của phường")
        second = factories.word_report(tmp_path / "hai.docx", title="Hội nghị thứ hai của phường")
        logged_in(client, bac_hong_editor)
        response = client.post(
            IMPORT_URL,
            {"files": [upload(first), upload(second)], "section": town.section.pk,
             "areas": [town.ward.pk]},
        )  # fmt: skip
        new = Article.objects.filter(created_by=bac_hong_editor).order_by("pk")
        assert [a.title for a in new] == [
            "Hội nghị thứ nhất của phường",
            "Hội nghị thứ hai của phường",
        ]
        assert response["Location"].endswith(f"?id__in={new[0].pk},{new[1].pk}")
        listing = client.get(response["Location"]).content.decode()
        assert "Hội nghị thứ nhất" in listing and "Đảng ủy phường Nam Hồng" not in listing

    @pytest.mark.slow  # the same Word file read twice
    def test_the_same_report_twice_is_one_draft(self, client, report, town, bac_hong_editor):
        logged_in(client, bac_hong_editor)
        data = {"section": town.section.pk, "areas": [town.ward.pk]}
        client.post(IMPORT_URL, {**data, "files": [upload(report)]})
        response = client.post(IMPORT_URL, {**data, "files": [upload(report)]}, follow=True)
        assert Article.objects.filter(title=TITLE).count() == 1
        assert "đã có bài" in response.content.decode()

    def test_quan_cannot_import_into_bac_hong(self, client, report, town, nam_hong_editor):
        logged_in(client, nam_hong_editor)
        response = client.post(
            IMPORT_URL,
            {"files": [upload(report)], "section": town.section.pk, "areas": [town.ward.pk]},
        )
        assert response.status_code == 200 and not Article.objects.filter(title=TITLE).exists()
        assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()

    def test_an_editor_of_two_wards_picks_one(self, client, report, town):
        both = person("lan", "Trần Thị Lan", role="editor", areas=[town.ward, town.other_ward])
        logged_in(client, both)
        body = client.get(IMPORT_URL).content.decode()
        assert "checked" not in body.split('name="areas"')[1]  # nothing ticked for her
        response = client.post(IMPORT_URL, {"files": [upload(report)], "section": town.section.pk})
        assert "Chọn ít nhất một địa bàn bạn phụ trách" in response.content.decode()
        assert not Article.objects.filter(title=TITLE).exists()

    def test_not_a_word_file_is_refused_keeping_her_choices(self, client, town, bac_hong_editor):
        logged_in(client, bac_hong_editor)
        response = client.post(
            IMPORT_URL,
            {"files": [SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4")],
             "section": town.mobilization.pk, "areas": [town.ward.pk]},
        )  # fmt: skip
        body = response.content.decode()
        assert response.status_code == 200 and "không phải tệp Word (.docx)" in body
        assert f'<option value="{town.mobilization.pk}" selected>' in body

    def test_a_damaged_word_file_says_so(self, client, town, bac_hong_editor):
        logged_in(client, bac_hong_editor)
        response = client.post(
            IMPORT_URL,
            {"files": [SimpleUploadedFile("hong.docx", b"not a zip")],
             "section": town.section.pk, "areas": [town.ward.pk]},
        )  # fmt: skip
        body = response.content.decode()
        assert "Tệp Word bị hỏng" in body and "Không nhập được tệp nào" in body

    def test_the_import_note_shows_on_the_draft(self, client, tmp_path, town, bac_hong_editor):
        import docx

        document = docx.Document()
        document.add_paragraph("Sáng ngày 3/4, Đoàn phường ra quân dọn vệ sinh kênh Bắc.")
        document.add_paragraph("Hơn 100 đoàn viên tham gia.")
        document.save(tmp_path / "khong-tieu-de.docx")
        logged_in(client, bac_hong_editor)
        response = client.post(
            IMPORT_URL,
            {"files": [upload(tmp_path / "khong-tieu-de.docx")], "section": town.section.pk,
             "areas": [town.ward.pk]},
            follow=True,
        )  # fmt: skip
        assert "Trang không có tiêu đề" in response.content.decode()


def test_an_old_doc_file_is_refused_saying_what_to_do():
    from news.importing import ImportError_, read_bytes

    with pytest.raises(ImportError_, match="lưu lại thành .docx"):
        read_bytes("bao-cao.doc", b"\xd0\xcf\x11\xe0")
