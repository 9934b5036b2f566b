"""Links from an answer to records kept on the platform, as evidence.

Paths are stored without the language prefix ("/manage/tha-li/training/") and opened
in the reader's language. The suggestions cover the records that the ASEAN standard's
indicators usually point at: the training record, offerings and their rules, meetings.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

_CODES = "|".join(code for code, _name in settings.LANGUAGES)
_LANG_PREFIX = re.compile(rf"^/({_CODES})(?=/)")


def neutral_path(path: str) -> str:
    """A platform address without its host or language prefix, or "" when it is not ours."""
    path = (path or "").strip()
    base = getattr(settings, "SITE_URL", "").rstrip("/")
    if base and path.startswith(base + "/"):
        path = path[len(base) :]
    # Only paths on this site: no scheme, no other host ("//evil.example").
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return ""
    return _LANG_PREFIX.sub("", path)[:300]


def localised(path: str, language: str | None = None) -> str:
    """The stored path opened in `language` (the active one by default)."""
    if not path:
        return ""
    return f"/{language or get_language() or 'en'}{path}"


def _try_reverse(name: str, *args) -> str | None:
    try:
        return neutral_path(reverse(name, args=args))
    except NoReverseMatch:
        return None


def record_choices(community) -> list[tuple[str, str]]:
    """(path, label) pairs a coordinator can pick as evidence for an answer."""
    slug = community.slug
    pages = [
        ("training:overview", _("Training: overview")),
        ("training:members", _("Training: members' records")),
        ("training:sessions", _("Training: sessions")),
        ("training:warnings", _("Training: skills offerings need")),
        # Pages of the participation app, when installed under these names.
        ("governance:meetings", _("Meetings and minutes")),
        ("governance:proposals", _("Proposals and decisions")),
        ("dashboard:offerings", _("Offerings")),
        ("dashboard:places", _("Places")),
    ]
    choices = []
    for name, label in pages:
        path = _try_reverse(name, slug)
        if path:
            choices.append((path, label))
    for offering in community.offerings.filter(is_published=True).order_by("kind", "position"):
        choices.append((neutral_path(offering.get_absolute_url()), f"{_('Offering')}: {offering}"))
    try:
        Meeting = apps.get_model("governance", "Meeting")
    except LookupError:
        Meeting = None
    if (
        Meeting is not None
        and hasattr(Meeting, "get_absolute_url")
        and any(f.name == "community" for f in Meeting._meta.get_fields())
    ):
        for meeting in Meeting.objects.filter(community=community).order_by("-pk")[:20]:
            path = neutral_path(meeting.get_absolute_url())
            if path:
                choices.append((path, f"{_('Meeting')}: {meeting}"))
    return choices
