"""The reader's comment form: plain text, a captcha and a honeypot."""

from captcha.fields import CaptchaField, CaptchaTextInput
from django import forms
from django.forms.widgets import MultiWidget
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.text import nfc

NAME_MIN, NAME_MAX = 2, 80
CONTENT_MIN, CONTENT_MAX = 10, 3000


class CaptchaWidget(CaptchaTextInput):
    """The captcha's image, key and answer box, with a refresh that works without JavaScript.

    A `lazy` widget (the fresh form under every article) renders no code at all, so a page
    view, a crawler's too, writes no captcha row: readers.js fetches one when the reader
    starts writing, and without JavaScript the "show the code" button (or a first send)
    brings the page back with one, the text kept. Anything else renders a code: one INSERT.
    """

    template_name = "comments/captcha_widget.html"
    lazy = False

    def render(self, name, value, attrs=None, renderer=None):
        if not self.lazy:
            return super().render(name, value, attrs, renderer)
        self._key, self._value = None, ["", ""]
        return MultiWidget.render(self, name, self._value, attrs, renderer)

    def get_context(self, name, value, attrs):
        if not self.lazy:
            return super().get_context(name, value, attrs)
        return {**MultiWidget.get_context(self, name, value, attrs), "image": None}


def plain_text(value):
    """NFC, Unix line ends, no trailing spaces: composed and decomposed text compare equal."""
    return nfc(value).replace("\r\n", "\n").replace("\r", "\n").strip()


class ReaderForm(forms.Form):
    """What every form a reader sends has (comments, the contact form): a honeypot, a
    captcha that may wait for the reader to start writing, a tidy name and e-mail, errors
    tied to their fields for screen readers. Subclasses declare `name` and `email`."""

    # Honeypot: hidden from people and screen readers; bots fill every field they find.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    captcha = CaptchaField(
        label=_("Verification code"),
        widget=CaptchaWidget(),
        error_messages={
            "invalid": _("The verification code is wrong."),
            "required": _("Please type the verification code."),
            "incomplete": _("Please type the verification code."),
        },
    )

    def __init__(self, *args, lazy_captcha=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["captcha"].widget.lazy = lazy_captcha

    def clean_name(self):
        name = " ".join(plain_text(self.cleaned_data["name"]).split())
        if len(name) < NAME_MIN:
            raise forms.ValidationError(
                _("Your name needs at least %(min)d characters."), params={"min": NAME_MIN}
            )
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def full_clean(self):
        """After validation, point each field with an error at its message for screen readers."""
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-describedby"] = f"{self[name].auto_id}-error"

    @property
    def is_bot(self):
        """True when the honeypot was filled."""
        return bool(self.cleaned_data.get("website"))


class CommentForm(ReaderForm):
    field_order = ["name", "email", "content", "website", "captcha"]

    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        error_messages={
            "required": _("Please enter your name."),
            "max_length": _("Your name may have at most %(limit_value)d characters."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, e.g. ten@gmail.com."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    content = forms.CharField(
        # A context of its own: the templates' catalog translates a bare "Comment" as a
        # revision's note ("Ghi chú"), and LOCALE_PATHS wins over this app's catalog.
        label=pgettext_lazy("comment form", "Comment"),
        max_length=CONTENT_MAX,
        strip=False,
        error_messages={
            "required": _("Please write your comment."),
            "max_length": _(
                "A comment may have at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def clean_content(self):
        content = plain_text(self.cleaned_data["content"])
        if len(content) < CONTENT_MIN:
            raise forms.ValidationError(
                _("A comment needs at least %(min)d characters."), params={"min": CONTENT_MIN}
            )
        return content
