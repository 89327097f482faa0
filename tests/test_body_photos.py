"""Photos inside an article's text are served as renditions, whether Hằng uploaded them in
the editor or they came from a Word report or an old page: srcset, sizes, lazy loading, an
alt from the caption; never the camera's original; made when saved, not per page view."""

import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command

from news.models import Article, BodyImage
from tests import factories
from tests.cast import count_queries, forget_cached, logged_in

pytestmark = pytest.mark.django_db


def editor_upload(client, size=(1600, 1000)):
    """What CKEditor does when Hằng inserts a photo: the upload view, then its URL."""
    photo = factories.image_file("Ảnh họp.jpg", size=size)
    return client.post("/bien-tap/tai-anh/", {"upload": photo}).json()["url"]


def figure(url, caption):
    return f'<figure class="image"><img src="{url}"><figcaption>{caption}</figcaption></figure>'


def body_images(html):
    return re.findall(r"<img [^>]*>", html.split('<div class="body">')[1].split("</div>")[0])


def test_an_editor_upload_is_served_as_renditions(client, town, bac_hong_editor):
    url = editor_upload(logged_in(client, bac_hong_editor))
    name = url.removeprefix("/media/")
    image = BodyImage.objects.get(image=name)
    assert (image.width, image.height) == (1600, 1000)
    assert all(default_storage.exists(getattr(image, f"image_{w}").name) for w in (480, 800, 1200))
    article = town.article
    article.body = "<p>Hội nghị.</p>" + figure(url, "Quang cảnh Hội nghị")
    article.save()
    # Saved with its true size and an alt from its caption.
    assert f'<img src="{url}" alt="Quang cảnh Hội nghị" width="1600" height="1000">' in article.body
    client.logout()
    [tag] = body_images(client.get(article.get_absolute_url()).content.decode())
    assert f'src="{image.image_800.url}"' in tag and url not in tag  # never the original
    assert f"{image.image_480.url} 480w" in tag and f"{image.image_1200.url} 1200w" in tag
    assert 'sizes="(min-width: 900px) 760px, 100vw"' in tag
    assert 'alt="Quang cảnh Hội nghị"' in tag and 'loading="lazy"' in tag
    assert 'width="800" height="500"' in tag


def test_word_photos_are_served_as_renditions_and_the_cover_shows_once(client, town, tmp_path):
    path = factories.word_report(tmp_path / "bao-cao.docx")
    call_command("import_articles", str(path), "--publish", stdout=io.StringIO())
    article = Article.objects.get(
        title__startswith="Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết"
    )
    page = client.get(article.get_absolute_url()).content.decode()
    tags = body_images(page)
    assert len(tags) == 2 and all("srcset=" in tag and "/media/thumbs/" in tag for tag in tags)
    assert 'alt="Quang cảnh Hội nghị"' in tags[0]
    assert 'alt="Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo Hội nghị"' in tags[1]
    assert '<figure class="cover">' not in page  # the cover is the body's first photo


def test_a_saved_page_photo_is_served_as_renditions(client, town, tmp_path):
    folder = tmp_path / "trang"
    (folder / "trang_files").mkdir(parents=True)
    (folder / "trang_files" / "anh.jpg").write_bytes(factories.photo_bytes(size=(1200, 900)))
    (folder / "trang.html").write_text(
        "<h1>Phường ra quân làm sạch kênh Bắc</h1><p>04/03/2019 09:30</p>"
        "<p>Sáng 3/3, hơn 200 người dân ra quân.</p><p>Kênh Bắc sạch hơn sau buổi ra quân.</p>"
        '<p><img src="trang_files/anh.jpg"></p><p>Người dân vớt rác trên kênh</p>'
        "<p>Phường sẽ duy trì hoạt động hằng tháng.</p>"
    )
    call_command("import_articles", str(folder / "trang.html"), "--publish", stdout=io.StringIO())
    article = Article.objects.get(title="Phường ra quân làm sạch kênh Bắc")
    [tag] = body_images(client.get(article.get_absolute_url()).content.decode())
    assert "srcset=" in tag and 'alt="Người dân vớt rác trên kênh"' in tag
    assert 'width="800" height="600"' in tag


def test_renditions_are_made_on_save_not_by_page_views(client, town, bac_hong_editor):
    url = editor_upload(logged_in(client, bac_hong_editor))
    article = town.article
    article.body = figure(url, "Quang cảnh")
    article.save()
    image = BodyImage.objects.get(image=url.removeprefix("/media/"))
    made = image.image_480.name
    default_storage.delete(made)
    client.get(article.get_absolute_url())
    assert not default_storage.exists(made)  # a view neither checks nor remakes it


def test_an_older_upload_is_registered_when_its_article_is_saved(town):
    name = default_storage.save("uploads/2024/01/cu.jpg", factories.image_file(size=(900, 600)))
    article = town.article
    article.body = f'<p><img src="/media/{name}" alt="Ảnh cũ"></p>'
    article.save()
    image = BodyImage.objects.get(image=name)
    assert default_storage.exists(image.image_800.name)
    assert 'width="900" height="600"' in article.body


def test_a_missing_or_foreign_photo_is_left_as_it_is(client, town):
    article = town.article
    article.body = (
        '<p><img src="/media/uploads/2024/01/khong-co.jpg" alt="Mất" width="10" height="10"></p>'
        '<p><img src="https://chinhphu.vn/anh.jpg" alt="Ngoài"></p>'
    )
    article.save()
    assert 'width="10"' not in article.body  # no rendition to promise
    tags = body_images(client.get(article.get_absolute_url()).content.decode())
    assert len(tags) == 2 and not any("srcset" in tag for tag in tags)


def test_the_article_page_costs_the_same_with_0_1_or_8_body_photos(client, town):
    article = town.article
    names = [
        default_storage.save("uploads/2026/01/anh.jpg", factories.image_file(size=(900, 600)))
        for _ in range(8)
    ]
    counts = []
    for photos in (0, 1, 8):
        article.body = "<p>Hội nghị.</p>" + "".join(
            figure(f"/media/{name}", f"Ảnh {n}") for n, name in enumerate(names[:photos])
        )
        article.save()
        forget_cached()
        counts.append(count_queries(client, article.get_absolute_url()))
        assert len([t for t in body_images(client.get(article.get_absolute_url()).content.decode())
                    if "srcset" in t]) == photos  # fmt: skip
    assert counts == [12, 12, 12]  # as tests/test_pages.py pins the article page
