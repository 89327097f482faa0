from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers

from core.pagination import paginate
from news.models import Article

from .forms import RegisterFilter
from .models import Document, DocumentFile

PER_PAGE = 20


def register(request):
    """/van-ban/: the published register, filtered and searched (folded words)."""
    form = RegisterFilter(request.GET)
    documents = form.narrow(Document.objects.published()).for_listing()
    query = form.search()
    if query:
        documents = query.filter(documents).number_first(query.text)
    page = paginate(request, documents, per_page=PER_PAGE)
    context = {
        "form": form,
        "page": page,
        "searched": form.data.get("q", ""),
        "register_ld": _item_list(request, page),
    }
    return render(request, "documents/list.html", context)


def _item_list(request, page):
    """schema.org ItemList of this page's documents (no query: the rows are loaded)."""
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": page.start_index() + n,
                "name": document.title_line(),
                "url": request.build_absolute_uri(document.get_absolute_url()),
            }
            for n, document in enumerate(page.object_list)
        ],
    }


def _visible(request, pk):
    documents = Document.objects.select_related("topic", "issuer_unit", "superseded_by")
    if not request.user.is_staff:
        documents = documents.published()
    return get_object_or_404(documents, pk=pk)


def detail(request, slug, pk):
    """A document: its files, status, what replaced it or what it replaces, and the
    published articles that cite it (one query for those)."""
    document = _visible(request, pk)
    if slug != document.slug:
        return redirect(document, permanent=True)
    canonical_url = request.build_absolute_uri(document.get_absolute_url())
    cited_by = (
        Article.objects.published()
        .for_listing()
        .filter(pk__in=document.citations.values("article_id"))[:20]
    )
    context = {
        "document": document,
        "files": list(document.files.all()),
        "supersedes": list(document.supersedes.published().only("pk", "slug", "kind", "code")),
        "cited_by": list(cited_by),
        "canonical_url": canonical_url,
        "document_ld": document.json_ld(canonical_url),
        "preview": not document.is_public,
    }
    response = render(request, "documents/detail.html", context)
    if context["preview"]:
        add_never_cache_headers(response)
    return response


def download(request, pk, name):
    """A file under its own name and type; each GET counts one download (one UPDATE)."""
    attached = get_object_or_404(DocumentFile.objects.select_related("document"), pk=pk)
    if not (attached.document.is_public or request.user.is_staff):
        raise Http404
    try:
        handle = attached.file.open("rb")
    except (OSError, ValueError):
        raise Http404 from None
    if request.method == "GET":
        attached.count_download()
    response = FileResponse(
        handle,
        content_type=attached.content_type,
        as_attachment=attached.extension != "pdf",
        filename=attached.name,
    )
    add_never_cache_headers(response)
    return response
