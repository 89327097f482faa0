"""The contact form: the comment form's captcha, honeypot and text rules."""

from datetime import date

from captcha.fields import CaptchaField
from django import forms
from django.utils.translation import gettext_lazy as _

from comments.forms import CaptchaWidget
from core.text import nfc

MESSAGE_MIN, MESSAGE_MAX = 10, 5000


def _text(value):
    """NFC, Unix line ends, no spaces around: composed and decomposed text compare equal."""
    return nfc(value).replace("\r\n", "\n").replace("\r", "\n").strip()


class ContactForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        error_messages={"required": _("Please enter your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        error_messages={
            "required": _("Please enter your email address, so that we can answer."),
            "invalid": _("Please enter a valid email address, e.g. ten@gmail.com."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.RegexField(
        label=_("Phone (optional)"),
        regex=r"^[0-9 +().-]{8,20}$",
        required=False,
        error_messages={"invalid": _("Please enter a phone number of digits, e.g. 0912 345 678.")},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        error_messages={"required": _("Please write what your message is about.")},
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX,
        strip=False,
        error_messages={
            "required": _("Please write your message."),
            "max_length": _(
                "A message may have at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 7}),
    )
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
        name = " ".join(_text(self.cleaned_data["name"]).split())
        if len(name) < 2:
            raise forms.ValidationError(_("Your name needs at least 2 characters."))
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_subject(self):
        return " ".join(_text(self.cleaned_data["subject"]).split())

    def clean_message(self):
        message = _text(self.cleaned_data["message"])
        if len(message) < MESSAGE_MIN:
            raise forms.ValidationError(
                _("A message needs at least %(min)d characters."), params={"min": MESSAGE_MIN}
            )
        return message

    def full_clean(self):
        """After validation, point each field with an error at its message for screen readers."""
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}-error"

    @property
    def is_bot(self):
        """True when the honeypot was filled."""
        return bool(self.cleaned_data.get("website"))


class DayForm(forms.Form):
    """The date archive's picker: a native date field, so it works without JavaScript."""

    ngay = forms.DateField(
        label=_("Day"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"],
        error_messages={
            "required": _("Please choose a day."),
            "invalid": _("Please enter a day as dd/mm/yyyy, e.g. 24/04/2026."),
        },
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def clean_ngay(self):
        day = self.cleaned_data["ngay"]
        if not date(2000, 1, 1) <= day <= date(2100, 12, 31):
            raise forms.ValidationError(_("Please choose a day between 2000 and 2100."))
        return day
