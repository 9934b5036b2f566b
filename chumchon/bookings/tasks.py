"""Background work for bookings (Celery tasks; see chumchon/celery.py)."""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


def enqueue(task, *args) -> None:
    """Queue a task; a broken queue is logged and never breaks the caller."""
    try:
        task.delay(*args)
    except Exception:  # noqa: BLE001 - the booking stands whatever the queue does
        logger.exception("could not queue %s%r", task.name, args)


@shared_task(name="chumchon.bookings.tasks.expire_holds")
def expire_holds() -> int:
    from chumchon.bookings.services import expire_holds as expire

    return expire()


@shared_task(name="chumchon.bookings.tasks.generate_slots")
def generate_slots() -> int:
    from chumchon.bookings.schedule import generate_from_weekly_schedules

    return generate_from_weekly_schedules()


@shared_task(
    name="chumchon.bookings.tasks.send_booking_confirmed",
    bind=True,
    max_retries=5,
    default_retry_delay=60,
)
def send_booking_confirmed(self, booking_id: int, tourist: bool = True) -> None:
    from chumchon.bookings.emails import send_confirmation

    try:
        send_confirmation(booking_id, tourist)
    except Exception as exc:  # retried with back-off; never raised into the booking
        logger.exception("confirmation e-mail for booking %s failed", booking_id)
        if not self.request.is_eager:
            raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc


@shared_task(
    name="chumchon.bookings.tasks.send_booking_cancelled",
    bind=True,
    max_retries=5,
    default_retry_delay=60,
)
def send_booking_cancelled(self, booking_id: int) -> None:
    from chumchon.bookings.emails import send_cancellation

    try:
        send_cancellation(booking_id)
    except Exception as exc:
        logger.exception("cancellation e-mail for booking %s failed", booking_id)
        if not self.request.is_eager:
            raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc
