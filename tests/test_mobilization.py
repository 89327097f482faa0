"""The ward's "Dân vận khéo" models: the registry, its pages, its numbers and who edits it."""

import csv
import io
import re
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from mobilization.models import Initiative, Kind, Level, Result, Sector, Status, StatusChange
from mobilization.reports import statistics, summary_sentence
from tests import factories
from tests.cast import count_queries, forget_cached, logged_in

pytestmark = pytest.mark.django_db

LIST, STATS = "/dan-van-kheo/mo-hinh/", "/dan-van-kheo/thong-ke/"


def sector(slug):
    return Sector.objects.get(slug=slug)


def initiative(area, name, field="kinh-te", *, year=2023, units=(), kind=Kind.COLLECTIVE):
    item = Initiative.objects.create(
        name=name, area=area, sector=sector(field), year=year, kind=kind
    )
    item.units.set(units)
    item.refresh_status()
    return item


@pytest.fixture
def registry(town):
    """Bắc Hồng's six models (one a person) and one of Nam Hồng, with their histories."""
    ward, group = town.ward, town.group
    roads = initiative(ward, "Hiến đất mở rộng đường ngõ", units=[town.unit], year=2022)
    roads.move(Status.RUNNING, on=date(2022, 6, 1))
    roads.move(Status.RECOGNISED, on=date(2024, 5, 19), level=Level.WARD)
    roads.move(Status.RECOGNISED, on=date(2025, 3, 2), level=Level.PROVINCE)
    Result.objects.create(initiative=roads, value=2560, unit="m²", label="đất hiến")
    Result.objects.create(initiative=roads, value=527, unit="triệu đồng", label="Nhân dân đóng góp")
    houses = initiative(group, "Xây nhà đại đoàn kết cho hộ nghèo", year=2023)
    houses.move(Status.RECOGNISED, on=date(2024, 11, 20), level=Level.WARD)
    initiative(group, "Chợ nông sản sạch", year=2024)
    initiative(ward, "Thắp sáng đường quê", "ket-cau-ha-tang-chinh-trang-do-thi", year=2024)
    initiative(group, "Ngõ xanh – sạch – đẹp", "ket-cau-ha-tang-chinh-trang-do-thi", year=2024)
    initiative(ward, "Bà Nguyễn Thị Lan hòa giải ở cơ sở", "van-hoa-xa-hoi", kind=Kind.INDIVIDUAL)
    initiative(town.other_ward, "Kèm cặp hộ nghèo Nam Hồng", units=[town.other_unit])
    return {"roads": roads, "houses": houses}


# Counts and history ------------------------------------------------------------------


def test_counts_by_field_and_status_follow_the_records_after_status_changes(town, registry):
    counts = statistics(town.ward)
    assert counts["total"] == 6
    assert [(s.slug, n) for s, n in counts["sector"]] == [
        ("kinh-te", 3), ("ket-cau-ha-tang-chinh-trang-do-thi", 2), ("van-hoa-xa-hoi", 1),
    ]  # fmt: skip
    assert dict(counts["status"]) == {
        Status.REGISTERED: 4, Status.RUNNING: 0, Status.RECOGNISED: 2, Status.REPLICATED: 0,
        Status.STOPPED: 0,
    }  # fmt: skip
    registry["houses"].move(Status.REPLICATED, on=date(2025, 6, 1))
    registry["roads"].move(Status.STOPPED, on=date(2026, 1, 5), note="Đã hoàn thành")
    counts = statistics(town.ward)
    status = dict(counts["status"])
    assert (status[Status.RECOGNISED], status[Status.REPLICATED], status[Status.STOPPED]) == (
        0,
        1,
        1,
    )
    # The level a model reached stays when it moves on: roads were recognised by the province.
    assert dict(counts["level"]) == {Level.WARD: 1, Level.PROVINCE: 1, Level.CENTRAL: 0}
    assert Initiative.objects.count() == 7  # the whole site: Nam Hồng's too


def test_recognised_in_2024_comes_from_the_dated_history(town, registry):
    registry["roads"].move(Status.STOPPED, on=date(2026, 1, 5))
    names = set(Initiative.objects.recognised_in(2024).values_list("name", flat=True))
    assert names == {"Hiến đất mở rộng đường ngõ", "Xây nhà đại đoàn kết cho hộ nghèo"}
    assert Initiative.objects.recognised_in(2025).count() == 1
    assert Initiative.objects.recognised_in(2023).count() == 0
    assert dict(statistics(town.ward)["recognised_per_year"]) == {2024: 2, 2025: 1}
    roads = Initiative.objects.get(pk=registry["roads"].pk)
    assert (roads.level, roads.recognised_on) == (Level.PROVINCE, date(2025, 3, 2))


def test_the_summary_sentence_of_bac_hong(town, registry):
    sentence = summary_sentence(statistics(town.ward), town.ward)
    assert sentence == (
        "Toàn phường có 6 mô hình “Dân vận khéo”, trong đó 3 mô hình trên lĩnh vực kinh tế, "
        "2 mô hình trên lĩnh vực kết cấu hạ tầng, chỉnh trang đô thị, 1 mô hình trên lĩnh vực "
        "văn hóa – xã hội; 5 mô hình của tập thể và 1 cá nhân điển hình; 2 mô hình được công "
        "nhận (1 cấp tỉnh, 1 cấp phường)."
    )


def test_the_sentence_writes_thousands_the_vietnamese_way(town):
    counts = {
        "total": 2560, "sector": [(sector("kinh-te"), 1234)], "recognised": 0,
        "kind": {Kind.COLLECTIVE: 2560, Kind.INDIVIDUAL: 0}, "level": [],
    }  # fmt: skip
    assert summary_sentence(counts).startswith(
        "Toàn địa bàn có 2.560 mô hình “Dân vận khéo”, trong đó 1.234 mô hình trên lĩnh vực kinh tế"
    )


def test_the_statistics_page_shows_the_sentence_charts_and_tables(client, town, registry):
    html = client.get(STATS, {"khu_vuc": town.ward.slug}).content.decode()
    assert "Toàn phường có 6 mô hình" in html
    assert html.count("<svg") == 5 and html.count("<table") == 5
    assert 'role="img"' in html and "<title>Theo lĩnh vực</title>" in html
    assert '<th scope="row">Kinh tế</th><td>3</td>' in html
    assert LIST in html  # linked with the list, and the list with it
    assert STATS in client.get(LIST).content.decode()


def test_the_statistics_csv(client, town, registry):
    response = client.get(STATS + "csv/", {"khu_vuc": town.ward.slug})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0].startswith("Toàn phường có 6 mô hình")
    assert ["Kinh tế", "3"] in rows and ["Được công nhận", "2"] in rows
    assert ["2024", "2"] in rows  # recognised in 2024
    names = [row[0] for row in rows if len(row) == 9][1:]
    assert len(names) == 6 and "Kèm cặp hộ nghèo Nam Hồng" not in names


# Public pages ------------------------------------------------------------------------


def names_listed(client, **params):
    html = client.get(LIST, params).content.decode()
    return set(re.findall(r'<h2><a href="/dan-van-kheo/mo-hinh/[^"]+">([^<]+)</a>', html))


def test_filters_narrow_the_list(client, town, registry):
    assert len(names_listed(client)) == 7
    assert names_listed(client, linh_vuc="van-hoa-xa-hoi") == {"Bà Nguyễn Thị Lan hòa giải ở cơ sở"}
    assert names_listed(client, trang_thai=Status.RECOGNISED, cap=Level.PROVINCE) == {
        "Hiến đất mở rộng đường ngõ"
    }
    assert len(names_listed(client, nam="2024")) == 3
    assert names_listed(client, khu_vuc=town.other_ward.slug) == {"Kèm cặp hộ nghèo Nam Hồng"}
    assert names_listed(client, don_vi=town.unit.slug) == {"Hiến đất mở rộng đường ngõ"}
    # Junk in any filter is ignored, never an error.
    assert len(names_listed(client, nam="x' OR 1=1", cap="<b>", don_vi="khong-co")) == 7
    assert client.get(STATS, {"khu_vuc": "x" * 500}).status_code == 200
    assert client.get(STATS + "csv/", {"khu_vuc": "khong-co"}).status_code == 200


def test_search_folds_diacritics_as_article_search_does(client, town, registry):
    assert names_listed(client, q="hien dat") == {"Hiến đất mở rộng đường ngõ"}
    assert names_listed(client, q="NGÕ XANH") == {"Ngõ xanh – sạch – đẹp"}
    assert names_listed(client, q="ngo", linh_vuc="kinh-te") == {"Hiến đất mở rộng đường ngõ"}
    assert names_listed(client, q="không có") == set()
    assert client.get(LIST, {"q": "%" * 500}).status_code == 200


def test_a_models_page(client, town, registry):
    html = client.get(registry["roads"].get_absolute_url()).content.decode()
    assert '<h1 class="page-title">Hiến đất mở rộng đường ngõ</h1>' in html
    assert "<strong>2.560 m²</strong> đất hiến" in html
    assert "<strong>527 triệu đồng</strong>" in html
    assert "Cấp tỉnh, 02/03/2025" in html and "19/05/2024" in html
    assert town.unit.get_absolute_url() in html


def test_a_models_photos_show_with_their_captions(client, town, registry):
    from mobilization.models import InitiativePhoto

    InitiativePhoto.objects.create(
        initiative=registry["roads"], image=factories.image_file(), caption="Bà con hiến đất"
    )
    html = client.get(registry["roads"].get_absolute_url()).content.decode()
    assert "<figcaption>Bà con hiến đất</figcaption>" in html and 'alt="Bà con hiến đất"' in html


def test_a_model_linked_to_two_articles_shows_on_both(client, town, registry):
    roads = registry["roads"]
    first, second = town.articles[0], town.articles[1]
    roads.articles.add(first, second, town.draft)
    for article in (first, second):
        html = client.get(article.get_absolute_url()).content.decode()
        assert "Mô hình liên quan" in html and roads.get_absolute_url() in html
    html = client.get(roads.get_absolute_url()).content.decode()
    assert first.get_absolute_url() in html and second.get_absolute_url() in html
    assert town.draft.title not in html  # readers see published articles only
    assert (
        "Mô hình liên quan"
        not in client.get(town.other_article.get_absolute_url()).content.decode()
    )


def test_an_edit_shows_at_once_under_the_page_cache(town, registry):
    def reader():
        return Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Chrome/130 Safari/537.36")

    def hit(response):
        return response.get("X-Page-Cache") == "hit"

    url = registry["houses"].get_absolute_url()
    assert "Nhân rộng" not in reader().get(url).content.decode()
    reader().get(STATS)
    assert hit(reader().get(url)) and hit(reader().get(STATS))
    registry["houses"].move(Status.REPLICATED, on=date(2025, 6, 1))
    page = reader().get(url)
    assert not hit(page) and "Nhân rộng" in page.content.decode()
    assert '<th scope="row">Nhân rộng</th><td>1</td>' in reader().get(STATS).content.decode()
    Result.objects.create(initiative=registry["houses"], value=12, unit="nhà")
    assert "<strong>12 nhà</strong>" in reader().get(url).content.decode()


# Query counts: pinned, and flat in the number of models ------------------------------

PAGES = {"list": 12, "detail": 10, "statistics": 15}


def many(town, n):
    for i in range(n):
        item = initiative(town.group, f"Mô hình số {i}", ("kinh-te", "van-hoa-xa-hoi")[i % 2])
        item.units.set([town.unit])
        item.move(Status.RECOGNISED, on=date(2024, 1, 1 + i % 28), level=Level.WARD)
        Result.objects.create(initiative=item, value=i, unit="hộ")
        item.articles.add(town.articles[0])
    return item


def page_url(page, town, item):
    return {"list": LIST, "detail": item.get_absolute_url(),
            "statistics": f"{STATS}?khu_vuc={town.ward.slug}"}[page]  # fmt: skip


@pytest.mark.parametrize("page", list(PAGES))
def test_query_counts_are_pinned_and_flat(client, town, page):
    small = count_queries(client, page_url(page, town, many(town, 2)))
    assert small == PAGES[page]
    last = many(town, 18)
    forget_cached()
    assert count_queries(client, page_url(page, town, last)) == small


# The admin: roles on every path -------------------------------------------------------

ADMIN = "/admin/mobilization/initiative/"


def form_data(town, **fields):
    data = {
        "name": "Tổ tự quản an ninh trật tự", "slug": "", "sector": sector("quoc-phong-an-ninh").pk,
        "kind": Kind.COLLECTIVE, "year": 2025, "area": town.ward.pk, "description": "",
        **{f"{p}-TOTAL_FORMS": 0 for p in ("history", "results", "photos", "links")},
        **{f"{p}-INITIAL_FORMS": 0 for p in ("history", "results", "photos", "links")},
    }  # fmt: skip
    data.update(fields)
    return data


def test_hang_registers_a_model_of_bac_hong_with_a_dated_history(client, town, bac_hong_editor):
    logged_in(client, bac_hong_editor)
    data = form_data(
        town,
        **{"history-TOTAL_FORMS": 1, "history-0-on": "12/04/2025",
           "history-0-status": "duoc-cong-nhan", "history-0-level": "phuong",
           "history-0-note": "Quyết định số 12"},
    )  # fmt: skip
    response = client.post(ADMIN + "add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    item = Initiative.objects.get(name="Tổ tự quản an ninh trật tự")
    assert (item.status, item.level, item.recognised_on) == (
        "duoc-cong-nhan",
        "phuong",
        date(2025, 4, 12),
    )
    assert item.history.get().by == bac_hong_editor
    assert client.get(f"{ADMIN}{item.pk}/change/").status_code == 200


def test_quan_cannot_register_or_touch_bac_hong_models(client, town, registry, nam_hong_editor):
    logged_in(client, nam_hong_editor)
    roads = registry["roads"]
    response = client.post(ADMIN + "add/", form_data(town))
    assert (
        response.status_code == 200 and "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    )
    assert not Initiative.objects.filter(name="Tổ tự quản an ninh trật tự").exists()
    change = f"{ADMIN}{roads.pk}/change/"
    assert client.get(change).status_code == 403
    assert client.post(change, form_data(town, name="Đổi tên")).status_code == 403
    assert client.post(f"{ADMIN}{roads.pk}/delete/", {"post": "yes"}).status_code == 403
    listed = client.get(ADMIN).content.decode()
    assert "Kèm cặp hộ nghèo Nam Hồng" in listed and roads.name not in listed
    for junk in ("abc", "9" * 30, "0"):  # no such model: back to the admin, never a 500
        assert client.get(f"{ADMIN}{junk}/change/").status_code == 302
    client.post(ADMIN, {"action": "delete_selected", "_selected_action": [roads.pk], "post": "yes"})
    assert Initiative.objects.filter(name=roads.name).exists()


def test_only_publishers_delete_and_only_administrators_edit_the_fields(
    client, town, registry, bac_hong_editor, publisher
):
    roads = registry["roads"]
    logged_in(client, bac_hong_editor)
    assert client.post(f"{ADMIN}{roads.pk}/delete/", {"post": "yes"}).status_code == 403
    client.post(ADMIN, {"action": "delete_selected", "_selected_action": [roads.pk], "post": "yes"})
    assert Initiative.objects.filter(pk=roads.pk).exists()
    assert (
        client.post("/admin/mobilization/sector/add/", {"name": "Mới", "order": 1}).status_code
        == 403
    )
    logged_in(client, publisher)
    assert client.post(f"{ADMIN}{roads.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Initiative.objects.filter(pk=roads.pk).exists()


def test_hang_cannot_move_a_model_or_link_an_article_outside_bac_hong(
    client, town, registry, bac_hong_editor
):
    roads = registry["roads"]
    logged_in(client, bac_hong_editor)
    change = f"{ADMIN}{roads.pk}/change/"
    moved = form_data(town, name=roads.name, area=town.other_ward.pk)
    assert client.post(change, moved).status_code == 200
    roads.refresh_from_db()
    assert roads.area == town.ward
    linked = form_data(
        town, name=roads.name, **{"links-TOTAL_FORMS": 1, "links-0-article": town.other_article.pk}
    )
    assert client.post(change, linked).status_code == 200
    assert not roads.articles.exists()
    step = {"history-0-on": "01/01/2026", "history-0-status": "duoc-cong-nhan"}
    history = form_data(town, name=roads.name, **{"history-TOTAL_FORMS": 1, **step})
    response = client.post(change, history)
    assert response.status_code == 200 and "Hãy ghi cấp đã công nhận." in response.content.decode()


def test_moderator_sees_no_registry(client, town, registry, moderator):
    logged_in(client, moderator)
    assert client.get(ADMIN).status_code == 403
    assert client.post(ADMIN + "add/", form_data(town)).status_code == 403


def article_form(article, **fields):
    data = {
        "title": article.title, "slug": article.slug, "section": article.section_id,
        "sapo": article.sapo, "body": article.body, "cover_caption": "", "author": "",
        "source": "", "event_date": "", "areas": [a.pk for a in article.areas.all()],
        "units": [], "comments_open": "on",
        "photos-TOTAL_FORMS": 0, "photos-INITIAL_FORMS": 0,
        "initiative_links-TOTAL_FORMS": 0, "initiative_links-INITIAL_FORMS": 0,
    }  # fmt: skip
    data.update(fields)
    return data


def test_the_article_form_suggests_models_named_in_the_text_and_attaches_them(
    client, town, registry, bac_hong_editor
):
    draft = factories.article(
        town.mobilization, "Tổ dân phố 3 ra quân", status="draft", created_by=bac_hong_editor,
        body="<p>Mô hình <b>hiến đất mở rộng đường ngõ</b> tiếp tục được nhân rộng.</p>",
    )  # fmt: skip
    draft.areas.set([town.ward])
    logged_in(client, bac_hong_editor)
    url = f"/admin/news/article/{draft.pk}/change/"
    html = client.get(url).content.decode()
    suggestion = re.search(r'name="initiative_links-0-initiative".*?</select>', html, re.S).group()
    assert f'value="{registry["roads"].pk}" selected' in suggestion
    assert "Kèm cặp hộ nghèo Nam Hồng" not in html  # another ward's model is not offered
    roads, houses = registry["roads"], registry["houses"]
    data = article_form(draft, **{
        "initiative_links-TOTAL_FORMS": 2,
        "initiative_links-0-initiative": roads.pk, "initiative_links-0-attach": "on",
        "initiative_links-1-initiative": houses.pk,
    })  # fmt: skip
    assert client.post(url, data).status_code == 302
    assert set(draft.initiatives.all()) == {roads, houses}
    # A POST without these rows (a script, an older form) leaves the links as they are.
    bare = {k: v for k, v in article_form(draft).items() if "initiative_links" not in k}
    assert client.post(url, bare).status_code == 302
    assert set(draft.initiatives.all()) == {roads, houses}


def test_an_editor_cannot_attach_an_article_to_another_wards_model(
    client, town, registry, bac_hong_editor
):
    draft = factories.article(
        town.mobilization, "Bản nháp", status="draft", created_by=bac_hong_editor
    )
    draft.areas.set([town.ward])
    other = Initiative.objects.get(name="Kèm cặp hộ nghèo Nam Hồng")
    logged_in(client, bac_hong_editor)
    data = article_form(draft, **{"initiative_links-TOTAL_FORMS": 1,
                                  "initiative_links-0-initiative": other.pk})  # fmt: skip
    response = client.post(f"/admin/news/article/{draft.pk}/change/", data)
    assert response.status_code == 200 and not draft.initiatives.exists()
    # Nor on a published article of Nam Hồng (not hers to edit): refused before any link.
    links = {"initiative_links-TOTAL_FORMS": 1, "initiative_links-0-initiative": other.pk}
    data = article_form(town.other_article, **links)
    assert (
        client.post(f"/admin/news/article/{town.other_article.pk}/change/", data).status_code == 403
    )
    assert not town.other_article.initiatives.exists()


# Import ------------------------------------------------------------------------------

HEADERS = ["Tên mô hình", "Địa bàn", "Đơn vị thực hiện", "Lĩnh vực", "Loại", "Năm đăng ký",
           "Trạng thái", "Cấp công nhận", "Ngày công nhận", "Kết quả", "Mô tả"]  # fmt: skip


def sheet(tmp_path, rows, name="mo-hinh.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def good_rows(town):
    return [
        ["Camera an ninh khu dân cư", "Phường Bắc Hồng", "Đảng ủy phường Bắc Hồng",
         "Quốc phòng – an ninh", "Tập thể", "2023", "Được công nhận", "Cấp phường", "15/11/2024",
         "12 camera; hiến 2.560 m² đất; 527 triệu đồng", "Lắp camera ở các ngõ"],
        ["Ông Trần Văn Bảy", "Tổ dân phố 3", "", "Văn hóa – xã hội", "Cá nhân", "2024",
         "Đang thực hiện", "", "", "", ""],
    ]  # fmt: skip


def test_import_models_from_a_spreadsheet_is_idempotent(town, tmp_path):
    path = sheet(tmp_path, good_rows(town))
    out = io.StringIO()
    call_command("import_models", str(path), stdout=out)
    assert "Dòng 2" in out.getvalue() and "Dòng 3" in out.getvalue()
    camera = Initiative.objects.get(name="Camera an ninh khu dân cư")
    assert (camera.status, camera.level, camera.recognised_on) == (
        "duoc-cong-nhan",
        "phuong",
        date(2024, 11, 15),
    )
    assert [str(r) for r in camera.results.all()] == [
        "12 camera",
        "2.560 m² hiến đất",
        "527 triệu đồng",
    ]
    assert list(camera.units.all()) == [town.unit]
    person = Initiative.objects.get(name="Ông Trần Văn Bảy")
    assert (person.kind, person.area, person.status) == (
        Kind.INDIVIDUAL,
        town.group,
        "dang-thuc-hien",
    )
    before = (Initiative.objects.count(), StatusChange.objects.count(), Result.objects.count())
    out = io.StringIO()
    call_command("import_models", str(path), stdout=out)
    assert (
        Initiative.objects.count(),
        StatusChange.objects.count(),
        Result.objects.count(),
    ) == before
    assert "Xong: 0 mới, 0 cập nhật, 2 không đổi." in out.getvalue()


def test_import_with_a_bad_row_imports_nothing_and_names_the_row(town, tmp_path):
    rows = good_rows(town)
    rows.insert(1, ["Mô hình lạ", "Phường Không Có", "", "Kinh tế", "Tập thể", "năm ngoái",
                    "Đang làm", "", "", "", ""])  # fmt: skip
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_models", str(sheet(tmp_path, rows)), stdout=out)
    report = out.getvalue()
    assert "Dòng 3" in report and "Phường Không Có" in report and "năm ngoái" in report
    assert "Đang làm" in report
    assert not Initiative.objects.exists()


def test_import_reads_xlsx(town, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADERS)
    for row in good_rows(town):
        book.active.append(row)
    path = tmp_path / "mo-hinh.xlsx"
    book.save(path)
    call_command("import_models", str(path), stdout=io.StringIO())
    assert Initiative.objects.count() == 2


def test_import_refuses_other_files(town, tmp_path):
    path = tmp_path / "mo-hinh.txt"
    path.write_text("x")
    with pytest.raises(CommandError, match="csv"):
        call_command("import_models", str(path), stdout=io.StringIO())
