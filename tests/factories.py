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
