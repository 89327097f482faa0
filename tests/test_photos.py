"""Photos: only real images within limits, renditions with srcset, safe editor uploads."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news.images import validate_image
from tests import factories

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def test_real_photos_pass():
    assert validate_image(factories.image_file()) == "jpg"
    assert validate_image(factories.image_file("a.png", fmt="PNG")) == "png"


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("anh.jpg", b"this is not an image", content_type="image/jpeg"),
        SimpleUploadedFile("anh.svg", SVG, content_type="image/svg+xml"),
        SimpleUploadedFile("anh.jpg", SVG, content_type="image/jpeg"),
        SimpleUploadedFile(
            "anh.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100, content_type="image/jpeg"
        ),
    ],
)
def test_fake_images_are_refused_with_a_vietnamese_message(upload):
    with pytest.raises(ValidationError, match="không phải là ảnh"):
        validate_image(upload)


def test_oversized_files_are_refused(settings):
    settings.IMAGE_MAX_BYTES = 1000
    upload = factories.image_file(size=(400, 400))
    upload.size = 5 * 1024 * 1024
    with pytest.raises(ValidationError, match="tối đa"):
        validate_image(upload)


def test_too_many_pixels_are_refused_before_decoding():
    buffer = io.BytesIO()
    Image.new("1", (8000, 6000)).save(buffer, "PNG")  # 48 megapixels, a few kilobytes
    upload = SimpleUploadedFile("lon.png", buffer.getvalue(), content_type="image/png")
    with pytest.raises(ValidationError, match="triệu điểm ảnh"):
        validate_image(upload)


def test_article_photos_have_srcset_lazy_loading_and_alt_from_caption(client, quiet_town):
    article = factories.article(
        quiet_town.section,
        cover=factories.image_file(size=(1600, 1000)),
        cover_caption="Quang cảnh",
    )
    factories.photo(article, "Đồng chí Bí thư phát biểu chỉ đạo Hội nghị")
    body = client.get(article.get_absolute_url()).content.decode()
    images = re.findall(r"<img [^>]*>", body)
    photo = next(tag for tag in images if "Bí thư" in tag)
    assert 'alt="Đồng chí Bí thư phát biểu chỉ đạo Hội nghị"' in photo
    assert 'loading="lazy"' in photo and " 480w" in photo and " 1200w" in photo
    cover = next(tag for tag in images if 'alt="Quang cảnh"' in tag)
    assert 'loading="lazy"' not in cover  # the first photo on screen loads at once
    assert "<figcaption>Quang cảnh</figcaption>" in body


def test_photo_sizes_are_kept_so_pages_never_open_the_file(client, quiet_town):
    article = factories.article(quiet_town.section, cover=factories.image_file(size=(1600, 1000)))
    photo = factories.photo(article)
    assert (article.cover_width, article.cover_height) == (1600, 1000)
    assert (photo.image_width, photo.image_height) == (64, 48)
    body = client.get(article.get_absolute_url()).content.decode()
    assert 'width="800" height="500"' in body  # the 800-pixel rendition, from stored sizes
    assert 'width="64" height="48"' in body  # a small photo is never enlarged


def test_a_missing_original_does_not_break_the_page(client, quiet_town):
    article = factories.article(quiet_town.section, cover=factories.image_file())
    article.cover.storage.delete(article.cover.name)
    assert client.get(article.get_absolute_url()).status_code == 200


class TestEditorUpload:
    url = "/bien-tap/tai-anh/"

    def test_readers_cannot_upload(self, client):
        response = client.post(self.url, {"upload": factories.image_file()})
        assert response.status_code == 403

    def test_staff_upload_gets_a_random_name_in_its_own_folder(self, client, bac_hong_editor):
        client.force_login(bac_hong_editor)
        response = client.post(self.url, {"upload": factories.image_file("Ảnh họp.JPG")})
        assert response.status_code == 200
        url = response.json()["url"]
        assert re.fullmatch(r"/media/uploads/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", url), url

    def test_staff_upload_of_a_fake_image_is_refused(self, client, bac_hong_editor):
        client.force_login(bac_hong_editor)
        fake = SimpleUploadedFile("anh.png", SVG, content_type="image/png")
        response = client.post(self.url, {"upload": fake})
        assert response.status_code == 400
        assert "không phải là ảnh" in response.json()["error"]["message"]

    def test_missing_file_is_a_clear_400(self, client, bac_hong_editor):
        client.force_login(bac_hong_editor)
        response = client.post(self.url, {})
        assert response.status_code == 400 and response.json()["error"]["message"]


def test_renditions_are_made_on_save_so_pages_only_link_to_them(client, quiet_town):
    from django.core.files.storage import default_storage

    article = factories.article(quiet_town.section, cover=factories.image_file(size=(1600, 1000)))
    names = [getattr(article, f"cover_{width}").name for width in (480, 800, 1200)]
    assert all(default_storage.exists(name) for name in names)  # made by the save
    default_storage.delete(names[0])
    client.get(article.get_absolute_url())
    assert not default_storage.exists(names[0])  # a page view does not check or remake it


def test_photos_of_articles_and_of_models_get_their_renditions_on_save(quiet_town):
    from django.core.files.storage import default_storage

    from mobilization.models import Initiative, InitiativePhoto, Sector
    from news.models import Photo

    article = factories.article(quiet_town.section)
    initiative = Initiative.objects.create(
        name="Hiến đất làm đường", area=quiet_town.ward, sector=Sector.objects.first(), year=2025
    )
    for photo in (
        Photo.objects.create(article=article, image=factories.image_file(size=(1600, 1000))),
        InitiativePhoto.objects.create(
            initiative=initiative, image=factories.image_file(size=(1600, 1000))
        ),
    ):
        names = [getattr(photo, f"image_{width}").name for width in (480, 800, 1200)]
        assert all(default_storage.exists(name) for name in names), type(photo).__name__
