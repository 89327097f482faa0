"""The register of documents: Hằng registers Bắc Hồng's documents, Minh publishes them,
readers find them, open them and download their files.

Each path an editor could use to publish is tried as a browser would post it.
"""

import json
import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from documents.models import Document, DocumentFile
from newsroom.models import AuditEntry
from tests import factories
from tests.cast import build_town, count_queries, forget_cached, logged_in
from tests.documents_kit import attach, document, office_bytes, pdf_bytes, upload

pytestmark = pytest.mark.django_db

ADD = "/admin/documents/document/add/"
LIST = "/admin/documents/document/"


def change_url(item):
    return f"/admin/documents/document/{item.pk}/change/"


def document_form(town, files=(), **overrides):
    """What the change form posts: Bắc Hồng's plan, with `files` ((name, bytes), …)."""
    data = {
        "kind": "ke-hoach",
        "code": "04-KH/ĐU",
        "abstract": "Thực hiện Chỉ thị số 19-CT/TU về công tác dân vận năm 2026",
        "topic": "",
        "issuer_unit": town.unit.pk,
        "issuer_name": "",
        "signer": "Nguyễn Hữu Thắng",
        "issued_on": "12/01/2026",
        "effective_on": "",
        "expires_on": "",
        "status_in_law": "in-force",
        "superseded_by": "",
        "areas": [town.ward.pk],
        "files-TOTAL_FORMS": str(len(files)),
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
    }
    for n, (name, data_bytes) in enumerate(files):
        data.update({f"files-{n}-file": upload(name, data_bytes), f"files-{n}-name": "",
                     f"files-{n}-order": str(n)})  # fmt: skip
    data.update(overrides)
    return data


def hang_registers(client, town, editor, **fields):
    response = logged_in(client, editor).post(ADD, document_form(town, **fields))
    assert response.status_code == 302, response.content.decode()[:3000]
    return Document.objects.get(code=fields.get("code", "04-KH/ĐU"))


def audit(item):
    entries = AuditEntry.objects.filter(content_type__model="document", object_id=str(item.pk))
    return list(entries.order_by("pk").values_list("action", flat=True))


def text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


# Registering and publishing ------------------------------------------------------------


def test_hang_registers_a_draft_with_its_file_and_minh_publishes_it(
    client, town, bac_hong_editor, publisher
):
    plan = hang_registers(
        client, town, bac_hong_editor, files=[("Kế hoạch 04-KH-ĐU.pdf", pdf_bytes("Ke hoach"))]
    )
    assert plan.status == Document.Status.DRAFT and plan.created_by == bac_hong_editor
    assert plan.issuer_name == "Đảng ủy phường Bắc Hồng" and plan.issued_on == date(2026, 1, 12)
    attached = plan.files.get()
    assert attached.name == "Kế hoạch 04-KH-ĐU.pdf" and attached.size > 0
    assert "Kế hoạch" not in attached.file.name  # stored under a random name
    client.logout()
    assert client.get(plan.get_absolute_url()).status_code == 404  # a draft: not for readers

    response = logged_in(client, publisher).post(
        change_url(plan), {**document_form(town), "_publish": "1"}
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == Document.Status.PUBLISHED and plan.published_at
    assert audit(plan) == ["created", "edited", "published"]
    client.logout()
    page = text(client.get(plan.get_absolute_url()))
    assert "Kế hoạch số 04-KH/ĐU" in page and "Đảng ủy phường Bắc Hồng" in page
    assert "Còn hiệu lực" in page and "Kế hoạch 04-KH-ĐU.pdf" in page


def test_hang_cannot_publish_by_the_form_a_list_action_or_a_sneaked_status(
    client, town, bac_hong_editor
):
    plan = hang_registers(client, town, bac_hong_editor)
    client.post(change_url(plan), {**document_form(town), "_publish": "1", "status": "published"})
    client.post(LIST, {"action": "publish_selected", "_selected_action": [plan.pk]})
    plan.refresh_from_db()
    assert plan.status == Document.Status.DRAFT
    page = client.get(change_url(plan)).content.decode()
    assert 'name="_publish"' not in page
    client.post(f"/admin/documents/document/{plan.pk}/delete/", {"post": "yes"})
    client.post(LIST, {"action": "delete_selected", "_selected_action": [plan.pk], "post": "yes"})
    assert Document.objects.filter(pk=plan.pk).exists()


def test_hang_edits_her_draft_but_not_a_published_document(client, town, bac_hong_editor):
    plan = hang_registers(client, town, bac_hong_editor)
    response = client.post(change_url(plan), document_form(town, signer="Trần Thị Lan"))
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.signer == "Trần Thị Lan"
    Document.objects.filter(pk=plan.pk).update(status=Document.Status.PUBLISHED)
    response = client.post(change_url(plan), document_form(town, signer="Ai đó"))
    assert response.status_code == 403
    plan.refresh_from_db()
    assert plan.signer == "Trần Thị Lan"


def test_nam_hongs_editor_cannot_see_or_change_bac_hongs_documents(client, town, nam_hong_editor):
    plan = document(town, published=False)
    logged_in(client, nam_hong_editor)
    assert client.get(change_url(plan)).status_code == 403
    assert client.post(change_url(plan), document_form(town)).status_code == 403
    assert "04-KH" not in client.get(LIST).content.decode()
    response = client.post(ADD, document_form(town, code="05-KH/ĐU"))  # Bắc Hồng's area
    assert response.status_code == 200 and "Lỗi" in text(response)
    assert "05-KH/ĐU" in response.content.decode()  # what she typed is kept
    assert not Document.objects.filter(code="05-KH/ĐU").exists()


def test_minh_cannot_publish_what_he_registered_himself(client, town, publisher):
    own = hang_registers(client, town, publisher, code="06-KH/ĐU")
    client.post(change_url(own), {**document_form(town, code="06-KH/ĐU"), "_publish": "1"})
    own.refresh_from_db()
    assert own.status == Document.Status.DRAFT


def test_minh_publishes_withdraws_and_deletes_in_his_scope_only(
    client, town, publisher, bac_hong_editor
):
    ours = document(town, "07-TB/ĐU", "thong-bao", published=False, created_by=bac_hong_editor)
    theirs = document(town, "08-TB/ĐU", "thong-bao", published=False)
    theirs.areas.set([town.other_ward])
    logged_in(client, publisher)
    client.post(LIST, {"action": "publish_selected", "_selected_action": [ours.pk, theirs.pk]})
    ours.refresh_from_db(), theirs.refresh_from_db()
    assert ours.is_public and not theirs.is_public
    client.post(LIST, {"action": "withdraw_selected", "_selected_action": [ours.pk]})
    ours.refresh_from_db()
    assert not ours.is_public
    client.post(LIST, {"action": "delete_selected", "_selected_action": [ours.pk], "post": "yes"})
    assert not Document.objects.filter(pk=ours.pk).exists()
    assert audit(ours)[-1] == "deleted"


def test_a_moderator_has_no_register(client, town, moderator):
    plan = document(town)
    logged_in(client, moderator)
    assert client.get(LIST).status_code == 403
    assert client.post(ADD, document_form(town, code="09-KH/ĐU")).status_code == 403
    assert client.get(change_url(plan)).status_code == 403


def test_a_replacing_document_needs_the_status_that_says_so(client, town, bac_hong_editor):
    newer = document(town, "210/QĐ-UBND", "quyet-dinh")
    response = logged_in(client, bac_hong_editor).post(
        ADD, document_form(town, code="98/QĐ-UBND", superseded_by=newer.pk)
    )
    assert response.status_code == 200
    assert "thay thế hoặc sửa đổi" in text(response)


# Files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("ke-hoach.pdf", b"<html>not a pdf</html>", "không phải tệp PDF thật"),
        ("ke-hoach.docx", pdf_bytes(), "không phải tệp DOCX thật"),
        ("ke-hoach.xlsx", office_bytes("word/document.xml"), "không phải tệp XLSX thật"),
        ("ke-hoach.pdf", pdf_bytes()[:-8], "không phải tệp PDF thật"),  # cut short
        ("ke-hoach.doc", b"\xd0\xcf\x11\xe0old word", "định dạng cũ"),
        ("ke-hoach.exe", b"MZ", "chỉ nhận tệp PDF"),
    ],
)
def test_a_file_is_checked_by_what_it_holds(client, town, bac_hong_editor, name, data, message):
    response = logged_in(client, bac_hong_editor).post(
        ADD, document_form(town, files=[(name, data)])
    )
    assert response.status_code == 200
    assert message in text(response)
    assert not Document.objects.exists() and not DocumentFile.objects.exists()


def test_real_pdf_docx_and_xlsx_files_are_taken(client, town, bac_hong_editor):
    files = [("a.pdf", pdf_bytes()), ("b.docx", office_bytes("word/document.xml")),
             ("c.xlsx", office_bytes("xl/workbook.xml"))]  # fmt: skip
    plan = hang_registers(client, town, bac_hong_editor, files=files)
    assert sorted(plan.files.values_list("content_type", flat=True)) == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]


def test_a_file_over_the_limit_is_refused(client, town, bac_hong_editor, settings):
    settings.DOCUMENT_FILE_MAX_BYTES = 1024
    response = logged_in(client, bac_hong_editor).post(
        ADD, document_form(town, files=[("lon.pdf", pdf_bytes("x" * 2000))])
    )
    assert response.status_code == 200 and "quá lớn" in text(response)


def test_a_download_has_its_real_name_and_type_and_is_counted(client, town):
    plan = document(town)
    attached = attach(plan, "Kế hoạch số 04.pdf")
    sheet = attach(plan, "Phụ lục.xlsx", office_bytes("xl/workbook.xml"))
    response = client.get(attached.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        "filename*=utf-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20s%E1%BB%91%2004.pdf"
        in (response["Content-Disposition"])
    )
    assert b"".join(response.streaming_content) == pdf_bytes()
    response = client.get(sheet.get_absolute_url())
    assert response["Content-Disposition"].startswith("attachment")
    assert "spreadsheetml" in response["Content-Type"]
    client.get(attached.get_absolute_url())
    attached.refresh_from_db(), sheet.refresh_from_db()
    assert (attached.downloads, sheet.downloads) == (2, 1)
    assert "2 lượt tải" in text(client.get(plan.get_absolute_url()))


def test_a_draft_documents_file_is_not_for_readers(client, town):
    attached = attach(document(town, published=False))
    assert client.get(attached.get_absolute_url()).status_code == 404
    attached.refresh_from_db()
    assert attached.downloads == 0


# Public pages --------------------------------------------------------------------------


def register_with(town, n):
    """`n` published documents of several kinds, fields and years, each with a file."""
    kinds = ["chi-thi", "nghi-quyet", "ke-hoach", "quyet-dinh"]
    made = []
    for i in range(n):
        item = document(town, f"{i + 1:02d}-KH/ĐU", kinds[i % 4],
                        issued_on=date(2022 + i % 4, 1 + i % 12, 1))  # fmt: skip
        attach(item)
        made.append(item)
    return made


def test_the_register_filters_by_kind_issuer_year_field_and_status(client, town):
    directive = document(town, "19-CT/TU", "chi-thi", issued_on=date(2024, 3, 15))
    resolution = document(town, "21-NQ/QU", "nghi-quyet", issued_on=date(2023, 5, 2),
                          issuer_name="Ban Thường vụ Quận ủy")  # fmt: skip
    lapsed = document(
        town, "09-KH/ĐU", "ke-hoach", issued_on=date(2023, 2, 1), expires_on=date(2025, 12, 31),
        issuer_unit=town.unit, issuer_name="",
    )  # fmt: skip
    document(town, "10-KH/ĐU", "ke-hoach", published=False)

    def codes(query=""):
        return [d.code for d in client.get(f"/van-ban/{query}").context["page"]]

    assert codes() == ["19-CT/TU", "21-NQ/QU", "09-KH/ĐU"]
    assert codes("?kind=chi-thi") == ["19-CT/TU"]
    assert codes("?year=2023") == ["21-NQ/QU", "09-KH/ĐU"]
    assert codes("?issuer=Ban+Thường+vụ+Quận+ủy") == ["21-NQ/QU"]
    assert codes("?issuer=Đảng+ủy+phường+Bắc+Hồng") == ["09-KH/ĐU"]
    assert codes("?status=expired") == ["09-KH/ĐU"]
    assert codes("?status=in-force") == ["19-CT/TU", "21-NQ/QU"]
    assert codes("?kind=khong-co&year=abc&status=x") == ["19-CT/TU", "21-NQ/QU", "09-KH/ĐU"]
    assert lapsed.legal_status == Document.Legal.EXPIRED and directive and resolution


def test_the_register_filters_by_field(client, town):
    from documents.models import Topic

    mobilization = Topic.objects.create(name="Dân vận")
    document(town, "19-CT/TU", topic=mobilization)
    document(town, "20-CT/ThU", issued_on=date(2024, 4, 1))
    response = client.get("/van-ban/?topic=dan-van")
    assert [d.code for d in response.context["page"]] == ["19-CT/TU"]


@pytest.mark.parametrize(
    "typed",
    ["chi thi 19", "Chỉ thị số 19-CT/TU", "19-ct/tu", "19/CT-TU", "19 ct tu", "CHI THI 19",
     "cong tac dan van", "tinh uy"],
)  # fmt: skip
def test_search_folds_diacritics_and_loose_symbols(client, town, typed):
    document(town, "19-CT/TU")
    document(town, "42/2022/NĐ-CP", "nghi-dinh", abstract="Cung cấp thông tin trên mạng",
             issuer_name="Chính phủ")  # fmt: skip
    found = [d.code for d in client.get("/van-ban/", {"q": typed}).context["page"]]
    assert found == ["19-CT/TU"]


def test_the_document_whose_number_was_typed_comes_first(client, town):
    document(town, "19-CT/TU", issued_on=date(2024, 3, 15))
    document(town, "04-KH/ĐU", "ke-hoach", issued_on=date(2026, 1, 12),
             abstract="Thực hiện Chỉ thị số 19-CT/TU về công tác dân vận")  # fmt: skip
    for typed in ("chi thi 19", "19/ct-tu"):
        found = [d.code for d in client.get("/van-ban/", {"q": typed}).context["page"]]
        assert found == ["19-CT/TU", "04-KH/ĐU"], typed
    found = [d.code for d in client.get("/van-ban/", {"q": "dan van"}).context["page"]]
    assert found == ["04-KH/ĐU", "19-CT/TU"]  # no number typed: newest first


def test_search_finds_state_numbers_and_leading_zeros(client, town):
    document(town, "42/2022/NĐ-CP", "nghi-dinh", abstract="Cung cấp thông tin trên mạng")
    document(town, "04-KH/ĐU", "ke-hoach")
    typed_and_found = [
        ("nghi dinh 42/2022", "42/2022/NĐ-CP"), ("42/2022/nd-cp", "42/2022/NĐ-CP"),
        ("4-KH/DU", "04-KH/ĐU"), ("ke hoach 04", "04-KH/ĐU"),
    ]  # fmt: skip
    for typed, expected in typed_and_found:
        found = [d.code for d in client.get("/van-ban/", {"q": typed}).context["page"]]
        assert found == [expected], typed
    response = client.get("/van-ban/", {"q": "<script>" * 100})
    assert response.status_code == 200 and "<script><script>" not in response.content.decode()


def test_a_document_page_shows_its_status_relations_and_structured_data(client, town):
    newer = document(town, "210/QĐ-UBND", "quyet-dinh", issued_on=date(2025, 8, 15))
    older = document(town, "98/QĐ-UBND", "quyet-dinh", issued_on=date(2024, 5, 10),
                     status_in_law=Document.Legal.REPLACED, superseded_by=newer)  # fmt: skip
    page = text(client.get(older.get_absolute_url()))
    assert "Bị thay thế" in page and "Quyết định số 210/QĐ-UBND" in page
    newer_page = client.get(newer.get_absolute_url())
    assert "Quyết định số 98/QĐ-UBND" in text(newer_page)
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>',
                   newer_page.content.decode(), re.S)  # fmt: skip
    data = json.loads(ld.group(1))
    assert data["@type"] == "Legislation" and data["legislationIdentifier"] == "210/QĐ-UBND"
    assert data["legislationDate"] == "2025-08-15"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    old_url = older.get_absolute_url().replace(older.slug, "ten-cu")
    assert client.get(old_url).status_code == 301


def test_the_register_lists_its_page_as_structured_data(client, town):
    document(town, "19-CT/TU")
    html = client.get("/van-ban/").content.decode()
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(ld.group(1))
    assert data["@type"] == "ItemList"
    assert data["itemListElement"][0]["name"] == "Chỉ thị số 19-CT/TU"


def test_feed_and_sitemap_list_published_documents(client, town):
    shown = document(town, "19-CT/TU")
    hidden = document(town, "10-KH/ĐU", "ke-hoach", published=False)
    feed = client.get("/van-ban/rss/").content.decode()
    assert "Chỉ thị số 19-CT/TU" in feed and "10-KH/ĐU" not in feed
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-van-ban.xml" in index
    urls = client.get("/sitemap-van-ban.xml").content.decode()
    assert shown.get_absolute_url() in urls and hidden.get_absolute_url() not in urls
    assert "/van-ban/" in client.get("/sitemap-so-van-ban.xml").content.decode()


def test_an_edit_shows_at_once_under_the_page_cache(client, town, settings):
    settings.PAGE_CACHE_SECONDS = 600
    plan = document(town)
    forget_cached()
    assert "công tác dân vận" in text(client.get(plan.get_absolute_url()))
    assert client.get(plan.get_absolute_url())["X-Page-Cache"] == "hit"
    plan.abstract = "Về công tác phòng cháy, chữa cháy"
    plan.save()
    assert "phòng cháy" in text(client.get(plan.get_absolute_url()))
    assert "phòng cháy" in text(client.get("/van-ban/"))
    attached = attach(plan)
    assert "0 lượt tải" in text(client.get(plan.get_absolute_url()))
    client.get(attached.get_absolute_url())
    assert "1 lượt tải" in text(client.get(plan.get_absolute_url()))  # the count is live


# Queries: pinned, and flat in the number of documents ----------------------------------

# Menu, sidebar, the footer's site identity, counters (one each on a first view), then:
# list: filter choices (issuers with years, fields), COUNT, the rows, their files;
# search: the same, and the abbreviations (UBND ↔ Ủy ban nhân dân…) the words may use;
# document: the document (joined field, unit, newer one), files, documents it replaces,
# the articles citing it; the feed: its documents; the sitemap: its count and page.
EXPECTED = {"list": 9, "search": 10, "detail": 8, "feed": 1, "sitemap": 2}


def pages_of(town, documents):
    return {
        "list": "/van-ban/",
        "search": "/van-ban/?q=dan+van&kind=chi-thi",
        "detail": documents[-1].get_absolute_url(),
        "feed": "/van-ban/rss/",
        "sitemap": "/sitemap-van-ban.xml",
    }


@pytest.mark.parametrize("name", list(EXPECTED))
def test_register_query_counts_are_pinned_and_flat(client, name):
    small_town = build_town()
    small = pages_of(small_town, register_with(small_town, 2))[name]
    assert count_queries(client, small) == EXPECTED[name]
    forget_cached()
    Document.objects.all().delete()
    big_town = build_town(articles=3)
    many = register_with(big_town, 20)
    for article in big_town.articles:  # the last document cited by articles
        article.body = f"<p>Thực hiện Kế hoạch số {many[-1].code}.</p>"
        article.save()
    url = pages_of(big_town, many)[name]
    assert count_queries(client, url) == EXPECTED[name]


def test_a_documents_page_is_the_same_with_twenty_citing_articles(client, town):
    plan = document(town, "04-KH/ĐU", "ke-hoach")
    attach(plan)
    base = count_queries(client, plan.get_absolute_url())
    for n in range(20):
        factories.article(town.section, f"Tin {n}", body="<p>Theo Kế hoạch số 04-KH/ĐU.</p>",
                          ago=timedelta(hours=n + 1))  # fmt: skip
    forget_cached()
    assert count_queries(client, plan.get_absolute_url()) == base
    page = text(client.get(plan.get_absolute_url()))
    assert "Bài viết nhắc đến văn bản này" in page and "Tin 0" in page


def test_published_at_stays_when_withdrawn_and_published_again(town, publisher):
    plan = document(town, published=False)
    plan.publish(publisher)
    first = plan.published_at
    plan.withdraw(publisher)
    plan.publish(publisher)
    assert plan.published_at == first <= timezone.now()


def test_the_replacing_document_picker_keeps_to_her_scope(client, town, nam_hong_editor):
    document(town, "210/QĐ-UBND", "quyet-dinh")
    ours = document(town, "12-NQ/ĐU", "nghi-quyet")
    ours.areas.set([town.other_ward])
    response = logged_in(client, nam_hong_editor).get(
        "/admin/autocomplete/",
        {"app_label": "documents", "model_name": "document", "field_name": "superseded_by",
         "term": ""},
    )  # fmt: skip
    assert [row["text"] for row in response.json()["results"]] == ["Nghị quyết số 12-NQ/ĐU"]


def test_a_word_file_with_macros_is_refused(client, town, bac_hong_editor):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for part in ("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"):
            archive.writestr(part, "x")
    response = logged_in(client, bac_hong_editor).post(
        ADD, document_form(town, files=[("macro.docx", buffer.getvalue())])
    )
    assert response.status_code == 200 and "không phải tệp DOCX thật" in text(response)


def test_search_finds_a_document_saved_from_the_english_admin(client, town):
    from django.utils import translation

    with translation.override("en"):
        document(town, "19-CT/TU")
    assert [d.code for d in client.get("/van-ban/", {"q": "chi thi 19"}).context["page"]] == [
        "19-CT/TU"
    ]
    assert client.get("/van-ban/", {"q": "directive 19"}).context["page"].paginator.count == 1


@pytest.mark.parametrize(
    "query",
    ["?page=abc", "?page=99999999999999999999", "?year=99999999999", "?year=-1",
     "?issuer=%3Cscript%3E", "?kind[]=x", "?q=%00%00", "?q=" + "19-CT/TU " * 100,
     "?status=expired&page=-3"],
)  # fmt: skip
def test_hostile_register_queries_get_a_page_never_an_error(client, town, query):
    """And the header's news search box stays empty: it is not the register's search."""
    document(town)
    response = client.get("/van-ban/" + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1]
    assert 'id="q" name="q" value=""' in response.content.decode()


def test_unknown_documents_and_files_are_404(client, town):
    assert client.get("/van-ban/chi-thi-19-ct-tu-999/").status_code == 404
    assert client.get("/van-ban/tep/999/chi-thi.pdf").status_code == 404
    attached = attach(document(town))
    attached.file.storage.delete(attached.file.name)  # the file went missing on disk
    assert client.get(attached.get_absolute_url()).status_code == 404
