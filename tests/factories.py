"""Small builders for test data: named like the people and places in the stories."""

import io
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article, Photo, Section
from wards.models import Area, Unit


def image_file(name="anh.jpg", size=(64, 48), fmt="JPEG", color=(200, 30, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def area(name="Phường Bắc Hồng", kind=Area.Kind.WARD, **fields):
    return Area.objects.create(name=name, kind=kind, **fields)


def unit(area, name="Đảng ủy phường Bắc Hồng", kind=Unit.Kind.PARTY_COMMITTEE, **fields):
    return Unit.objects.create(area=area, name=name, kind=kind, **fields)


def section(name="Công tác Đảng", **fields):
    return Section.objects.create(name=name, **fields)


def article(section, title="Đảng ủy phường Bắc Hồng tổ chức Hội nghị", *, ago=None, **fields):
    """A published article, `ago` (a timedelta) before now: an hour by default."""
    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("sapo", "Sáng nay, Đảng ủy phường tổ chức Hội nghị sơ kết.")
    fields.setdefault("body", "<p>Hội nghị đã đánh giá kết quả sáu tháng đầu năm.</p>")
    if fields["status"] == Article.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - (ago or timedelta(hours=1)))
    return Article.objects.create(section=section, title=title, **fields)


def photo(article, caption="Quang cảnh Hội nghị", order=0):
    return Photo.objects.create(article=article, image=image_file(), caption=caption, order=order)


def photo_bytes(size=(1000, 625), color=(40, 110, 60)):
    """A JPEG as a camera would give it: larger than any rendition."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def word_report(path, *, title="Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết công tác dân vận"):
    """A meeting report as ward offices write them in Word (python-docx): a Title, a bold
    dateline lead, two photos (one with Word's Caption style, one with a plain line under
    it), a last line of names and the source. Returns the path."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    lead = document.add_paragraph().add_run(
        "Sáng ngày 12/4/2018, Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết công tác dân vận "
        "quý I năm 2018."
    )
    lead.bold = True
    document.add_paragraph(
        "Dự Hội nghị có đồng chí Bí thư Đảng ủy phường và các đồng chí trong Ban Thường vụ."
    )
    document.add_picture(io.BytesIO(photo_bytes(color=(200, 30, 30))))
    document.add_paragraph("Quang cảnh Hội nghị", style="Caption")
    document.add_paragraph("Hội nghị đã đánh giá kết quả đạt được và đề ra nhiệm vụ quý II.")
    document.add_picture(io.BytesIO(photo_bytes(color=(30, 30, 200))))
    document.add_paragraph("Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo Hội nghị")
    document.add_paragraph("Kết thúc Hội nghị, các đại biểu thống nhất kế hoạch quý II.")
    document.add_paragraph("Thu Hằng – Thanh Trúc")
    document.add_paragraph("Nguồn: UBND P. Bắc Hồng")
    document.save(path)
    return path
