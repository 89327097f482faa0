"""Messages Django's own Vietnamese catalog leaves in English; locale/vi translates them.

Never imported: it exists so that `make messages` keeps these ids in our catalog.
"""

from django.utils.translation import gettext_noop

MISSING_FROM_DJANGO = [
    gettext_noop("Null characters are not allowed."),
    gettext_noop("Enter a complete value."),
    gettext_noop("Date out of range"),
    gettext_noop("Messages"),
    gettext_noop("Forbidden"),
    gettext_noop("CSRF verification failed. Request aborted."),
]
