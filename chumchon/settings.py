"""Chumchon settings, read from the environment.

With nothing set, this is a development setup on SQLite (the embedded default).
With DEBUG=False plus SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL it is the
production configuration and passes `chumchon check --deploy`.
"""

import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from chumchon.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env_str("DATA_DIR", str(BASE_DIR.parent / "var")))

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is False")
    SECRET_KEY = "dev-only-key-never-use-in-production-0123456789-abcdefghijklmnop"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that it can patch model admins.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "chumchon.core",
    "chumchon.accounts",
    "chumchon.communities",
    "chumchon.places",
    "chumchon.catalog",
    "chumchon.bookings",
    "chumchon.payments",
    "chumchon.ledger",
    "chumchon.api",
    "chumchon.octo",
    "chumchon.webhooks",
    "chumchon.governance",
    "chumchon.training",
    "chumchon.standards",
    "chumchon.routing",
    "chumchon.maps",
    "chumchon.network",
    "chumchon.routes",
    "chumchon.marketing",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "chumchon.front",
    "chumchon.dashboard",
    "chumchon.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "chumchon.urls"
WSGI_APPLICATION = "chumchon.wsgi.application"

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
                "chumchon.core.context_processors.site",
            ],
        },
    },
]

if not env_str("DATABASE_URL"):
    DATA_DIR.mkdir(parents=True, exist_ok=True)  # the embedded SQLite file lives here
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'chumchon.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue up at BEGIN instead of failing mid-transaction, which makes
    # SQLite serialise bookings the way row locks do on PostgreSQL.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not memory, so that the race tests' separate processes share it.
    # One per test run (pid), so that runs side by side never share a file.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / f"test-{os.getpid()}.sqlite3")}
elif env_bool("DB_SERVER_SIDE_BINDING", True):
    # Parameters sent apart from the SQL, and statements prepared once a connection has
    # run them 5 times, so that PostgreSQL stops parsing and planning the same small
    # queries again: most of what a booking cost the database. (Behind a pooler in
    # transaction mode, such as PgBouncer's, set DB_SERVER_SIDE_BINDING=False.)
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 5}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "front:home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ---------------------------------------------------------------
# Django ships no Lao locale metadata; declare it so that get_language_info()
# and the language switcher work for "lo".
LANG_INFO.setdefault("lo", {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ລາວ"})
LANGUAGE_CODE = "en"  # only for visitors whose browser asks for none of ours
LANGUAGES = [
    ("th", _("Thai")),
    ("lo", _("Lao")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Bangkok"  # Tha Li and Bo Tan share UTC+7

# Content fields: name_th, name_lo, name_en, read through `name` with fallbacks.
# Lao readers mostly read Thai; everyone else falls back to English first.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("th", "lo", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("en", "th", "lo"),
    "lo": ("th", "en"),
    "th": ("en", "lo"),
}
MODELTRANSLATION_AUTO_POPULATE = False

# --- Static and media files ----------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
# Hashed, compressed files once `collectstatic` has written its manifest (production);
# plain files before that (development and tests, which never collect).
_MANIFEST = (STATIC_ROOT / "staticfiles.json").exists() and not DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if _MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Map tiles need the internet; leave empty to show the markers on a plain background.
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)

# --- E-mail --------------------------------------------------------------------
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Chumchon <noreply@chumchon.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Admin", a) for a in env_list("ADMINS", [])]

REDIS_URL = env_str("REDIS_URL")

BOOKING_HOLD_MINUTES = env_int("BOOKING_HOLD_MINUTES", 30)
# Travel times between route stops: an OSRM server when set (answers kept for
# OSRM_CACHE_DAYS), otherwise estimated from coordinates. OSRM_URL may contain
# "{profile}" for setups that run one server per profile.
OSRM_URL = env_str("OSRM_URL")
OSRM_TIMEOUT_SECONDS = env_int("OSRM_TIMEOUT_SECONDS", 5)
OSRM_CACHE_DAYS = env_int("OSRM_CACHE_DAYS", 30)
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
# Only the benchmark scripts in bench/ turn this on: it routes a baseline endpoint.
BENCH_ENDPOINTS = env_bool("BENCH_ENDPOINTS", False)
# An online payment gateway (charges API + HMAC-signed webhooks); off when no URL.
PAYMENT_GATEWAY = {
    "URL": env_str("GATEWAY_URL"),
    "API_KEY": env_str("GATEWAY_API_KEY"),
    "WEBHOOK_SECRET": env_str("GATEWAY_WEBHOOK_SECRET"),
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "chumchon.api.keys.BearerKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Chumchon API",
    "DESCRIPTION": "Communities, offerings, availability and bookings, for partners and "
    "coordinators.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and Redoc from our own static files: no CDN, works offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Background tasks (Celery) ------------------------------------------------------
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # Holds already free their places on read; this only updates their status.
    "expire-holds": {"task": "chumchon.bookings.tasks.expire_holds", "schedule": 60.0},
    "generate-slots": {"task": "chumchon.bookings.tasks.generate_slots", "schedule": 3600.0},
    "close-due-votes": {"task": "chumchon.governance.tasks.close_due_votes", "schedule": 300.0},
    # Retries whose time has come, even if the worker that scheduled them died.
    "send-due-webhooks": {"task": "chumchon.webhooks.tasks.send_due", "schedule": 60.0},
    # Daily in the morning, so that the e-mail arrives when people read mail.
    "invite-reviews": {
        "task": "chumchon.marketing.tasks.invite_reviewers",
        "schedule": crontab(hour=9, minute=30),
    },
}

# --- Webhooks to resellers ------------------------------------------------------------
# Receivers must use https and public addresses in production (no requests to our own
# network, SSRF); development and tests deliver to local servers.
WEBHOOKS_REQUIRE_HTTPS = env_bool("WEBHOOKS_REQUIRE_HTTPS", not DEBUG)
WEBHOOKS_ALLOW_PRIVATE_URLS = env_bool("WEBHOOKS_ALLOW_PRIVATE_URLS", DEBUG)
WEBHOOKS_TIMEOUT_SECONDS = env_int("WEBHOOKS_TIMEOUT_SECONDS", 5)

# --- Security --------------------------------------------------------------------
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # PDF rendering narrates every step at INFO.
    "loggers": {
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

SITE_NAME = "Chumchon"
