"""An article's life and who may move it: one rule for the admin, list actions, commands.

    draft ──submit──▶ review ──approve──▶ published (scheduled while its time is ahead)
      ▲                  │                     │
      └──── returned ◀───┘ return_to_editor    └──withdraw──▶ withdrawn ──approve──▶ …

Editors write in their scope and submit; publishers (Người duyệt) approve, return with a
reason, withdraw and feature, never their own work unless they are administrators or
NEWSROOM_SELF_APPROVAL allows it. A published article is edited by a publisher, or by an
editor through `propose_edit`: a draft copy that goes through review while the live
article stays up, and replaces its content when approved.

Every move is recorded: a revision (django-reversion) and an audit entry.
"""

import reversion
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from newsroom import roles, scope
from newsroom.audit import Action, record

# What a proposed edit carries over to the live article when it is approved.
CONTENT_FIELDS = [
    "title", "slug", "sapo", "body", "cover", "cover_width", "cover_height", "cover_caption",
    "author", "source", "section_id", "event_date", "comments_open",
]  # fmt: skip


class NotAllowed(PermissionDenied):
    """A move this user may not make, or not in this state; the message says which."""


class Workflow:
    """Mixed into news.models.Article."""

    # Who may do what -------------------------------------------------------------------

    def in_scope_of(self, user):
        """One of the article's areas or units is in the user's scope: two queries the
        first time for this article and user."""
        if self._state.adding:
            return True
        known = self.__dict__.setdefault("_in_scope", {})
        if user.pk not in known:
            areas = self.areas.values_list("pk", flat=True)
            units = self.units.values_list("pk", flat=True)
            known[user.pk] = scope.covers(user, areas, units)
        return known[user.pk]

    def may_view(self, user):
        return user.is_active and user.is_staff and self.in_scope_of(user)

    def may_edit(self, user):
        """Publishers edit anything in scope; editors their own drafts and returned ones."""
        if roles.is_administrator(user):
            return True
        if not self.in_scope_of(user):
            return False
        if roles.can_review(user):
            return True
        return (
            roles.can_write(user)
            and (self._state.adding or self.created_by_id == user.pk)
            and self.status in (self.Status.DRAFT, self.Status.RETURNED)
        )

    def may_review(self, user):
        return roles.can_review(user) and self.in_scope_of(user)

    def may_approve(self, user):
        if not self.may_review(user):
            return False
        if self.created_by_id == user.pk and not roles.may_approve_own(user):
            return False
        states = [self.Status.REVIEW, self.Status.WITHDRAWN]
        if roles.is_administrator(user):
            states += [self.Status.DRAFT, self.Status.RETURNED]
        return self.status in states

    # Moves -----------------------------------------------------------------------------

    def submit(self, user):
        """Draft or returned → awaiting review; the publishers of its scope are told."""
        if self.status not in (self.Status.DRAFT, self.Status.RETURNED, self.Status.WITHDRAWN):
            raise NotAllowed(_("Only a draft or a returned article can be submitted."))
        if not self.may_edit(user):
            raise NotAllowed(_("You may not submit this article."))
        self._move(user, Action.SUBMITTED, _("Submitted for review"), status=self.Status.REVIEW)
        from newsroom.notify import article_waits

        transaction.on_commit(lambda: article_waits(self))

    def approve(self, user, at=None):
        """Publish now, or at `at` (scheduled); a proposed edit replaces the live content."""
        if not self.may_approve(user):
            if self.created_by_id == user.pk and self.may_review(user):
                raise NotAllowed(_("Someone else must approve your own article."))
            raise NotAllowed(_("You may not approve this article."))
        if self.revision_of_id:
            return self._apply_to_original(user)
        # A time set before (an archive's old date, a withdrawn article's, a schedule)
        # stands unless the publisher gives another; an article never dated goes out now.
        when = at or self.published_at or timezone.now()
        scheduled = when > timezone.now()
        action = Action.SCHEDULED if scheduled else Action.PUBLISHED
        comment = _("Scheduled") if scheduled else _("Published")
        self.review_note = ""
        self._move(user, action, comment, status=self.Status.PUBLISHED, published_at=when)
        self._tell_writer(action)
        return self

    def return_to_editor(self, user, reason):
        """Awaiting review → returned, with the reason the editor reads."""
        reason = (reason or "").strip()
        if not self.may_review(user) or self.status != self.Status.REVIEW:
            raise NotAllowed(_("Only an article awaiting review can be returned."))
        if not reason:
            raise NotAllowed(_("Please say why the article is returned."))
        self._move(
            user, Action.RETURNED, _("Returned"), detail=reason,
            status=self.Status.RETURNED, review_note=reason,
        )  # fmt: skip
        self._tell_writer(Action.RETURNED)

    def withdraw(self, user):
        """Published → withdrawn: off every public page at once."""
        if not self.may_review(user) or self.status != self.Status.PUBLISHED:
            raise NotAllowed(_("Only a publisher can withdraw a published article."))
        self._move(user, Action.WITHDRAWN, _("Withdrawn"), status=self.Status.WITHDRAWN)

    def set_featured(self, user, featured=True):
        if not self.may_review(user):
            raise NotAllowed(_("Only a publisher can feature an article."))
        self._move(user, Action.EDITED, _("Featured") if featured else _("Not featured"),
                   featured=featured)  # fmt: skip

    def propose_edit(self, user):
        """A draft copy of a published article for `user` to edit and submit (or theirs
        already open); approving it replaces the live article's content."""
        if self.status != self.Status.PUBLISHED or self.revision_of_id:
            raise NotAllowed(_("Only a published article is edited through a new draft."))
        if not (roles.can_write(user) and self.in_scope_of(user)):
            raise NotAllowed(_("You may not edit this article."))
        existing = type(self).objects.filter(revision_of=self, created_by=user).first()
        if existing:
            return existing
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(_("Draft of a change to the published article"))
            copy = type(self).objects.get(pk=self.pk)
            copy.pk = copy.id = None
            copy._state.adding = True
            copy.status, copy.revision_of = self.Status.DRAFT, self
            copy.featured, copy.published_at, copy.review_note = False, None, ""
            copy.created_by = copy.updated_by = user
            copy.views = copy.comment_count = copy.rating_count = copy.rating_sum = 0
            copy.save()
            copy.areas.set(self.areas.all())
            copy.units.set(self.units.all())
            for photo in self.photos.all():
                photo.pk = None
                photo.article = copy
                photo.save()
            record(Action.CREATED, copy, user=user, detail=_("Change to #%(pk)s") % {"pk": self.pk})
        return copy

    def delete_by(self, user):
        if not (roles.is_administrator(user) or self.may_review(user)):
            raise NotAllowed(_("Only a publisher can delete an article."))
        with transaction.atomic():
            record(Action.DELETED, self, user=user)
            self.delete()

    # Inside ----------------------------------------------------------------------------

    def _move(self, user, action, comment, detail="", **changes):
        """Save `changes` as one revision and one audit entry."""
        for name, value in changes.items():
            setattr(self, name, value)
        self.updated_by = user
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(comment)
            self.save()
            record(action, self, user=user, detail=detail)

    def _apply_to_original(self, user):
        """Approving a proposed edit: its content becomes the live article's; the copy goes."""
        original = type(self).objects.get(pk=self.revision_of_id)
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(_("Approved change"))
            for name in CONTENT_FIELDS:
                setattr(original, name, getattr(self, name))
            original.revised_at = timezone.now()
            original.updated_by = user
            original.save()
            original.areas.set(self.areas.all())
            original.units.set(self.units.all())
            original.photos.all().delete()
            self.photos.update(article=original)
            record(Action.PUBLISHED, original, user=user,
                   detail=_("Change #%(pk)s approved") % {"pk": self.pk})  # fmt: skip
            self.delete()
        original._tell_writer(Action.PUBLISHED, writer_id=self.created_by_id)
        return original

    def _tell_writer(self, action, writer_id=None):
        from newsroom.notify import writer_told

        pk, writer_id = self.pk, writer_id or self.created_by_id
        transaction.on_commit(lambda: writer_told(pk, writer_id, action))


class MovesEachAdmin:
    """A ModelAdmin mixin for list actions that move objects through their workflow: each
    selected object asks its own rule, so a list action allows exactly what its form does."""

    def move_each(self, request, queryset, move, done):
        """`move` (a method name) on each, as `request.user`; `done(n)` says how many."""
        moved, refused = 0, []
        for item in queryset:
            try:
                getattr(item, move)(request.user)
                moved += 1
            except NotAllowed as refusal:
                refused.append(f"«{Truncator(str(item)).chars(60)}»: {refusal}")
        if moved:
            self.message_user(request, done(moved) % {"count": moved}, messages.SUCCESS)
        for line in refused:
            self.message_user(request, line, messages.ERROR)
