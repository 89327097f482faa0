"""Request-wide rules: the language, the admin's styles, the login throttle, the methods."""

from django.conf import settings
from django.contrib import admin
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from core.ratelimit import login_allowed


class VietnameseFirstLocaleMiddleware:
    """Like LocaleMiddleware, but ignores Accept-Language: only the switch's cookie counts."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ["Cookie"])
        response.headers.setdefault("Content-Language", language)
        return response


class AdminInlineStylesMiddleware:
    """The admin (CKEditor 5) needs inline styles; public pages keep the strict policy.

    Sits inside django-csp's middleware, which reads `_csp_update` from the response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/admin/"):
            response._csp_update = {"style-src": ["'unsafe-inline'"]}
        return response


class LoginThrottleMiddleware:
    """Sign-in posts from one address beyond LOGIN_RATE_LIMIT get a 429, unhashed.

    Password spraying tries many usernames from one address; each try costs a password
    hash (a third of a second of CPU). Refused here, before any form or backend runs.
    django-axes still locks one username at one address after repeated failures.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path_info == reverse("admin:login")
            and not login_allowed(request)
        ):
            context = admin.site.each_context(request)
            return render(request, "admin/login_throttled.html", context, status=429)
        return self.get_response(request)


class SafeMethodsMiddleware:
    """GET, HEAD and POST only: OPTIONS, TRACE and the rest get a bare 405 with `Allow`.

    Function views answer any method with the full page; nothing here needs another.
    """

    ALLOWED = ("GET", "HEAD", "POST")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.ALLOWED:
            return self.get_response(request)
        return HttpResponseNotAllowed(self.ALLOWED)
