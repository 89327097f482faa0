"""The ward's "Dân vận khéo" models: who runs them, where, in which field, how far they
went (dated status history), what they achieved, and the articles about them.

The history (StatusChange) is the record; an Initiative's `status`, `level` and
`recognised_on` are copied from it by `refresh_status()` so lists and counts read one row.
"""

from django.db import models, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import pagecache
from core.text import fold, nfc, unique_slug
from news.images import rendition
from news.models import Article, CaptionedPhoto
from wards.models import Area, Unit

# The fields ward reports count models by (migration 0002 adds them; administrators may
# add, rename or reorder).
STARTING_SECTORS = [
    ("Kinh tế", "kinh-te"),
    ("Văn hóa – xã hội", "van-hoa-xa-hoi"),
    ("Quốc phòng – an ninh", "quoc-phong-an-ninh"),
    ("Xây dựng Đảng và hệ thống chính trị", "xay-dung-dang-va-he-thong-chinh-tri"),
    ("Kết cấu hạ tầng, chỉnh trang đô thị", "ket-cau-ha-tang-chinh-trang-do-thi"),
    ("Khác", "khac"),
]


def add_starting_sectors(sector_model):
    """The starting fields, where missing (idempotent); `sector_model` may be a migration's."""
    for order, (name, slug) in enumerate(STARTING_SECTORS):
        sector_model.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})


class Sector(models.Model):
    """A field of work ("lĩnh vực"): kinh tế, văn hóa – xã hội… an editable list."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("field")
        verbose_name_plural = _("fields")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        if not self.slug:
            self.slug = unique_slug(Sector, self.name, instance_pk=self.pk)
        super().save(*args, **kwargs)


class Status(models.TextChoices):
    REGISTERED = "dang-ky", _("registered")
    RUNNING = "dang-thuc-hien", _("running")
    RECOGNISED = "duoc-cong-nhan", _("recognised")
    REPLICATED = "nhan-rong", _("replicated")
    STOPPED = "dung", _("stopped")


class Level(models.TextChoices):
    """Who recognised a model, lowest first (the order is the rank)."""

    WARD = "phuong", _("ward level")
    PROVINCE = "tinh", _("province level")
    CENTRAL = "trung-uong", _("central level")


LEVEL_RANK = {level: rank for rank, level in enumerate(Level.values, start=1)}


class Kind(models.TextChoices):
    COLLECTIVE = "tap-the", _("collective")
    INDIVIDUAL = "ca-nhan", _("individual")


class InitiativeQuerySet(models.QuerySet):
    def for_listing(self):
        """What a list row shows, in two queries: field and area joined, units prefetched."""
        return (
            self.select_related("sector", "area")
            .prefetch_related("units")
            .defer("description", "search_text")
            .order_by("-year", "name", "pk")
        )

    def in_area(self, area):
        """Models of `area` and of every area below it (residential groups…)."""
        from newsroom.scope import _below

        return self.filter(area__in=_below({area.pk}))

    def in_scope(self, user):
        """Models whose area (or one of whose units) is in `user`'s scope."""
        from newsroom import scope

        areas = scope.area_ids(user)
        if areas is None:
            return self
        links = Initiative.units.through.objects.filter(unit_id__in=scope.unit_ids(user))
        return self.filter(Q(area__in=areas) | Q(pk__in=links.values("initiative_id")))

    def recognised_in(self, year):
        """Models recognised (at any level) during `year`, from the dated history."""
        changes = StatusChange.objects.filter(status=Status.RECOGNISED, on__year=year)
        return self.filter(pk__in=changes.values("initiative_id"))

    def counts(self):
        """{"sector": [(Sector, n)], "status": [(Status, n)], "level": [(Level, n)],
        "year": [(year, n)], "kind": {Kind: n}, "total": n}: four grouped queries."""
        rows = self.order_by()
        sectors = dict(rows.values_list("sector").annotate(n=Count("pk")))
        by_sector = [(s, sectors[s.pk]) for s in Sector.objects.filter(pk__in=list(sectors))]
        by_sector.sort(key=lambda pair: (-pair[1], pair[0].order, pair[0].name))
        grouped = {
            name: dict(rows.values_list(name).annotate(n=Count("pk")))
            for name in ("status", "level", "kind")
        }
        years = sorted(rows.values_list("year").annotate(n=Count("pk")))
        return {
            "total": sum(sectors.values()),
            "sector": by_sector,
            "status": [(s, grouped["status"].get(s, 0)) for s in Status],
            "level": [(lv, grouped["level"].get(lv, 0)) for lv in Level],
            "kind": {k: grouped["kind"].get(k, 0) for k in Kind},
            "year": years,
        }

    def recognised_per_year(self):
        """[(year, models recognised that year)] from the history: one grouped query."""
        changes = StatusChange.objects.filter(
            status=Status.RECOGNISED, initiative__in=self.order_by().values("pk")
        )
        rows = (
            changes.values_list("on__year")
            .annotate(n=Count("initiative", distinct=True))
            .order_by("on__year")
        )
        return list(rows)


class Initiative(models.Model):
    """A "Dân vận khéo" model (mô hình): a collective's work, or a person ("điển hình")."""

    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="initiatives"
    )
    units = models.ManyToManyField(
        Unit, verbose_name=_("units running it"), blank=True, related_name="initiatives"
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("field"), on_delete=models.PROTECT, related_name="initiatives"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.COLLECTIVE)
    year = models.PositiveSmallIntegerField(_("year registered"))
    description = models.TextField(_("short description"), blank=True)
    articles = models.ManyToManyField(
        Article,
        verbose_name=_("articles"),
        blank=True,
        related_name="initiatives",
        through="ArticleLink",
    )
    # Copied from the history by refresh_status(); never typed.
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED,
        editable=False,
    )  # fmt: skip
    status_on = models.DateField(_("status since"), null=True, blank=True, editable=False)
    level = models.CharField(
        _("recognised at"), max_length=20, choices=Level.choices, blank=True, editable=False
    )
    recognised_on = models.DateField(_("recognised on"), null=True, blank=True, editable=False)
    search_text = models.TextField(blank=True, editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("model")
        verbose_name_plural = _("models")
        ordering = ["-year", "name"]
        indexes = [models.Index(fields=["status"]), models.Index(fields=["year"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.description = nfc(self.description).strip()
        if not self.slug:
            self.slug = unique_slug(Initiative, self.name, instance_pk=self.pk, max_length=120)
        # Padded folded words, as search.query matches them (whole words, any diacritics).
        self.search_text = f" {fold(self.name)} | {fold(self.description)} "
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("mobilization:detail", args=[self.slug])

    def move(self, status, on=None, level="", note="", by=None):
        """A dated step of the history (today by default); the copies follow."""
        with transaction.atomic():
            StatusChange.objects.create(
                initiative=self, status=status, on=on or timezone.localdate(), level=level,
                note=note, by=by,
            )  # fmt: skip
            self.refresh_status()

    def refresh_status(self):
        """Status, level and recognition date from the history: one read, one UPDATE.
        With no history yet, the model counts as registered on 1 January of its year."""
        steps = list(self.history.order_by("on", "pk"))
        if not steps:
            steps = [
                StatusChange.objects.create(
                    initiative=self, status=Status.REGISTERED, on=f"{self.year}-01-01"
                )
            ]
        last = steps[-1]
        top = max(
            (s for s in steps if s.level), key=lambda s: LEVEL_RANK[s.level], default=None
        )  # the highest level reached, first reached
        self.status, self.status_on = last.status, last.on
        self.level = top.level if top else ""
        self.recognised_on = top.on if top else None
        Initiative.objects.filter(pk=self.pk).update(
            status=self.status, status_on=self.status_on, level=self.level,
            recognised_on=self.recognised_on,
        )  # fmt: skip
        pagecache.changed_now_and_on_commit()  # an UPDATE sends no signal

    def public_articles(self):
        return self.articles.published().for_listing()


class StatusChange(models.Model):
    """One dated step of a model's life: registered, running, recognised (by whom)…"""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    level = models.CharField(
        _("recognised at"), max_length=20, choices=Level.choices, blank=True,
        help_text=_("Only when a level recognised it."),
    )  # fmt: skip
    on = models.DateField(_("date"), default=timezone.localdate)
    note = models.CharField(_("note"), max_length=300, blank=True)
    by = models.ForeignKey(
        "auth.User", verbose_name=_("by"), on_delete=models.SET_NULL, null=True, blank=True,
        editable=False, related_name="+",
    )  # fmt: skip

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status history")
        ordering = ["on", "pk"]
        indexes = [models.Index(fields=["status", "on"])]

    def __str__(self):
        return f"{self.get_status_display()} ({self.on:%d/%m/%Y})"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.level and self.status != Status.RECOGNISED:
            raise ValidationError({"level": _("A level is given only with “recognised”.")})
        if self.status == Status.RECOGNISED and not self.level:
            raise ValidationError({"level": _("Say which level recognised it.")})


class Result(models.Model):
    """A number the ward reports: "2.560 m² đất hiến", "34 nhà cho hộ nghèo"."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="results")
    value = models.DecimalField(_("number"), max_digits=14, decimal_places=2)
    unit = models.CharField(
        _("unit"), max_length=40, blank=True, help_text=_("m², houses, million dong…")
    )
    label = models.CharField(
        _("what"), max_length=200, blank=True, help_text=_("land donated, roads lit…")
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")
        ordering = ["order", "pk"]

    def __str__(self):
        from core.numbers import vi_number

        return " ".join(part for part in (vi_number(self.value), self.unit, self.label) if part)

    def save(self, *args, **kwargs):
        self.unit, self.label = nfc(self.unit).strip(), nfc(self.label).strip()
        super().save(*args, **kwargs)


class InitiativePhoto(CaptionedPhoto):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="photos")

    image_480 = rendition("image", 480)
    image_800 = rendition("image", 800)
    image_1200 = rendition("image", 1200)


class ArticleLink(models.Model):
    """An article about a model: shown on both pages."""

    initiative = models.ForeignKey(
        Initiative, verbose_name=_("model"), on_delete=models.CASCADE, related_name="links"
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="initiative_links",
    )

    class Meta:
        verbose_name = _("related model")
        verbose_name_plural = _("related models")
        constraints = [
            models.UniqueConstraint(fields=["initiative", "article"], name="one_link_per_pair")
        ]

    def __str__(self):
        return f"{self.initiative} – {self.article}"
