"""The register of documents ("Văn bản"): kind, number and symbol, issuer, dates, legal
status, field, abstract and files; and the citations of them in articles."""

import re

from django.conf import settings
from django.db import models, transaction
from django.db.models import Case, F, Q, When
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import pagecache
from core.text import fold, nfc, slugify_vi
from news.workflow import NotAllowed
from newsroom import roles, scope
from newsroom.audit import Action, record
from wards.models import Area, Unit

from .citations import code_key
from .files import file_upload_to, mime_type, validate_document_file


class Topic(models.Model):
    """A field a document belongs to ("lĩnh vực"): Xây dựng Đảng, Dân vận, Kinh tế…"""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=140, unique=True, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("field")
        verbose_name_plural = _("fields")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or slugify_vi(self.name, 140)
        super().save(*args, **kwargs)


class Kind(models.TextChoices):
    RESOLUTION = "nghi-quyet", _("Resolution")
    DIRECTIVE = "chi-thi", _("Directive")
    CONCLUSION = "ket-luan", _("Conclusion")
    DECISION = "quyet-dinh", _("Decision")
    PLAN = "ke-hoach", _("Plan")
    LETTER = "cong-van", _("Official letter")
    NOTICE = "thong-bao", _("Notice")
    GUIDANCE = "huong-dan", _("Guidance")
    REPORT = "bao-cao", _("Report")
    PROGRAMME = "chuong-trinh", _("Programme")
    REGULATION = "quy-dinh", _("Regulation")
    DECREE = "nghi-dinh", _("Decree")
    CIRCULAR = "thong-tu", _("Circular")
    LAW = "luat", _("Law")
    SUBMISSION = "to-trinh", _("Submission")
    SCHEME = "de-an", _("Scheme")
    OTHER = "khac", _("Other document")


class DocumentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Document.Status.PUBLISHED)

    def for_listing(self):
        """A list's rows with their files: two queries."""
        return self.prefetch_related("files").order_by("-issued_on", "-pk")

    def number_first(self, typed):
        """Ordered so the document whose number was typed comes first ("chi thi 19": Chỉ
        thị 19-CT/TU before a plan whose abstract cites it), then the newest. No query."""
        numbers = re.findall(r"\d+", fold(typed))
        if not numbers:
            return self
        rank = Case(
            When(code_key=code_key(typed), then=0),
            When(code_key__startswith=f"{int(numbers[0])}-", then=1),
            default=2,
        )
        return self.alias(number_rank=rank).order_by("number_rank", "-issued_on", "-pk")

    def in_legal_status(self, value):
        """In force / expired / replaced / amended as readers mean it: a document in force
        whose expiry date has passed is expired."""
        today = timezone.localdate()
        lapsed = Q(status_in_law=Document.Legal.IN_FORCE, expires_on__lt=today)
        if value == Document.Legal.EXPIRED:
            return self.filter(Q(status_in_law=value) | lapsed)
        if value == Document.Legal.IN_FORCE:
            return self.filter(status_in_law=value).exclude(lapsed)
        return self.filter(status_in_law=value)

    def in_scope_of(self, user):
        """Documents of the user's areas (all for administrators)."""
        return scope.limit(self, user, units=None)


class Document(models.Model):
    """One document as issued, drafted by an editor and published by a publisher."""

    Kind = Kind

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class Legal(models.TextChoices):
        IN_FORCE = "in-force", _("In force")
        EXPIRED = "expired", _("Expired")
        REPLACED = "replaced", _("Replaced")
        AMENDED = "amended", _("Amended")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(
        _("number and symbol"),
        max_length=60,
        help_text=_("Exactly as issued: 19-CT/TU, 04-KH/ĐU, 42/2022/NĐ-CP."),
    )
    code_key = models.CharField(max_length=60, editable=False, db_index=True)
    issuer_unit = models.ForeignKey(
        Unit,
        verbose_name=_("issuing unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        help_text=_("One of our units; or type the issuing body below."),
    )
    issuer_name = models.CharField(
        _("issuing body"),
        max_length=200,
        blank=True,
        help_text=_("E.g. Ban Thường vụ Thành ủy; filled from the unit when empty."),
    )
    signer = models.CharField(_("signer"), max_length=200, blank=True)
    issued_on = models.DateField(_("issue date"))
    effective_on = models.DateField(_("effective date"), null=True, blank=True)
    expires_on = models.DateField(_("expiry date"), null=True, blank=True)
    status_in_law = models.CharField(
        _("legal status"), max_length=20, choices=Legal.choices, default=Legal.IN_FORCE
    )
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("replaced or amended by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supersedes",
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("field"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
    )
    abstract = models.TextField(_("abstract"), max_length=2000)
    areas = models.ManyToManyField(
        Area,
        verbose_name=_("areas"),
        blank=True,
        related_name="documents",
        help_text=_("Whose register it belongs to: who may edit and publish it."),
    )
    slug = models.SlugField(_("slug"), max_length=200, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("publish time"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    search_text = models.TextField(blank=True, editable=False, default="")

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-issued_on", "-pk"]
        permissions = [("publish_document", _("Can publish and withdraw documents"))]
        constraints = [
            models.UniqueConstraint(fields=["code_key", "issued_on"], name="one_document_per_code")
        ]
        indexes = [models.Index(fields=["status", "-issued_on"])]

    def __str__(self):
        return self.title_line()

    def title_line(self):
        """ "Chỉ thị số 19-CT/TU": kind, number and symbol, as texts cite it."""
        return _("%(kind)s no. %(code)s") % {"kind": self.get_kind_display(), "code": self.code}

    def save(self, *args, **kwargs):
        self.code = " ".join(nfc(self.code).split())
        self.code_key = code_key(self.code)
        self.abstract = nfc(self.abstract).strip()
        self.signer = nfc(self.signer).strip()
        self.issuer_name = nfc(self.issuer_name).strip()
        if not self.issuer_name and self.issuer_unit_id:
            self.issuer_name = self.issuer_unit.name
        self.slug = slugify_vi(f"{self.kind} {self.code}".replace("/", " "), 120) or "van-ban"
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def build_search_text(self):
        """Folded kind (in Vietnamese and English, whatever language the editor's admin
        speaks), "số", number and symbol, abstract, issuer and signer as whole words;
        numbers also without their leading zeros ("04" and "4"). No query."""
        kind = Kind(self.kind) if self.kind in Kind.values else Kind.OTHER
        with translation.override("vi"):
            names = f"{kind.label} số {self.code}"
        with translation.override("en"):
            names += f" {kind.label}"
        text = fold(f"{names} {self.abstract} {self.issuer_name} {self.signer}")
        numbers = {str(int(w)) for w in text.split() if w.isdigit() and w != str(int(w))}
        return f" {text} {' '.join(sorted(numbers))} ".replace("  ", " ")

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"slug": self.slug, "pk": self.pk})

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED

    @property
    def legal_status(self):
        """The status readers see: in force past its expiry date reads "expired"."""
        lapsed = self.expires_on and self.expires_on < timezone.localdate()
        if self.status_in_law == self.Legal.IN_FORCE and lapsed:
            return self.Legal.EXPIRED
        return self.status_in_law

    def get_legal_status_display(self):
        return self.Legal(self.legal_status).label

    @property
    def is_outdated(self):
        """Expired or replaced: an article citing it deserves a second look."""
        return self.legal_status in (self.Legal.EXPIRED, self.Legal.REPLACED)

    def json_ld(self, url):
        """schema.org Legislation, the type for an act, decree or decision."""
        force = {
            self.Legal.IN_FORCE: "InForce",
            self.Legal.AMENDED: "PartiallyInForce",
        }.get(self.legal_status, "NotInForce")
        data = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": self.title_line(),
            "legislationIdentifier": self.code,
            "legislationType": self.get_kind_display(),
            "abstract": self.abstract,
            "legislationDate": self.issued_on,
            "legislationLegalForce": f"https://schema.org/{force}",
            "url": url,
            "inLanguage": "vi",
        }
        if self.issuer_name:
            data["legislationPassedBy"] = {"@type": "Organization", "name": self.issuer_name}
        if self.effective_on:
            data["legislationDateOfApplicability"] = self.effective_on
        if self.expires_on:
            data["expires"] = self.expires_on
        if self.topic_id:
            data["about"] = self.topic.name
        return data

    # Who may do what: the admin's form, its list actions and a hand-made POST ask here.

    def in_scope_of(self, user):
        if self._state.adding:
            return True
        known = self.__dict__.setdefault("_in_scope", {})
        if user.pk not in known:
            known[user.pk] = scope.covers(user, self.areas.values_list("pk", flat=True))
        return known[user.pk]

    @staticmethod
    def can_publish(user):
        return user.is_active and user.is_staff and user.has_perm("documents.publish_document")

    def may_view(self, user):
        return user.is_active and user.is_staff and self.in_scope_of(user)

    def may_edit(self, user):
        """Publishers edit anything in scope; editors their own drafts."""
        if roles.is_administrator(user):
            return True
        if not self.in_scope_of(user):
            return False
        if self.can_publish(user):
            return True
        return (
            user.has_perm("documents.change_document")
            and (self._state.adding or self.created_by_id == user.pk)
            and self.status == self.Status.DRAFT
        )

    def may_publish(self, user):
        if not (self.can_publish(user) and self.in_scope_of(user)):
            return False
        return self.created_by_id != user.pk or roles.may_approve_own(user)

    def publish(self, user):
        """Draft → published: on the public register at once."""
        if self.status == self.Status.PUBLISHED:
            raise NotAllowed(_("This document is published already."))
        if not self.may_publish(user):
            if self.created_by_id == user.pk and self.can_publish(user):
                raise NotAllowed(_("Someone else must publish the document you registered."))
            raise NotAllowed(_("You may not publish this document."))
        self._move(user, Action.PUBLISHED, status=self.Status.PUBLISHED,
                   published_at=self.published_at or timezone.now())  # fmt: skip

    def withdraw(self, user):
        """Published → draft: off the public register, links in articles removed."""
        if self.status != self.Status.PUBLISHED or not (
            self.can_publish(user) and self.in_scope_of(user)
        ):
            raise NotAllowed(_("Only a publisher can withdraw a published document."))
        self._move(user, Action.WITHDRAWN, status=self.Status.DRAFT)

    def delete_by(self, user):
        if not (self.can_publish(user) and self.in_scope_of(user)):
            raise NotAllowed(_("Only a publisher can delete a document."))
        with transaction.atomic():
            record(Action.DELETED, self, user=user)
            self.delete()

    def _move(self, user, action, **changes):
        for name, value in changes.items():
            setattr(self, name, value)
        with transaction.atomic():
            self.save()
            record(action, self, user=user)


class DocumentFile(models.Model):
    """A file of a document, stored under a random name and served under its own."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(
        _("file"),
        upload_to=file_upload_to,
        max_length=200,
        validators=[validate_document_file],
        help_text=_("PDF, Word (.docx) or Excel (.xlsx), at most 10 MB."),
    )
    name = models.CharField(_("file name"), max_length=200, blank=True)
    content_type = models.CharField(max_length=100, editable=False, blank=True)
    size = models.PositiveBigIntegerField(_("size"), default=0, editable=False)
    downloads = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):  # a new upload
            self.name = nfc(self.name or self.file.name.rsplit("/", 1)[-1]).strip()
            self.size = self.file.size
        self.content_type = mime_type(self.name or self.file.name)
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [  # a download counted meanwhile is not undone
                f.name for f in self._meta.concrete_fields if f.name not in ("id", "downloads")
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("documents:file", kwargs={"pk": self.pk, "name": self.url_name})

    @property
    def url_name(self):
        return slugify_vi(self.name.rsplit(".", 1)[0], 80) + "." + self.extension

    @property
    def extension(self):
        return (self.name or self.file.name).rsplit(".", 1)[-1].lower()

    def count_download(self):
        """One UPDATE, no read: concurrent downloads are all counted; the document's page
        gets a new version in the page cache (one cache write)."""
        DocumentFile.objects.filter(pk=self.pk).update(downloads=F("downloads") + 1)
        pagecache.changed(f"document:{self.document_id}")


class Citation(models.Model):
    """A document cited in an article's body, found when the article was saved."""

    article = models.ForeignKey(
        "news.Article", on_delete=models.CASCADE, related_name="document_citations"
    )
    document = models.ForeignKey(
        Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="citations"
    )
    text = models.CharField(_("as written"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, blank=True)
    code = models.CharField(_("number and symbol"), max_length=60)
    code_key = models.CharField(max_length=60, db_index=True)

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ["pk"]

    def __str__(self):
        return self.text
