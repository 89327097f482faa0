"""Bắc Hồng's office keeps its register in a spreadsheet; Hằng brings it over with
`manage.py import_documents`, bad rows first named and nothing half-imported."""

from datetime import date, datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook

from documents.models import Document, DocumentFile
from tests.documents_kit import pdf_bytes

pytestmark = pytest.mark.django_db

HEADER = ["STT", "Loại văn bản", "Số, ký hiệu", "Ngày ban hành", "Trích yếu",
          "Cơ quan ban hành", "Người ký", "Lĩnh vực", "Tình trạng", "Tệp"]  # fmt: skip


def rows(bad_date="31/02/2024"):
    return [
        [1, "Chỉ thị", "19-CT/TU", "15/03/2024", "Về tăng cường công tác dân vận",
         "Ban Thường vụ Tỉnh ủy", "Lê Quang Bình", "Dân vận", "Còn hiệu lực", "ct19.pdf"],
        [2, "Kế hoạch", "04-KH/ĐU", datetime(2026, 1, 12), "Thực hiện Chỉ thị số 19-CT/TU",
         "Đảng ủy phường Bắc Hồng", "Nguyễn Hữu Thắng", "Dân vận", "", ""],
        [3, "Nghị định", "42/2022/NĐ-CP", bad_date, "Cung cấp thông tin trên môi trường mạng",
         "Chính phủ", "", "Chuyển đổi số", "còn hiệu lực", ""],
    ]  # fmt: skip


def spreadsheet(folder, data, name="so-van-ban.xlsx"):
    book = Workbook()
    book.active.append(HEADER)
    for row in data:
        book.active.append(row)
    path = folder / name
    book.save(path)
    (folder / "ct19.pdf").write_bytes(pdf_bytes("Chi thi 19"))
    return path


def run(path, *options):
    out, err = StringIO(), StringIO()
    call_command("import_documents", str(path), *options, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_bad_row_is_named_by_its_row_number_and_nothing_is_imported(tmp_path, town):
    path = spreadsheet(tmp_path, rows())
    err = StringIO()
    with pytest.raises(CommandError, match="Chưa nhập gì: 1 dòng lỗi"):
        call_command("import_documents", str(path), "--area", town.ward.slug, stderr=err,
                     stdout=StringIO())  # fmt: skip
    assert "Dòng 4: LỖI — «Ngày ban hành» «31/02/2024» không phải ngày (dd/mm/yyyy)." in (
        err.getvalue()
    )
    assert not Document.objects.exists() and not DocumentFile.objects.exists()


def test_the_corrected_sheet_imports_once_and_again_adds_nothing(tmp_path, town, bac_hong_editor):
    path = spreadsheet(tmp_path, rows(bad_date="24/06/2022"))
    out, _ = run(path, "--area", town.ward.slug, "--user", "hang", "--publish")
    assert "Dòng 2: THÊM — Chỉ thị số 19-CT/TU (15/03/2024, 1 tệp)" in out
    assert "Đã nhập 3 văn bản; 0 đã có." in out
    directive = Document.objects.get(code="19-CT/TU")
    assert directive.issuer_name == "Ban Thường vụ Tỉnh ủy" and directive.is_public
    assert directive.topic.name == "Dân vận" and directive.created_by == bac_hong_editor
    assert list(directive.areas.all()) == [town.ward]
    attached = directive.files.get()
    assert attached.name == "ct19.pdf" and attached.file.read() == pdf_bytes("Chi thi 19")
    plan = Document.objects.get(code="04-KH/ĐU")
    assert plan.issuer_unit == town.unit and plan.issued_on == date(2026, 1, 12)
    assert Document.objects.get(code="42/2022/NĐ-CP").kind == "nghi-dinh"

    out, _ = run(path, "--area", town.ward.slug)
    assert out.count("ĐÃ CÓ") == 3 and "Đã nhập 0 văn bản; 3 đã có." in out
    assert Document.objects.count() == 3 and DocumentFile.objects.count() == 1


def test_a_csv_register_with_semicolons_and_a_bom(tmp_path, town):
    path = tmp_path / "so.csv"
    lines = [
        "Loại văn bản;Số, ký hiệu;Ngày ban hành;Trích yếu;Cơ quan ban hành;Người ký",
        "Thông báo;07-TB/ĐU;02/03/2026;Kết luận giao ban quý I;Đảng ủy phường Bắc Hồng;Trần Lan",
        ";;;;;",
        "Quyết định;112/QĐ-UBND;03-02-2026;Ban hành Quy chế Cổng thông tin;UBND phường;",
    ]
    path.write_bytes("\n".join(lines).encode("utf-8-sig"))
    out, _ = run(path, "--dry-run")
    assert "Chạy thử: 2 văn bản sẽ thêm, 0 đã có." in out
    assert not Document.objects.exists()
    out, _ = run(path, "--area", town.ward.slug)
    assert "Dòng 4: THÊM — Quyết định số 112/QĐ-UBND (03/02/2026)" in out  # row 3 was empty
    assert set(Document.objects.values_list("status", flat=True)) == {"draft"}


@pytest.mark.parametrize(
    "change, message",
    [
        ({2: "Ngày 5"}, "Dòng 2: LỖI — Không rõ «Loại văn bản»: «Ngày 5»."),
        ({3: ""}, "Dòng 2: LỖI — «Số, ký hiệu» còn trống."),
        ({5: ""}, "Dòng 2: LỖI — «Trích yếu» còn trống."),
        ({9: "tạm dừng"}, "Dòng 2: LỖI — Không rõ «Tình trạng»: «tạm dừng»"),
        ({10: "khong-co.pdf"}, "Dòng 2: LỖI — Không có tệp «khong-co.pdf» bên cạnh bảng tính."),
        ({10: "gia.pdf"}, "Dòng 2: LỖI — Tệp «gia.pdf» không phải tệp PDF thật"),
    ],
)
def test_each_bad_cell_is_named(tmp_path, town, change, message):
    row = list(rows(bad_date="24/06/2022")[0])
    for column, value in change.items():
        row[column - 1] = value
    path = spreadsheet(tmp_path, [row])
    (tmp_path / "gia.pdf").write_bytes(b"<html>not a pdf</html>")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_documents", str(path), stdout=StringIO(), stderr=err)
    assert message in err.getvalue()
    assert not Document.objects.exists()


def test_the_same_document_twice_in_one_sheet_is_a_bad_row(tmp_path, town):
    first = rows()[0]
    path = spreadsheet(tmp_path, [first, [2, *first[1:3], "15/3/2024", *first[4:]]])
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_documents", str(path), stdout=StringIO(), stderr=err)
    assert "Dòng 3: LỖI — Trùng văn bản ở dòng 2." in err.getvalue()


def test_a_sheet_without_the_needed_columns_or_of_another_kind(tmp_path, db):
    book = Workbook()
    book.active.append(["Số", "Ngày"])
    book.save(tmp_path / "sai.xlsx")
    with pytest.raises(CommandError, match="Dòng 1 phải ghi tên các cột; còn thiếu"):
        run(tmp_path / "sai.xlsx")
    (tmp_path / "cu.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(CommandError, match=r"\.xls"):
        run(tmp_path / "cu.xls")
    (tmp_path / "hong.xlsx").write_bytes(b"PK not really")
    with pytest.raises(CommandError, match="không phải tệp .xlsx đọc được"):
        run(tmp_path / "hong.xlsx")
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        run(tmp_path / "khong-co.csv")
