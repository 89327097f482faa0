"""Visit counters: the starting total, daily history, and who was seen recently."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache import forget_on_change
from news.models import Article

SITE = 0  # the article_id of a DailyCount or Seen row about the whole site, not one article


class CounterSettings(models.Model):
    """One row: the total an administrator carries over from the ward's old website."""

    starting_total = models.PositiveBigIntegerField(
        _("starting total"),
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("Visits counted by the old website; added to every visit counted here."),
    )

    class Meta:
        verbose_name = _("visit statistics")
        verbose_name_plural = _("visit statistics")

    def __str__(self):
        return str(_("Visit statistics"))

    @classmethod
    def load(cls):
        """The single row (one query; created if a migration-less database lacks it)."""
        return cls.objects.get_or_create(pk=1)[0]


class DailyCount(models.Model):
    """Visits and article views of one day (Vietnam time), for the site or one article.

    The site's row has article_id 0 (SITE). Article rows keep their history when the
    article is deleted, so the foreign key has no database constraint.
    """

    day = models.DateField(_("day"))
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    visits = models.PositiveBigIntegerField(_("visits"), default=0)
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(fields=["day", "article"], name="one_count_per_day"),
        ]
        indexes = [models.Index(fields=["article", "day"])]

    def __str__(self):
        return f"{self.day} {self.article_id}: {self.visits}/{self.views}"


class Seen(models.Model):
    """A reader on the site (article 0: last seen) or on one article (last counted view).

    With the database backend a counted visit or view waits here as `pending` (on the
    day `pending_day`) until a flush adds it to DailyCount and Article.views: counting
    is one upsert of this table. Flushes prune rows older than every window.
    """

    reader = models.CharField(max_length=64)
    article_id = models.BigIntegerField()
    seen_at = models.DateTimeField()
    pending = models.PositiveIntegerField(default=0)
    pending_day = models.DateField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["reader", "article_id"], name="one_seen_per_reader"),
        ]
        indexes = [
            models.Index(fields=["article_id", "seen_at"]),
            models.Index(
                fields=["article_id", "pending_day"],
                condition=models.Q(pending__gt=0),
                name="stats_seen_pending",
            ),
        ]

    def __str__(self):
        return f"{self.reader} {self.article_id} {self.seen_at}"


# A new starting total: pages read the total from the database again (stats.counters).
forget_on_change("counters:total", CounterSettings)
