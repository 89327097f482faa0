"""Who we are and how to reach us; finding a ward; the news of a day."""

from datetime import date, datetime, time, timedelta

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.pagination import seek
from core.ratelimit import contact_allowed
from core.readers import sender_hash
from news.models import Article, Section

from .directory import Directory
from .forms import ContactForm, DayForm
from .models import ContactMessage, SiteIdentity
from .notify import send_contact_message

KEPT_FIELDS = ("name", "email", "phone", "subject", "message")


def _here(title, *above):
    """Breadcrumbs: the pages above (name, url) and this one."""
    return [*above, (title, None)]


def introduction(request):
    context = {"identity": SiteIdentity.current(), "crumbs": _here(_("About us"))}
    return render(request, "portal/introduction.html", context)


def organization(request):
    identity = SiteIdentity.current()
    context = {
        "identity": identity,
        "units": identity.units(),
        "crumbs": _here(_("Organization"), (_("About us"), reverse("portal:introduction"))),
    }
    return render(request, "portal/organization.html", context)


def _contact_page(request, form, status=200):
    identity = SiteIdentity.current()
    context = {
        "identity": identity,
        "units": identity.units(leaders=False),
        "form": form,
        "crumbs": _here(_("Contact")),
    }
    return render(request, "portal/contact.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def contact(request):
    """The contact details and form: Post/Redirect/Get, everything typed kept on an error."""
    if request.method != "POST":
        return _contact_page(request, ContactForm(lazy_captcha=True))
    if "refresh_captcha" in request.POST:
        # The no-JavaScript "show the code" button: same text, a code, no error yet.
        kept = {name: request.POST.get(name, "") for name in KEPT_FIELDS}
        return _contact_page(request, ContactForm(initial=kept))
    form = ContactForm(request.POST)
    if not form.is_valid():
        return _contact_page(request, form, status=400)
    if not contact_allowed(request):
        form.add_error(
            None,
            _(
                "You have sent several messages in a short time. "
                "Please wait a few minutes and send it again."
            ),
        )
        return _contact_page(request, form, status=429)
    spam = form.is_bot
    sent = ContactMessage.objects.create(
        **{name: form.cleaned_data[name] for name in KEPT_FIELDS},
        sender_hash=sender_hash(request),
        status=ContactMessage.Status.SPAM if spam else ContactMessage.Status.NEW,
    )
    if not spam:
        transaction.on_commit(lambda: send_contact_message(sent))
    messages.success(request, _("Thank you. Your message has been sent to the office."))
    return redirect("portal:contact")


def directory(request):
    context = {"directory": Directory.of_site(), "crumbs": _here(_("Our area"))}
    return render(request, "portal/directory.html", context)


def site_map(request):
    context = {
        "menu": Section.menu(),
        "directory": Directory.of_site(depth=1),
        "crumbs": _here(_("Site map")),
    }
    return render(request, "portal/site_map.html", context)


def _day_page(request, form, day=None, status=200):
    context = {"form": form, "day": day, "today": timezone.localdate()}
    context["crumbs"] = _here(_("News by day"))
    if day:
        start = timezone.make_aware(datetime.combine(day, time.min))
        articles = (
            Article.objects.published()
            .for_listing()
            .filter(published_at__gte=start, published_at__lt=start + timedelta(days=1))
        )
        context.update(
            page=seek(request, articles),
            previous=day - timedelta(days=1),
            next=day + timedelta(days=1) if day < context["today"] else None,
        )
    return render(request, "portal/day.html", context, status=status)


def day_archive(request, year=None, month=None, day=None):
    """/tin-theo-ngay/2026/04/24/; the picker (?ngay=2026-04-24) redirects there."""
    if year is None:
        if "ngay" not in request.GET:
            return _day_page(request, DayForm(initial={"ngay": timezone.localdate()}))
        form = DayForm(request.GET)
        if not form.is_valid():
            return _day_page(request, form, status=400)
        return redirect(day_url(form.cleaned_data["ngay"]))
    try:
        chosen = date(year, month, day)
    except (ValueError, OverflowError):
        raise Http404(_("There is no such day.")) from None
    return _day_page(request, DayForm(initial={"ngay": chosen}), chosen)


def day_url(day):
    return reverse("portal:day", args=[day.year, f"{day.month:02d}", f"{day.day:02d}"])
