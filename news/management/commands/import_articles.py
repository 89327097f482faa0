"""Import meeting reports (.txt, .html, .docx) as draft or published articles."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q

from news.images import validate_image
from news.importing import ImportError_, read_file
from news.models import Article, Photo, Section
from wards.models import Area


class Command(BaseCommand):
    help = (
        "Nhập bài viết từ tệp .txt, .html hoặc .docx: dòng đầu tiên là tiêu đề, "
        "dòng trống ngăn cách các đoạn."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--section", required=True, help="chuyên mục (slug hoặc tên)")
        parser.add_argument(
            "--area", action="append", default=[], help="địa bàn (slug), lặp lại được"
        )
        parser.add_argument("--author", default="", help="tác giả ghi cuối bài")
        parser.add_argument("--source", default="", help="nguồn tin")
        parser.add_argument("--user", help="tài khoản đứng tên người tạo")
        parser.add_argument("--publish", action="store_true", help="đăng ngay thay vì lưu nháp")

    def handle(self, *args, files, section, area, author, source, user, publish, **options):
        section = self.find(Section.objects.filter(Q(slug=section) | Q(name=section)), section)
        areas = [self.find(Area.objects.filter(slug=slug), slug) for slug in area]
        creator = None
        if user:
            creator = self.find(get_user_model().objects.filter(username=user), user)
        status = Article.Status.PUBLISHED if publish else Article.Status.DRAFT
        failures = 0
        for path in files:
            try:
                article, photos = self.import_one(
                    path, section, areas, author, source, creator, status
                )
            except ImportError_ as error:
                failures += 1
                self.stderr.write(f"LỖI  {path}: {error}")
                continue
            state = "đã đăng" if publish else "bản nháp"
            self.stdout.write(f"OK   {path}: {state} #{article.pk} «{article.title}», {photos} ảnh")
        if failures:
            raise CommandError(f"{failures}/{len(files)} tệp không nhập được.")

    def find(self, queryset, key):
        found = queryset.first()
        if found is None:
            model = queryset.model._meta.verbose_name
            raise CommandError(f"Không tìm thấy {model} «{key}».")
        return found

    @transaction.atomic
    def import_one(self, path, section, areas, author, source, creator, status):
        draft = read_file(path)
        article = Article.objects.create(
            title=draft.title,
            body=draft.body,
            section=section,
            author=author,
            source=source,
            status=status,
            created_by=creator,
            updated_by=creator,
        )
        article.areas.set(areas)
        photos = 0
        for order, image in enumerate(draft.images):
            try:
                validate_image(image)
            except ValidationError:
                continue  # a drawing or an unsupported format in the document: skip it
            Photo.objects.create(article=article, image=image, order=order)
            photos += 1
        return article, photos
