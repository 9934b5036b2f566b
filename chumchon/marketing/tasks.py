"""Background work for marketing (Celery beat; see settings.CELERY_BEAT_SCHEDULE)."""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="chumchon.marketing.tasks.invite_reviewers")
def invite_reviewers() -> int:
    """Daily: ask tourists whose visit ended to review it (once per booking)."""
    from chumchon.marketing.services import invite_reviewers as invite

    return invite()


@shared_task(
    name="chumchon.marketing.tasks.notify_new_review",
    bind=True,
    max_retries=5,
    default_retry_delay=60,
)
def notify_new_review(self, review_id: int) -> None:
    from chumchon.marketing.emails import send_new_review_notice

    try:
        send_new_review_notice(review_id)
    except Exception as exc:  # retried with back-off; the review stands whatever mail does
        logger.exception("new-review notice for review %s failed", review_id)
        if not self.request.is_eager:
            raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc
