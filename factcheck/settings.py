"""One settings module; every value comes from the environment (see .env.example)."""

from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from factcheck import embedded
from factcheck.envvars import database_from_url, env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "" if not DEBUG else "insecure-dev-key-only-for-DJANGO_DEBUG=1")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. It has no default outside debug: set it, or set DJANGO_DEBUG=1 "
        "for a local workbench (`make run` does)."
    )
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI and ReDoc assets served locally, no CDN
    "sources",
    "claims",
]

MIDDLEWARE = [
    "factcheck.middleware.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

if not DEBUG:
    # Serves the admin's and API docs' static files under gunicorn (docker compose runs collectstatic);
    # in debug the development server serves them itself.
    MIDDLEWARE.insert(2, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "factcheck" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

# --- Database: PostgreSQL only. Unset DATABASE_URL means the embedded server (pgserver). ------
DATABASE_URL = env_str("DATABASE_URL", "")
EMBEDDED_POSTGRES = not DATABASE_URL
if DATABASE_URL:
    DATABASES = {"default": database_from_url(DATABASE_URL)}
    DATABASES["default"]["NAME"] = env_str("FACTCHECK_DATABASE_NAME", "") or DATABASES["default"]["NAME"]
else:
    DATABASES = {
        "default": {
            # Same engine as django.db.backends.postgresql; it starts pgserver on first connection.
            "ENGINE": "factcheck.embedded_pg",
            "NAME": env_str("FACTCHECK_DATABASE_NAME", "") or embedded.DATABASE_NAME,
            "USER": "postgres",
            "HOST": "",
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    }
# Each test run gets a database of its own, so two runs on one server never drop each other's.
DATABASES["default"]["TEST"] = {
    "NAME": env_str("FACTCHECK_TEST_DATABASE_NAME", "")
    or f"test_{DATABASES['default']['NAME']}_{os.getpid()}"
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / ".state" / "static"
LOGIN_URL = "/admin/login/"

# Bodies above this are refused with 413 before any parsing.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("FACTCHECK_MAX_BODY_BYTES", 5 * 1024 * 1024, minimum=1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE
FACTCHECK_MAX_DOCUMENT_CHARS = env_int("FACTCHECK_MAX_DOCUMENT_CHARS", 2_000_000, minimum=1000)

# --- Celery: a real broker always. Unset CELERY_BROKER_URL means the embedded Redis. ----------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "")
EMBEDDED_REDIS = not CELERY_BROKER_URL
if EMBEDDED_REDIS:
    CELERY_BROKER_URL = embedded.embedded_broker_url()
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_BACKEND = None  # job state a user cares about lives in our own tables
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("FACTCHECK_TASK_SOFT_TIME_LIMIT", 120, minimum=1)
CELERY_TASK_TIME_LIMIT = env_int("FACTCHECK_TASK_TIME_LIMIT", 150, minimum=2)
# Redis redelivers an unacknowledged message after this; it must exceed the longest time limit.
DEFAULT_VISIBILITY_TIMEOUT = max(CELERY_TASK_TIME_LIMIT * 4, 600)
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
    "visibility_timeout": DEFAULT_VISIBILITY_TIMEOUT,
    "queue_order_strategy": "priority",
    "priority_steps": list(range(10)),
    "sep": ":",
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env_str("FACTCHECK_QUEUE", "factcheck")
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# --- REST framework ---------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "factcheck.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "factcheck.errors.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("FACTCHECK_THROTTLE_ANON", "600/min"),
        "user": env_str("FACTCHECK_THROTTLE_USER", "6000/min"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": "Claims with attribution, evidence and verdicts; schema.org ClaimReview export.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("FACTCHECK_LOG_LEVEL", "INFO")},
    "loggers": {"pgserver": {"level": "WARNING"}},
}

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# --- Verification workflow, roles and verdict API (claims app) ---------------------------------
# Publishing needs at least this many cited evidence rows whose decision is "accepted".
FACTCHECK_MIN_ACCEPTED_EVIDENCE = env_int("FACTCHECK_MIN_ACCEPTED_EVIDENCE", 1, minimum=0)
# The publisher named in ClaimReview `author`, and the base of the public URLs in feeds and webhooks.
FACTCHECK_ORGANIZATION_NAME = env_str("FACTCHECK_ORGANIZATION_NAME", "factcheck")
FACTCHECK_ORGANIZATION_URL = env_str("FACTCHECK_ORGANIZATION_URL", "http://localhost:8000/")
FACTCHECK_PUBLIC_BASE_URL = env_str("FACTCHECK_PUBLIC_BASE_URL", "http://localhost:8000").rstrip("/")
# Webhooks: hosts exempt from the private-address refusal (tests, local receivers), retry policy.
FACTCHECK_WEBHOOK_ALLOWED_HOSTS = env_list("FACTCHECK_WEBHOOK_ALLOWED_HOSTS", [])
FACTCHECK_WEBHOOK_MAX_ATTEMPTS = env_int("FACTCHECK_WEBHOOK_MAX_ATTEMPTS", 6, minimum=1)
FACTCHECK_WEBHOOK_BACKOFF_SECONDS = env_float("FACTCHECK_WEBHOOK_BACKOFF_SECONDS", 30.0)
FACTCHECK_WEBHOOK_BACKOFF_MAX_SECONDS = env_float("FACTCHECK_WEBHOOK_BACKOFF_MAX_SECONDS", 3600.0)
FACTCHECK_WEBHOOK_TIMEOUT_SECONDS = env_float("FACTCHECK_WEBHOOK_TIMEOUT_SECONDS", 10.0)
# A delivery still pending this long after it was due lost its task message; the beat task re-queues it.
# Keep it well above the delivery task's time limit (90 s), or an attempt in flight is sent twice.
FACTCHECK_WEBHOOK_REQUEUE_AFTER_SECONDS = env_int("FACTCHECK_WEBHOOK_REQUEUE_AFTER_SECONDS", 900, minimum=120)
# Our own hashed, named, revocable tokens replace DRF's one-per-user authtoken. Token first: DRF takes
# the challenge from the first class, so a request with no or a bad token gets 401 and
# `WWW-Authenticate: Token`, and 403 is kept for a known user who lacks the role.
REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"] = [
    "claims.authentication.ApiTokenAuthentication",
    "rest_framework.authentication.SessionAuthentication",
]
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] = {
    **REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],  # type: ignore[dict-item]
    "feeds": env_str("FACTCHECK_THROTTLE_FEEDS", "30/min"),
}
SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"] = {
    **SPECTACULAR_SETTINGS.get("ENUM_NAME_OVERRIDES", {}),  # type: ignore[dict-item]
    "ClaimStatusEnum": "claims.models.Claim.Status",
    "ClaimKindEnum": "claims.models.Claim.Kind",
    "VerdictStatusEnum": "claims.verdict_models.Verdict.Status",
    "CorrectionKindEnum": "claims.verdict_models.Correction.Kind",
    "AuditEventKindEnum": "claims.audit_models.AuditEvent.Kind",
    "WebhookEventEnum": "claims.webhook_models.WebhookEvent",
    "WebhookDeliveryStatusEnum": "claims.webhook_models.WebhookDelivery.Status",
    "JobStatusEnum": "sources.models.JobStatus",
    "DocumentStatusEnum": "sources.models.Document.Status",
}

# --- Corroboration queue, fetching and feeds (sources app) -------------------------------------
# Fetching: timeouts, a size cap, bounded redirects; private addresses are refused unless a host:port is
# listed here (tests serve pages from a local http.server, e.g. "127.0.0.1:8765").
FACTCHECK_FETCH_ALLOWED_HOSTS = env_list("FACTCHECK_FETCH_ALLOWED_HOSTS", [])
FACTCHECK_FETCH_CONNECT_TIMEOUT = env_int("FACTCHECK_FETCH_CONNECT_TIMEOUT", 5, minimum=1)
FACTCHECK_FETCH_READ_TIMEOUT = env_int("FACTCHECK_FETCH_READ_TIMEOUT", 15, minimum=1)
FACTCHECK_FETCH_MAX_BYTES = env_int("FACTCHECK_FETCH_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
FACTCHECK_FETCH_MAX_REDIRECTS = env_int("FACTCHECK_FETCH_MAX_REDIRECTS", 5, minimum=0)
FACTCHECK_FETCH_USER_AGENT = env_str("FACTCHECK_FETCH_USER_AGENT", "factcheck-workbench/0.1 (+corroboration)")
# Corroboration tasks: retries on transient errors only, full-jitter backoff between base and cap seconds.
FACTCHECK_CORROBORATION_MAX_RETRIES = env_int("FACTCHECK_CORROBORATION_MAX_RETRIES", 5, minimum=0)
FACTCHECK_RETRY_BASE_MS = env_int("FACTCHECK_RETRY_BASE_MS", 2000, minimum=1)
FACTCHECK_RETRY_CAP_MS = env_int("FACTCHECK_RETRY_CAP_MS", 300_000, minimum=1)
FACTCHECK_CORROBORATION_SOFT_TIME_LIMIT = env_int("FACTCHECK_CORROBORATION_SOFT_TIME_LIMIT", 60, minimum=1)
FACTCHECK_CORROBORATION_TIME_LIMIT = env_int("FACTCHECK_CORROBORATION_TIME_LIMIT", 90, minimum=2)
# A RUNNING job older than this was lost with its worker; QUEUED ones older than the second were lost
# with their message. The beat task re-enqueues both (duplicate deliveries are harmless).
FACTCHECK_STUCK_AFTER_SECONDS = env_int("FACTCHECK_STUCK_AFTER_SECONDS", 2 * 150, minimum=1)
FACTCHECK_REQUEUE_QUEUED_AFTER_SECONDS = env_int("FACTCHECK_REQUEUE_QUEUED_AFTER_SECONDS", 3600, minimum=1)
# Redis redelivers an unacknowledged message after this; it must exceed the longest time limit.
FACTCHECK_VISIBILITY_TIMEOUT = env_int("FACTCHECK_VISIBILITY_TIMEOUT", DEFAULT_VISIBILITY_TIMEOUT, minimum=1)
CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] = FACTCHECK_VISIBILITY_TIMEOUT
CELERY_BROKER_TRANSPORT_OPTIONS["unacked_restore_interval"] = env_int(
    "FACTCHECK_UNACKED_RESTORE_INTERVAL", 10, minimum=1
)
# Test-only hook: seconds a corroboration run sleeps before writing (lets a test kill a worker mid-task).
FACTCHECK_TEST_TASK_DELAY = env_float("FACTCHECK_TEST_TASK_DELAY", 0.0)
# Claim matching: a suggestion above the first score, an automatic family link above the second.
FACTCHECK_MATCH_SUGGEST_SCORE = env_float("FACTCHECK_MATCH_SUGGEST_SCORE", 0.55)
FACTCHECK_MATCH_AUTO_LINK_SCORE = env_float("FACTCHECK_MATCH_AUTO_LINK_SCORE", 0.85)
FACTCHECK_FEED_POLL_SECONDS = env_int("FACTCHECK_FEED_POLL_SECONDS", 900, minimum=10)
CELERY_BEAT_SCHEDULE = {
    "sources-poll-feeds": {
        "task": "sources.tasks.feeds_poll",
        "schedule": float(FACTCHECK_FEED_POLL_SECONDS),
    },
    "sources-reclaim-stuck-jobs": {"task": "sources.tasks.corroboration_reclaim", "schedule": 60.0},
    "sources-index-unmatched-claims": {"task": "sources.tasks.matching_backfill", "schedule": 300.0},
}
# Claims app beat entries (the schedule itself is defined with the sources app's above).
CELERY_BEAT_SCHEDULE["claims-requeue-webhooks"] = {"task": "claims.tasks.requeue_webhooks", "schedule": 300.0}
