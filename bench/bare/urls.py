from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import path


def page(request, name):
    """The saved bytes of page `name`, as the real site served them."""
    file = Path(settings.PAGES_DIR) / f"{name}.html"
    if not file.is_file():
        raise Http404
    return HttpResponse(file.read_bytes(), content_type="text/html; charset=utf-8")


urlpatterns = [path("<slug:name>/", page)]
