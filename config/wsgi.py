"""WSGI entry point: `gunicorn config.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# Milliseconds: below gunicorn's 30-second worker timeout, so a slow query ends in a 503.
os.environ.setdefault("DB_STATEMENT_TIMEOUT", "20000")
application = get_wsgi_application()
