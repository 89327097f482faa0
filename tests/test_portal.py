"""Who we are and how to reach us (Decree 42/2022, Circular 22/2023): the site's identity
in every footer, the introduction, organization chart and contact pages in Vietnamese and
English, the area directory, the site map for people and the news of a day."""

import html as entities
import re
from datetime import date, datetime, time, timedelta

import pytest
from captcha.models import CaptchaStore
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone

from portal.models import ContactMessage, Leader, SiteIdentity, TranslationStamp
from tests import factories
from tests.captcha import captcha_from
from tests.cast import count_queries, forget_cached, logged_in

pytestmark = pytest.mark.django_db

PAGES = {
    "introduction": "/gioi-thieu/",
    "organization": "/co-cau-to-chuc/",
    "contact": "/lien-he/",
    "directory": "/dia-ban/",
    "site map": "/so-do-trang/",
    "day picker": "/tin-theo-ngay/",
}


def text(response):
    """The page as a reader reads it: no tags, single spaces."""
    return " ".join(entities.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def footer(response):
    return (
        text(response).split("Chịu trách nhiệm chính")[0][-400:]
        + text(response).split("Chịu trách nhiệm chính")[1][:200]
    )


def in_english(client):
    """The reader presses "English" in the header."""
    client.post("/ngon-ngu/", {"language": "en", "next": "/"})
    return client


# --- 1. The site's identity -------------------------------------------------------------


def test_before_an_identity_is_saved_the_site_is_named_by_site_name(client, town, settings):
    settings.SITE_NAME = "Cổng thông tin điện tử phường Bắc Hồng"
    page = text(client.get("/"))
    assert "Cổng thông tin điện tử phường Bắc Hồng" in page
    assert "Chịu trách nhiệm chính" not in page  # nothing invented


def test_every_page_footer_names_the_agency_its_contacts_and_who_answers(client, ward_portal):
    identity, _committee, _leaders = ward_portal
    town_pages = ["/", identity.area.get_absolute_url(), *PAGES.values()]
    for url in town_pages:
        page = text(client.get(url))
        for shown in (
            "Ủy ban nhân dân phường Bắc Hồng",
            "Số 02 đường Trần Phú, phường Bắc Hồng",
            "0239 386 220",
            "ubnd@bachong.gov.vn",
            "Chịu trách nhiệm chính: Chủ tịch UBND phường Nguyễn Văn Chiến",
            "Quyết định số 215/QĐ-UBND ngày 15/8/2025",
        ):
            assert shown in page, (url, shown)


def test_feeds_and_search_engines_name_the_agency_not_site_name(client, town, ward_portal):
    assert "<title>Ủy ban nhân dân phường Bắc Hồng</title>" in client.get("/rss/").content.decode()
    article = client.get(town.article.get_absolute_url()).content.decode()
    assert '"publisher": {"@type": "GovernmentOrganization", "name": "Ủy ban nhân dân phường' in (
        article
    )


def test_a_change_of_chairman_is_one_edit_that_every_page_follows(client, ward_portal):
    _identity, _committee, leaders = ward_portal
    for url in ("/", "/co-cau-to-chuc/", "/lien-he/"):
        assert "Nguyễn Văn Chiến" in text(client.get(url))  # cached for readers now
    chairman = leaders["chairman"]
    chairman.name = "Hoàng Minh Khôi"
    chairman.save()
    for url in ("/", "/co-cau-to-chuc/", "/lien-he/"):
        page = text(client.get(url))
        assert "Hoàng Minh Khôi" in page and "Nguyễn Văn Chiến" not in page, url


def test_an_identity_saved_in_the_admin_shows_at_once_on_cached_pages(
    client, administrator, ward_portal
):
    assert "Ủy ban nhân dân phường Bắc Hồng" in text(client.get("/gioi-thieu/"))
    assert client.get("/gioi-thieu/")["X-Page-Cache"] == "hit"
    admin = logged_in(client.__class__(), administrator)
    response = admin.post("/admin/portal/siteidentity/1/change/", identity_form(ward_portal))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = text(client.get("/gioi-thieu/"))
    assert "Ủy ban nhân dân phường Bắc Hồng (mới)" in page
    assert SiteIdentity.objects.count() == 1


def identity_form(ward_portal, **changes):
    """The identity's change form as the administrator sends it."""
    identity, _committee, leaders = ward_portal
    form = {
        "name_vi": "Ủy ban nhân dân phường Bắc Hồng (mới)",
        "name_en": identity.name_en,
        "area": identity.area_id,
        "introduction_vi": identity.introduction_vi,
        "introduction_en": identity.introduction_en,
        "address_vi": identity.address_vi,
        "address_en": identity.address_en,
        "phone": identity.phone,
        "email": identity.email,
        "map_url": identity.map_url,
        "responsible": leaders["chairman"].pk,
        "licence_vi": identity.licence_vi,
        "licence_en": "",
        "history_vi": identity.history_vi,
        "history_en": "",
        "area_km2": "11.6",
        "population": "19200",
    }
    return {**form, **changes}


# --- 2. Pages -----------------------------------------------------------------------------


def test_the_introduction_tells_history_area_population_and_the_map(client, ward_portal):
    response = client.get("/gioi-thieu/")
    page = text(response)
    assert "Phường Bắc Hồng là trung tâm hành chính" in page
    assert "Phường được thành lập năm 1994." in page
    assert "11,6 km²" in page and "19.200 người" in page
    assert 'href="https://www.openstreetmap.org/"' in response.content.decode()


def test_the_organization_chart_lists_units_and_serving_leaders_in_the_set_order(
    client, ward_portal
):
    page = text(client.get("/co-cau-to-chuc/"))
    # The People's Committee (order 1) before the Party committee (order 2).
    assert page.index("UBND phường Bắc Hồng") < page.index("Đảng ủy phường Bắc Hồng")
    assert "Quản lý nhà nước trên địa bàn phường." in page
    chart = page.split("UBND phường Bắc Hồng", 1)[1]
    assert chart.index("Nguyễn Văn Chiến") < chart.index("Trần Thị Lụa")
    assert "Chủ tịch UBND phường" in chart and "0239 386 221" in chart
    assert "chutich@bachong.gov.vn" in chart and "07/2021" in chart
    assert "Phạm Văn Cũ" not in page  # his term ended


def test_leaders_follow_the_order_the_administrator_sets(client, ward_portal):
    _identity, _committee, leaders = ward_portal
    Leader.objects.filter(pk=leaders["vice"].pk).update(order=0)
    forget_cached()
    chart = text(client.get("/co-cau-to-chuc/")).split("UBND phường Bắc Hồng", 1)[1]
    assert chart.index("Trần Thị Lụa") < chart.index("Nguyễn Văn Chiến")


def test_the_contact_page_lists_the_agency_and_each_units_contacts(client, ward_portal):
    page = text(client.get("/lien-he/"))
    assert "Số 02 đường Trần Phú, phường Bắc Hồng" in page
    assert "UBND phường Bắc Hồng Điện thoại: 0239 386 220" in page
    assert "Gửi ý kiến, câu hỏi" in page


def contact(**changes):
    return {
        "name": "Trần Văn Nam",
        "email": "Nam.Tran@gmail.com",
        "phone": "0912 345 678",
        "subject": "Hỏi về thủ tục cấp giấy phép xây dựng",
        "message": "Xin hỏi hồ sơ xin phép xây dựng nhà ở riêng lẻ gồm những giấy tờ gì?",
        "website": "",
        **changes,
    }


def test_a_wrong_then_right_captcha_keeps_the_text_and_sends_the_message(
    client, ward_portal, real_captcha, django_capture_on_commit_callbacks
):
    first = client.get("/lien-he/")
    assert CaptchaStore.objects.count() == 0  # a page view makes no code
    wrong = client.post("/lien-he/", {**contact(), **captcha_from(first), "captcha_1": "SAI"})
    assert wrong.status_code == 400
    html = wrong.content.decode()
    assert "Mã xác thực không đúng." in html
    assert "Xin hỏi hồ sơ xin phép xây dựng nhà ở riêng lẻ gồm những giấy tờ gì?" in html
    assert 'value="Hỏi về thủ tục cấp giấy phép xây dựng"' in html
    assert ContactMessage.objects.count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        right = client.post("/lien-he/", {**contact(), **captcha_from(wrong)}, follow=True)
    assert "Cảm ơn bạn. Ý kiến của bạn đã được gửi đến cơ quan." in text(right)
    sent = ContactMessage.objects.get()
    assert sent.status == ContactMessage.Status.NEW and sent.email == "nam.tran@gmail.com"
    assert len(sent.sender_hash) == 64
    [letter] = mail.outbox
    assert letter.to == ["ubnd@bachong.gov.vn"] and letter.reply_to == ["nam.tran@gmail.com"]
    assert "Hỏi về thủ tục cấp giấy phép xây dựng" in letter.subject
    assert f"/admin/portal/contactmessage/{sent.pk}/change/" in letter.body


def test_a_readers_message_leaves_cached_pages_cached(client, ward_portal):
    client.get("/")
    client.post("/lien-he/", {**contact(), **captcha_passed()})
    assert ContactMessage.objects.count() == 1
    assert client.__class__().get("/")["X-Page-Cache"] == "hit"


def test_the_no_javascript_code_button_keeps_the_text(client, ward_portal):
    response = client.post("/lien-he/", {**contact(), "refresh_captcha": "1"})
    html = response.content.decode()
    assert response.status_code == 200 and "Mã xác thực không đúng." not in html
    assert "Xin hỏi hồ sơ xin phép xây dựng" in html and CaptchaStore.objects.count() == 1


def test_a_filled_honeypot_is_kept_as_spam_and_mails_nobody(
    client, ward_portal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/lien-he/", {**contact(website="http://spam.example"), **captcha_passed()})
    assert ContactMessage.objects.get().status == ContactMessage.Status.SPAM
    assert mail.outbox == []


def captcha_passed():
    """Test mode (tests/settings.py) takes "PASSED" for any key."""
    return {"captcha_0": "x", "captcha_1": "PASSED"}


def test_the_rate_limit_refuses_a_fourth_message_and_keeps_it(client, ward_portal, settings):
    settings.COMMENT_RATE_LIMIT, settings.COMMENT_RATE_WINDOW = 3, 600
    for n in range(3):
        response = client.post("/lien-he/", {**contact(subject=f"Câu hỏi {n}"), **captcha_passed()})
        assert response.status_code == 302
    refused = client.post("/lien-he/", {**contact(subject="Câu hỏi thứ tư"), **captcha_passed()})
    assert refused.status_code == 429
    assert "Bạn đã gửi nhiều ý kiến trong thời gian ngắn" in text(refused)
    assert "Câu hỏi thứ tư" in refused.content.decode()
    assert ContactMessage.objects.count() == 3


def test_bad_contact_input_gets_vietnamese_messages_never_a_500(client, ward_portal):
    response = client.post("/lien-he/", {"email": "khong-phai-email", "message": "ngắn"})
    page = text(response)
    assert response.status_code == 400
    assert "Vui lòng nhập họ và tên." in page
    assert "Vui lòng nhập địa chỉ email hợp lệ" in page


# --- 3. English -----------------------------------------------------------------------------


def test_a_reader_reads_the_organization_chart_in_english(client, ward_portal):
    response = in_english(client).get("/co-cau-to-chuc/")
    html = response.content.decode()
    assert '<html lang="en">' in html
    page = text(response)
    assert "Organization" in page and "People's Committee of Bac Hong Ward" in page
    assert "Chairman of the Ward People's Committee" in page
    assert "Party Committee of Bac Hong Ward" in page and "Leads the ward." in page
    # Missing English: the Vietnamese text, marked as Vietnamese.
    assert re.search(r'<p class="leader-title" lang="vi">Phó Chủ tịch UBND phường</p>', html)
    assert re.search(r'<div class="portal-text" lang="vi"><p>Quản lý nhà nước', html)
    # Text that has its English is not marked.
    assert '<p class="leader-title">Chairman of the Ward People' in html


def test_introduction_and_contacts_in_english_fall_back_marked_vietnamese(client, ward_portal):
    in_english(client)
    about = client.get("/gioi-thieu/").content.decode()
    assert "Bac Hong Ward is the administrative centre of the Song Hong area." in about
    assert '<div class="portal-text" lang="vi"><p>Phường được thành lập năm 1994.' in about
    contacts = client.get("/lien-he/").content.decode()
    assert "2 Tran Phu Street, Bac Hong Ward" in contacts
    assert "Send us a message" in contacts
    assert '<p lang="vi">Quyết định số 215/QĐ-UBND ngày 15/8/2025</p>' in contacts  # footer


def test_the_admin_flags_an_english_text_older_than_the_vietnamese(
    client, administrator, ward_portal
):
    _identity, committee, _leaders = ward_portal
    admin = logged_in(client, administrator)
    url = f"/admin/wards/unit/{committee.pk}/change/"
    assert "Bản tiếng Anh chưa cập nhật" not in text(admin.get("/admin/wards/unit/"))
    committee.refresh_from_db()
    committee.name_vi = "Ủy ban nhân dân phường Bắc Hồng"  # the Vietnamese moves on
    committee.save()
    assert "Bản tiếng Anh chưa cập nhật" in text(admin.get("/admin/wards/unit/"))
    assert "Bản tiếng Anh chưa cập nhật: tên." in text(admin.get(url))
    committee.name_en = "People's Committee of Bac Hong Ward (Viet Nam)"
    committee.save()
    assert "Bản tiếng Anh chưa cập nhật" not in text(admin.get("/admin/wards/unit/"))
    assert "Bản tiếng Anh chưa cập nhật" not in text(admin.get(url))


def test_a_text_with_no_english_is_never_called_stale(ward_portal):
    _identity, committee, leaders = ward_portal
    vice = leaders["vice"]
    vice.title_vi = "Phó Chủ tịch Thường trực UBND phường"
    vice.save()
    stamps = TranslationStamp.objects.filter(
        content_type=ContentType.objects.get_for_model(Leader), object_id=vice.pk
    )
    assert not stamps.exists()


def test_an_english_stale_flag_for_the_identity_in_its_admin(client, administrator, ward_portal):
    admin = logged_in(client, administrator)
    response = admin.post("/admin/portal/siteidentity/1/change/", identity_form(ward_portal))
    assert response.status_code == 302
    page = text(admin.get("/admin/portal/siteidentity/1/change/"))
    assert "Bản tiếng Anh chưa cập nhật: tên cơ quan." in page


# --- Roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["bac_hong_editor", "publisher", "moderator"])
def test_only_administrators_edit_the_identity_and_the_leaders(client, ward_portal, who, request):
    identity, committee, leaders = ward_portal
    person = logged_in(client, request.getfixturevalue(who))
    refused = {
        "/admin/portal/siteidentity/1/change/": identity_form(ward_portal),
        "/admin/portal/leader/add/": {"name": "Kẻ Mạo Danh", "title_vi": "Chủ tịch",
                                      "unit": committee.pk, "order": 0},
        f"/admin/portal/leader/{leaders['chairman'].pk}/change/": {
            "name": "Kẻ Mạo Danh", "title_vi": "Chủ tịch", "unit": committee.pk, "order": 0},
        f"/admin/portal/leader/{leaders['chairman'].pk}/delete/": {"post": "yes"},
        f"/admin/wards/unit/{committee.pk}/change/": {"name_vi": "Mạo danh"},
    }  # fmt: skip
    for url, form in refused.items():
        assert person.post(url, form).status_code == 403, url
    assert SiteIdentity.objects.get().name_vi == "Ủy ban nhân dân phường Bắc Hồng"
    assert Leader.objects.get(pk=leaders["chairman"].pk).name == "Nguyễn Văn Chiến"
    assert not Leader.objects.filter(name="Kẻ Mạo Danh").exists()
    assert person.get("/admin/portal/contactmessage/").status_code == 403


def test_the_administrator_adds_a_leader_with_an_english_title(client, administrator, ward_portal):
    _identity, committee, _leaders = ward_portal
    admin = logged_in(client, administrator)
    form = {
        "name": "Đỗ  Thị Mai",
        "title_vi": "Phó Chủ tịch UBND phường",
        "title_en": "Vice Chairwoman of the Ward People's Committee",
        "unit": committee.pk,
        "term_start": "01/07/2025",
        "term_end": "30/06/2030",
        "order": "3",
    }
    assert admin.post("/admin/portal/leader/add/", form).status_code == 302
    assert Leader.objects.get(name="Đỗ Thị Mai").title_en.startswith("Vice Chairwoman")
    ended_first = {**form, "name": "Sai Ngày", "term_start": "30/06/2030", "term_end": "01/07/2025"}
    response = admin.post("/admin/portal/leader/add/", ended_first)
    assert response.status_code == 200 and "Nhiệm kỳ không thể kết thúc trước khi bắt đầu." in (
        text(response)
    )


def test_the_administrator_edits_a_units_english_beside_its_vietnamese(
    client, administrator, ward_portal
):
    _identity, committee, leaders = ward_portal
    admin = logged_in(client, administrator)
    url = f"/admin/wards/unit/{committee.pk}/change/"
    form = admin.get(url).content.decode()
    for name in ("name_vi", "name_en", "functions_vi", "functions_en", "leaders-0-title_en"):
        assert f'name="{name}"' in form, name
    rows = Leader.objects.filter(unit=committee).order_by("order", "pk")
    data = {
        "kind": "ubnd", "name_vi": "UBND phường Bắc Hồng", "slug": committee.slug,
        "name_en": "People's Committee of Bac Hong Ward", "area": committee.area_id,
        "functions_vi": "Quản lý nhà nước trên địa bàn phường.",
        "functions_en": "State administration of the ward.", "address_vi": "", "address_en": "",
        "phone": "0239 386 220", "email": "", "order": "1",
        "leaders-TOTAL_FORMS": str(len(rows)), "leaders-INITIAL_FORMS": str(len(rows)),
        "leaders-MIN_NUM_FORMS": "0", "leaders-MAX_NUM_FORMS": "1000",
    }  # fmt: skip
    for n, leader in enumerate(rows):
        data.update({
            f"leaders-{n}-id": leader.pk, f"leaders-{n}-unit": committee.pk,
            f"leaders-{n}-name": leader.name, f"leaders-{n}-title_vi": leader.title_vi,
            f"leaders-{n}-title_en": leader.title_en or "", f"leaders-{n}-order": leader.order,
            f"leaders-{n}-phone": leader.phone, f"leaders-{n}-email": leader.email,
            f"leaders-{n}-term_start": leader.term_start and f"{leader.term_start:%d/%m/%Y}" or "",
            f"leaders-{n}-term_end": leader.term_end and f"{leader.term_end:%d/%m/%Y}" or "",
        })  # fmt: skip
    vice = next(n for n, leader in enumerate(rows) if leader == leaders["vice"])
    data[f"leaders-{vice}-title_en"] = "Vice Chairwoman of the Ward People's Committee"
    response = admin.post(url, data)
    assert response.status_code == 302, text(response)[-1500:]
    committee.refresh_from_db()
    assert committee.functions_en == "State administration of the ward."
    assert Leader.objects.get(pk=leaders["vice"].pk).title_en.startswith("Vice Chairwoman")
    english = in_english(client.__class__()).get("/co-cau-to-chuc/").content.decode()
    assert "State administration of the ward." in english and "Vice Chairwoman" in english


def test_there_is_one_identity_and_it_cannot_be_deleted(client, administrator, ward_portal):
    admin = logged_in(client, administrator)
    assert admin.get("/admin/portal/siteidentity/").url == "/admin/portal/siteidentity/1/change/"
    assert admin.get("/admin/portal/siteidentity/add/").status_code == 403
    assert admin.post("/admin/portal/siteidentity/1/delete/", {"post": "yes"}).status_code == 403


# --- 4. Finding your ward ----------------------------------------------------------------------


def test_the_area_page_lists_groups_and_merged_wards_with_where_they_went(
    client, town, ward_portal
):
    old = factories.area("Phường Đậu Liêu", dissolved_on="2025-07-01", merged_into=town.ward)
    factories.area("Tổ dân phố Liêu Thượng", kind="to-dan-pho", parent=old)
    page = text(client.get("/dia-ban/"))
    assert "Tổ dân phố 3" in page
    merged = page.split("Các địa bàn đã sáp nhập")[1]
    assert "Phường Đậu Liêu — đã sáp nhập vào Phường Bắc Hồng từ ngày 01/07/2025" in merged
    assert "Tổ dân phố Liêu Thượng" in merged


def test_the_menu_links_the_area_page_and_the_footer_the_site_map_for_people(
    client, town, ward_portal
):
    html = client.get("/").content.decode()
    menu = html.split('id="menu-list"')[1].split("</nav>")[0]
    assert 'href="/dia-ban/"' in menu and 'href="/gioi-thieu/"' in menu
    footer_html = html.split('class="site-footer"')[1]
    assert 'href="/so-do-trang/"' in footer_html and 'href="/sitemap.xml"' not in footer_html
    site_map = client.get("/so-do-trang/")
    assert site_map["Content-Type"].startswith("text/html")
    page = site_map.content.decode()
    for link in ("/chuyen-muc/cong-tac-dang/", "/gioi-thieu/", "/co-cau-to-chuc/", "/lien-he/",
                 "/dia-ban/", "/tin-theo-ngay/", "/sitemap.xml", town.ward.get_absolute_url(),
                 town.group.get_absolute_url()):  # fmt: skip
        assert f'href="{link}"' in page, link


def test_news_of_a_day_lists_that_day_only_in_vietnam_time(client, town):
    day = timezone.localdate() - timedelta(days=3)
    nine = timezone.make_aware(datetime.combine(day, time(9)))
    factories.article(town.section, "Tin sáng ba ngày trước", published_at=nine)
    factories.article(
        town.section, "Tin đêm hôm trước", published_at=nine - timedelta(hours=9, minutes=1)
    )
    factories.article(town.section, "Tin nửa đêm hôm sau", published_at=nine + timedelta(hours=15))
    response = client.get(f"/tin-theo-ngay/{day:%Y/%m/%d}/")
    page = text(response)
    assert "Tin sáng ba ngày trước" in page
    assert "Tin đêm hôm trước" not in page and "Tin nửa đêm hôm sau" not in page
    assert "Hội nghị lần 0" not in page
    html = response.content.decode()  # the days before and after, a click away
    assert f'href="/tin-theo-ngay/{day - timedelta(days=1):%Y/%m/%d}/"' in html
    assert f'href="/tin-theo-ngay/{day + timedelta(days=1):%Y/%m/%d}/"' in html
    empty = text(client.get("/tin-theo-ngay/2020/01/02/"))
    assert "Tin sáng ba ngày trước" not in empty and "Chưa có tin bài." in empty


def test_the_day_picker_works_without_javascript(client, town):
    picker = client.get("/tin-theo-ngay/").content.decode()
    assert 'type="date"' in picker and 'method="get"' in picker
    assert client.get("/tin-theo-ngay/?ngay=2026-04-24").url == "/tin-theo-ngay/2026/04/24/"
    assert client.get("/tin-theo-ngay/?ngay=24/04/2026").url == "/tin-theo-ngay/2026/04/24/"
    bad = client.get("/tin-theo-ngay/?ngay=hom-qua")
    assert bad.status_code == 400 and "Vui lòng nhập ngày theo dạng dd/mm/yyyy" in text(bad)
    assert client.get("/tin-theo-ngay/2026/02/30/").status_code == 404
    assert client.get("/tin-theo-ngay/99999999999/01/01/").status_code == 404
    assert client.get("/tin-theo-ngay/?ngay=01/01/1800").status_code == 400


# --- Query counts ---------------------------------------------------------------------------

# First views (empty cache): menu, sidebar, identity, visit counters, then each page's own:
# the chart two (units, their serving leaders), the contact page one (units), the area
# directory two (one per level), the site map one, a day one (its articles).
EXPECTED = {
    "introduction": 4,
    "organization": 6,
    "contact": 5,
    "directory": 6,
    "site map": 5,
    "day picker": 4,
    "day": 5,
}


def portal_pages():
    return {**PAGES, "day": f"/tin-theo-ngay/{timezone.localdate():%Y/%m/%d}/"}


@pytest.mark.parametrize("page", list(EXPECTED))
def test_portal_page_query_counts_are_pinned(client, ward_portal, page):
    assert count_queries(client, portal_pages()[page]) == EXPECTED[page]


@pytest.mark.parametrize("page", list(EXPECTED))
def test_portal_query_counts_are_flat_in_leaders_units_and_areas(client, ward_portal, page):
    identity, committee, _leaders = ward_portal
    small = count_queries(client, portal_pages()[page])
    for n in range(20):
        unit = factories.unit(identity.area, f"Tổ chức số {n}", kind="khac", name_en=f"Body {n}")
        Leader.objects.create(name=f"Người số {n}", title_vi="Trưởng ban", unit=unit)
        Leader.objects.create(name=f"Phó số {n}", title_vi="Phó ban", unit=committee)
        group = factories.area(f"Tổ dân phố số {n}", kind="to-dan-pho", parent=identity.area)
        factories.area(f"Tổ cũ {n}", kind="to-dan-pho", parent=group)
        factories.article(factories.section(f"Chuyên mục {n}"), f"Tin số {n}")
    forget_cached()
    assert count_queries(client, portal_pages()[page]) == small


def test_leaders_terms_are_read_on_the_day(ward_portal):
    _identity, committee, leaders = ward_portal
    serving = set(Leader.objects.filter(unit=committee).serving(date(2020, 1, 1)))
    assert serving == {leaders["former"], leaders["vice"]}
