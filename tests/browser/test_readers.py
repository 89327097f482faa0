"""A reader rates and comments on a phone-width screen; a moderator approves."""

import pytest
from playwright.sync_api import expect

from comments.models import Comment
from news.models import Article
from tests.captcha import ANSWER
from tests.cast import PASSWORD

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}


def unrated_article():
    return Article.objects.published().filter(rating_count=0).first()


def test_rating_with_javascript_updates_in_place(site, page):
    article = unrated_article()
    page.set_viewport_size(PHONE)
    page.goto(site + article.get_absolute_url())
    summary = page.locator("[data-rating-summary]")
    expect(summary).to_have_text("Chưa có lượt đánh giá nào.")
    page.locator("label[for=rating-4]").click()  # the 4th star, as a finger taps it
    page.get_by_role("button", name="Gửi đánh giá").click()
    expect(summary).to_contain_text("4,0/5 (1 lượt đánh giá)")
    assert page.url.endswith(article.get_absolute_url())  # no reload: updated in place
    article.refresh_from_db()
    assert (article.rating_count, article.rating_sum) == (1, 4)


def test_rating_without_javascript_posts_and_comes_back(site, browser):
    article = unrated_article()
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(site + article.get_absolute_url())
    page.locator("label[for=rating-5]").click()
    page.get_by_role("button", name="Gửi đánh giá").click()
    expect(page.locator("[data-rating-summary]")).to_contain_text("5,0/5 (1 lượt đánh giá)")
    assert article.get_absolute_url() in page.url
    context.close()


def test_rating_with_the_keyboard(site, page):
    article = unrated_article()
    page.goto(site + article.get_absolute_url())
    page.get_by_label("1 trên 5 sao").focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_label("3 trên 5 sao")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Gửi đánh giá")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("[data-rating-summary]")).to_contain_text("3,0/5")


def test_comment_wrong_captcha_keeps_the_text_then_moderator_approves(
    site, page, browser, moderator
):
    article = Article.objects.published().first()
    text = "Đề nghị phường sớm lắp thêm đèn chiếu sáng ở ngõ 12, tổ dân phố 3."
    page.set_viewport_size(PHONE)
    page.goto(site + article.get_absolute_url())
    page.get_by_label("Họ và tên").fill("Trần Văn Bình")
    page.get_by_label("Email").fill("binh@example.com")
    page.get_by_label("Nội dung bình luận").fill(text)
    assert page.locator("img[data-captcha-image]").get_attribute("alt")  # a text alternative
    page.get_by_label("Mã xác thực").fill("SAI")
    page.get_by_role("button", name="Gửi bình luận").click()
    expect(page.get_by_text("Mã xác thực không đúng.")).to_be_visible()
    expect(page.get_by_label("Họ và tên")).to_have_value("Trần Văn Bình")
    expect(page.get_by_label("Nội dung bình luận")).to_have_value(text)

    page.get_by_label("Mã xác thực").fill(ANSWER)  # the captcha's test-mode answer
    page.get_by_role("button", name="Gửi bình luận").click()
    expect(
        page.get_by_text("Bình luận của bạn đã được gửi và đang chờ kiểm duyệt.")
    ).to_be_visible()
    expect(page.locator(".comment-list")).not_to_contain_text(text)
    comment = Comment.objects.get(content=text)
    assert comment.status == Comment.Status.PENDING

    hoa = browser.new_page()
    hoa.goto(site + "/admin/comments/comment/?status__exact=pending")
    hoa.get_by_label("Tên đăng nhập").fill(moderator.username)
    hoa.get_by_label("Mật khẩu").fill(PASSWORD)
    hoa.get_by_role("button", name="Đăng nhập").click()
    hoa.locator(f'input[name="_selected_action"][value="{comment.pk}"]').check()
    hoa.locator('select[name="action"]').select_option("approve")
    hoa.get_by_role("button", name="Đi đến").click()
    expect(hoa.locator(".messagelist")).to_be_visible()

    page.reload()
    expect(page.locator(".comment-list")).to_contain_text(text)
    expect(page.locator("#comments-title")).to_contain_text(f"({article.comment_count + 1})")


def test_captcha_refresh_and_comment_form_by_keyboard(site, page):
    article = Article.objects.published().first()
    page.goto(site + article.get_absolute_url())
    image = page.locator("img[data-captcha-image]")
    expect(image).to_be_hidden()  # no code, and no captcha row, until the reader writes
    page.get_by_label("Họ và tên").focus()
    expect(image).to_be_visible()
    before = image.get_attribute("src")
    page.get_by_role("button", name="Đổi mã khác").click()
    expect(image).not_to_have_attribute("src", before)
    # The whole form can be filled and sent from the keyboard alone.
    page.get_by_label("Họ và tên").focus()
    page.keyboard.type("Lê Thị Hoa")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Email")).to_be_focused()
    page.keyboard.type("hoa@example.com")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Nội dung bình luận")).to_be_focused()
    page.keyboard.type("Cảm ơn Ban biên tập đã đưa tin kịp thời.")
    page.get_by_label("Mã xác thực").focus()
    page.keyboard.type(ANSWER)
    page.keyboard.press("Enter")
    expect(
        page.get_by_text("Bình luận của bạn đã được gửi và đang chờ kiểm duyệt.")
    ).to_be_visible()
