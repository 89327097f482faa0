"""Hằng imports Word reports in a real browser: the button on the article list, the drop
zone taking several files, the draft opening with its photos in place in the editor; the
import page passes axe-core at a phone's and a computer's width."""

import pytest
from playwright.sync_api import expect

from news.models import Article
from tests import factories
from tests.cast import PASSWORD

pytestmark = pytest.mark.browser

SIZES = {"phone": {"width": 375, "height": 800}, "computer": {"width": 1280, "height": 900}}
TITLE = "Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết công tác dân vận"


def log_in(browser, site, size):
    context = browser.new_context(viewport=SIZES[size], locale="vi-VN")
    page = context.new_page()
    page.goto(site + "/admin/login/?next=/admin/news/article/")
    page.get_by_label("Tên đăng nhập").fill("hang")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    return context, page


def no_violations(page, axe):
    found = axe(page)
    assert found == [], "\n".join(map(str, [page.url, *found]))


@pytest.mark.parametrize("size", list(SIZES))
def test_hang_imports_a_report_and_it_opens_with_its_photos(
    site, bac_hong_editor, browser, axe, size, tmp_path
):
    report = factories.word_report(tmp_path / "bao-cao-hoi-nghi.docx")
    context, page = log_in(browser, site, size)
    page.get_by_role("link", name="Nhập từ tệp Word").click()
    expect(page.get_by_label("Phường Bắc Hồng", exact=True)).to_be_checked()  # her one ward
    no_violations(page, axe)
    page.get_by_label("Tệp Word (.docx)").set_input_files(report)
    expect(page.locator(".dropzone .chosen")).to_contain_text("bao-cao-hoi-nghi.docx")
    page.get_by_role("button", name="Nhập thành bản nháp").click()
    # The draft opens, for her to check and submit.
    expect(page.locator("#id_title")).to_have_value(TITLE)
    expect(page.locator(".messagelist")).to_contain_text("bản nháp")
    editor = page.locator(".ck-editor__editable")
    expect(editor.locator("figure img")).to_have_count(2)
    expect(editor.locator("figcaption")).to_have_text(
        ["Quang cảnh Hội nghị", "Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo Hội nghị"]
    )
    loaded = editor.locator("figure img").evaluate_all("imgs => imgs.map(i => i.naturalWidth)")
    assert all(width > 0 for width in loaded)  # the photos are really there
    expect(page.locator("#id_sapo")).to_have_value(
        "Sáng ngày 12/4/2018, Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết công tác dân vận "
        "quý I năm 2018."
    )
    expect(page.locator("#id_author")).to_have_value("Thu Hằng – Thanh Trúc")
    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.DRAFT and article.created_by == bac_hong_editor
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã xong")
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW and article.body.count("<figure") == 2
    context.close()


def test_several_reports_dropped_at_once(site, bac_hong_editor, browser, tmp_path):
    files = [
        factories.word_report(tmp_path / "mot.docx", title="Hội nghị thứ nhất của phường Bắc Hồng"),
        factories.word_report(tmp_path / "hai.docx", title="Hội nghị thứ hai của phường Bắc Hồng"),
    ]
    context, page = log_in(browser, site, "computer")
    page.goto(site + "/admin/news/article/nhap-tu-word/")
    page.locator("#id_files").set_input_files(files)
    expect(page.locator(".dropzone .chosen li")).to_have_count(2)
    page.get_by_role("button", name="Nhập thành bản nháp").click()
    expect(page.locator("#result_list")).to_contain_text("Hội nghị thứ nhất của phường Bắc Hồng")
    expect(page.locator("#result_list")).to_contain_text("Hội nghị thứ hai của phường Bắc Hồng")
    expect(page.locator("#result_list tbody tr")).to_have_count(2)
    context.close()
