"""Sections, articles with their photos, and the sidebar's link blocks."""

from functools import reduce
from operator import or_

import reversion
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import IntegrityError, connections, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_ckeditor_5.fields import CKEditor5Field

from core import pagecache
from core.cache import forget_on_change
from core.text import nfc, slugify_vi, unique_slug
from search.text import build_search_text
from wards.models import Area, Unit

from . import body as body_html
from .images import image_size, photo_upload_to, rendition, strip_metadata, validate_image
from .sanitize import clean_html
from .workflow import Workflow

MENU_CACHE_KEY = "news:menu"
SIDEBAR_CACHE_KEY = "news:sidebar"
# Changes delete these keys (see the end of this module); the timeout only bounds
# staleness if a delete was missed (say, during a Redis outage).
CHROME_CACHE_SECONDS = 600


class Section(models.Model):
    """A category of news; two levels at most, ordered by an administrator."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent section"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
    )
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    show_on_home = models.BooleanField(_("show on home page"), default=True)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["order", "name"]

    def __str__(self):
        return f"{self.parent} › {self.name}" if self.parent_id else self.name

    def clean(self):
        if self.parent_id:
            if self.parent_id == self.pk or self.parent.parent_id:
                raise ValidationError({"parent": _("Sections have two levels at most.")})
            if self.pk and self.children.exists():
                raise ValidationError(
                    {"parent": _("This section has sub-sections, so it must stay on top.")}
                )

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        if not self.slug:
            self.slug = unique_slug(Section, self.name, instance_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:section", args=[self.slug])

    def family_ids(self):
        """This section's id and its sub-sections' (from the cached menu: no query)."""
        for top, children in Section.menu():
            if top.pk == self.pk:
                return [top.pk, *(child.pk for child in children)]
        return [self.pk]

    def breadcrumbs(self):
        """(name, url) pairs from the top section down to this one."""
        chain = [self.parent, self] if self.parent_id else [self]
        return [(section.name, section.get_absolute_url()) for section in chain]

    @classmethod
    def menu(cls):
        """Top sections with their children: one query, cached until a section changes."""

        def load():
            sections = list(cls.objects.all())
            return [
                (top, [child for child in sections if child.parent_id == top.pk])
                for top in sections
                if top.parent_id is None
            ]

        return cache.get_or_set(MENU_CACHE_KEY, load, CHROME_CACHE_SECONDS)


def _agency_name():
    """The site's agency (portal's identity, cached; SITE_NAME until one is saved)."""
    from portal.models import SiteIdentity

    return SiteIdentity.current().name


COUNTER_FIELDS = {"views", "comment_count", "rating_count", "rating_sum"}
TITLE_MAX = 500  # a real ward report's title measured 316 characters
SLUG_MAX = 120  # cut at a word: URLs stay short whatever the title


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Readers see published articles whose publish time has come and whose "hide
        after" time has not: scheduling and expiry need no cron."""
        now = timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now).exclude(
            hide_after__lte=now
        )

    def next_scheduled_change(self):
        """When the next scheduled article appears or an expiring one goes: two indexed
        reads (the page cache starts a new generation then)."""
        now = timezone.now()
        moments = [
            self.filter(status=Article.Status.PUBLISHED, published_at__gt=now)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first(),
            self.filter(hide_after__gt=now)
            .order_by("hide_after")
            .values_list("hide_after", flat=True)
            .first(),
        ]
        return min((moment for moment in moments if moment), default=None)

    def for_listing(self):
        """What a card needs, in one query: the section joined, no body or search text."""
        return (
            self.select_related("section")
            .defer(
                "body",
                "sapo",
                "search_text",
                "review_note",
                "created_by",
                "updated_by",
                "created_at",
            )  # fmt: skip
            .order_by("-published_at", "-pk")
        )

    def about(self, area_ids):
        """Articles about any of `area_ids`, by key through the link table: no DISTINCT
        over article rows, which made paginating a ward's news count a join."""
        links = Article.areas.through.objects.filter(area_id__in=area_ids)
        return self.filter(pk__in=links.values("article_id"))

    def for_page(self):
        """What the article page shows besides comments: section, photos, areas (with the
        ward each was merged into) and units, in four queries."""
        areas = models.Prefetch("areas", queryset=Area.objects.select_related("merged_into"))
        return self.select_related("section__parent").prefetch_related("photos", areas, "units")

    def desk_for(self, user, limit=10):
        """What waits for `user` on their admin desk: {block name: (articles, count)}.

        One query per block (a count only where the desk shows "N"), whatever the number of
        articles; blocks the user's role has no use for are left out.
        """
        from newsroom import roles, scope  # newsroom's rules know nothing of articles

        columns = ["pk", "title", "status", "review_note", "published_at", "updated_at",
                   "created_by_id", "revision_of_id"]  # fmt: skip
        rows = self.only(*columns).order_by("-updated_at", "-pk")
        desk = {}
        if roles.can_write(user):
            mine = rows.filter(created_by=user)
            desk["drafts"] = (list(mine.filter(status=Article.Status.DRAFT)[:limit]), None)
            desk["returned"] = (list(mine.filter(status=Article.Status.RETURNED)[:limit]), None)
        if roles.can_review(user):
            waiting = scope.limit(rows.filter(status=Article.Status.REVIEW), user)
            if not roles.may_approve_own(user):
                waiting = waiting.exclude(created_by=user)
            desk["waiting"] = (list(waiting[:limit]), waiting.count())
            ahead = rows.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
            desk["scheduled"] = (
                list(scope.limit(ahead, user).order_by("published_at")[:limit]),
                None,
            )
        return desk

    def newest_of_each(self, sections, n):
        """{section id: its newest `n` articles, sub-sections included}, in one query
        (a window over all of them would sort 100,000 rows to keep thirty)."""
        found = {section.pk: [] for section in sections}
        if not sections:
            return found
        tops = [self.in_section(section).order_by("-published_at", "-pk").values("pk")[:n]
                for section in sections]  # fmt: skip
        top_of = {pk: section.pk for section in sections for pk in section.family_ids()}
        for article in self.in_any(tops):
            found[top_of[article.section_id]].append(article)
        return found

    def in_any(self, parts):
        """Those whose pk is in any of the sliced querysets `parts`, in one query.

        PostgreSQL reads the parts as one UNION ALL, each an indexed ORDER BY … LIMIT (an
        IN over ORed subqueries scans every article: 50–90 ms at 100,000). SQLite, which
        cannot slice the parts of a UNION, takes the ORed form.
        """
        if connections[self.db].features.supports_slicing_ordering_in_compound:
            return self.filter(pk__in=parts[0].union(*parts[1:], all=True))
        return self.filter(reduce(or_, (models.Q(pk__in=part) for part in parts)))

    def in_section(self, section):
        """Articles of a section and of its sub-sections: `section_id IN (…)`, which the
        (section, status, published_at) index serves, unlike an OR over the parent."""
        return self.filter(section_id__in=section.family_ids())


@reversion.register(follow=["photos"], exclude=[*COUNTER_FIELDS, "search_text"])
class Article(Workflow, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("Awaiting review")
        RETURNED = "returned", _("Returned to the editor")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    title = models.CharField(_("title"), max_length=TITLE_MAX)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        blank=True,
        help_text=_("Filled from the title. Old links keep working if it changes."),
    )
    sapo = models.TextField(_("lead paragraph"), max_length=1500, blank=True)
    body = CKEditor5Field(_("body"), config_name="default", blank=True)
    cover = models.ImageField(
        _("cover photo"),
        upload_to=photo_upload_to,
        validators=[validate_image],
        blank=True,
    )
    # Kept on save, so pages size the photo without opening its file.
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_caption = models.CharField(_("cover caption"), max_length=300, blank=True)
    author = models.CharField(
        _("author"),
        max_length=200,
        blank=True,
        help_text=_("Several names separated by a dash: Thu Hằng – Thanh Trúc"),
    )
    source = models.CharField(_("source"), max_length=200, blank=True)
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    areas = models.ManyToManyField(
        Area, verbose_name=_("areas"), blank=True, related_name="articles"
    )
    units = models.ManyToManyField(
        Unit, verbose_name=_("units"), blank=True, related_name="articles"
    )
    event_date = models.DateField(_("event date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("publish time"),
        null=True,
        blank=True,
        help_text=_("A future time schedules the article."),
    )
    hide_after = models.DateTimeField(
        _("hide after"),
        null=True,
        blank=True,
        help_text=_("Optional: the article leaves public pages at this time."),
    )
    review_note = models.TextField(_("reason for returning"), blank=True)
    import_note = models.TextField(
        _("import note"),
        blank=True,
        editable=False,
        help_text=_("What the import of this article found that the editor should check."),
    )
    revision_of = models.ForeignKey(
        "self",
        verbose_name=_("change to"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="proposed_edits",
        help_text=_("A draft of a change to this published article."),
    )
    revised_at = models.DateTimeField(_("content updated"), null=True, blank=True, editable=False)
    featured = models.BooleanField(_("featured"), default=False)
    comments_open = models.BooleanField(_("comments open"), default=True)
    views = models.PositiveBigIntegerField(_("views"), default=0, editable=False)
    comment_count = models.PositiveIntegerField(_("approved comments"), default=0, editable=False)
    rating_count = models.PositiveIntegerField(_("ratings"), default=0, editable=False)
    rating_sum = models.PositiveBigIntegerField(_("sum of ratings"), default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Accent-folded title, sapo and text for search on any database (search/text.py).
    search_text = models.TextField(blank=True, editable=False, default="")

    cover_480 = rendition("cover", 480)
    cover_800 = rendition("cover", 800)
    cover_1200 = rendition("cover", 1200)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        permissions = [("review_article", _("Can approve, schedule, return and withdraw articles"))]
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            models.Index(fields=["-published_at", "-id"]),  # the admin's list
            models.Index(
                fields=["hide_after"],
                condition=models.Q(hide_after__isnull=False),
                name="news_article_expiring",
            ),
            models.Index(fields=["section", "status", "-published_at"]),
            models.Index(fields=["status", "featured", "-published_at"]),
            models.Index(fields=["-views"]),  # "most read"; moved only by a flush
            models.Index(fields=["-updated_at"], name="news_article_updated"),  # sitemaps
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.prepare()
        self.body = body_html.sized(self.body, BodyImage.objects.known)
        if not self._state.adding and kwargs.get("update_fields") is None:
            # Counters move with F() elsewhere; writing back the values read earlier
            # would undo views, votes and approvals that landed in between.
            kwargs["update_fields"] = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name not in COUNTER_FIELDS
            ]
        super().save(*args, **kwargs)

    def prepare(self):
        """Normalize text, sanitize the body, fill slug, cover size, publish time (no query)."""
        self.title = nfc(self.title).strip()
        self.sapo = nfc(self.sapo).strip()
        self.body = clean_html(self.body)
        self.cover_caption = nfc(self.cover_caption).strip()
        self.author = nfc(self.author).strip()
        self.source = nfc(self.source).strip()
        self.slug = slugify_vi(self.slug or self.title, SLUG_MAX) or "bai-viet"

        strip_metadata(self.cover)
        self.cover_width, self.cover_height = image_size(
            self.cover, self.cover_width, self.cover_height
        )
        if self.status == self.Status.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()
        self.search_text = build_search_text(self)

    def get_absolute_url(self):
        return reverse("news:article", kwargs={"slug": self.slug, "pk": self.pk})

    @property
    def cover_in_body(self):
        """The cover is also a photo of the body (a Word import's first photo): the page
        shows it there, once."""
        return bool(self.cover) and body_html.shows(self.body, self.cover.name)

    def get_print_url(self):
        return reverse("news:article-print", kwargs={"slug": self.slug, "pk": self.pk})

    @property
    def is_public(self):
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
            and not (self.hide_after and self.hide_after <= now)
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def rating_average(self):
        return self.rating_sum / self.rating_count if self.rating_count else 0

    def cover_url(self):
        """The largest cover rendition's URL, or None without a usable cover."""
        try:
            return self.cover_1200.url if self.cover else None
        except (OSError, ValueError):
            return None

    def json_ld(self, url, image_url=None):
        """schema.org NewsArticle for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.sapo,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": self.published_at,
            "dateModified": self.updated_at,
            "articleSection": self.section.name,
            "publisher": {"@type": "GovernmentOrganization", "name": _agency_name()},
        }
        if self.author:
            data["author"] = [
                {"@type": "Person", "name": name.strip()}
                for name in self.author.replace("–", ",").split(",")
                if name.strip()
            ]
        if image_url:
            data["image"] = [image_url]
        if self.rating_count:
            data["aggregateRating"] = {
                "@type": "AggregateRating",
                "ratingValue": round(self.rating_average, 1),
                "ratingCount": self.rating_count,
                "bestRating": 5,
                "worstRating": 1,
            }
        return data

    def neighbours(self, newer=5, older=8):
        """("Tin mới hơn", "Tin đã đưa") of the same section around this one: one query.

        Each side is an indexed ORDER BY … LIMIT subquery; the outer query reads both.
        """
        same = Article.objects.published().filter(section_id=self.section_id).exclude(pk=self.pk)
        after = models.Q(published_at__gt=self.published_at) | models.Q(
            published_at=self.published_at, pk__gt=self.pk
        )
        # The redundant bound on each side lets the date index start here, not at one end.
        newer_ids = (
            same.filter(after, published_at__gte=self.published_at)
            .order_by("published_at", "pk")
            .values("pk")[:newer]
        )
        older_ids = (
            same.exclude(after)
            .filter(published_at__lte=self.published_at)
            .order_by("-published_at", "-pk")
            .values("pk")[:older]
        )
        rows = Article.objects.for_listing().in_any([newer_ids, older_ids])
        here = (self.published_at, self.pk)
        later = [a for a in rows if (a.published_at, a.pk) > here]
        earlier = [a for a in rows if (a.published_at, a.pk) < here]
        return later[::-1], earlier  # rows come newest first

    def related(self, area_ids, limit=5):
        """Other articles about the same areas, newest first: one query."""
        if not area_ids:
            return Article.objects.none()
        return Article.objects.published().for_listing().about(area_ids).exclude(pk=self.pk)[:limit]


class RatingManager(models.Manager):
    def record(self, article_id, reader, value):
        """Record one reader's vote; a second vote from the same reader replaces the first.

        The article's rating_count and rating_sum move in the same transaction as the
        Rating row, with F() (no read-add-save), so concurrent votes never lose one. First
        vote: one INSERT and one UPDATE. Changed vote: a refused INSERT, one locked SELECT,
        two UPDATEs. Returns the reader's previous value, or None.
        """
        with transaction.atomic():
            try:
                with transaction.atomic():  # a savepoint: a refused INSERT spoils nothing
                    self.create(article_id=article_id, reader=reader, value=value)
                previous, count_change, sum_change = None, 1, value
            except IntegrityError:  # this reader voted before (perhaps a moment ago)
                rating = self.select_for_update().get(article_id=article_id, reader=reader)
                previous, count_change, sum_change = rating.value, 0, value - rating.value
                if sum_change:
                    rating.value = value
                    rating.save(update_fields=["value", "updated_at"])
            if count_change or sum_change:
                Article.objects.filter(pk=article_id).update(
                    rating_count=models.F("rating_count") + count_change,
                    rating_sum=models.F("rating_sum") + sum_change,
                )
                pagecache.changed_now_and_on_commit(f"article:{article_id}")
        return previous


class Rating(models.Model):
    """One reader's 1–5 stars for an article; a changed vote replaces the old one."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="ratings")
    reader = models.CharField(_("reader"), max_length=64)  # hash of the reader cookie
    value = models.PositiveSmallIntegerField(_("stars"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RatingManager()

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.UniqueConstraint(fields=["article", "reader"], name="one_rating_per_reader"),
            models.CheckConstraint(
                condition=models.Q(value__gte=1, value__lte=5), name="rating_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.article_id}: {self.value}"


class CaptionedPhoto(models.Model):
    """A photo with the caption readers see under it, its size stored and its metadata
    stripped when saved: an article's (Photo) or a model's (Dân vận khéo). Subclasses add
    what the photo belongs to and their renditions (imagekit makes them on a concrete
    model's save, so they are declared there)."""

    image = models.ImageField(
        _("photo"),
        upload_to=photo_upload_to,
        validators=[validate_image],
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.caption or self.image.name

    def save(self, *args, **kwargs):
        self.caption = nfc(self.caption).strip()
        strip_metadata(self.image)
        self.image_width, self.image_height = image_size(
            self.image, self.image_width, self.image_height
        )
        super().save(*args, **kwargs)


@reversion.register()
class Photo(CaptionedPhoto):
    """A photo in an article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="photos")

    image_480 = rendition("image", 480)
    image_800 = rendition("image", 800)
    image_1200 = rendition("image", 1200)


def body_upload_to(instance, filename):
    """uploads/2026/11/<random>.jpg, like the editor's uploads: never the sender's name."""
    return "uploads/" + photo_upload_to(instance, filename).split("/", 1)[1]


class BodyImageQuerySet(models.QuerySet):
    def known(self, names):
        """{file name: BodyImage} for `names`, registering the stored files not known yet
        (an upload from before body photos had renditions): one SELECT, then for each new
        file a size read, one INSERT and its renditions."""
        found = {image.image.name: image for image in self.filter(image__in=names)}
        for name in set(names) - set(found):
            if not default_storage.exists(name):
                continue
            try:
                with default_storage.open(name) as stored:
                    validate_image(stored)
            except (ValidationError, OSError):
                continue
            found[name] = self.create(image=name)
        return found


class BodyImage(models.Model):
    """A photo inside an article's body (the editor's upload, a Word file's or an old
    page's), known by its file name, with renditions made when it is saved."""

    image = models.ImageField(_("photo"), upload_to=body_upload_to, max_length=200, unique=True)
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    image_480 = rendition("image", 480)
    image_800 = rendition("image", 800)
    image_1200 = rendition("image", 1200)

    objects = BodyImageQuerySet.as_manager()

    class Meta:
        verbose_name = _("photo in an article's text")
        verbose_name_plural = _("photos in articles' text")

    def __str__(self):
        return self.image.name

    def save(self, *args, **kwargs):
        strip_metadata(self.image)  # a Word file's photo keeps no camera or GPS data
        self.width, self.height = image_size(self.image, self.width, self.height)
        super().save(*args, **kwargs)


class SidebarBlock(models.Model):
    """A titled list of links in the sidebar: "Liên kết website", "Thủ tục hành chính"…"""

    title = models.CharField(_("title"), max_length=120)
    order = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("shown"), default=True)

    class Meta:
        verbose_name = _("sidebar block")
        verbose_name_plural = _("sidebar blocks")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    @classmethod
    def for_sidebar(cls):
        """Shown blocks with their links: one query, cached until a block or link changes."""

        def load():
            links = SidebarLink.objects.filter(block__is_active=True).select_related("block")
            blocks = {}
            for link in links.order_by("block__order", "block_id", "order", "pk"):
                blocks.setdefault(link.block, []).append(link)
            return list(blocks.items())

        return cache.get_or_set(SIDEBAR_CACHE_KEY, load, CHROME_CACHE_SECONDS)


class SidebarLink(models.Model):
    block = models.ForeignKey(SidebarBlock, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), max_length=500)
    image = models.ImageField(
        _("image"),
        upload_to=photo_upload_to,
        validators=[validate_image],
        blank=True,
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["order", "pk"]

    def save(self, *args, **kwargs):
        strip_metadata(self.image)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.title


forget_on_change(MENU_CACHE_KEY, Section)
forget_on_change(SIDEBAR_CACHE_KEY, SidebarBlock, SidebarLink)
