"""What an OCTO reseller tells us that a Booking has no field for.

The booking itself (its places, price, status, contact for the community) stays in
bookings.Booking; these rows only let us answer the reseller in its own terms: the
contact exactly as sent, and one unit item (ticket) per person with a stable uuid.
"""

import uuid

from django.db import models


class OctoBooking(models.Model):
    booking = models.OneToOneField(
        "bookings.Booking", on_delete=models.CASCADE, related_name="octo", primary_key=True
    )
    # The OCTO Contact object as the reseller sent it (camelCase keys, no empty strings).
    contact = models.JSONField(default=dict, blank=True)
    # The booking's OCTO `notes`, echoed as sent (Booking.notes also carries the contact's notes).
    notes = models.TextField(blank=True)
    email_receipt = models.BooleanField(default=False)
    # FULL, PARTIAL or NONE as the offering's policy gave it when the reseller cancelled.
    refund = models.CharField(max_length=8, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "OCTO booking"
        verbose_name_plural = "OCTO bookings"

    def __str__(self) -> str:
        return f"OCTO {self.booking_id}"


class UnitItem(models.Model):
    """One ticket of an OCTO booking: a person (or a group) of one unit type."""

    octo_booking = models.ForeignKey(
        OctoBooking, on_delete=models.CASCADE, related_name="unit_items"
    )
    uuid = models.UUIDField(default=uuid.uuid4)
    unit_id = models.CharField(max_length=20)
    reseller_reference = models.CharField(max_length=100, blank=True)
    contact = models.JSONField(default=dict, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["octo_booking", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["octo_booking", "uuid"], name="unit_item_uuid_unique_in_booking"
            )
        ]
        verbose_name = "OCTO unit item"
        verbose_name_plural = "OCTO unit items"

    def __str__(self) -> str:
        return f"{self.unit_id} {self.uuid}"
