"""Tin Phường settings: everything configurable comes from environment variables.

Every variable has a default that runs locally (SQLite, no Redis). DEBUG is off unless
set: `make run` and the tests turn it on; without it SECRET_KEY must be provided.
"""

import hashlib
import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=""):
    return os.environ.get(name, default)


def envbool(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be 1/0/true/false, not {value!r}")


def envint(name, default):
    return int(os.environ.get(name) or default)


def envlist(name, default):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
    elif (
        sys.orig_argv[1:2]
        and Path(sys.orig_argv[1]).name == "manage.py"
        and ("runserver" not in sys.orig_argv)
    ):
        # A command (migrate, makemigrations, check) signs nothing that must outlive it: a
        # key of its own, never the public one. Serving pages still needs SECRET_KEY.
        SECRET_KEY = secrets.token_urlsafe(50)
    else:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

SITE_NAME = env("SITE_NAME", "Cổng thông tin điện tử Thị xã Sông Hồng")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin: English fields beside Vietnamese ones (portal)
    "newsroom.apps.AdminConfig",  # Django's admin, opening on the newsroom desk
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django.contrib.postgres",
    "imagekit",
    "django_ckeditor_5",
    "captcha",
    "csp",
    "axes",
    "reversion",
    "reversion_compare",
    "core",
    "wards",
    "newsroom",
    "news",
    "comments",
    "search",
    "stats",
    "portal",
    "documents",
    "mobilization",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.SafeMethodsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.VietnameseFirstLocaleMiddleware",  # the cookie's language, no session
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # A reader's page from the cache is counted, filled and sent from here, with the
    # headers above, and the frame and content policies of the page as it was rendered,
    # without the middleware below, which a cached page never needs (a request with a
    # session or messages is never served one).
    "stats.middleware.VisitCounterMiddleware",  # staff (request.user, set below) not counted
    "core.pagecache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "config.middleware.AdminInlineStylesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.middleware.LoginThrottleMiddleware",  # before axes and the password hash
    "django.contrib.messages.middleware.MessageMiddleware",
    "axes.middleware.AxesMiddleware",
    "newsroom.audit.AuditMiddleware",  # after auth: audit entries know who and from where
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
                "portal.context_processors.site",  # the name from the site's identity
            ],
        },
    },
]

# Database: SQLite file by default; postgres:// URLs use psycopg 3. Each worker keeps its
# connection; one that died with a PostgreSQL restart is replaced, not used (checked
# before each request's first query; core.postgresql checks without a round trip).
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=None,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "core.postgresql"
    DATABASES["default"].setdefault("OPTIONS", {})  # the URL's own (sslmode=…) stay
    # No query outlives a worker: PostgreSQL cancels it first and the page answers a
    # Vietnamese 503 (core.views.server_error). config/wsgi.py sets it for the web server;
    # commands (migrate, imports) run without a limit unless it is set.
    if statement_timeout := envint("DB_STATEMENT_TIMEOUT", 0):
        DATABASES["default"]["OPTIONS"]["options"] = f"-c statement_timeout={statement_timeout}"
else:
    # Kept connections matter here too: opening one runs the pragmas below and closing the
    # last one checkpoints the log, 3 ms of every request that writes (a first view).
    # WAL lets readers and one writer work at once; a busy writer waits, not fails.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set, so every process shares them.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_PREFIX", "tinphuong"),
            # Redis answers in a millisecond: half a second means it is gone or hung.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    # Sessions read from Redis and are kept in the database: a Redis restart loses none.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Files every local process shares (gunicorn's workers agree on every entry), in
    # shared memory where Linux has it: on a disk each write waits for the file system
    # (about 3 ms a write on ext4), in /dev/shm it takes a twentieth of a millisecond.
    # The folder's name comes from the configured secret key: no other user of the machine
    # can guess it and plant entries there (Django makes it private to us, mode 0700).
    SHM = Path("/dev/shm")  # noqa: S108
    if SHM.is_dir() and os.access(SHM, os.W_OK):
        name = hashlib.sha256(f"{BASE_DIR}:{env('SECRET_KEY')}".encode()).hexdigest()[:24]
        CACHE_DIR = Path(env("CACHE_DIR", str(SHM / f"tinphuong-{name}")))
    else:
        CACHE_DIR = Path(env("CACHE_DIR", str(BASE_DIR / ".cache")))
    CACHES = {
        "default": {
            "BACKEND": "core.cache.SharedFileCache",
            "LOCATION": str(CACHE_DIR / "default"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
# After a Redis failure each process skips Redis this long (core.breaker), then retries.
REDIS_BREAKER_SECONDS = envint("REDIS_BREAKER_SECONDS", 5)

# Rendered pages for readers (core.pagecache), beside the cache: Redis or shared files.
PAGE_CACHE_SECONDS = envint("PAGE_CACHE_SECONDS", 600)  # 0: no page cache
if REDIS_URL:
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": CACHES["default"]["KEY_PREFIX"] + "-p"}
else:
    CACHES["pages"] = {**CACHES["default"], "LOCATION": str(CACHE_DIR / "pages"),
                       "OPTIONS": {"MAX_ENTRIES": 20000}}  # fmt: skip

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
# Locked per account *and* address: a stranger's wrong passwords never lock the editor out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.readers.client_ip"  # the address rate limits see too
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"

# Language: Vietnamese whatever the browser asks; English only by the explicit switch.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
NUMBER_GROUPING = 3
FORMAT_MODULE_PATH = ["core.formats"]
# English fields (portal/translation.py) fall back to the Vietnamese text, marked lang="vi".
MODELTRANSLATION_DEFAULT_LANGUAGE = "vi"
MODELTRANSLATION_LANGUAGES = ("vi", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("vi",)

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
SERVE_MEDIA = envbool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

# Photos and editor uploads (see news/images.py).
IMAGE_MAX_BYTES = 10 * 1024 * 1024
IMAGE_MAX_PIXELS = 40_000_000
IMAGEKIT_CACHEFILE_DIR = "thumbs"
# Renditions are made when a photo is saved; pages then never ask whether they exist.
# A rendition that fails is logged; the save goes through (news.images.SafeOptimistic).
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "news.images.SafeOptimistic"

CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
CKEDITOR_5_MAX_FILE_SIZE = 10  # MB; our own upload view enforces IMAGE_MAX_BYTES too
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "news:editor-upload"
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "vi",
        "toolbar": {
            "items": [
                "heading", "|", "bold", "italic", "link", "|",
                "bulletedList", "numberedList", "blockQuote", "|",
                "imageUpload", "insertTable", "|", "undo", "redo",
            ],
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
                *(
                    {"model": f"heading{n}", "view": f"h{n}", "title": f"Tiêu đề {n}",
                     "class": f"ck-heading_heading{n}"}
                    for n in (2, 3, 4)
                ),
            ]
        },
        "image": {
            "toolbar": ["imageTextAlternative", "toggleImageCaption", "|",
                        "imageStyle:inline", "imageStyle:block"],
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
    },
}  # fmt: skip

# How many proxies of ours append to X-Forwarded-For; 0: trust only REMOTE_ADDR.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)

# Security: safe defaults, production hardening when DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True  # the switch is a form: no script reads the cookie
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = not DEBUG
if TRUSTED_PROXY_COUNT:
    # Only our own proxy sets X-Forwarded-Proto (deploy/nginx.conf overwrites what a
    # client sent); without one the header is the client's word and means nothing.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # a load balancer may probe gunicorn in plain HTTP
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# No inline scripts or styles on public pages; the admin adds inline styles for CKEditor 5
# (config.middleware.AdminInlineStylesMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "font-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "no-reply@localhost")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
# The address e-mails link to (the site as readers reach it).
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")

# Newsroom (newsroom/, news/workflow.py): a one-person ward may approve its own articles.
NEWSROOM_SELF_APPROVAL = envbool("NEWSROOM_SELF_APPROVAL", False)

# Listings.
ARTICLES_PER_PAGE = envint("ARTICLES_PER_PAGE", 12)

# Visit counters (stats/): Redis when REDIS_URL is set, else the database.
COUNTERS_ENABLED = envbool("COUNTERS_ENABLED", True)
COUNTERS_BACKEND = env("COUNTERS_BACKEND", "auto")  # auto, database or redis
COUNTERS_COUNT_STAFF = envbool("COUNTERS_COUNT_STAFF", False)
COUNTERS_VIEW_INTERVAL = envint("COUNTERS_VIEW_INTERVAL", 30 * 60)  # one view per reader per…
COUNTERS_VISIT_GAP = envint("COUNTERS_VISIT_GAP", 30 * 60)  # a new visit after this quiet
COUNTERS_ONLINE_WINDOW = envint("COUNTERS_ONLINE_WINDOW", 5 * 60)  # online: seen this recently
# Pending counts are written to the history this often (0: only by `flush_counters`).
COUNTERS_FLUSH_SECONDS = envint("COUNTERS_FLUSH_SECONDS", 60)

# Readers' voice (comments/, news/ratings.py). Rate limits count per sender address.
COMMENTS_PER_PAGE = envint("COMMENTS_PER_PAGE", 20)
COMMENT_RATE_LIMIT = envint("COMMENT_RATE_LIMIT", 3)  # comments per sender…
COMMENT_RATE_WINDOW = envint("COMMENT_RATE_WINDOW", 600)  # …in this many seconds
COMMENTS_CLOSE_AFTER_DAYS = envint("COMMENTS_CLOSE_AFTER_DAYS", 365)  # 0: never close
COMMENT_RETENTION_DAYS = envint("COMMENT_RETENTION_DAYS", 30)  # rejected and spam, then purged
COMMENT_MODERATOR_EMAILS = envlist("COMMENT_MODERATOR_EMAILS", "")
COMMENT_NOTIFY_INTERVAL = envint("COMMENT_NOTIFY_INTERVAL", 1800)  # at most one email per…
# Generous: one office or school behind a NAT shares an address, and each reader votes.
RATING_RATE_LIMIT = envint("RATING_RATE_LIMIT", 120)
RATING_RATE_WINDOW = envint("RATING_RATE_WINDOW", 600)
# Sign-in attempts per address, whatever the username (password spraying).
LOGIN_RATE_LIMIT = envint("LOGIN_RATE_LIMIT", 20)
LOGIN_RATE_WINDOW = envint("LOGIN_RATE_WINDOW", 600)
CAPTCHA_TIMEOUT = 30  # minutes: long enough to write a comment on a phone
