"""Background sending of webhooks (Celery; see chumchon/celery.py)."""

from celery import shared_task


@shared_task(name="chumchon.webhooks.tasks.deliver", acks_late=True)
def deliver(delivery_id: int) -> str | None:
    from chumchon.webhooks.services import attempt

    result = attempt(delivery_id)
    return result.state if result else None


@shared_task(name="chumchon.webhooks.tasks.send_due")
def send_due() -> int:
    from chumchon.webhooks.services import send_due as sweep

    return sweep()
