"""The editor of Bắc Hồng imports meeting reports from files."""

import io

import pytest
from django.core.management import CommandError, call_command

from news.models import Article
from tests import factories

pytestmark = pytest.mark.django_db

REPORT = """
Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết 6 tháng đầu năm

Sáng 14/4, Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết.
Dự hội nghị có các đồng chí trong Ban Thường vụ.

Hội nghị đã thống nhất <các> nhiệm vụ trọng tâm.
"""


@pytest.fixture
def party(quiet_town):
    """Công tác Đảng, in the town before any news: what is imported is all there is."""
    return quiet_town.section


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue() + str(error)
    return out.getvalue(), err.getvalue()


def test_text_file_becomes_a_draft(tmp_path, party):
    path = tmp_path / "hoi-nghi.txt"
    path.write_text(REPORT, encoding="utf-8")
    out, err = run(
        str(path),
        "--section",
        "cong-tac-dang",
        "--area",
        "phuong-bac-hong",
        "--author",
        "Phượng Bích",
    )
    article = Article.objects.get()
    assert article.title == "Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết 6 tháng đầu năm"
    # The dateline lead ("Sáng 14/4, …") is the sapo; the rest is the body.
    assert article.sapo == (
        "Sáng 14/4, Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết. "
        "Dự hội nghị có các đồng chí trong Ban Thường vụ."
    )
    assert article.body == "<p>Hội nghị đã thống nhất &lt;các&gt; nhiệm vụ trọng tâm.</p>"
    assert article.status == Article.Status.DRAFT
    assert article.author == "Phượng Bích"
    assert [a.slug for a in article.areas.all()] == ["phuong-bac-hong"]
    assert "OK" in out and "bản nháp" in out and not err


def test_publish_option_publishes(tmp_path, party):
    path = tmp_path / "tin.txt"
    path.write_text("Tin ngắn\n\nNội dung.", encoding="utf-8")
    run(str(path), "--section", "Công tác Đảng", "--publish")
    assert Article.objects.published().get().title == "Tin ngắn"


def test_html_file_is_sanitized_and_titled_from_h1(tmp_path, party):
    path = tmp_path / "bai.html"
    path.write_text(
        "<html><head><title>Tiêu đề trang</title><script>x()</script></head><body>"
        "<h1>Hội nghị Ban Chấp hành Đảng bộ phường</h1>"
        "<p onclick='x()'>Nội dung <b>chính</b>.</p><script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    run(str(path), "--section", "cong-tac-dang")
    article = Article.objects.get()
    assert article.title == "Hội nghị Ban Chấp hành Đảng bộ phường"
    assert article.body == "<p>Nội dung <b>chính</b>.</p>"


def test_windows_vietnamese_text_is_decoded(tmp_path, party):
    path = tmp_path / "cu.txt"
    # Windows-1258 writes "ộ" as "ô" + a combining dot below; we store it composed.
    path.write_bytes(b"H\xf4\xf2i nghi\xf2\n\nN\xf4\xf2i dung")
    run(str(path), "--section", "cong-tac-dang")
    assert Article.objects.get().title == "Hội nghị"


def test_docx_with_a_photo(tmp_path, party):
    import docx

    document = docx.Document()
    document.add_paragraph("Hội nghị quán triệt Nghị quyết")
    document.add_paragraph("Chiều 20/11, Đảng ủy phường tổ chức Hội nghị.")
    image = factories.image_file("anh.png", fmt="PNG")
    document.add_picture(io.BytesIO(image.read()))
    path = tmp_path / "bao-cao.docx"
    document.save(path)
    run(str(path), "--section", "cong-tac-dang")
    article = Article.objects.get()
    assert article.title == "Hội nghị quán triệt Nghị quyết"
    assert article.sapo == "Chiều 20/11, Đảng ủy phường tổ chức Hội nghị."
    assert article.body.count("<figure") == 1 and article.cover  # in the body, and the cover


def test_bad_files_are_reported_and_the_others_still_import(tmp_path, party):
    good = tmp_path / "tot.txt"
    good.write_text("Tin tốt\n\nNội dung.", encoding="utf-8")
    empty = tmp_path / "trong.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"not a zip")
    out, err = run(
        str(empty),
        str(pdf),
        str(good),
        str(broken),
        str(tmp_path / "khong-co.txt"),
        "--section",
        "cong-tac-dang",
    )
    assert [a.title for a in Article.objects.all()] == ["Tin tốt"]
    assert "Tệp không có nội dung" in err
    assert "Không hỗ trợ định dạng «.pdf»" in err
    assert "Tệp Word bị hỏng" in err
    assert "Không tìm thấy tệp" in err
    assert "4/5 tệp không nhập được" in err


def test_unknown_section_stops_before_importing(tmp_path, party):
    path = tmp_path / "tin.txt"
    path.write_text("Tin\n\nNội dung.", encoding="utf-8")
    _out, err = run(str(path), "--section", "khong-co")
    assert "Không tìm thấy" in err and not Article.objects.exists()


def test_html_without_a_heading_takes_its_first_line_as_the_title(tmp_path, party):
    path = tmp_path / "ban-tin.html"
    path.write_text("<p>Ra quân  hè tình nguyện</p>\n<p>Sáng 1/6, Đoàn phường ra quân.</p>")
    run(str(path), "--section", "cong-tac-dang")
    article = Article.objects.get()
    assert article.title == "Ra quân hè tình nguyện"
    assert article.sapo == "Sáng 1/6, Đoàn phường ra quân."
