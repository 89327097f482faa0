"""Reader comments on articles, moderated before anyone sees them."""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import pagecache
from core.text import fold
from news.models import Article
from wards.models import Unit


class CommentQuerySet(models.QuerySet):
    def approved(self):
        """What readers may see."""
        return self.filter(status=Comment.Status.APPROVED)

    def for_article_page(self, article):
        """An article's approved comments, oldest first, with the replying unit: one query."""
        return (
            self.approved()
            .filter(article=article)
            .select_related("reply_unit")
            .only(
                "name", "content", "created_at", "reply", "replied_at",
                "reply_unit__name", "article_id",
            )
            .order_by("created_at", "pk")
        )  # fmt: skip

    def purgeable(self, days=None):
        """Rejected and spam comments kept longer than COMMENT_RETENTION_DAYS."""
        days = settings.COMMENT_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - timedelta(days=days)
        return self.filter(status__in=[Comment.Status.REJECTED, Comment.Status.SPAM]).filter(
            Q(moderated_at__lt=cutoff) | Q(moderated_at__isnull=True, created_at__lt=cutoff)
        )

    def moderate(self, status, user=None):
        """Move these comments to `status`, keeping Article.comment_count exact.

        One transaction: one locked SELECT of the comments' old status, one UPDATE of the
        comments, and one UPDATE per distinct change of count (+n or -n) of the articles,
        with F() so concurrent moderation never loses a count. Returns how many changed.
        """
        with transaction.atomic():
            rows = list(
                self.exclude(status=status)
                .select_for_update()
                .values_list("pk", "article_id", "status")
            )
            if not rows:
                return 0
            Comment.objects.filter(pk__in=[pk for pk, _a, _s in rows]).update(
                status=status, moderated_at=timezone.now(), moderated_by=user
            )
            change = defaultdict(int)
            for _pk, article_id, old in rows:
                if old == Comment.Status.APPROVED:
                    change[article_id] -= 1
                elif status == Comment.Status.APPROVED:
                    change[article_id] += 1
            by_delta = defaultdict(list)
            for article_id, delta in change.items():
                if delta:
                    by_delta[delta].append(article_id)
            for delta, article_ids in by_delta.items():
                Article.objects.filter(pk__in=article_ids).update(
                    comment_count=F("comment_count") + delta
                )
            pagecache.changed_now_and_on_commit()  # pages show comments and their counts
            return len(rows)

    def delete_keeping_counts(self):
        """Delete comments, first taking approved ones out of their articles' counts."""
        with transaction.atomic():
            # Moderating first takes them out of a filtered queryset: delete by key.
            chosen = Comment.objects.filter(pk__in=list(self.values_list("pk", flat=True)))
            chosen.moderate(Comment.Status.REJECTED)
            return chosen.delete()


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="comments"
    )
    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email"), help_text=_("Never shown to readers."))
    content = models.TextField(_("content"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    # A keyed hash of the sender's address (never the address itself): rate limits, spam.
    sender_hash = models.CharField(_("sender"), max_length=64, blank=True, editable=False)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    reply = models.TextField(
        _("editorial board's reply"),
        blank=True,
        help_text=_("Shown under the comment once it is approved."),
    )
    reply_unit = models.ForeignKey(
        Unit,
        verbose_name=_("replying unit"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    replied_at = models.DateTimeField(_("replied"), null=True, blank=True, editable=False)
    # Folded name, e-mail and text, for the moderators' search (search.query).
    search_text = models.TextField(blank=True, editable=False, default="")
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("replied by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["article", "status", "created_at"]),
            models.Index(fields=["status", "-created_at", "-id"]),
            models.Index(fields=["-created_at", "-id"]),
        ]

    def __str__(self):
        return f"{self.name}: {self.content[:60]}"

    def save(self, *args, **kwargs):
        self.search_text = search_text(self.name, self.email, self.content)
        super().save(*args, **kwargs)


def search_text(name, email, content):
    """Comment.search_text: whole folded words, padded for `LIKE '% word %'` (no query)."""
    return f" {fold(name)} {fold(email)} {fold(content)} "
