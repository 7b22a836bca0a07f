"""The Celery application; configuration comes from Django settings (CELERY_* names)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def _start_embedded_broker(sender: Celery, **kwargs: object) -> None:
    # Configuration is read lazily, at the first send or at worker start: the embedded Redis
    # therefore starts on first use, not whenever Django is imported.
    from django.conf import settings

    if getattr(settings, "EMBEDDED_REDIS", False):
        from factcheck import embedded

        embedded.ensure_redis()
