from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money


class Method(models.TextChoices):
    PROMPTPAY = "promptpay", _("PromptPay")
    CASH = "cash", _("Cash")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer")
    GATEWAY = "gateway", _("Online payment")


class Payment(models.Model):
    """Money received for a booking. Never edited: a mistake is refunded, not rewritten."""

    booking = models.ForeignKey(
        "bookings.Booking", on_delete=models.PROTECT, related_name="payments"
    )
    method = models.CharField(_("method"), max_length=16, choices=Method.choices)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    slip = models.ImageField(_("transfer slip"), upload_to="slips/%Y/%m/", blank=True)
    provider = models.CharField(max_length=30, blank=True)
    provider_reference = models.CharField(max_length=100, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["received_at"]
        constraints = [
            # A gateway's charge can pay for a booking once, however often it says so.
            models.UniqueConstraint(
                fields=["provider", "provider_reference"],
                name="one_payment_per_provider_charge",
                condition=~models.Q(provider_reference=""),
            ),
        ]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")

    def __str__(self) -> str:
        return f"{self.booking} {self.amount} {self.currency_id} {self.method}"

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency_id)


class Refund(models.Model):
    booking = models.ForeignKey(
        "bookings.Booking", on_delete=models.PROTECT, related_name="refunds"
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    method = models.CharField(_("paid back by"), max_length=16, choices=Method.choices)
    reason = models.CharField(_("reason"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    paid_at = models.DateTimeField(_("paid back on"), null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")

    def __str__(self) -> str:
        return f"{self.booking} −{self.amount} {self.currency_id}"

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency_id)


class WebhookEvent(models.Model):
    """Every gateway event we accepted, by its id: a replay is recognised and ignored."""

    provider = models.CharField(max_length=30)
    event_id = models.CharField(max_length=100)
    received_at = models.DateTimeField(auto_now_add=True)
    payload = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="one_event_per_id"),
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.event_id}"
