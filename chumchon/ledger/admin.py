"""Admin: the ledger itself is read-only here; rules and poverty data are editable."""

from django.contrib import admin

from chumchon.ledger.models import (
    Account,
    BookingShare,
    Entry,
    FundSpending,
    HouseholdEconomics,
    Period,
    PovertyLine,
    RevenueShareRule,
    ShareWeight,
    Transaction,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Ledger rows are written by the posting service only and never changed."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class EntryInline(admin.TabularInline):
    model = Entry
    extra = 0
    fields = ("account", "amount", "currency", "role")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Transaction)
class TransactionAdmin(ReadOnlyAdmin):
    list_display = ("id", "community", "kind", "period", "booking", "created_by", "reason")
    list_filter = ("community", "kind")
    date_hierarchy = "period"
    search_fields = ("booking__reference", "reason")
    inlines = [EntryInline]


@admin.register(Account)
class AccountAdmin(ReadOnlyAdmin):
    list_display = ("id", "community", "kind", "household", "partner_key", "partner_community")
    list_filter = ("community", "kind")


@admin.register(BookingShare)
class BookingShareAdmin(ReadOnlyAdmin):
    list_display = ("booking", "account", "role", "amount", "currency")
    search_fields = ("booking__reference",)


@admin.register(FundSpending)
class FundSpendingAdmin(ReadOnlyAdmin):
    list_display = ("community", "description", "decision_reference", "transaction")


@admin.register(Period)
class PeriodAdmin(ReadOnlyAdmin):
    list_display = ("community", "month", "closed_at", "closed_by", "cash_counted", "bank_balance")


class ShareWeightInline(admin.TabularInline):
    model = ShareWeight
    extra = 0


@admin.register(RevenueShareRule)
class RevenueShareRuleAdmin(admin.ModelAdmin):
    list_display = ("community", "offering", "recipient", "basis", "percent", "amount", "position")
    list_filter = ("community", "recipient", "basis")
    inlines = [ShareWeightInline]


@admin.register(PovertyLine)
class PovertyLineAdmin(admin.ModelAdmin):
    list_display = ("country", "year", "amount", "currency", "source")
    list_filter = ("country",)


@admin.register(HouseholdEconomics)
class HouseholdEconomicsAdmin(admin.ModelAdmin):
    list_display = ("household", "year", "size", "other_income")
    list_filter = ("household__community", "year")
