"""A Draft saved as an article: its photos stored as files with renditions, in one
transaction, with a first revision and an audit entry."""

import re

import reversion
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.text import fold
from newsroom.audit import Action, record

from ..images import validate_image
from ..models import Article, BodyImage, Section
from .anatomy import picture_src


def section_names():
    """The names a page's section label may match: one query."""
    return list(Section.objects.values_list("name", flat=True))


def default_section():
    """The first top section in the administrator's order, or None without sections."""
    return Section.objects.filter(parent=None).first() or Section.objects.first()


def section_for(label, given=None):
    """(section, why) for a page: its label matched by folded name to an existing section,
    else `given`, else the default section; (None, why) when there is none. Never creates
    one."""
    if label:
        folded = fold(label)
        for section in Section.objects.all():
            if fold(section.name) == folded:
                return section, _("from the page's label «%(label)s»") % {"label": label}
    if given is not None:
        if label:
            return given, _("as given (no section is called «%(label)s»)") % {"label": label}
        return given, _("as given")
    section = default_section()
    if section is None:
        return None, _("there is no section yet: create one in the admin or give --section")
    if label:
        why = _("the default section (no section is called «%(label)s»)") % {"label": label}
    else:
        why = _("the default section")
    return section, why


def existing(draft):
    """The article this draft was imported as before: same title and publish time."""
    return Article.objects.filter(title=draft.title, published_at=draft.published_at).first()


def save(draft, *, section, areas=(), units=(), user=None, publish=False, author="",
         source="", file_name=""):  # fmt: skip
    """The draft as an article (a draft, or published at the page's time when `publish`
    and its title is not provisional). Its photos are stored under random names, each
    with renditions; the first one is also the cover. Returns the article."""
    status = Article.Status.PUBLISHED if publish and not draft.provisional else Article.Status.DRAFT
    with transaction.atomic(), reversion.create_revision():
        urls, images, notes = _store_pictures(draft)
        body = _with_urls(draft.body, urls)
        article = Article(
            title=draft.title,
            sapo=draft.sapo,
            body=body,
            author=draft.author or author,
            source=draft.source or source,
            section=section,
            status=status,
            published_at=draft.published_at,
            event_date=draft.event_date,
            views=draft.views or 0,
            import_note="\n".join(draft.notes + notes),
            created_by=user,
            updated_by=user,
        )
        if status == Article.Status.PUBLISHED and not article.published_at:
            article.published_at = timezone.now()
        if images:
            first, caption = images[0]
            article.cover, article.cover_caption = first.image.name, caption
        article.save()
        article.areas.set(areas)
        article.units.set(units)
        if user is not None:
            reversion.set_user(user)
        reversion.set_comment(_("Imported from %(file)s") % {"file": file_name})
        record(Action.CREATED, article, user=user,
               detail=_("Imported from %(file)s") % {"file": file_name})  # fmt: skip
    return article


FIGURE = re.compile(
    r'<figure class="image"><img src="tp-picture:(\d+)"[^>]*>'
    r"(?:<figcaption>(.*?)</figcaption>)?</figure>"
)


def _with_urls(body, urls):
    """The draft's body with its stored photos' addresses; a figure whose picture was
    left out keeps its caption as an italic line."""

    def place(match):
        index, caption = int(match.group(1)), match.group(2)
        if index in urls:
            return match.group(0).replace(f'"{picture_src(index)}"', f'"{urls[index]}"')
        return f"<p><em>{caption}</em></p>" if caption else ""

    return FIGURE.sub(place, body)


def _store_pictures(draft):
    """({picture index: url}, [(BodyImage, caption)], notes): each real photo stored; a
    drawing or a format that is no photo is left out, and said."""
    urls, images, refused = {}, [], []
    for index, picture in enumerate(draft.pictures):
        upload = ContentFile(picture.data, name=picture.name)
        try:
            extension = validate_image(upload)
        except ValidationError:
            refused.append(picture.name)
            continue
        image = BodyImage.objects.create(image=ContentFile(picture.data, name=f"x.{extension}"))
        urls[index] = image.image.url
        images.append((image, picture.caption))
    notes = []
    if refused:
        notes.append(
            _("%(count)d pictures of the file are not photos (drawings, charts) and were left out.")
            % {"count": len(refused)}
        )
    if draft.missing_pictures:
        notes.append(
            _("%(count)d photos of the page were not found beside it: their captions stay in "
              "italics; put the photos above them.") % {"count": draft.missing_pictures}
        )  # fmt: skip
    return urls, images, notes
