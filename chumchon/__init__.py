"""Chumchon: community-based tourism run by the communities themselves."""

from chumchon.celery import app as celery_app

__all__ = ["celery_app"]
