"""The one audit-log call: `log_action(actor, action, obj, **data)`."""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from chumchon.core import fastsql
from chumchon.core.models import AuditEntry


def log_action(
    actor, action: str, obj: models.Model | None = None, *, community=None, **data: Any
) -> AuditEntry:
    """Record that `actor` did `action` (a dotted name such as "household.created")."""
    if community is None and obj is not None:
        community = getattr(obj, "community", None)
    entry = AuditEntry(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        community=community,
        action=action,
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        data=data,
    )
    fastsql.insert([entry])  # every action writes one: the ORM's insert cost more than it
    return entry
