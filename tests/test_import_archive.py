"""Bắc Hồng brings its old portal's archive over: pages saved or copied from the old site
(tests/fixtures/old_portals, written by this team in the shapes real portals have) go
through `import_articles --dry-run`, then `import_articles`."""

import io
import re
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command

from news.importing.charsets import decode, from_tcvn3, from_vni
from news.models import Article
from tests.cast import person

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).parent / "fixtures" / "old_portals"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
CHROME = [
    "Đánh giá", "lượt đánh giá", "trung bình", "Bình luận", "Ý kiến bạn đọc", "vui lòng",
    "Mã xác thực", "Thông tin đăng nhập", "Thống kê", "Online", "Trực tuyến", "Hôm nay",
    "Bản in", "Quay lại", "Tin mới hơn", "Tin đã đưa", "Trở về", "Các tin khác",
    "Liên kết website", "Thủ tục hành chính", "Bản đồ", "ipv6", "image", "Trang chủ",
    "Lượt xem", "Ngày đăng", "Cập nhật", "Tác giả", "Nguồn", "TÁC GIẢ", "Bản quyền", "★",
    "Họ tên", "Email", "Gửi", "Chọn liên kết", "Quảng cáo",
]  # fmt: skip


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue() + str(error)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def archive(town, tmp_path):
    """A copy of the old portal's pages, as a ward exports them into a folder."""
    folder = tmp_path / "luu-tru"
    shutil.copytree(PAGES, folder)
    (folder / "README.md").unlink()
    return folder


def imported(path, *args):
    """The article one page became."""
    out, err = run(path, *args)
    assert not err, err
    return Article.objects.get(pk=re.search(r"#(\d+)", out).group(1))


def paragraphs(article):
    return re.findall(r"<p>(.*?)</p>", article.body)


def assert_no_chrome(article):
    text = article.title + article.sapo + article.body + article.author + article.source
    found = [chrome for chrome in CHROME if chrome in re.sub(r"<[^>]+>", " ", text)]
    assert not found, found


def test_a_portal_with_a_capitals_title_over_300_characters(archive, town):
    article = imported(archive / "portal-a-ngay-dang.txt", "--publish")
    assert article.title.startswith("ĐẢNG ỦY PHƯỜNG BẮC HỒNG TỔ CHỨC HỘI NGHỊ BAN CHẤP HÀNH")
    assert len(article.title) == 346 and article.title.endswith("QUÝ II NĂM 2019")
    assert article.section == town.section  # "CÔNG TÁC ĐẢNG" is the town's "Công tác Đảng"
    assert article.published_at == datetime(2019, 3, 2, 8, 15, tzinfo=VIETNAM)
    assert article.status == Article.Status.PUBLISHED and article.views == 1234
    assert article.author == "Nguyễn Văn An"  # "TÁC GIẢ: NGUYỄN VĂN AN"
    assert article.source == "UBND P. Bắc Hồng"  # the empty brackets dropped
    assert article.sapo.startswith("Sáng ngày 01/3/2019, Đảng ủy phường Bắc Hồng")
    assert str(article.event_date) == "2019-03-01"
    assert paragraphs(article) == [
        "Dự Hội nghị có đồng chí Nguyễn Văn Bình, Bí thư Đảng ủy phường, các đồng chí trong "
        "Ban Chấp hành Đảng bộ và Bí thư các chi bộ trực thuộc.",
        "<em>Quang cảnh Hội nghị</em>",  # where the photo stood: a caption line to put it above
        "Hội nghị đã nghe báo cáo sơ kết công tác xây dựng Đảng quý I và thảo luận nhiệm vụ "
        "trọng tâm quý II năm 2019.",
    ]
    assert_no_chrome(article)
    assert "1 ảnh" in article.import_note  # the photo's file was not saved with the text


def test_b_portal_with_a_weekday_date_line_and_a_name_for_byline(archive, town):
    article = imported(archive / "portal-b-thu.txt", "--section", "dan-van-kheo")
    assert article.title == "Phường Nam Hồng ra quân hưởng ứng Ngày Chủ nhật xanh"
    assert article.section == town.mobilization  # "TIN HOẠT ĐỘNG" is none of ours
    assert article.published_at == datetime(2019, 3, 4, 9, 30, tzinfo=VIETNAM)
    assert article.views == 56 and article.status == Article.Status.DRAFT
    assert article.author == "Minh Anh" and article.source == ""
    assert paragraphs(article) == [
        "Hơn 200 đoàn viên, hội viên và người dân tham gia dọn vệ sinh các tuyến đường.",
        "<em>Đồng chí Chủ tịch UBND phường phát biểu phát động</em>",
        "Các tổ dân phố sẽ duy trì hoạt động vào Chủ nhật hằng tuần.",
    ]
    assert_no_chrome(article)


def test_c_saved_page_with_its_photo_beside_it(archive, town):
    article = imported(archive / "portal-c-cap-nhat.html", "--publish")
    assert article.title == "Mô hình “Dân vận khéo” làm đường giao thông ở Tổ dân phố 3"
    assert article.section == town.mobilization
    assert article.published_at == datetime(2019, 3, 5, 14, 0, tzinfo=VIETNAM)
    assert article.views == 0
    assert article.author == "Lê Thị Bình" and article.source == "Ban Dân vận Đảng ủy phường"
    assert article.sapo.startswith("Chiều ngày 04/3, Ban Dân vận")  # the bold lead
    figures = re.findall(r"<figure.*?</figure>", article.body)
    assert len(figures) == 1 and "<figcaption>Người dân Tổ dân phố 3 cùng làm đường<" in figures[0]
    assert re.search(r'src="/media/uploads/\d{4}/\d{2}/[0-9a-f]{32}\.jpg"', figures[0])
    assert article.cover_caption == "Người dân Tổ dân phố 3 cùng làm đường"
    # The photo left on the old site keeps its caption, in italics; no address of the old site.
    assert "<p><em>Đại biểu trao giấy khen cho các hộ tiêu biểu</em></p>" in article.body
    assert "phuongbachong.example" not in article.body
    assert "<strong>nhân rộng</strong>" in article.body
    assert_no_chrome(article)


def test_d_page_with_single_line_breaks(archive, town):
    article = imported(archive / "portal-d-mot-dong.txt")
    assert article.title.startswith("Chi bộ Tổ dân phố 3 sinh hoạt chuyên đề")
    assert article.section == town.subsection  # "XÂY DỰNG ĐẢNG"
    assert article.published_at == datetime(2019, 3, 4, 9, 30, tzinfo=VIETNAM)
    assert article.author == "Thu Hà – Quốc Bảo"  # typed "Thu Hà-Quốc Bảo"
    assert article.source == "Chi bộ Tổ dân phố 3"
    assert (
        article.sapo
        == "Tối ngày 02/3, Chi bộ Tổ dân phố 3 tổ chức sinh hoạt chuyên đề quý I năm 2019."
    )
    assert paragraphs(article) == [
        "Các đảng viên thảo luận, liên hệ bản thân và đăng ký việc làm cụ thể.",
        "<em>Quang cảnh buổi sinh hoạt chuyên đề</em>",
        "Chi bộ thống nhất tổ chức sinh hoạt chuyên đề mỗi quý một lần.",
    ]
    assert_no_chrome(article)


def test_a_page_without_a_title_stays_a_draft_even_under_publish(archive, town):
    out, err = run(archive / "portal-e-khong-tieu-de.txt", "--publish")
    article = Article.objects.get(pk=re.search(r"#(\d+)", out).group(1))
    assert article.status == Article.Status.DRAFT
    assert len(article.title) <= 161 and article.title.endswith("…")
    assert article.title.startswith("Sáng ngày 15/10, Đảng ủy phường Bắc Hồng tổ chức Hội nghị")
    assert not article.title[:-1].endswith(" ")  # cut at a word
    assert len(article.sapo) > 500 - 10 and article.author == "Phạm Minh"
    assert "Trang không có tiêu đề" in article.import_note
    assert "giữ ở bản nháp" in out and "Trang không có tiêu đề" in out


def test_a_title_over_the_limit_is_shortened_only_with_a_note(tmp_path, town):
    page = tmp_path / "dai.txt"
    long_title = "HỘI NGHỊ " + "TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM " * 20
    page.write_text(f"{long_title}\n\nSáng ngày 3/4, Hội nghị đã diễn ra.\n\nNội dung.")
    article = imported(page, "--publish")
    assert article.status == Article.Status.DRAFT and len(article.title) <= 161
    assert long_title.strip() in article.import_note


def test_dry_run_says_what_each_page_holds_and_saves_nothing(archive, town):
    before = Article.objects.count()
    out, err = run(archive, "--dry-run")
    assert Article.objects.count() == before and not err
    page_a = out.split("portal-a-ngay-dang.txt")[1].split("portal-b-thu.txt")[0]
    assert "tiêu đề: ĐẢNG ỦY PHƯỜNG BẮC HỒNG" in page_a
    assert "chuyên mục: Công tác Đảng — theo nhãn «CÔNG TÁC ĐẢNG» trên trang" in page_a
    assert "thời gian đăng: 02/03/2019 08:15" in page_a
    assert "lượt xem: 1.234" in page_a
    assert "tác giả: Nguyễn Văn An" in page_a and "nguồn: UBND P. Bắc Hồng" in page_a
    assert "số đoạn: 2" in page_a and "chú thích ảnh: 1" in page_a
    assert "lượt đánh giá 3" in page_a and "bình luận 7" in page_a and "bộ đếm 2" in page_a
    assert "→ sẽ là bản nháp" in page_a
    page_b = out.split("portal-b-thu.txt")[1]
    assert "— chuyên mục mặc định (không có chuyên mục nào tên «TIN HOẠT ĐỘNG»)" in page_b
    # Every page of the folder, none of the photos saved beside them.
    assert out.count("\n    tiêu đề: ") == 7 and "anh1.jpg" not in out


def test_the_same_page_twice_is_one_article(archive, town):
    page = archive / "portal-b-thu.txt"
    first, _err = run(page, "--publish")
    again, _err = run(page, "--publish")
    assert Article.objects.filter(title__startswith="Phường Nam Hồng ra quân").count() == 1
    assert "ĐÃ CÓ" in again and re.search(r"#(\d+)", first).group(1) in again
    dry, _err = run(page, "--dry-run")
    assert "đã có: #" in dry


def test_a_whole_folder_imports_with_the_user_and_area(archive, town, bac_hong_editor):
    out, err = run(archive, "--user", "hang", "--area", town.ward.slug, "--publish")
    # The TCVN3 and the VNI-Windows page are one article, as the old site served it twice.
    assert not err and out.count("OK ") == 6 and out.count("ĐÃ CÓ") == 1
    new = Article.objects.filter(created_by=bac_hong_editor)
    assert new.count() == 6 and all(a.areas.get() == town.ward for a in new)
    assert new.filter(status=Article.Status.PUBLISHED).count() == 5  # the untitled one waits
    # Old view counts start the most-read list's history; the counters add to them.
    assert new.get(views=1234).title.startswith("ĐẢNG ỦY")


def test_no_section_at_all_is_said_not_invented(tmp_path, db):
    page = tmp_path / "tin.txt"
    page.write_text("Tin\n\nNội dung.")
    _out, err = run(page)
    assert "chưa có chuyên mục nào" in err and not Article.objects.exists()


# Characters as they come -----------------------------------------------------------------


SENTENCE = "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"


def test_tcvn3_bytes_are_converted():
    # As TCVN3 fonts wrote it; the bytes typed out here, not made by our own table.
    raw = (b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam. "
           b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c")  # fmt: skip
    assert decode(raw) == (SENTENCE, "TCVN3")
    assert from_tcvn3(b"TIN HO\xb9T \xa7\xe9NG") == "TIN HOẠT ĐỘNG"  # a capitals font


def test_vni_windows_bytes_are_converted():
    raw = (b"Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a Vie\xe4t Nam. \xd1o\xe4c la\xe4p - "
           b"T\xf6\xef do - Ha\xefnh phu\xf9c")  # fmt: skip
    assert decode(raw) == (SENTENCE, "VNI-Windows")
    assert from_vni("Ph\xf6\xf4\xf8ng") == "Phường"


def test_windows_1258_and_decomposed_utf8_are_stored_composed():
    assert decode(b"H\xf4\xf2i nghi\xf2") == ("Hội nghị", "Windows-1258")
    decomposed = "Ho\u0302\u0323i nghi\u0323"
    assert decode(decomposed.encode("utf-8")) == ("Hội nghị", "UTF-8")
    assert decode("\ufeffHội nghị".encode("utf-8")) == ("Hội nghị", "UTF-8")


def test_a_tcvn3_page_saved_as_utf8_by_a_browser_is_read_too():
    typed = b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam".decode("cp1252")
    assert decode(typed.encode("utf-8")) == ("Cộng hòa xã hội chủ nghĩa Việt Nam", "TCVN3 (UTF-8)")


def test_old_encoding_pages_import_whole(archive, town):
    for name, encoding in (("portal-f-tcvn3.txt", "TCVN3"), ("portal-g-vni.txt", "VNI-Windows")):
        out, _err = run(archive / name, "--dry-run")
        assert f"mã ký tự: {encoding}" in out
        assert "tiêu đề: Hội nghị sơ kết công tác dân vận phường Bắc Hồng năm 2008" in out
        assert "tác giả: Phượng Bích" in out and "lượt xem: 510" in out


def test_bytes_of_no_known_encoding_are_refused_by_name(tmp_path, town):
    page = tmp_path / "la.txt"
    page.write_bytes(bytes(range(0x80, 0x100)) * 4)
    _out, err = run(page)
    assert "không phải UTF-8, Windows-1258, TCVN3 hay VNI-Windows" in err


def test_an_editor_running_the_command_gets_her_articles(archive, town):
    person("lan", "Trần Thị Lan", role="editor", areas=[town.ward])
    run(archive / "portal-d-mot-dong.txt", "--user", "lan")
    assert Article.objects.get(title__startswith="Chi bộ Tổ dân phố 3").created_by.username == "lan"
