from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.pagination import seek

from .images import random_upload_name, validate_image, without_metadata
from .models import Article, BodyImage, Section


def back_to_article(request, article):
    """A GET on a form's URL (a link on a refused form's page): the article, same query."""
    query = request.GET.urlencode()
    return redirect(article.get_absolute_url() + (f"?{query}" if query else ""))


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.filter(featured=True)[:5])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:8])
    sections = [section for section, _children in Section.menu() if section.show_on_home]
    newest = published.newest_of_each(sections, 5)
    blocks = [(section, newest[section.pk]) for section in sections if newest[section.pk]]
    most_read = published.order_by("-views", "-published_at")[:5]
    return render(
        request,
        "news/home.html",
        {
            "featured": featured,
            "latest": latest,
            "blocks": blocks,
            "most_read": most_read,
        },
    )


def section_detail(request, slug):
    section = get_object_or_404(Section.objects.select_related("parent"), slug=slug)
    articles = Article.objects.published().for_listing().in_section(section)
    return render(
        request,
        "news/section.html",
        {"section": section, "page": seek(request, articles)},
    )


def _article_or_404(request, pk, articles):
    """Published articles for everyone; drafts and scheduled ones for staff only."""
    if not request.user.is_staff:
        articles = articles.published()
    return get_object_or_404(articles, pk=pk)


def article_detail(request, slug, pk):
    article = _article_or_404(request, pk, Article.objects.for_page())
    if slug != article.slug:
        return redirect(article, permanent=True)
    return render_article(request, article)


def render_article(request, article, extra_context=None, status=200):
    """The article page for an article loaded with `for_page()`.

    The comment view calls it with the reader's bound form (`comment_form`) to show it
    again with its errors.
    """
    canonical_url = request.build_absolute_uri(article.get_absolute_url())
    cover_url = article.cover_url()
    cover_url = cover_url and request.build_absolute_uri(cover_url)
    context = {
        "article": article,
        "canonical_url": canonical_url,
        "cover_url": cover_url,
        "article_ld": article.json_ld(canonical_url, cover_url),
        "section": article.section,
        "preview": not article.is_public,
        **(extra_context or {}),
    }
    if article.published_at:  # a draft in preview has no place in the timeline yet
        newer, older = article.neighbours()
        area_ids = [area.pk for area in article.areas.all()]
        context.update(newer=newer, older=older, related=article.related(area_ids))
    response = render(request, "news/article.html", context, status=status)
    if context["preview"]:  # a person's own view: never cached or counted; the admin frames it
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        response["X-Frame-Options"] = "SAMEORIGIN"
        response._csp_replace = {"frame-ancestors": ["'self'"]}
    return response


def article_print(request, slug, pk):
    articles = Article.objects.select_related("section").prefetch_related("photos")
    article = _article_or_404(request, pk, articles)
    if slug != article.slug:
        return redirect(article.get_print_url(), permanent=True)
    return render(request, "news/article_print.html", {"article": article})


@require_POST
def editor_upload(request):
    """CKEditor 5 image upload: staff only, real images only, random names; the photo's
    renditions are made here, and the article page serves them (news.body)."""
    if not request.user.is_staff:
        message = _("Only editors may upload photos.")
        return JsonResponse({"error": {"message": message}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        message = _("Please choose a photo to upload.")
        return JsonResponse({"error": {"message": message}}, status=400)
    try:
        extension = validate_image(upload)
    except ValidationError as error:
        return JsonResponse({"error": {"message": error.messages[0]}}, status=400)
    data = without_metadata(upload)
    content = upload if data is None else ContentFile(data)
    name = default_storage.save(random_upload_name("uploads", extension), content)
    BodyImage.objects.create(image=name)  # its renditions are made now, once
    return JsonResponse({"url": default_storage.url(name)})
