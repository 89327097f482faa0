"""Citations become links: Hằng's article names Bắc Hồng's plan and a letter nobody has
registered yet; the plan is linked and lists the article, the letter is offered."""

import re
from datetime import date
from urllib.parse import unquote

import pytest

from documents.citations import code_key, find
from documents.linking import link
from documents.models import Citation, Document
from news.models import Article
from tests import factories
from tests.cast import count_queries, forget_cached, logged_in
from tests.documents_kit import document
from tests.test_documents import hang_registers, text
from tests.test_newsroom import article_form, hang_writes
from tests.test_pages import EXPECTED

pytestmark = pytest.mark.django_db


# The grammar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, code",
    [
        ("Chỉ thị số 19-CT/TU", "19-CT/TU"),
        ("Nghị quyết số 21-NQ/QU", "21-NQ/QU"),
        ("Kế hoạch số 04-KH/ĐU", "04-KH/ĐU"),
        ("Nghị định 42/2022/NĐ-CP", "42/2022/NĐ-CP"),
        ("Kết luận số 43-KL/TW", "43-KL/TW"),
        ("Chỉ thị số 20-CT/ThU", "20-CT/ThU"),
        ("Thông tư số 22/2023/TT-BTTTT", "22/2023/TT-BTTTT"),
        ("Quyết định số 112/QĐ-UBND", "112/QĐ-UBND"),
        ("Công văn số 1234/UBND-VP", "1234/UBND-VP"),
        ("thực hiện kế hoạch số 04-KH/ĐU,", "04-KH/ĐU"),
        ("Thông báo số&nbsp;07-TB/VPTU.", "07-TB/VPTU"),
    ],
)
def test_party_and_state_numbers_are_recognised(written, code):
    assert [found.code for found in find(f"Theo {written} của cấp trên")] == [code]


@pytest.mark.parametrize(
    "text",
    ["Ngày 12/4/2018, Hội nghị", "Chỉ thị của Tỉnh ủy", "số 19-CT/TU", "Kế hoạch số 04-kh/đu",
     "Nghị quyết Đại hội XIV"],
)  # fmt: skip
def test_dates_and_loose_words_are_no_citations(text):
    assert find(text) == []


def test_a_code_is_compared_by_its_key():
    assert code_key("19-CT/TU") == code_key("19/CT-TU") == code_key("19 ct tu") == "19-ct-tu"
    assert code_key("04-KH/ĐU") == code_key("4-KH/DU") == "4-kh-du"
    assert code_key("42/2022/NĐ-CP") == "42-2022-nd-cp"


def test_linking_twice_changes_nothing_and_other_links_stay(town):
    plan = document(town, "04-KH/ĐU", "ke-hoach")
    html = (
        '<p>Theo Kế hoạch số 04-KH/ĐU và <a href="https://tinhuy.vn">Kế hoạch số 04-KH/ĐU</a>'
        ' (bản gốc).</p>'
    )  # fmt: skip
    once, found = link(html, {plan.code_key: plan})
    assert once.count(plan.get_absolute_url()) == 1 and 'href="https://tinhuy.vn"' in once
    assert [item.code for item in found] == ["04-KH/ĐU"]
    assert link(once, {plan.code_key: plan})[0] == once
    assert link(once, {})[0] == html  # unlinked when the document goes


# The story -----------------------------------------------------------------------------

BODY = (
    "<p>Thực hiện Kế hoạch số 04-KH/ĐU của Đảng ủy phường, các chi bộ đăng ký mô hình "
    "dân vận khéo.</p><p>Công văn số 27-CV/ĐU hướng dẫn cách đăng ký.</p>"
)


def test_hang_cites_a_registered_plan_and_an_unknown_letter(
    client, town, bac_hong_editor, publisher
):
    plan = hang_registers(client, town, bac_hong_editor)
    plan.publish(publisher)
    article = hang_writes(client, town, bac_hong_editor, title="Chi bộ đăng ký mô hình", body=BODY)

    # Linked at save: the plan's citation is a link to its page, the letter's is text.
    assert f'<a href="{plan.get_absolute_url()}"' in article.body
    assert ">Kế hoạch số 04-KH/ĐU</a>" in article.body
    assert "<a" not in article.body.split("Công văn")[1]
    citations = {c.code: c.document_id for c in Citation.objects.filter(article=article)}
    assert citations == {"04-KH/ĐU": plan.pk, "27-CV/ĐU": None}

    # The editor sees what was found, and is offered to register the unknown letter.
    form = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    found = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", form))
    assert "Kế hoạch số 04-KH/ĐU — đã liên kết" in found
    assert "Công văn số 27-CV/ĐU — chưa có trong sổ văn bản." in found
    offer = re.search(r'href="(/admin/documents/document/add/\?[^"]+)"', form).group(1)
    assert unquote(offer.replace("&amp;", "&")).endswith("kind=cong-van&code=27-CV/ĐU")
    prefilled = client.get(offer.replace("&amp;", "&")).content.decode()
    assert 'value="27-CV/ĐU"' in prefilled and 'value="cong-van" selected' in prefilled

    # Published, the article is listed on the plan's page; the article page shows the link.
    article.status = Article.Status.REVIEW
    article.save()
    article.approve(publisher)
    client.logout()
    page = text(client.get(plan.get_absolute_url()))
    assert "Bài viết nhắc đến văn bản này" in page and "Chi bộ đăng ký mô hình" in page
    assert plan.get_absolute_url() in client.get(article.get_absolute_url()).content.decode()

    # Registering and publishing the letter links it in the article already written.
    letter = hang_registers(
        client, town, bac_hong_editor, kind="cong-van", code="27-CV/ĐU",
        abstract="Hướng dẫn đăng ký mô hình dân vận khéo năm 2026",
    )  # fmt: skip
    article.refresh_from_db()
    assert letter.get_absolute_url() not in article.body  # a draft is not linked
    letter.publish(publisher)
    article.refresh_from_db()
    assert f'<a href="{letter.get_absolute_url()}"' in article.body
    assert Citation.objects.get(article=article, code="27-CV/ĐU").document == letter


def test_an_article_page_costs_the_same_with_citations(client, town):
    """Links are in the stored body: a page view looks nothing up."""
    cited = town.article
    document(town, "04-KH/ĐU", "ke-hoach")
    cited.body = BODY
    cited.save()
    assert "/van-ban/" in cited.body
    forget_cached()
    assert count_queries(client, cited.get_absolute_url()) == EXPECTED["article"]


def test_renumbering_or_withdrawing_a_document_links_again(town, publisher):
    plan = document(town, "04-KH/ĐU", "ke-hoach")
    cites_04 = factories.article(town.section, "Tin 04", body="<p>Kế hoạch số 04-KH/ĐU.</p>")
    cites_05 = factories.article(town.section, "Tin 05", body="<p>Kế hoạch số 05-KH/ĐU.</p>")
    assert plan.get_absolute_url() in cites_04.body
    plan.code = "05-KH/ĐU"
    plan.save()
    cites_04.refresh_from_db(), cites_05.refresh_from_db()
    assert "/van-ban/" not in cites_04.body
    assert plan.get_absolute_url() in cites_05.body
    plan.withdraw(publisher)
    cites_05.refresh_from_db()
    assert "/van-ban/" not in cites_05.body and cites_05.body == "<p>Kế hoạch số 05-KH/ĐU.</p>"
    plan.delete()
    assert Citation.objects.get(article=cites_05).document is None


def test_the_editor_is_warned_of_an_expired_or_replaced_document(client, town, bac_hong_editor):
    newer = document(town, "210/QĐ-UBND", "quyet-dinh", issued_on=date(2025, 8, 15))
    document(town, "98/QĐ-UBND", "quyet-dinh", issued_on=date(2024, 5, 10),
             status_in_law=Document.Legal.REPLACED, superseded_by=newer)  # fmt: skip
    document(town, "09-KH/ĐU", "ke-hoach", expires_on=date(2025, 12, 31))
    article = hang_writes(
        client, town, bac_hong_editor, title="Rà soát quy chế",
        body="<p>Quyết định số 98/QĐ-UBND, Kế hoạch số 09-KH/ĐU và Quyết định số "
        "210/QĐ-UBND.</p>",
    )  # fmt: skip
    form = text(client.get(f"/admin/news/article/{article.pk}/change/"))
    assert "Cảnh báo: văn bản này bị thay thế. Xem Quyết định số 210/QĐ-UBND." in form
    assert "Cảnh báo: văn bản này hết hiệu lực." in form
    assert form.count("Cảnh báo") == 2


def test_citations_in_title_and_sapo_count_without_links(client, town, bac_hong_editor):
    plan = document(town, "04-KH/ĐU", "ke-hoach")
    article = hang_writes(
        client, town, bac_hong_editor, title="Triển khai Kế hoạch số 04-KH/ĐU",
        body="<p>Hội nghị.</p>",
    )  # fmt: skip
    assert Citation.objects.get(article=article).document == plan
    assert "/van-ban/" not in article.title + article.body


def test_a_draft_article_is_not_listed_on_the_document_page(client, town):
    plan = document(town, "04-KH/ĐU", "ke-hoach")
    factories.article(town.section, "Bản nháp nhắc kế hoạch", status=Article.Status.DRAFT,
                      body="<p>Kế hoạch số 04-KH/ĐU</p>")  # fmt: skip
    assert "Bản nháp nhắc kế hoạch" not in text(client.get(plan.get_absolute_url()))


def test_a_publisher_edit_through_the_admin_keeps_links_once(client, town, publisher):
    plan = document(town, "04-KH/ĐU", "ke-hoach")
    article = town.article
    article.body = BODY
    article.save()
    response = logged_in(client, publisher).post(
        f"/admin/news/article/{article.pk}/change/",
        article_form(town, title=article.title, body=article.body),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body.count(plan.get_absolute_url()) == 1


def test_two_wards_plans_of_one_number_each_link_from_their_own_ward(
    client, town, bac_hong_editor, nam_hong_editor
):
    ours = document(town, "04-KH/ĐU", "ke-hoach", issued_on=date(2026, 1, 12))
    theirs = document(town, "04-KH/ĐU", "ke-hoach", issued_on=date(2026, 2, 3),
                      issuer_unit=town.other_unit, issuer_name="")  # fmt: skip
    theirs.areas.set([town.other_ward])
    body = "<p>Theo Kế hoạch số 04-KH/ĐU của Đảng ủy phường.</p>"
    hangs = hang_writes(client, town, bac_hong_editor, title="Tin Bắc Hồng", body=body)
    quans = hang_writes(client, town, nam_hong_editor, title="Tin Nam Hồng", body=body,
                        areas=[town.other_ward.pk])  # fmt: skip
    assert ours.get_absolute_url() in hangs.body and theirs.get_absolute_url() not in hangs.body
    assert theirs.get_absolute_url() in quans.body and ours.get_absolute_url() not in quans.body
    assert {c.article_id for c in theirs.citations.all()} == {quans.pk}
