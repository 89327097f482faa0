"""The demo register: documents of the town and of the centre, each with a file drawn
here (PDF, Word or Excel, made by code), and articles that cite them.

Idempotent: a document already registered (same number and symbol, same issue date) and
an article already there (same title) are left alone.
"""

import io
import unicodedata
import zipfile
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from documents.citations import code_key
from documents.models import Document, DocumentFile, Topic
from news.models import Article
from news.sanitize import text_to_html

TOPICS = ["Xây dựng Đảng", "Dân vận", "Chuyển đổi số", "Kinh tế", "Văn hóa – Xã hội",
          "Quốc phòng – An ninh", "Cải cách hành chính"]  # fmt: skip

CENTRE = "Bộ Chính trị"
PROVINCE = "UBND tỉnh Hồng Lam"

# (kind, code, issued, issuer: a unit key or a body's name, signer, field, abstract, extra)
DOCUMENTS = [
    ("nghi-quyet", "57-NQ/TW", "2024-12-22", CENTRE, "Tô Lâm", "Chuyển đổi số",
     "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", {}),
    ("chi-thi", "35-CT/TW", "2024-06-14", CENTRE, "Tô Lâm", "Xây dựng Đảng",
     "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", {}),
    ("nghi-dinh", "42/2022/NĐ-CP", "2022-06-24", "Chính phủ", "", "Chuyển đổi số",
     "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên "
     "môi trường mạng", {"effective_on": "2022-08-01"}),
    ("thong-tu", "22/2023/TT-BTTTT", "2023-12-31", "Bộ Thông tin và Truyền thông", "",
     "Chuyển đổi số", "Quy định yêu cầu về chức năng, tính năng kỹ thuật của cổng thông tin "
     "điện tử và cổng dịch vụ công", {}),
    ("chi-thi", "19-CT/TU", "2024-03-15", "Ban Thường vụ Tỉnh ủy Hồng Lam", "Lê Quang Bình",
     "Dân vận", "Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
     {}),
    ("ke-hoach", "04-KH/ĐU", "2026-01-12", "du-bac-hong", "Nguyễn Hữu Thắng", "Dân vận",
     "Thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2026",
     {"xlsx": True}),
    ("nghi-quyet", "05-NQ/ĐU", "2025-09-20", "du-bac-hong", "Nguyễn Hữu Thắng", "Kinh tế",
     "Về phát triển kinh tế – xã hội phường Bắc Hồng giai đoạn 2025–2030", {"docx": True}),
    ("chuong-trinh", "03-CTr/ĐU", "2025-11-05", "du-bac-hong", "Nguyễn Hữu Thắng",
     "Xây dựng Đảng", "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ phường lần "
     "thứ I, nhiệm kỳ 2025–2030", {}),
    ("thong-bao", "07-TB/ĐU", "2026-03-02", "du-bac-hong", "Trần Thị Lan", "Xây dựng Đảng",
     "Kết luận của Ban Thường vụ Đảng ủy tại Hội nghị giao ban quý I năm 2026", {}),
    ("huong-dan", "02-HD/ĐU", "2025-10-10", "du-bac-hong", "Trần Thị Lan", "Xây dựng Đảng",
     "Tổ chức sinh hoạt chi bộ theo chuyên đề năm 2025–2026", {}),
    ("bao-cao", "45-BC/ĐU", "2025-12-20", "du-bac-hong", "Nguyễn Hữu Thắng", "Xây dựng Đảng",
     "Tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025", {}),
    ("ke-hoach", "09-KH/ĐU", "2023-02-01", "du-bac-hong", "Nguyễn Hữu Thắng", "Dân vận",
     "Thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2023–2025",
     {"expires_on": "2025-12-31"}),
    ("quyet-dinh", "112/QĐ-UBND", "2026-02-03", "ubnd-bac-hong", "Phạm Văn Hưng",
     "Chuyển đổi số", "Ban hành Quy chế hoạt động của Cổng thông tin điện tử phường Bắc Hồng",
     {"effective_on": "2026-02-03"}),
    ("ke-hoach", "15/KH-UBND", "2026-02-20", "ubnd-bac-hong", "Phạm Văn Hưng", "Chuyển đổi số",
     "Chuyển đổi số phường Bắc Hồng năm 2026, thực hiện Nghị quyết số 57-NQ/TW", {}),
    ("quyet-dinh", "210/QĐ-UBND", "2025-08-15", "ubnd-bac-hong", "Phạm Văn Hưng",
     "Cải cách hành chính", "Ban hành Quy chế thực hiện dân chủ ở cơ sở trên địa bàn phường", {}),
    ("quyet-dinh", "98/QĐ-UBND", "2024-05-10", "ubnd-bac-hong", "Phạm Văn Hưng",
     "Cải cách hành chính", "Ban hành Quy chế thực hiện dân chủ ở cơ sở (đã được thay thế)",
     {"replaced_by": "210/QĐ-UBND"}),
    ("cong-van", "118/UBND-VP", "2026-04-01", "ubnd-bac-hong", "Phạm Văn Hưng",
     "Quốc phòng – An ninh", "Về việc tăng cường công tác phòng cháy, chữa cháy mùa khô", {}),
    ("nghi-quyet", "12-NQ/ĐU", "2025-12-01", "du-nam-hong", "Đỗ Văn Tài", "Kinh tế",
     "Về xây dựng chợ Nam Hồng đạt chuẩn văn minh thương mại", {"areas": ["nam-hong"]}),
    ("ke-hoach", "31/KH-UBND", "2026-03-10", "ubnd-nam-hong", "Vũ Thị Hà", "Văn hóa – Xã hội",
     "Tổ chức Lễ hội bến đò Nam Hồng năm 2026", {"areas": ["nam-hong"]}),
    ("ke-hoach", "88/KH-UBND", "2025-03-01", PROVINCE, "Hoàng Minh Đức", "Chuyển đổi số",
     "Triển khai Nghị định số 42/2022/NĐ-CP và Thông tư số 22/2023/TT-BTTTT trên địa bàn tỉnh",
     {}),
    ("quyet-dinh", "25/2025/QĐ-UBND", "2025-07-20", PROVINCE, "Hoàng Minh Đức", "Kinh tế",
     "Sửa đổi, bổ sung một số điều của Quy định mức hỗ trợ hoạt động của tổ dân phố", {}),
    ("quyet-dinh", "17/2024/QĐ-UBND", "2024-04-02", PROVINCE, "Hoàng Minh Đức", "Kinh tế",
     "Quy định mức hỗ trợ hoạt động của tổ dân phố trên địa bàn tỉnh",
     {"amended_by": "25/2025/QĐ-UBND"}),
]  # fmt: skip

# Articles that cite the register (one also cites a document nobody registered yet).
ARTICLES = [
    {
        "title": "Đảng ủy phường Bắc Hồng triển khai Kế hoạch thực hiện Chỉ thị số 19-CT/TU "
        "về công tác dân vận",
        "section": "dan-van-kheo",
        "areas": ["bac-hong"],
        "units": ["du-bac-hong"],
        "days_ago": 9,
        "sapo": "Chiều ngày 14/1, Đảng ủy phường Bắc Hồng tổ chức Hội nghị quán triệt Kế hoạch "
        "số 04-KH/ĐU thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy.",
        "paragraphs": [
            "Theo Kế hoạch số 04-KH/ĐU, năm 2026 mỗi chi bộ đăng ký ít nhất một mô hình "
            "“Dân vận khéo”, gắn với việc thực hiện Chỉ thị số 19-CT/TU về tăng cường sự lãnh "
            "đạo của Đảng đối với công tác dân vận trong tình hình mới.",
            "Hội nghị cũng ôn lại tinh thần Kết luận số 43-KL/TW của Ban Bí thư, đề nghị cấp ủy "
            "các chi bộ phân công đảng viên phụ trách hộ gia đình ở tổ dân phố.",
        ],
    },
    {
        "title": "Cổng thông tin điện tử phường Bắc Hồng đáp ứng yêu cầu của Nghị định "
        "42/2022/NĐ-CP",
        "section": "cai-cach-hanh-chinh",
        "areas": ["bac-hong"],
        "units": ["ubnd-bac-hong"],
        "days_ago": 6,
        "sapo": "UBND phường Bắc Hồng rà soát Cổng thông tin điện tử theo Nghị định "
        "42/2022/NĐ-CP và Thông tư số 22/2023/TT-BTTTT: văn bản, thủ tục và công cụ tìm kiếm.",
        "paragraphs": [
            "Thực hiện Quyết định số 112/QĐ-UBND ban hành Quy chế hoạt động của Cổng thông tin "
            "điện tử, bộ phận văn phòng đã đưa toàn bộ văn bản chỉ đạo lên mục “Văn bản”, có số, "
            "ký hiệu, ngày ban hành, trích yếu và tệp đính kèm.",
            "Cùng với Kế hoạch số 15/KH-UBND về chuyển đổi số năm 2026, phường đặt mục tiêu 100% "
            "văn bản của Đảng ủy và UBND phường được công khai đúng hạn.",
        ],
    },
    {
        "title": "Phường Bắc Hồng rà soát việc thực hiện quy chế dân chủ ở cơ sở",
        "section": "hoat-dong-ubnd",
        "areas": ["bac-hong"],
        "units": ["ubnd-bac-hong"],
        "days_ago": 4,
        "sapo": "Các tổ dân phố đối chiếu việc thực hiện dân chủ ở cơ sở với Quyết định số "
        "210/QĐ-UBND thay thế Quyết định số 98/QĐ-UBND.",
        "paragraphs": [
            "Từ khi Quyết định số 210/QĐ-UBND có hiệu lực, việc lấy ý kiến Nhân dân về các công "
            "trình công cộng được niêm yết tại nhà văn hóa và đăng trên Cổng thông tin điện tử.",
        ],
    },
    {
        "title": "Đảng ủy phường Nam Hồng ra Nghị quyết xây dựng chợ văn minh thương mại",
        "section": "cong-tac-dang",
        "areas": ["nam-hong"],
        "units": ["du-nam-hong"],
        "days_ago": 12,
        "sapo": "Nghị quyết số 12-NQ/ĐU đặt mục tiêu chợ Nam Hồng đạt chuẩn văn minh thương mại "
        "trước năm 2027.",
        "paragraphs": [
            "Theo Nghị quyết số 12-NQ/ĐU, các tiểu thương niêm yết giá, không lấn chiếm lối đi và "
            "phân loại rác tại nguồn; Ban quản lý chợ kiểm tra hằng tuần.",
        ],
    },
]


def ascii_text(text):
    """Vietnamese without marks, for the standard PDF fonts: "Đảng ủy" → "Dang uy"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and ord(c) < 128)


def pdf_bytes(*lines):
    """A one-page PDF with these lines (Helvetica), written by hand: header, five
    objects, a cross-reference table and the end marker, as readers expect."""
    escaped = [ascii_text(line).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
               for line in lines or ("Van ban",)]  # fmt: skip
    text = " ".join(f"({line}) Tj 0 -22 Td" for line in escaped)
    stream = f"BT /F1 14 Tf 60 760 Td {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def docx_bytes(*paragraphs):
    """A Word file with these paragraphs: the three parts a .docx needs, zipped."""
    body = "".join(
        f"<w:p><w:r><w:t>{_xml(text)}</w:t></w:r></w:p>" for text in paragraphs or ("Văn bản",)
    )
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            f'"application/xml"/><Override PartName="/word/document.xml" ContentType="{main}"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def xlsx_bytes(rows):
    """An Excel file with `rows` on its first sheet (openpyxl)."""
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xml(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def load(stdout, areas, units, sections):
    """Fields, documents with their files and the articles citing them; returns how many
    documents were added."""
    topics = {name: Topic.objects.get_or_create(name=name, defaults={"order": n})[0]
              for n, name in enumerate(TOPICS)}  # fmt: skip
    by_code, added = {}, 0
    for kind, code, issued, issuer, signer, topic, abstract, extra in DOCUMENTS:
        issued_on = date.fromisoformat(issued)
        document = Document.objects.filter(code_key=code_key(code), issued_on=issued_on).first()
        if document is None:
            unit = units.get(issuer)
            document = Document.objects.create(
                kind=kind, code=code, issued_on=issued_on, abstract=abstract, signer=signer,
                issuer_unit=unit, issuer_name="" if unit else issuer, topic=topics[topic],
                effective_on=date.fromisoformat(extra.get("effective_on", issued)),
                expires_on=extra.get("expires_on") and date.fromisoformat(extra["expires_on"]),
                status=Document.Status.PUBLISHED,
                published_at=timezone.now() - timedelta(days=30),
            )  # fmt: skip
            document.areas.set([areas[key] for key in extra.get("areas", ["bac-hong"])])
            _attach(document, extra)
            added += 1
        by_code[code] = document
    for _kind, code, *_rest, extra in DOCUMENTS:  # relations, once every document is there
        newer = extra.get("replaced_by") or extra.get("amended_by")
        if newer and by_code[code].superseded_by_id is None:
            document = by_code[code]
            document.superseded_by = by_code[newer]
            document.status_in_law = (
                Document.Legal.REPLACED if "replaced_by" in extra else Document.Legal.AMENDED
            )
            document.save()
    _articles(areas, units, sections)
    stdout.write(f"Demo: {added} văn bản mới, {Document.objects.count()} văn bản.")
    return added


def _attach(document, extra):
    title = document.title_line()
    name = ascii_text(f"{document.get_kind_display()} {document.code}").replace("/", "-")
    name = "-".join(name.split())
    DocumentFile.objects.create(
        document=document,
        file=ContentFile(pdf_bytes(title, document.issuer_name, document.abstract), "v.pdf"),
        name=f"{name}.pdf",
    )
    if extra.get("docx"):
        DocumentFile.objects.create(
            document=document, order=1, name=f"{name}.docx",
            file=ContentFile(docx_bytes(title, document.abstract), "v.docx"),
        )  # fmt: skip
    if extra.get("xlsx"):
        rows = [["STT", "Nội dung", "Chi bộ thực hiện", "Thời gian"],
                [1, "Đăng ký mô hình “Dân vận khéo”", "22 chi bộ", "Quý I/2026"],
                [2, "Sơ kết 6 tháng", "Đảng ủy phường", "Tháng 7/2026"]]  # fmt: skip
        DocumentFile.objects.create(
            document=document, order=1, name=f"Phu-luc-{name}.xlsx",
            file=ContentFile(xlsx_bytes(rows), "v.xlsx"),
        )  # fmt: skip


def _articles(areas, units, sections):
    now = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0)
    existing = set(Article.objects.values_list("title", flat=True))
    for item in ARTICLES:
        if item["title"] in existing:
            continue
        article = Article.objects.create(
            title=item["title"], sapo=item["sapo"],
            body=text_to_html("\n\n".join(item["paragraphs"])),
            section=sections[item["section"]], status=Article.Status.PUBLISHED,
            published_at=now - timedelta(days=item["days_ago"]), author="Thu Hằng",
        )  # fmt: skip
        article.areas.set([areas[key] for key in item["areas"]])
        article.units.set([units[key] for key in item["units"]])
