"""Broken photos are refused with the editor's text kept; metadata never reaches the site."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from news.models import Article, Photo
from tests.cast import logged_in

pytestmark = pytest.mark.django_db
GPS_IFD = 0x8825


def noise_jpeg(size=(640, 480), exif=None):
    buffer = io.BytesIO()
    options = {"exif": exif} if exif else {}
    Image.effect_noise(size, 60).convert("RGB").save(buffer, "JPEG", quality=90, **options)
    return buffer.getvalue()


def jpeg_cut_in_half():
    data = noise_jpeg()
    return SimpleUploadedFile("hoi-nghi.jpg", data[: len(data) // 2], content_type="image/jpeg")


def png_with_a_corrupt_data_stream():
    """Every chunk's checksum is right (verify() passes); the compressed pixels are not."""
    buffer = io.BytesIO()
    Image.effect_noise((300, 200), 60).convert("RGB").save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    start = data.find(b"IDAT")
    length = struct.unpack(">I", data[start - 4 : start])[0]
    for index in range(start + 54, start + 4 + length - 50, 7):
        data[index] ^= 0x5A
    crc = zlib.crc32(data[start : start + 4 + length]) & 0xFFFFFFFF
    data[start + 4 + length : start + 8 + length] = struct.pack(">I", crc)
    return SimpleUploadedFile("so-do.png", bytes(data), content_type="image/png")


def phone_photo():
    """A JPEG as a phone takes it: where (GPS), with what, and turned on its side."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Điện thoại của Lan"
    exif[ExifTags.Base.Model] = "X100"
    exif[ExifTags.Base.Orientation] = 6
    exif.get_ifd(GPS_IFD)[ExifTags.GPS.GPSLatitude] = (21.0, 1.0, 42.0)
    exif.get_ifd(GPS_IFD)[ExifTags.GPS.GPSLatitudeRef] = "N"
    return SimpleUploadedFile(
        "anh-dien-thoai.jpg", noise_jpeg(exif=exif.tobytes()), content_type="image/jpeg"
    )


TITLE = "Đảng ủy phường Bắc Hồng họp Hội nghị sơ kết"


def article_form(town, **overrides):
    """What Hằng's change form posts: an article about Bắc Hồng, no photos yet."""
    data = {
        "title": TITLE,
        "slug": "",
        "section": town.section.pk,
        "sapo": "Sáng ngày 12/4, Đảng ủy phường tổ chức Hội nghị.",
        "body": "<p>Hội nghị đánh giá kết quả quý I.</p>",
        "author": "Thu Hằng",
        "source": "UBND P. Bắc Hồng",
        "areas": [town.ward.pk],
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


@pytest.fixture
def editor(client, bac_hong_editor):
    """Hằng, the editor of Bắc Hồng, in the admin."""
    return logged_in(client, bac_hong_editor)


def stored_files(settings):
    return sorted(p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file())


BROKEN = {
    "a JPEG cut in half": jpeg_cut_in_half,
    "a PNG with a corrupt stream": png_with_a_corrupt_data_stream,
}


@pytest.mark.parametrize("broken", BROKEN.values(), ids=BROKEN.keys())
@pytest.mark.parametrize("field", ["cover", "photo inline"])
def test_a_broken_photo_is_refused_and_the_article_is_kept(
    client, editor, town, settings, broken, field
):
    before = stored_files(settings)
    articles = Article.objects.count()
    data = article_form(town)
    if field == "cover":
        data["cover"] = broken()
    else:
        data.update(
            {"photos-TOTAL_FORMS": "1", "photos-0-caption": "Quang cảnh", "photos-0-order": "0"}
        )
        data["photos-0-image"] = broken()
    response = client.post("/admin/news/article/add/", data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "không phải là ảnh" in body or "không phải là hình ảnh" in body
    assert TITLE in body  # the editor's text is kept
    assert Article.objects.count() == articles
    assert stored_files(settings) == before  # nothing orphaned in media/


@pytest.mark.parametrize("broken", BROKEN.values(), ids=BROKEN.keys())
def test_the_editor_upload_refuses_a_broken_photo(client, editor, settings, broken):
    before = stored_files(settings)
    response = client.post("/bien-tap/tai-anh/", {"upload": broken()})
    assert response.status_code == 400
    assert "không phải là ảnh" in response.json()["error"]["message"]
    assert stored_files(settings) == before


def test_a_rendition_that_fails_never_fails_the_save(town, caplog):
    """An importer or a script saves through the ORM, without the form's validation."""
    article = town.article
    photo = Photo.objects.create(article=article, image=jpeg_cut_in_half(), caption="Hỏng")
    assert Photo.objects.filter(pk=photo.pk).exists()
    assert "rendition not made" in caplog.text


def exif_of(path):
    with Image.open(path) as image:
        return image.getexif()


def test_a_phone_photo_keeps_its_orientation_and_loses_where_it_was_taken(client, editor, town):
    data = article_form(town, **{"photos-TOTAL_FORMS": "1", "photos-0-order": "0"})
    data["photos-0-image"] = phone_photo()
    data["cover"] = phone_photo()
    assert client.post("/admin/news/article/add/", data).status_code == 302
    article = Article.objects.get(title=TITLE)
    for stored in (article.photos.get().image.path, article.cover.path):
        exif = exif_of(stored)
        assert exif.get(ExifTags.Base.Orientation) == 6
        assert GPS_IFD not in exif and not exif.get_ifd(GPS_IFD)
        assert ExifTags.Base.Make not in exif and ExifTags.Base.Model not in exif


def test_an_editor_upload_loses_its_metadata_too(client, editor, settings):
    response = client.post("/bien-tap/tai-anh/", {"upload": phone_photo()})
    assert response.status_code == 200
    stored = Path(settings.MEDIA_ROOT) / response.json()["url"].removeprefix(settings.MEDIA_URL)
    exif = exif_of(stored)
    assert dict(exif) == {ExifTags.Base.Orientation: 6}
