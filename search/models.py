"""The editable list of abbreviations that search expands both ways."""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.cache import forget_on_change
from core.text import fold, nfc

ABBREVIATIONS_CACHE_KEY = "search:abbreviations"


class Abbreviation(models.Model):
    """UBND ↔ Ủy ban nhân dân: a reader typing either finds both."""

    short = models.CharField(_("abbreviation"), max_length=30, unique=True)
    full = models.CharField(_("full form"), max_length=200)
    is_active = models.BooleanField(_("used in search"), default=True)

    class Meta:
        verbose_name = _("abbreviation")
        verbose_name_plural = _("abbreviations")
        ordering = ["short"]

    def __str__(self):
        return f"{self.short} – {self.full}"

    def save(self, *args, **kwargs):
        self.short = nfc(self.short).strip()
        self.full = nfc(self.full).strip()
        super().save(*args, **kwargs)

    @classmethod
    def folded_pairs(cls):
        """(folded short, folded full) of active entries: one query, cached until one changes."""

        def load():
            rows = cls.objects.filter(is_active=True).values_list("short", "full")
            return [(fold(short), fold(full)) for short, full in rows if fold(short) and fold(full)]

        return cache.get_or_set(ABBREVIATIONS_CACHE_KEY, load, 600)


forget_on_change(ABBREVIATIONS_CACHE_KEY, Abbreviation)
