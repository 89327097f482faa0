"""Citations in articles become links to the register, when the article is saved.

An article's save (news.Article, any path: the admin, an import, a workflow move) finds
the citations in its body (documents.citations), links each one whose document is
published and records them all as Citation rows: the document page's backlinks and the
admin's list of what was found. Adding, publishing or renumbering a document links the
articles that cite it again, with an UPDATE of their body (no new revision, no move).
Page views read the stored body: no work, no query.
"""

import re
from html import escape

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from core import pagecache

from . import citations

_TAG = re.compile(r"(<[^>]*>)")
_OPEN_A, _CLOSE_A = re.compile(r"<a[\s>]", re.I), re.compile(r"</a\s*>", re.I)
# A link this module wrote: to a document page, around nothing but a citation.
# The sanitizer may add attributes (rel) or reorder them.
_OUR_LINK = re.compile(r'<a\s[^>]*\bhref="/van-ban/[a-z0-9-]+-\d+/"[^>]*>([^<]*)</a>')


def unlink(html):
    """The body without the links to documents written here before."""

    def text_of(match):
        inner = match.group(1)
        return inner if citations.CITATION.fullmatch(inner) else match.group(0)

    return _OUR_LINK.sub(text_of, html or "")


def link(html, documents):
    """`html` with each citation of a document of `documents` ({key: Document}) linked;
    text inside other links is left alone. Returns (html, citations found)."""
    html = unlink(html)
    found = citations.find(text_outside_links(html))
    if not documents:
        return html, found
    out = [
        piece
        if is_tag or in_link
        else citations.CITATION.sub(lambda m: _anchor(m, documents), piece)
        for piece, is_tag, in_link in _pieces(html)
    ]
    return "".join(out), found


def text_outside_links(html):
    """The text of `html` that is not inside a link, tags turned to spaces."""
    return "".join(
        " " if is_tag else "" if in_link else piece for piece, is_tag, in_link in _pieces(html)
    )


def _pieces(html):
    """(piece, is it a tag, is it inside a link) for each tag and run of text."""
    depth = 0
    for piece in _TAG.split(html):
        if not piece.startswith("<"):
            yield piece, False, depth > 0
            continue
        if _OPEN_A.match(piece):
            depth += 1
        elif _CLOSE_A.match(piece):
            depth = max(0, depth - 1)
        yield piece, True, depth > 0


def _anchor(match, documents):
    document = documents.get(citations.code_key(match.group("code")))
    if document is None or not document.is_public:
        return match.group(0)
    abstract = document.abstract
    title = escape(abstract if len(abstract) <= 200 else abstract[:199] + "…", quote=False)
    title = title.replace('"', "&quot;")
    # As the sanitizer writes links, so a later save leaves the body as it is.
    url = document.get_absolute_url()
    return f'<a href="{url}" title="{title}" rel="noopener noreferrer">{match.group(0)}</a>'


def registered(keys, article_id=None):
    """{key: the document a citation of that key means}. One query; a second only when a
    key has several documents ("04-KH/ĐU" of two wards' Party committees, or of two
    years): then a published one of the article's own areas wins, then the newest.
    A draft is chosen only when nothing is published (the admin says "not published")."""
    from news.models import Article

    from .models import Document

    if not keys:
        return {}
    candidates = {}
    for document in Document.objects.filter(code_key__in=set(keys)):
        candidates.setdefault(document.code_key, []).append(document)
    near = set()
    if article_id and any(len(found) > 1 for found in candidates.values()):
        areas = Article.areas.through.objects.filter(article_id=article_id).values("area_id")
        near = set(
            Document.areas.through.objects.filter(
                document_id__in=[d.pk for found in candidates.values() for d in found],
                area_id__in=areas,
            ).values_list("document_id", flat=True)
        )
    return {
        key: max(found, key=lambda d: (d.is_public, d.pk in near, d.issued_on, d.pk))
        for key, found in candidates.items()
    }


# Signals ---------------------------------------------------------------------------------


def article_saving(sender, instance, update_fields=None, raw=False, **kwargs):
    """Before an article is written: its body with citations linked (one query)."""
    if raw or (update_fields is not None and "body" not in update_fields):
        return
    plain = f"{instance.title}\n{instance.sapo}"
    linked = _linked(instance.body, plain, instance.pk)
    instance.body, instance._document_citations = linked


def _linked(body, plain, article_id=None):
    """The body linked, and [(citation, document or None)] of the body and of `plain`
    (title and sapo: cited there, they count for backlinks and the admin's list, but are
    plain text, so never linked). One query."""
    text = text_outside_links(unlink(body)) + " " + (plain or "")
    keys = [found.key for found in citations.find(text)]
    documents = registered(keys, article_id)
    body, found = link(body, documents)
    known = {item.key for item in found}
    found += [item for item in citations.find(plain or "") if item.key not in known]
    return body, [(item, documents.get(item.key)) for item in found]


def article_saved(sender, instance, raw=False, **kwargs):
    """After an article is written: its Citation rows, replaced (two or three queries)."""
    found = getattr(instance, "_document_citations", None)
    if raw or found is None:
        return
    del instance._document_citations
    _record(instance.pk, found)


def _record(article_id, found):
    from .models import Citation

    Citation.objects.filter(article_id=article_id).delete()
    Citation.objects.bulk_create(
        Citation(
            article_id=article_id,
            document=document,
            text=item.text[:200],
            kind=item.kind,
            code=item.code[:60],
            code_key=item.key[:60],
        )
        for item, document in found
    )


def document_changed(sender, instance, raw=False, **kwargs):
    """A document added, published, withdrawn, renumbered or deleted: the articles citing
    its code (or citing it before) are linked again, in the same transaction."""
    if not raw:
        relink(Q(code_key=instance.code_key) | Q(document_id=instance.pk))


def article_areas_changed(sender, instance, action, pk_set=None, **kwargs):
    """An article's areas set (after its first save, in the admin): the documents of
    those areas may be the ones it means."""
    from news.models import Article

    if action.startswith("post_") and isinstance(instance, Article):
        relink(Q(article_id=instance.pk))


def document_areas_changed(sender, instance, action, **kwargs):
    from .models import Document

    if action.startswith("post_") and isinstance(instance, Document):
        relink(Q(code_key=instance.code_key) | Q(document_id=instance.pk))


def relink(condition):
    """Link again the articles whose citations match `condition`: per article one read and
    at most one UPDATE, then the citation rows. Returns how many bodies changed."""
    from news.models import Article

    from .models import Citation

    ids = set(Citation.objects.filter(condition).values_list("article_id", flat=True))
    changed = 0
    for article in Article.objects.filter(pk__in=ids).only("pk", "body", "title", "sapo"):
        body, found = _linked(article.body, f"{article.title}\n{article.sapo}", article.pk)
        if body != article.body:
            Article.objects.filter(pk=article.pk).update(body=body)
            changed += 1
        _record(article.pk, found)
    if changed:
        pagecache.changed()
    return changed


def connect():
    """Called once from DocumentsConfig.ready()."""
    from news.models import Article

    from .models import Citation, Document

    pre_save.connect(article_saving, sender=Article, dispatch_uid="documents-link")
    post_save.connect(article_saved, sender=Article, dispatch_uid="documents-cite")
    post_save.connect(document_changed, sender=Document, dispatch_uid="documents-relink")
    post_delete.connect(document_changed, sender=Document, dispatch_uid="documents-unlink")
    m2m_changed.connect(article_areas_changed, sender=Article.areas.through,
                        dispatch_uid="documents-article-areas")  # fmt: skip
    m2m_changed.connect(document_areas_changed, sender=Document.areas.through,
                        dispatch_uid="documents-areas")  # fmt: skip
    # Citations move with their article, whose own save renews the pages.
    pagecache.show_changes_of(Citation, lambda citation: False)
