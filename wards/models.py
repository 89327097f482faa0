"""Administrative areas (a tree of any depth) and the organizations in them."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.text import nfc, unique_slug


class Area(models.Model):
    """A province, district, ward or residential group; wards may be merged away."""

    class Kind(models.TextChoices):
        PROVINCE = "tinh", _("Province")
        MUNICIPALITY = "thanh-pho-tw", _("Centrally-run city")
        URBAN_DISTRICT = "quan", _("Urban district")
        RURAL_DISTRICT = "huyen", _("Rural district")
        TOWN = "thi-xa", _("Town")
        PROVINCIAL_CITY = "thanh-pho", _("Provincial city")
        WARD = "phuong", _("Ward")
        COMMUNE = "xa", _("Commune")
        TOWNSHIP = "thi-tran", _("Township")
        SPECIAL_ZONE = "dac-khu", _("Special zone")
        RESIDENTIAL_GROUP = "to-dan-pho", _("Residential group")
        QUARTER = "khu-pho", _("Quarter")
        VILLAGE = "thon", _("Village")
        HAMLET = "ap", _("Hamlet")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    code = models.CharField(_("official code"), max_length=20, unique=True, null=True, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    dissolved_on = models.DateField(_("dissolved on"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged_from",
    )
    description = models.TextField(_("introduction"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["order", "name"]
        indexes = [models.Index(fields=["parent", "order", "name"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        if not self.slug:
            parent_slug = self.parent.slug if self.parent_id else None
            self.slug = unique_slug(
                Area, self.name, instance_pk=self.pk, suffixes=[parent_slug, self.code]
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("wards:area", args=[self.slug])

    def ancestors(self):
        """Parents from the top down; load with select_related("parent__parent__parent")."""
        chain, area = [], self
        while area.parent_id and len(chain) < 3:
            area = area.parent
            chain.insert(0, area)
        return chain

    def breadcrumbs(self):
        return [(area.name, area.get_absolute_url()) for area in [*self.ancestors(), self]]

    def news_area_ids(self):
        """This area, its direct sub-areas and areas merged into it: one query."""
        ids = Area.objects.filter(models.Q(parent=self) | models.Q(merged_into=self)).values_list(
            "pk", flat=True
        )
        return [self.pk, *ids]


class Unit(models.Model):
    """An organization of an area: Đảng ủy, UBND, Ủy ban MTTQ, Đoàn Thanh niên…"""

    class Kind(models.TextChoices):
        PARTY_COMMITTEE = "dang-uy", _("Party committee")
        PARTY_CELL = "chi-bo", _("Party cell")
        COUNCIL = "hdnd", _("People's Council")
        PEOPLES_COMMITTEE = "ubnd", _("People's Committee")
        FATHERLAND_FRONT = "mttq", _("Fatherland Front Committee")
        YOUTH_UNION = "doan-thanh-nien", _("Youth Union")
        WOMENS_UNION = "hoi-phu-nu", _("Women's Union")
        VETERANS = "hoi-cuu-chien-binh", _("Veterans' Association")
        FARMERS = "hoi-nong-dan", _("Farmers' Association")
        POLICE = "cong-an", _("Police")
        MILITARY = "quan-su", _("Military Command")
        MOBILIZATION = "ban-dan-van", _("Mass Mobilization Board")
        OTHER = "khac", _("Other")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="units"
    )
    functions = models.TextField(_("functions and duties"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        if not self.slug:
            self.slug = unique_slug(Unit, self.name, instance_pk=self.pk, suffixes=[self.area.slug])
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("wards:unit", args=[self.slug])
