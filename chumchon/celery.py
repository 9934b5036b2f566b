"""The background task queue: Celery on Redis when REDIS_URL is set.

Without REDIS_URL (the zero-setup demo and the tests) tasks run in-process right
away and their errors are logged, never raised, so a failing e-mail cannot break
a booking.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chumchon.settings")

app = Celery("chumchon")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
