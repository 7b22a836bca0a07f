"""Settings for the API benchmark's gunicorn: the product settings plus a bench-only URL module."""

from factcheck.settings import *  # noqa: F403

ROOT_URLCONF = "bench.api_urls"
