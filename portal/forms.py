"""The contact form (a reader's form, as comments are: captcha, honeypot, text rules) and
the date archive's day picker."""

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from comments.forms import ReaderForm, plain_text

MESSAGE_MIN, MESSAGE_MAX = 10, 5000


class ContactForm(ReaderForm):
    field_order = ["name", "email", "phone", "subject", "message", "website", "captcha"]

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

    def clean_subject(self):
        return " ".join(plain_text(self.cleaned_data["subject"]).split())

    def clean_message(self):
        message = plain_text(self.cleaned_data["message"])
        if len(message) < MESSAGE_MIN:
            raise forms.ValidationError(
                _("A message needs at least %(min)d characters."), params={"min": MESSAGE_MIN}
            )
        return message


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
