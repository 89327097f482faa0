"""A reader searches the ward's news the way people type: without diacritics, in capitals,
with abbreviations, or with nonsense. The same stories run on SQLite and PostgreSQL
(`DATABASE_URL=postgres://…`), so the pinned hits prove both databases agree."""

import importlib
import unicodedata
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from core.text import fold
from news.models import Article
from search.models import Abbreviation
from search.query import MAX_QUERY_CHARS, SearchQuery
from tests import factories
from tests.cast import captured_queries, count_queries, forget_cached

pytestmark = pytest.mark.django_db
URL = "/tim-kiem/"


DEFAULTS = importlib.import_module("search.migrations.0002_default_abbreviations").DEFAULTS


@pytest.fixture(autouse=True)
def default_abbreviations(db):
    """What the data migration adds (a transactional test elsewhere may have flushed it)."""
    for short, full in DEFAULTS:
        Abbreviation.objects.get_or_create(short=short, defaults={"full": full})


@pytest.fixture
def ward(quiet_town):
    """Bắc Hồng's news: a small corpus where every story below knows its answer."""
    bac_hong, nam_hong = quiet_town.ward, quiet_town.other_ward
    party_committee = quiet_town.unit
    party, mobilization = quiet_town.section, quiet_town.mobilization
    people = factories.section("Chính quyền")
    body = "<p>Hội nghị đã đánh giá kết quả sáu tháng đầu năm.</p>"

    def add(key, section, title, days, sapo="Tin từ phường.", text=body, **fields):
        articles[key] = factories.article(
            section, title, ago=timedelta(days=days), sapo=sapo, body=text, **fields
        )

    articles = {}
    add("kheo", mobilization, "Mô hình Dân vận khéo ở tổ dân phố 3", 5)
    add("capitals", party, "ĐẢNG ỦY PHƯỜNG BẮC HỒNG TỔNG KẾT CÔNG TÁC NĂM", 6)
    add("ban_giao", people, "Bàn giao nhà tình nghĩa cho hộ nghèo", 9)
    add("ban_dat", people, "Bán đấu giá quyền sử dụng đất", 1)  # newer than "bàn giao"
    add("ubnd", people, "UBND phường họp phiên thường kỳ tháng 10", 3)
    add("uy_ban", people, "Ủy ban nhân dân phường tiếp công dân định kỳ", 4)
    add("hdnd", people, "Kỳ họp thứ 10 Hội đồng nhân dân phường", 7)
    add(
        "body_only",
        people,
        "Tin hoạt động trong tuần",
        2,
        text="<p>Chi hội Khuyến học trao 20 suất học bổng &amp; quà.</p>",
    )
    add("title_old", people, "Đại hội Hội Khuyến học phường lần thứ III", 30)
    add("quy_che", party, "Thực hiện QCDC ở cơ sở năm 2025", 8)
    add("draft", party, "Dân vận khéo: bản nháp chưa duyệt", 1, status=Article.Status.DRAFT)
    for key in ("kheo", "capitals", "quy_che"):
        articles[key].areas.set([bac_hong])
        articles[key].units.set([party_committee])
    articles["ubnd"].areas.set([nam_hong])
    return {
        "articles": articles,
        "bac_hong": bac_hong,
        "unit": party_committee,
        "party": party,
        "mobilization": mobilization,
    }


def hits(client, q, **params):
    """Titles found for `q`, best first (the first page)."""
    response = client.get(URL, {"q": q, **params})
    assert response.status_code == 200
    return [article.title for article in response.context.get("articles", [])]


def titles(ward, *keys):
    return [ward["articles"][key].title for key in keys]


# Accent folding --------------------------------------------------------------------


def test_a_reader_without_diacritics_finds_dan_van_kheo(client, ward):
    assert hits(client, "dan van kheo") == titles(ward, "kheo")


def test_d_with_stroke_folds_to_d_and_capitals_match(client, ward):
    assert hits(client, "dang uy") == titles(ward, "capitals")
    assert hits(client, "Đảng ủy") == titles(ward, "capitals")
    assert hits(client, "ĐẢNG ỦY bắc hồng") == titles(ward, "capitals")


def test_decomposed_unicode_typed_on_a_mac_matches_composed_text(client, ward):
    decomposed = unicodedata.normalize("NFD", "Dân vận khéo")
    assert decomposed != "Dân vận khéo"
    assert hits(client, decomposed) == titles(ward, "kheo")
    assert fold(decomposed) == fold("Dân vận khéo") == "dan van kheo"


def test_both_spellings_of_uy_fold_alike():
    assert fold("Uỷ ban") == fold("Ủy ban") == fold("ỦY BAN") == "uy ban"


def test_typed_diacritics_rank_exact_words_first(client, ward):
    ban_giao, ban_dat = titles(ward, "ban_giao", "ban_dat")
    assert hits(client, "bàn")[0] == ban_giao
    assert hits(client, "bán")[0] == ban_dat
    # Without diacritics both are equal; the newer comes first.
    found = hits(client, "ban")
    assert found.index(ban_dat) < found.index(ban_giao)


def test_whole_words_only_so_ban_does_not_find_banh(client, ward):
    factories.article(ward["party"], "Trao bánh chưng cho hộ nghèo")
    assert "Trao bánh chưng cho hộ nghèo" not in hits(client, "ban")
    assert hits(client, "banh chung") == ["Trao bánh chưng cho hộ nghèo"]


def test_title_weighs_more_than_body(client, ward):
    assert hits(client, "khuyen hoc") == titles(ward, "title_old", "body_only")


def test_drafts_are_never_found(client, ward):
    assert "Dân vận khéo: bản nháp chưa duyệt" not in hits(client, "ban nhap")


# Abbreviations -----------------------------------------------------------------------


def test_abbreviation_finds_the_full_form_and_back(client, ward):
    both = set(titles(ward, "ubnd", "uy_ban"))
    assert set(hits(client, "UBND")) == both
    assert set(hits(client, "ubnd phuong")) == both
    assert set(hits(client, "ủy ban nhân dân")) == both
    assert set(hits(client, "uy ban nhan dan")) == both


def test_abbreviations_with_d_stroke_and_lowercase(client, ward):
    assert hits(client, "HĐND") == titles(ward, "hdnd")
    assert hits(client, "hdnd") == titles(ward, "hdnd")
    assert hits(client, "quy che dan chu") == titles(ward, "quy_che")


def test_an_administrator_adds_an_abbreviation(client, ward):
    factories.article(ward["party"], "Ban quản lý chợ Bắc Hồng ra mắt")
    assert hits(client, "BQL") == []
    Abbreviation.objects.create(short="BQL", full="Ban quản lý")
    assert hits(client, "BQL") == ["Ban quản lý chợ Bắc Hồng ra mắt"]


def test_the_usual_abbreviations_are_there_by_default():
    assert {short for short, _full in DEFAULTS} == {
        "UBND", "HĐND", "MTTQ", "BCH", "BTV", "ĐTN", "CCB", "TDP", "QCDC"
    }  # fmt: skip


def test_query_parsing_expands_both_ways():
    pairs = [("ubnd", "uy ban nhan dan"), ("tdp", "to dan pho")]
    assert SearchQuery.parse("UBND tổ dân phố 3", pairs).groups == [
        ("ubnd", "uy ban nhan dan"),
        ("to dan pho", "tdp"),
        ("3",),
    ]


# Filters, count, pagination, highlighting ------------------------------------------


def test_filters_by_section_area_unit_and_dates(client, ward):
    assert hits(client, "dang uy", section=ward["party"].slug) == titles(ward, "capitals")
    assert hits(client, "dang uy", section=ward["mobilization"].slug) == []
    assert hits(client, "to dan pho", area=ward["bac_hong"].slug) == titles(ward, "kheo")
    assert hits(client, "ubnd", area=ward["bac_hong"].slug) == []
    assert set(hits(client, "tin tu phuong", unit=ward["unit"].slug)) == set(
        titles(ward, "kheo", "capitals", "quy_che")
    )
    today = timezone.localdate()
    recent = hits(client, "ubnd", date_from=str(today - timedelta(days=3)), date_to=str(today))
    assert recent == titles(ward, "ubnd")


def test_a_wrong_filter_is_explained_and_the_search_still_runs(client, ward):
    response = client.get(
        URL, {"q": "dan van kheo", "section": "khong-co", "date_from": "31/02/2025"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"section", "date_from"}
    assert [a.title for a in response.context["articles"]] == titles(ward, "kheo")
    response = client.get(URL, {"q": "ubnd", "date_from": "2025-05-01", "date_to": "2025-01-01"})
    assert "date_to" in response.context["form"].errors


def test_count_and_pagination(client, ward):
    for n in range(14):
        factories.article(ward["party"], f"Bản tin tổ dân phố số {n}", ago=timedelta(hours=n))
    response = client.get(URL, {"q": "tdp"})
    assert response.context["total"] == 15
    assert "Tìm thấy 15 kết quả cho «tdp»" in response.content.decode()
    assert len(response.context["articles"]) == 12
    second = client.get(URL, {"q": "tdp", "page": 2})
    assert len(second.context["articles"]) == 3
    assert client.get(URL, {"q": "tdp", "page": "abc"}).status_code == 200
    assert client.get(URL, {"q": "tdp", "page": "999"}).context["page"].number == 2


def test_matched_words_are_marked_with_or_without_diacritics(client, ward):
    for q in ("dan van kheo", "Dân Vận Khéo"):
        html = client.get(URL, {"q": q}).content.decode()
        assert "Mô hình <mark>Dân vận khéo</mark> ở tổ <mark>dân</mark> phố 3" in html
    html = client.get(URL, {"q": "khuyen hoc"}).content.decode()
    assert "Chi hội <mark>Khuyến học</mark> trao 20 suất <mark>học</mark> bổng &amp; quà." in html


def test_highlighting_escapes_html_around_marks():
    query = SearchQuery.parse("dang uy")
    assert query.highlight("<b>Đảng ủy</b>") == "&lt;b&gt;<mark>Đảng ủy</mark>&lt;/b&gt;"


# Hostile queries ---------------------------------------------------------------------

HOSTILE = [
    "",
    "   ",
    "x" * 10_000,
    "!!! ??? ...",
    "%",
    "_",
    "%%__",
    "\\",
    "\\\\%",
    "'",
    '"',
    "' OR 1=1 --",
    "'; DROP TABLE news_article; --",
    "<script>alert(1)</script>",
    "\x00",
    "dan\x00van",
    "đ" * 5000,
]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_answer_200_and_never_leak(client, ward, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def test_empty_and_punctuation_only_queries_get_a_helpful_message(client, ward):
    html = client.get(URL, {"q": "!!! %%"}).content.decode()
    assert "không có chữ hoặc số" in html
    assert "dan van kheo" in html
    assert "Nhập vài từ" in client.get(URL).content.decode()


def test_a_very_long_query_is_cut_and_said_so(client, ward):
    with captured_queries() as queries:
        response = client.get(URL, {"q": "dân vận khéo " * 1000})
    assert f"chỉ dùng {MAX_QUERY_CHARS} ký tự đầu" in response.content.decode()
    assert all(len(q["sql"]) < 4000 for q in queries.captured_queries)
    assert "dân vận khéo " * 100 in response.content.decode()  # what was typed stays


def test_sql_and_like_wildcards_are_just_text(client, ward):
    assert hits(client, "%") == []
    assert hits(client, "dan%van") == titles(ward, "kheo")  # "%" separates words
    assert Article.objects.count() == 11


# Cost ----------------------------------------------------------------------------------


def test_results_page_query_count_is_pinned(client, ward):
    for n in range(20):
        factories.article(ward["party"], f"Bản tin tổ dân phố số {n}")
    empty = count_queries(client, URL)
    forget_cached()
    first = count_queries(client, URL, {"q": "to dan pho"})
    again = count_queries(client, URL, {"q": "UBND", "page": 2})
    # First view: menu, sidebar, site identity, visit counters, abbreviations, 3 filter
    # lists, then search's own two: the ranked hits and the page's articles; on
    # PostgreSQL also the plan's estimate of the hits, which chooses how to find them.
    own = 3 if connection.vendor == "postgresql" else 2
    assert first == empty + own == 8 + own
    # Warm: abbreviations and filter lists come from the cache; the hits never do.
    warm_empty = count_queries(client, URL)
    assert again == warm_empty + own


# PostgreSQL ----------------------------------------------------------------------------

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL extensions and indexes"
)


@postgres_only
def test_postgres_has_the_extensions_and_the_word_index():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        assert {"unaccent", "pg_trgm"} <= {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_article_words'")
        assert "gin (search_words)" in cursor.fetchone()[0]


def stored_words(article):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_words = strip(to_tsvector('simple', search_text)), search_words::text "
            "FROM news_article WHERE id = %s",
            [article.pk],
        )
        return cursor.fetchone()


@postgres_only
def test_an_articles_stored_words_follow_its_text_through_saves_and_bulk_updates(ward):
    article = factories.article(ward["party"], "Khánh thành nhà văn hóa")
    assert stored_words(article)[0] and "'khanh'" in stored_words(article)[1]
    article.title = "Bàn giao nhà tình nghĩa"
    article.save()
    current, words = stored_words(article)
    assert current and "'tinh'" in words and "'khanh'" not in words
    Article.objects.filter(pk=article.pk).update(search_text=" cau moi ")
    assert stored_words(article) == (True, "'cau' 'moi'")
    with captured_queries() as queries:
        pks, _more = SearchQuery.parse("cầu mới").rank(Article.objects.published())
    assert pks == [article.pk]
    assert "search_words" in queries.captured_queries[0]["sql"]


@postgres_only
def test_our_folding_agrees_with_postgres_unaccent(ward):
    with connection.cursor() as cursor:
        for article in ward["articles"].values():
            cursor.execute("SELECT lower(tp_unaccent(%s))", [article.title])
            assert fold(cursor.fetchone()[0]) == fold(article.title)


@postgres_only
def test_a_query_expected_in_very_many_articles_walks_the_newest_by_date(ward, monkeypatch):
    monkeypatch.setattr("search.query.WALK_FROM", 4)
    for n in range(6):
        factories.article(ward["party"], f"Bản tin tổ dân phố số {n}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE news_article")  # how often each word is, for the planner
    for text, walks in (("ban tin", True), ("tinh nghia", False)):
        with captured_queries() as queries:
            pks, _more = SearchQuery.parse(text).rank(Article.objects.published())
        assert pks, text
        ordered = queries.captured_queries[-1]["sql"]  # the newest hits, then their heads
        assert ("NULLS LAST" not in ordered) is walks, text
