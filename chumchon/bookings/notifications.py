"""E-mails about bookings, sent from a background task so they never block a booking."""


def booking_confirmed(booking_id: int, tourist: bool = True) -> None:
    from chumchon.bookings import tasks

    tasks.enqueue(tasks.send_booking_confirmed, booking_id, tourist)


def booking_cancelled(booking_id: int) -> None:
    from chumchon.bookings import tasks

    tasks.enqueue(tasks.send_booking_cancelled, booking_id)
