"""Background work for marketing (Celery beat; see settings.CELERY_BEAT_SCHEDULE)."""

from celery import shared_task


@shared_task(name="chumchon.marketing.tasks.invite_reviewers")
def invite_reviewers() -> int:
    """Daily: ask tourists whose visit ended to review it (once per booking)."""
    from chumchon.marketing.services import invite_reviewers as invite

    return invite()
