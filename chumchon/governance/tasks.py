"""Background work for governance (Celery tasks; see chumchon/celery.py)."""

from celery import shared_task


@shared_task(name="chumchon.governance.tasks.close_due_votes")
def close_due_votes() -> int:
    """Close the votes whose deadline has passed and record their results."""
    from chumchon.governance.services import close_due_votes as close

    return close()
