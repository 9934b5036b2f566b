"""The revenue ledger: how prices split, and every baht and kip from tourist to household.

Sign convention (double entry, one signed amount per entry): a positive amount is a
debit, a negative one a credit. Money the community holds (cash in hand, the bank
account, the online gateway) has a positive balance; money it owes (to a household,
the community fund, a partner, the platform, a tourist awaiting a refund) has a
negative one. Every transaction's entries add up to zero in each currency, so all
the balances together always add up to zero.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money, quantum

# --- Revenue-sharing rules -----------------------------------------------------------


class Recipient(models.TextChoices):
    PROVIDERS = "providers", _("The households providing it")
    HOUSEHOLD = "household", _("One household")
    FUND = "fund", _("The community fund")
    PARTNER = "partner", _("The partner who sold it (commission)")
    PLATFORM = "platform", _("The platform fee")


class Basis(models.TextChoices):
    PERCENT = "percent", _("A percentage of the price")
    PER_GUEST = "per_guest", _("A fixed amount per guest")
    REST = "rest", _("What is left")


class RevenueShareRule(models.Model):
    """One part of how an offering's price is shared out.

    Rules without an offering are the community's default set, used by every
    offering that has no rules of its own. Changing rules changes future splits
    only: each booking's split is fixed when its first payment arrives.
    """

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="revenue_share_rules",
        verbose_name=_("community"),
    )
    offering = models.ForeignKey(
        "catalog.Offering",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="revenue_share_rules",
        verbose_name=_("offering"),
        help_text=_("Empty for the community's default rules."),
    )
    recipient = models.CharField(_("who gets it"), max_length=12, choices=Recipient.choices)
    role = models.ForeignKey(
        "communities.Role",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("as (role)"),
        help_text=_("Only the providing households with a member in this role, e.g. cook."),
    )
    household = models.ForeignKey(
        "communities.Household",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("household"),
    )
    partner_community = models.ForeignKey(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("partner community"),
        help_text=_("A community that sells it for you. Empty: the agency that sold it."),
    )
    basis = models.CharField(_("how much"), max_length=12, choices=Basis.choices)
    percent = models.DecimalField(
        _("percent"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    amount = models.DecimalField(
        _("amount per guest"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["community", "offering", "position", "id"]
        verbose_name = _("revenue-sharing rule")
        verbose_name_plural = _("revenue-sharing rules")

    def __str__(self) -> str:
        if self.basis == Basis.PERCENT:
            how = f"{self.percent}%"
        elif self.basis == Basis.PER_GUEST:
            how = f"{self.amount}/guest"
        else:
            how = str(Basis.REST.label)
        return f"{self.get_recipient_display()}: {how}"

    def clean(self) -> None:
        # Keep only the value the basis uses, so a rule never shows a stale figure.
        if self.basis != Basis.PERCENT:
            self.percent = None
        if self.basis != Basis.PER_GUEST:
            self.amount = None
        errors: dict[str, str] = {}
        if self.basis == Basis.PERCENT and self.percent is None:
            errors["percent"] = _("Write the percentage.")
        if self.basis == Basis.PER_GUEST:
            if self.amount is None:
                errors["amount"] = _("Write the amount per guest.")
            elif self.community_id and self.amount != self.amount.quantize(
                quantum(self.community.currency_id)
            ):
                errors["amount"] = _("This currency has no such small units.")
        if self.recipient == Recipient.HOUSEHOLD:
            if self.household_id is None:
                errors["household"] = _("Choose the household.")
            elif self.community_id and self.household.community_id != self.community_id:
                errors["household"] = _("This household belongs to another community.")
        if self.role_id and self.recipient != Recipient.PROVIDERS:
            errors["role"] = _("A role only applies to the providing households.")
        if self.partner_community_id and self.recipient != Recipient.PARTNER:
            errors["partner_community"] = _("Only a partner's commission goes to a community.")
        if self.partner_community_id and self.partner_community_id == self.community_id:
            errors["partner_community"] = _("A community cannot be its own partner.")
        if errors:
            raise ValidationError(errors)

    @property
    def value(self) -> Money | None:
        if self.basis == Basis.PER_GUEST and self.amount is not None:
            return Money(self.amount, self.community.currency_id)
        return None


class ShareWeight(models.Model):
    """How much more (or less) of a providers' share one providing household takes."""

    rule = models.ForeignKey(RevenueShareRule, on_delete=models.CASCADE, related_name="weights")
    household = models.ForeignKey(
        "communities.Household", on_delete=models.CASCADE, related_name="+"
    )
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["rule", "household"], name="one_weight_per_household")
        ]
        verbose_name = _("share weight")
        verbose_name_plural = _("share weights")

    def __str__(self) -> str:
        return f"{self.household} × {self.weight}"


# --- Immutable records ---------------------------------------------------------------


class ImmutableRecord(Exception):
    """Ledger rows are written once: mistakes are corrected by new, reversing rows."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ImmutableRecord("ledger rows cannot be updated")

    def delete(self):
        raise ImmutableRecord("ledger rows cannot be deleted")

    # Django's own bulk paths go through update(); these two would bypass save().
    def bulk_update(self, objs, fields, batch_size=None):
        raise ImmutableRecord("ledger rows cannot be updated")


class AppendOnly(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableRecord(f"{type(self).__name__} rows cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableRecord(f"{type(self).__name__} rows cannot be deleted")


# --- Accounts, transactions and entries ---------------------------------------------


class AccountKind(models.TextChoices):
    HOUSEHOLD = "household", _("Household")
    FUND = "fund", _("Community fund")
    PARTNER = "partner", _("Partner")
    PLATFORM = "platform", _("Platform")
    CASH = "cash", _("Cash in hand")
    BANK = "bank", _("Bank account")
    GATEWAY = "gateway", _("Online payments not yet in the bank")
    REFUNDS_DUE = "refunds_due", _("Refunds owed to tourists")
    ADJUSTMENTS = "adjustments", _("Differences found when counting")


# Where a booking's price goes: these accounts hold the shares.
SHARE_KINDS = (AccountKind.HOUSEHOLD, AccountKind.FUND, AccountKind.PARTNER, AccountKind.PLATFORM)
# Where money physically is: counted and reconciled.
MONEY_KINDS = (AccountKind.CASH, AccountKind.BANK, AccountKind.GATEWAY)
# Owed to someone outside the community's own purse: never below zero.
NEVER_NEGATIVE_KINDS = (AccountKind.HOUSEHOLD, AccountKind.PARTNER, AccountKind.PLATFORM)
SINGLE_KINDS = (
    AccountKind.FUND,
    AccountKind.PLATFORM,
    AccountKind.CASH,
    AccountKind.BANK,
    AccountKind.GATEWAY,
    AccountKind.REFUNDS_DUE,
    AccountKind.ADJUSTMENTS,
)


class Account(models.Model):
    """One account in a community's ledger. Its balance is the sum of its entries."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.PROTECT,
        related_name="ledger_accounts",
        verbose_name=_("community"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=AccountKind.choices)
    household = models.ForeignKey(
        "communities.Household",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_accounts",
        verbose_name=_("household"),
    )
    partner_key = models.ForeignKey(
        "bookings.ApiKey",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_accounts",
        verbose_name=_("partner (API key)"),
    )
    partner_community = models.ForeignKey(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("partner community"),
    )
    # A partner organisation of the network (agency, district office, NGO) that
    # earns commission on what it refers, whether or not it has an API key.
    partner = models.ForeignKey(
        "network.Partner",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_accounts",
        verbose_name=_("partner organisation"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["community", "kind", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["community", "kind"],
                condition=models.Q(kind__in=list(SINGLE_KINDS)),
                name="one_account_per_kind",
            ),
            models.UniqueConstraint(
                fields=["community", "household"],
                condition=models.Q(household__isnull=False),
                name="one_account_per_household",
            ),
            models.UniqueConstraint(
                fields=["community", "partner_key"],
                condition=models.Q(partner_key__isnull=False),
                name="one_account_per_partner_key",
            ),
            models.UniqueConstraint(
                fields=["community", "partner_community"],
                condition=models.Q(partner_community__isnull=False),
                name="one_account_per_partner_community",
            ),
            models.UniqueConstraint(
                fields=["community", "partner"],
                condition=models.Q(partner__isnull=False),
                name="one_account_per_partner",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="household") | models.Q(household__isnull=False),
                name="household_account_has_household",
            ),
        ]
        verbose_name = _("account")
        verbose_name_plural = _("accounts")

    def __str__(self) -> str:
        return str(self.label)

    @property
    def label(self):
        if self.kind == AccountKind.HOUSEHOLD and self.household_id:
            return f"{self.household.code} {self.household.name}"
        if self.kind == AccountKind.PARTNER:
            if self.partner_community_id:
                return self.partner_community.name
            if self.partner_id:
                return self.partner.name
            if self.partner_key_id:
                return self.partner_key.name
        return self.get_kind_display()

    @property
    def code(self) -> str:
        """A name without personal data, for APIs and aggregate reports."""
        if self.kind == AccountKind.HOUSEHOLD and self.household_id:
            return f"household:{self.household.code}"
        if self.kind == AccountKind.PARTNER and self.partner_community_id:
            return f"partner:{self.partner_community.slug}"
        if self.kind == AccountKind.PARTNER and self.partner_id:
            return f"partner:{self.partner.slug}"
        if self.kind == AccountKind.PARTNER and self.partner_key_id:
            return f"partner:{self.partner_key.prefix}"
        return self.kind


class TransactionKind(models.TextChoices):
    PAYMENT = "payment", _("Payment received")
    REFUND = "refund", _("Refund owed")
    REFUND_PAID = "refund_paid", _("Refund paid back")
    PAYOUT = "payout", _("Payout")
    FEE = "fee", _("Fee")
    TRANSFER = "transfer", _("Money moved (e.g. cash to the bank)")
    CORRECTION = "correction", _("Correction")
    REVERSAL = "reversal", _("Reversal")
    ADJUSTMENT = "adjustment", _("Adjustment after counting")
    FUND_SPENDING = "fund_spending", _("Community fund spending")
    COMMISSION = "commission", _("Commission to the referring partner")


class Transaction(AppendOnly):
    """One balanced movement of money: its entries add up to zero in each currency."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.PROTECT,
        related_name="ledger_transactions",
        verbose_name=_("community"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=TransactionKind.choices)
    booking = models.ForeignKey(
        "bookings.Booking",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_transactions",
    )
    payment = models.ForeignKey(
        "payments.Payment",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_transactions",
    )
    refund = models.ForeignKey(
        "payments.Refund",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_transactions",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    reason = models.CharField(_("why"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True, db_index=True)
    period = models.DateField(_("date"), db_index=True)
    reverses = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reversed_by",
        verbose_name=_("reverses"),
    )

    class Meta:
        ordering = ["-period", "-id"]
        constraints = [
            # A payment or a refund enters the ledger once, however often it is posted.
            models.UniqueConstraint(
                fields=["payment", "kind"],
                condition=models.Q(payment__isnull=False),
                name="one_transaction_per_payment",
            ),
            models.UniqueConstraint(
                fields=["refund", "kind"],
                condition=models.Q(refund__isnull=False),
                name="one_transaction_per_refund_step",
            ),
            # A referral's commission is credited once per booking, however often the
            # confirmation is announced.
            models.UniqueConstraint(
                fields=["booking"],
                condition=models.Q(kind="commission"),
                name="one_commission_per_booking",
            ),
        ]
        indexes = [models.Index(fields=["community", "period"])]
        verbose_name = _("ledger transaction")
        verbose_name_plural = _("ledger transactions")

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_kind_display()} {self.period}"


class Entry(AppendOnly):
    transaction = models.ForeignKey(Transaction, on_delete=models.PROTECT, related_name="entries")
    account = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="entries")
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    # The job this share paid for (guide, cook...), to credit the members who do it.
    role = models.ForeignKey(
        "communities.Role", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["transaction", "id"]
        indexes = [models.Index(fields=["account", "currency"])]
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")

    def __str__(self) -> str:
        return f"{self.account} {self.amount} {self.currency_id}"

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency_id)


class BookingShare(AppendOnly):
    """How one booking's full price splits, fixed by the rules on the day of its first payment.

    Every payment and refund of the booking is allocated in proportion to these parts.
    """

    booking = models.ForeignKey(
        "bookings.Booking", on_delete=models.PROTECT, related_name="ledger_shares"
    )
    account = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="+")
    role = models.ForeignKey(
        "communities.Role", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["booking", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "account", "role"], name="one_share_per_account_and_role"
            ),
        ]
        verbose_name = _("booking share")
        verbose_name_plural = _("booking shares")

    def __str__(self) -> str:
        return f"{self.booking} {self.account} {self.amount}"


class FundSpending(AppendOnly):
    """Money taken from the community fund, with the community decision that allowed it."""

    transaction = models.OneToOneField(
        Transaction, on_delete=models.PROTECT, related_name="fund_spending"
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.PROTECT, related_name="fund_spendings"
    )
    description = models.CharField(_("what for"), max_length=300)
    decision_reference = models.CharField(
        _("community decision"),
        max_length=200,
        help_text=_("e.g. the meeting of 3 March 2026, or the proposal's number"),
    )
    # Optionally the decision itself (a governance proposal), without importing its app.
    decision_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decision_id = models.PositiveBigIntegerField(null=True, blank=True)
    decision = GenericForeignKey("decision_type", "decision_id")

    class Meta:
        ordering = ["-transaction__period", "-id"]
        verbose_name = _("fund spending")
        verbose_name_plural = _("fund spending")

    def __str__(self) -> str:
        return self.description


class Period(models.Model):
    """A closed month: reconciled against counted cash and the bank, then frozen.

    A row exists only for a closed month. Nothing dated in it, or in any month
    before it, can be posted any more.
    """

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.PROTECT,
        related_name="closed_periods",
        verbose_name=_("community"),
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    closed_at = models.DateTimeField(_("closed"), auto_now_add=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("closed by"),
    )
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    cash_counted = models.DecimalField(_("cash counted"), max_digits=14, decimal_places=2)
    cash_in_ledger = models.DecimalField(_("cash in the ledger"), max_digits=14, decimal_places=2)
    bank_balance = models.DecimalField(_("bank statement"), max_digits=14, decimal_places=2)
    bank_in_ledger = models.DecimalField(_("bank in the ledger"), max_digits=14, decimal_places=2)
    adjustment = models.OneToOneField(
        Transaction, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["community", "-month"]
        constraints = [
            models.UniqueConstraint(fields=["community", "month"], name="close_a_month_once"),
            models.CheckConstraint(
                condition=models.Q(month__day=1), name="period_starts_on_the_first"
            ),
        ]
        verbose_name = _("closed month")
        verbose_name_plural = _("closed months")

    def __str__(self) -> str:
        return f"{self.community} {self.month:%Y-%m}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableRecord("a closed month cannot change")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableRecord("a closed month cannot be reopened")

    @property
    def last_day(self) -> dt.date:
        return month_end(self.month)


def month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


# --- Household economics and poverty lines ------------------------------------------


class HouseholdEconomics(models.Model):
    """A household's size and income from other sources in one year (personal data)."""

    household = models.ForeignKey(
        "communities.Household",
        on_delete=models.CASCADE,
        related_name="economics",
        verbose_name=_("household"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    size = models.PositiveSmallIntegerField(
        _("people in the household"), validators=[MinValueValidator(1)]
    )
    other_income = models.DecimalField(
        _("income from other sources in the year"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text=_("Farming, wages, remittances, pensions: everything except tourism."),
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["household", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["household", "year"], name="economics_once_a_year"),
        ]
        verbose_name = _("household economics")
        verbose_name_plural = _("household economics")

    def __str__(self) -> str:
        return f"{self.household.code} {self.year}"


class PovertyLine(models.Model):
    """A country's official poverty line for a year: data officers edit, not a constant."""

    country = models.ForeignKey(
        "communities.Country",
        on_delete=models.PROTECT,
        related_name="poverty_lines",
        verbose_name=_("country"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    amount = models.DecimalField(
        _("per person per month"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    currency = models.ForeignKey(
        "communities.Currency",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("currency"),
    )
    source = models.CharField(_("source"), max_length=300)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["country", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["country", "year"], name="one_poverty_line_a_year"),
        ]
        verbose_name = _("poverty line")
        verbose_name_plural = _("poverty lines")

    def __str__(self) -> str:
        return f"{self.country_id} {self.year}: {self.amount} {self.currency_id}"

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency_id)
