from django.db import models


class RateLimit(models.Model):
    """One sender's budget for one kind of action (core.ratelimit): a single moment.

    `allowed_at` is the sender's "theoretical arrival time" (GCRA): each allowed action
    pushes it one interval (window / limit) later; an action is refused while it lies more
    than window − interval ahead. A row whose moment has passed is a full budget, so
    `prune()` may delete it.
    """

    bucket = models.CharField(max_length=100, unique=True)  # "scope:sender"
    allowed_at = models.FloatField(db_index=True)  # Unix time, seconds

    def __str__(self):
        return self.bucket
