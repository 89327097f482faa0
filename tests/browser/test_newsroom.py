"""A day in the newsroom, in a real browser: Hằng writes for Bắc Hồng and submits, Minh
returns it with a reason, Hằng fixes it, Minh publishes it; on a phone and a computer,
with axe-core on each admin page they use. Slugs typed in the admin come out as the
server makes them."""

import pytest
from playwright.sync_api import expect

from news.models import Article, Section
from tests.cast import PASSWORD

pytestmark = pytest.mark.browser

TITLE = "Đảng ủy phường Bắc Hồng họp Hội nghị sơ kết công tác dân vận"
SLUG = "dang-uy-phuong-bac-hong-hop-hoi-nghi-so-ket-cong-tac-dan-van"
SIZES = {"phone": {"width": 375, "height": 800}, "computer": {"width": 1280, "height": 900}}


@pytest.fixture
def newsroom(site, bac_hong_editor, publisher):
    """Hằng and Minh, editor and publisher of the demo's Bắc Hồng."""
    return {"site": site, "hang": bac_hong_editor, "minh": publisher}


def log_in(browser, site, username, size):
    context = browser.new_context(viewport=SIZES[size], locale="vi-VN")
    page = context.new_page()
    page.goto(site + "/admin/login/?next=/admin/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator("#desk")).to_be_visible()
    return context, page


def no_violations(page, axe):
    found = axe(page)
    assert found == [], "\n".join(map(str, [page.url, *found]))


@pytest.mark.parametrize("size", list(SIZES))
def test_hang_writes_minh_returns_then_publishes(newsroom, browser, axe, size):
    site = newsroom["site"]
    # Hằng writes and submits.
    context, page = log_in(browser, site, "hang", size)
    no_violations(page, axe)
    page.get_by_role("link", name="Viết bài mới").click()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_title").press("End")  # the admin fills the slug as keys come up
    expect(page.locator("#id_slug")).to_have_value(SLUG)
    page.locator("#id_section").select_option(label=Section.objects.get(slug="cong-tac-dang").name)
    page.locator("#id_sapo").fill("Sáng ngày 12/4, Đảng ủy phường tổ chức Hội nghị.")
    page.locator(".ck-editor__editable").click()
    page.keyboard.type("Hội nghị đánh giá kết quả quý I.")
    page.get_by_label("Phường Bắc Hồng", exact=True).check()
    no_violations(page, axe)
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã xong")
    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.REVIEW and article.slug == SLUG
    context.close()
    # Minh returns it with a reason.
    context, page = log_in(browser, site, "minh", size)
    expect(page.locator("#desk-waiting")).to_contain_text("Chờ tôi duyệt (1)")
    no_violations(page, axe)
    page.locator("#desk-waiting").get_by_role("link", name=TITLE).click()
    no_violations(page, axe)
    page.get_by_label("Lý do trả lại").fill("Bổ sung ảnh Hội nghị.")
    page.get_by_role("button", name="Trả lại người viết").click()
    expect(page.locator(".returned")).to_contain_text("Bổ sung ảnh Hội nghị.")
    context.close()
    # Hằng reads the reason on her desk and in her list, fixes and submits again.
    context, page = log_in(browser, site, "hang", size)
    expect(page.locator("#desk-returned")).to_contain_text("Bổ sung ảnh Hội nghị.")
    page.goto(site + "/admin/news/article/?cua=toi")
    no_violations(page, axe)
    expect(page.locator("#result_list")).to_contain_text("Bổ sung ảnh Hội nghị.")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    context.close()
    # Minh approves and publishes.
    context, page = log_in(browser, site, "minh", size)
    page.locator("#desk-waiting").get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Lưu, duyệt và đăng").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã đăng")
    article.refresh_from_db()
    assert article.is_public
    page.goto(site + article.get_absolute_url())
    expect(page.locator("h1#article-title")).to_have_text(TITLE)
    context.close()


TYPED = {
    "/admin/news/article/add/": "Đảng ủy phường Bắc Hồng họp Hội nghị",
    "/admin/news/section/add/": "Đời sống – Xã hội",
    "/admin/wards/area/add/": "Tổ dân phố Đông Hưng",
    "/admin/wards/unit/add/": "Hội Cựu chiến binh phường Bắc Hồng",
}
SLUGS = ["dang-uy-phuong-bac-hong-hop-hoi-nghi", "doi-song-xa-hoi", "to-dan-pho-dong-hung",
         "hoi-cuu-chien-binh-phuong-bac-hong"]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "typed", "slug"),
    [(url, typed, slug) for (url, typed), slug in zip(TYPED.items(), SLUGS)],
)
def test_slugs_typed_in_the_admin_are_the_servers(site, browser, administrator, url, typed, slug):
    context = browser.new_context(viewport=SIZES["computer"])
    page = context.new_page()
    page.goto(site + "/admin/login/?next=" + url)
    page.get_by_label("Tên đăng nhập").fill("tam")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    # A unit's name has a Vietnamese and an English field (portal); the slug follows the first.
    names = {"article": "#id_title", "unit": "#id_name_vi"}
    field = page.locator(next((f for k, f in names.items() if k in url), "#id_name"))
    field.fill(typed)  # then one key, as the last keystroke of a typed title
    field.press("End")
    expect(page.locator("#id_slug")).to_have_value(slug)
    context.close()
