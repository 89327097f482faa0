"""Demo content: a fictional town with wards, units, sections, articles and photos.

Idempotent: running it again adds nothing that is already there. `--articles N`
adds N generated articles with bulk_create, for benchmarks.
"""

import random
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from comments.models import Comment
from demo import data as demo_data
from demo import documents as demo_documents
from demo import mobilization as demo_mobilization
from demo import portal as demo_portal
from demo.images import meeting_photo
from news.models import Article, Photo, Rating, Section, SidebarBlock, SidebarLink
from news.sanitize import text_to_html
from wards.models import Area, Unit

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "tinphuong-demo"


class Command(BaseCommand):
    help = "Load the demo town, its news and an administrator (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=0, help="also add N generated articles")
        parser.add_argument("--no-photos", action="store_true", help="skip drawing photos")
        parser.add_argument(
            "--admin-password",
            help="the administrator's password; without it, one is made only while DEBUG is on",
        )

    def handle(self, *args, articles, no_photos, admin_password, **options):
        with transaction.atomic():
            areas = self.load_areas()
            units = self.load_units(areas)
            sections = self.load_sections()
            self.load_sidebar()
            demo_portal.load()  # the ward portal after the 2025 reform, in two languages
            created = self.load_articles(areas, units, sections, photos=not no_photos)
            demo_documents.load(self.stdout, areas, units, sections)
        self.stdout.write(f"Demo: {created} bài viết mới, {Article.objects.count()} bài viết.")
        demo_mobilization.load(self.stdout)
        if articles:
            self.generate(articles, list(areas.values()), list(sections.values()))
        self.ensure_admin(admin_password)

    def load_areas(self):
        areas = {}
        for item in demo_data.AREAS:
            area, _ = Area.objects.get_or_create(
                slug=item["key"],
                defaults={
                    "kind": item["kind"],
                    "name": item["name"],
                    "parent": areas.get(item["parent"]),
                    "description": item.get("description", ""),
                },
            )
            areas[item["key"]] = area
        for item in demo_data.AREAS:
            if item.get("merged_into"):
                Area.objects.filter(slug=item["key"]).update(
                    dissolved_on=date.fromisoformat(item["dissolved_on"]),
                    merged_into=areas[item["merged_into"]],
                )
        return areas

    def load_units(self, areas):
        units = {}
        for order, item in enumerate(demo_data.UNITS):
            units[item["key"]], _ = Unit.objects.get_or_create(
                slug=item["key"],
                defaults={
                    "kind": item["kind"],
                    "name": item["name"],
                    "area": areas[item["area"]],
                    "functions": item.get("functions", ""),
                    "address": item.get("address", ""),
                    "phone": item.get("phone", ""),
                    "email": item.get("email", ""),
                    "order": order,
                },
            )
        return units

    def load_sections(self):
        sections = {}
        for order, item in enumerate(demo_data.SECTIONS):
            top, _ = Section.objects.get_or_create(
                slug=item["key"], defaults={"name": item["name"], "order": order}
            )
            sections[item["key"]] = top
            for child_order, child in enumerate(item.get("children", [])):
                sections[child["key"]], _ = Section.objects.get_or_create(
                    slug=child["key"],
                    defaults={"name": child["name"], "parent": top, "order": child_order},
                )
        return sections

    def load_sidebar(self):
        for order, item in enumerate(demo_data.SIDEBAR):
            block, created = SidebarBlock.objects.get_or_create(
                title=item["title"], defaults={"order": order}
            )
            if created:
                for link_order, (title, url) in enumerate(item["links"]):
                    SidebarLink.objects.create(block=block, title=title, url=url, order=link_order)

    def load_articles(self, areas, units, sections, photos=True):
        now = timezone.localtime()
        existing = set(Article.objects.values_list("title", flat=True))
        created = 0
        for number, item in enumerate(demo_data.ARTICLES):
            if item["title"] in existing:
                continue
            published_at = (now - timedelta(days=item["days_ago"])).replace(
                hour=item.get("hour", 8), minute=item.get("minute", 0), second=0, microsecond=0
            )
            article = Article(
                title=item["title"],
                sapo=item["sapo"],
                body=text_to_html("\n\n".join(item["paragraphs"])),
                section=sections[item["section"]],
                author=item.get("author", ""),
                source=item.get("source", ""),
                event_date=published_at.date() - timedelta(days=1),
                status=Article.Status.PUBLISHED,
                published_at=published_at,
                featured=item.get("featured", False),
                views=random.Random(number).randint(40, 2500),
            )
            captions = item.get("photos", [])
            if photos and captions:
                article.cover = meeting_photo(number * 10)
                article.cover_caption = captions[0]
            article.save()
            article.areas.set([areas[key] for key in item.get("areas", [])])
            article.units.set([units[key] for key in item.get("units", [])])
            if photos:
                for order, caption in enumerate(captions[1:], start=1):
                    Photo.objects.create(
                        article=article,
                        image=meeting_photo(number * 10 + order),
                        caption=caption,
                        order=order,
                    )
            self.add_readers_voice(article, number, units)
            created += 1
        return created

    def add_readers_voice(self, article, number, units):
        """A few comments (most approved, one with the ward's reply) and star ratings."""
        rng = random.Random(number)
        texts = demo_data.COMMENTS
        comments = [
            Comment.objects.create(
                article=article,
                name=name,
                email=f"bandoc{number}-{i}@example.com",
                content=content,
                created_at=article.published_at + timedelta(hours=3 + i * 5),
            )
            for i, (name, content) in enumerate(rng.sample(texts, rng.randint(0, 4)))
        ]
        if comments:
            approved = [c.pk for c in comments[:-1] or comments]
            Comment.objects.filter(pk__in=approved).moderate(Comment.Status.APPROVED)
            if "?" in comments[0].content:
                Comment.objects.filter(pk=comments[0].pk).update(
                    reply="Cảm ơn bạn đọc đã quan tâm. Nội dung này đã được chuyển đến bộ "
                    "phận chuyên môn để trả lời cụ thể.",
                    reply_unit=next(iter(units.values())),
                    replied_at=timezone.now(),
                )
        for reader in range(rng.randint(0, 12)):
            Rating.objects.record(
                article.pk, f"demo-{number}-{reader}", rng.choice([3, 4, 4, 5, 5])
            )

    def generate(self, count, areas, sections, batch=2000):
        """Add `count` articles fast, texts recombined from the demo: built and inserted
        `batch` at a time with bulk_create, so memory stays flat whatever `count`."""
        rng = random.Random(count)
        now = timezone.now()
        sources = demo_data.ARTICLES
        through = Article.areas.through
        for start in range(0, count, batch):
            chunk = []
            for i in range(start, min(start + batch, count)):
                item = sources[i % len(sources)]
                paragraphs = rng.sample(item["paragraphs"], len(item["paragraphs"]))
                article = Article(
                    title=f"{item['title']} (bản tin số {i + 1})",
                    sapo=item["sapo"],
                    body=text_to_html("\n\n".join(paragraphs)),
                    section=rng.choice(sections),
                    author=item.get("author", ""),
                    source=item.get("source", ""),
                    status=Article.Status.PUBLISHED,
                    published_at=now - timedelta(minutes=rng.randint(60, 60 * 24 * 365 * 5)),
                    views=rng.randint(0, 5000),
                )
                article.prepare()
                chunk.append(article)
            with transaction.atomic():
                chunk = Article.objects.bulk_create(chunk)
                through.objects.bulk_create(
                    through(article_id=article.pk, area_id=rng.choice(areas).pk)
                    for article in chunk
                )
        self.stdout.write(f"Đã thêm {count} bài viết sinh tự động.")

    def ensure_admin(self, password=None):
        """The administrator: the known demo password only in development (DEBUG on)."""
        User = get_user_model()
        if User.objects.filter(username=ADMIN_USERNAME).exists():
            self.stdout.write(f"Quản trị viên: {ADMIN_USERNAME} (đã có).")
            return
        if password is None and not settings.DEBUG:
            self.stdout.write(
                "Không tạo quản trị viên: DEBUG đang tắt. Dùng --admin-password "
                "hoặc manage.py createsuperuser."
            )
            return
        User.objects.create_superuser(ADMIN_USERNAME, "admin@localhost", password or ADMIN_PASSWORD)
        shown = "(mật khẩu đã cho)" if password else ADMIN_PASSWORD
        self.stdout.write(
            f"Đã tạo quản trị viên: {ADMIN_USERNAME} / {shown} "
            "(đổi mật khẩu trước khi đưa lên mạng)."
        )
