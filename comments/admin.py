"""Moderation in the admin: filters, bulk approve/reject/spam, edits and official replies."""

from django.contrib import admin, messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import NarrowListMixin
from news.models import Article
from newsroom.audit import Action, record, record_each
from search.query import FoldedSearchAdmin
from wards.models import Area

from .models import Comment


class AreaFilter(admin.SimpleListFilter):
    """Comments on the news of one area: the areas that have news (an index-only read of
    the article-area links), not every area of the country."""

    title = _("area")
    parameter_name = "dia-ban"

    def lookups(self, request, model_admin):
        with_news = Article.areas.through.objects.values("area_id")
        return list(
            Area.objects.filter(pk__in=with_news).order_by("name").values_list("pk", "name")[:200]
        )

    def queryset(self, request, queryset):
        if not (self.value() or "").isdigit():
            return queryset
        return queryset.filter(article__in=Article.objects.about([int(self.value())]))


@admin.register(Comment)
class CommentAdmin(NarrowListMixin, FoldedSearchAdmin, admin.ModelAdmin):
    list_display = ["excerpt", "name", "article_link", "status", "created_at", "has_reply"]
    # Filters and search that stay fast at a million comments: no date hierarchy (a
    # DISTINCT over every row), no "related only" filters (a join of every comment).
    list_filter = ["status", "article__section", AreaFilter, "created_at"]
    list_select_related = ["article"]
    list_defer = ["search_text", "article__body", "article__sapo", "article__search_text"]
    actions = ["approve", "reject", "mark_spam"]
    autocomplete_fields = ["reply_unit"]
    readonly_fields = ["article_link", "created_at", "moderated_at", "moderated_by", "replied_at"]
    fieldsets = [
        (None, {"fields": ["article_link", "status", "name", "email", "content", "created_at"]}),
        (_("Editorial board's reply"), {"fields": ["reply", "reply_unit", "replied_at"]}),
        (_("Moderation"), {"fields": ["moderated_at", "moderated_by"]}),
    ]

    def has_add_permission(self, request):
        return False  # comments come from readers

    def changelist_view(self, request, extra_context=None):
        """Opens on the comments waiting for moderation; the filter shows the others."""
        if not request.GET and request.method == "GET" and self.has_view_permission(request):
            return HttpResponseRedirect(f"{request.path}?status__exact={Comment.Status.PENDING}")
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("comment"))
    def excerpt(self, comment):
        return Truncator(comment.content).chars(80)

    @admin.display(description=_("article"), ordering="article__title")
    def article_link(self, comment):
        article = comment.article
        return format_html(
            '<a href="{}#comments">{}</a>', article.get_absolute_url(), Truncator(article).chars(70)
        )

    @admin.display(description=_("replied"), boolean=True)
    def has_reply(self, comment):
        return bool(comment.reply)

    def save_model(self, request, comment, form, change):
        """Save edits; a status change goes through `moderate` so counts stay exact."""
        new_status = comment.status
        fields = [name for name in form.changed_data if name != "status"]
        if "reply" in fields:
            comment.replied_at = timezone.now() if comment.reply else None
            comment.replied_by = request.user if comment.reply else None
            fields += ["replied_at", "replied_by"]
        with transaction.atomic():
            if fields:
                comment.save(update_fields=fields)
            if "status" in form.changed_data:
                Comment.objects.filter(pk=comment.pk).moderate(new_status, request.user)
                record(Action.MODERATED, comment, detail=comment.get_status_display())
        comment.refresh_from_db()

    def delete_model(self, request, comment):
        Comment.objects.filter(pk=comment.pk).delete_keeping_counts()

    def delete_queryset(self, request, queryset):
        queryset.delete_keeping_counts()

    def _moderate(self, request, queryset, status, message):
        chosen = list(queryset.values_list("pk", flat=True))
        changed = queryset.moderate(status, request.user)
        label = Comment.Status(status).label
        moderated = Comment.objects.filter(pk__in=chosen).only("pk", "name", "content")
        record_each(Action.MODERATED, moderated, detail=str(label))
        self.message_user(request, message(changed) % {"count": changed}, messages.SUCCESS)

    @admin.action(description=_("Approve selected comments"), permissions=["change"])
    def approve(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.APPROVED,
            lambda n: ngettext("%(count)d comment approved.", "%(count)d comments approved.", n),
        )

    @admin.action(description=_("Reject selected comments"), permissions=["change"])
    def reject(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.REJECTED,
            lambda n: ngettext("%(count)d comment rejected.", "%(count)d comments rejected.", n),
        )

    @admin.action(description=_("Mark selected comments as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.SPAM,
            lambda n: ngettext(
                "%(count)d comment marked as spam.", "%(count)d comments marked as spam.", n
            ),
        )
