"""Who the site belongs to and how to reach it (Decree 42/2022, Circular 22/2023).

- SiteIdentity: the one record of the agency behind the site, shown in every footer.
- Leader: a person with a title in a unit, for a term; the organization chart, the
  contact page and the footer's "Chịu trách nhiệm chính" all read the same row.
- ContactMessage: what a reader sent through the contact form, kept for the office.
- TranslationStamp: when each side of a translated text last changed (portal.freshness).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from core.cache import forget_on_change
from core.text import nfc
from news.images import photo_upload_to, strip_metadata, validate_image
from wards.models import Area, Unit

IDENTITY_CACHE_KEY = "portal:identity"
IDENTITY_CACHE_SECONDS = 600  # saves delete the key; this only bounds a missed delete


class SiteIdentity(models.Model):
    """The agency behind the site: one row (pk 1), cached; SITE_NAME names it until saved."""

    name = models.CharField(_("agency name"), max_length=200)
    area = models.ForeignKey(
        Area,
        verbose_name=_("area served"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The ward (or commune) this site is the portal of."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    responsible = models.ForeignKey(
        "Leader",
        verbose_name=_("person responsible for content"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Shown as “Chịu trách nhiệm chính” in the footer."),
    )
    licence = models.CharField(
        _("licence or decision"),
        max_length=300,
        blank=True,
        help_text=_("The licence or decision that set up the portal, with its number and date."),
    )
    introduction = models.TextField(_("short introduction"), blank=True)
    history = models.TextField(_("history"), blank=True)
    area_km2 = models.DecimalField(
        _("natural area (km²)"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    map_url = models.URLField(_("map link"), max_length=500, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site identity")
        verbose_name_plural = _("site identity")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1  # one agency per site
        self.name = nfc(self.name).strip()
        super().save(*args, **kwargs)

    @classmethod
    def current(cls):
        """The saved identity, or a first-run one named SITE_NAME: one query, cached until
        the identity, a leader, a unit or an area changes."""

        def load():
            found = cls.objects.select_related("area", "responsible__unit").first()
            return found or cls(name=settings.SITE_NAME)

        return cache.get_or_set(IDENTITY_CACHE_KEY, load, IDENTITY_CACHE_SECONDS)

    @property
    def area_shown(self):
        """The natural area as written in Vietnamese: 24,3 (no trailing zeros)."""
        return self.area_km2 and number_format(self.area_km2.normalize(), force_grouping=True)

    def units(self, leaders=True):
        """The organization chart: the units of the area served (all units before one is
        set), in the administrator's order, each with its serving leaders: two queries
        (one without `leaders`)."""
        units = Unit.objects.filter(area=self.area_id) if self.area_id else Unit.objects.all()
        if not leaders:
            return units
        serving = Leader.objects.serving().order_by("order", "pk")
        return units.prefetch_related(
            Prefetch("leaders", queryset=serving, to_attr="serving_leaders")
        )


class LeaderQuerySet(models.QuerySet):
    def serving(self, day=None):
        """Leaders whose term covers `day` (today): an open start or end counts as serving."""
        day = day or timezone.localdate()
        return self.filter(
            Q(term_start__isnull=True) | Q(term_start__lte=day),
            Q(term_end__isnull=True) | Q(term_end__gte=day),
        )


class Leader(models.Model):
    """A person with a title in a unit, for a term: one row that every page follows."""

    name = models.CharField(_("full name"), max_length=120)
    title = models.CharField(_("title"), max_length=200, help_text=_("e.g. Chủ tịch UBND phường"))
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="leaders"
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    photo = models.ImageField(
        _("photo"), upload_to=photo_upload_to, validators=[validate_image], blank=True
    )
    term_start = models.DateField(_("term from"), null=True, blank=True)
    term_end = models.DateField(_("term to"), null=True, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = LeaderQuerySet.as_manager()

    class Meta:
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")
        ordering = ["unit__order", "order", "pk"]
        indexes = [models.Index(fields=["unit", "order"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(term_end__isnull=True)
                | Q(term_start__isnull=True)
                | Q(term_end__gte=models.F("term_start")),
                name="leader_term_ends_after_it_starts",
                violation_error_message=_("A term cannot end before it starts."),
            )
        ]

    def __str__(self):
        return f"{self.title} {self.name}"

    def save(self, *args, **kwargs):
        self.name = " ".join(nfc(self.name).split())
        strip_metadata(self.photo)
        super().save(*args, **kwargs)


class ContactMessageQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=ContactMessage.Status.NEW)


class ContactMessage(models.Model):
    """A reader's message from the contact page; the office answers by e-mail."""

    class Status(models.TextChoices):
        NEW = "moi", _("new")
        ANSWERED = "da-tra-loi", _("answered")
        SPAM = "spam", _("spam")

    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.NEW)
    note = models.TextField(_("office's note"), blank=True)
    # A keyed hash of the sender's address (core.readers): rate limits, never identity.
    sender_hash = models.CharField(max_length=64, editable=False, blank=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.subject


class TranslationStamp(models.Model):
    """When the Vietnamese and the English of one translated field last changed."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=60)
    vi_changed_at = models.DateTimeField(null=True)
    en_changed_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field"], name="one_stamp_per_field"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}:{self.field}"

    @property
    def is_stale(self):
        return bool(self.en_changed_at and self.vi_changed_at) and (
            self.en_changed_at < self.vi_changed_at
        )


# The footer shows the identity, its area and its responsible leader with their unit.
forget_on_change(IDENTITY_CACHE_KEY, SiteIdentity, Leader, Unit, Area)
