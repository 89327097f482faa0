import unicodedata

import pytest

from core.text import fold, nfc, slugify_vi, unique_slug
from news.models import Section


def test_slug_keeps_d_from_dj():
    title = "Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết 6 tháng đầu năm 2025"
    assert (
        slugify_vi(title) == "dang-uy-phuong-bac-hong-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-2025"
    )


@pytest.mark.parametrize("d", ["Đ", "Ð"])  # U+0110 and U+00D0, often typed for it
def test_slugs_and_search_fold_both_capital_d_alike(d):
    assert slugify_vi(f"{d}ảng ủy") == "dang-uy"
    assert fold(f"{d}ảng ủy") == "dang uy"
    assert fold(f"{d}ẢNG ỦY".lower()) == "dang uy"


def test_long_slugs_are_cut_at_a_word():
    assert slugify_vi("Đảng ủy phường Bắc Hồng", max_length=12) == "dang-uy"


def test_slug_of_decomposed_text_equals_composed():
    decomposed = unicodedata.normalize("NFD", "Dân vận khéo")
    assert slugify_vi(decomposed) == slugify_vi("Dân vận khéo") == "dan-van-kheo"


def test_slug_is_ascii_and_bounded():
    slug = slugify_vi("Nghị quyết số 12-NQ/ĐU ngày 14/4/2025 " * 20, max_length=60)
    assert slug.isascii() and len(slug) <= 60 and not slug.endswith("-")


def test_nfc_composes():
    assert nfc(unicodedata.normalize("NFD", "Hội đồng")) == "Hội đồng"


def test_unique_slug_adds_a_suffix(quiet_town):
    assert quiet_town.section.slug == "cong-tac-dang"
    assert unique_slug(Section, "Công tác Đảng") == "cong-tac-dang-2"
    assert unique_slug(Section, "Công tác Đảng", suffixes=["Bắc Hồng"]) == "cong-tac-dang-bac-hong"
