"""Forms of the coordinators' and treasurers' booking pages."""

import datetime as dt

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from chumchon.bookings.models import BookingStatus, Slot, WeeklySchedule
from chumchon.catalog.models import OfferingKind
from chumchon.payments.models import Method

# What a treasurer records by hand; the gateway records its own payments.
BY_HAND = [(m.value, m.label) for m in (Method.PROMPTPAY, Method.CASH, Method.BANK_TRANSFER)]

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
PLACES = forms.NumberInput(attrs={"inputmode": "numeric", "min": 1})


def local_start(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=timezone.get_current_timezone())


class BookingFilterForm(forms.Form):
    q = forms.CharField(label=_("Reference or name"), required=False, max_length=60)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *BookingStatus.choices]
    )
    when = forms.ChoiceField(
        label=_("Which"),
        required=False,
        choices=[
            ("upcoming", _("Coming visits")),
            ("recent", _("Booked in the last 30 days")),
            ("all", _("All")),
        ],
    )


class PaymentForm(forms.Form):
    method = forms.ChoiceField(label=_("Paid by"), choices=BY_HAND, widget=forms.RadioSelect)
    amount = forms.DecimalField(
        label=_("Amount received"),
        max_digits=14,
        decimal_places=2,
        min_value=0,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
        help_text=_("The balance due is filled in; a smaller amount is recorded as a deposit."),
    )
    slip = forms.ImageField(
        label=_("Photo of the transfer slip (if any)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/*"}),
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=200)

    def __init__(self, *args, currency: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amount"].label = _("Amount received (%(currency)s)") % {"currency": currency}


class CancelReason(models.TextChoices):
    WEATHER = "weather", _("Weather")
    ILLNESS = "illness", _("Illness")
    OTHER = "other", _("Another reason")


class CancelForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why"), choices=CancelReason.choices, widget=forms.RadioSelect
    )
    detail = forms.CharField(label=_("In a few words"), required=False, max_length=150)
    refund_method = forms.ChoiceField(
        label=_("The refund will be paid back by"),
        choices=BY_HAND,
        required=False,
        widget=forms.RadioSelect,
    )

    def clean(self):
        data = super().clean()
        if data.get("reason") == CancelReason.OTHER and not data.get("detail"):
            self.add_error("detail", _("Say why the community cancels."))
        return data

    def reason_text(self) -> str:
        """Stored with the booking: the stable reason code, then the coordinator's words."""
        code, detail = self.cleaned_data["reason"], self.cleaned_data.get("detail", "")
        return f"{code}: {detail}" if detail else code


class RefundPaidForm(forms.Form):
    method = forms.ChoiceField(label=_("Paid back by"), choices=BY_HAND)


class WeeklyDepartureForm(forms.ModelForm):
    class Meta:
        model = WeeklySchedule
        fields = ["weekday", "start_time", "capacity"]
        widgets = {"start_time": TIME, "capacity": PLACES}

    def __init__(self, *args, offering, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.offering = offering
        self.fields["capacity"].initial = offering.capacity

    def validate_unique(self):
        # The offering is set on the instance, not a form field, so check by hand.
        data = self.cleaned_data
        if WeeklySchedule.objects.filter(
            offering=self.instance.offering,
            weekday=data.get("weekday"),
            start_time=data.get("start_time"),
        ).exists():
            self.add_error("start_time", _("This departure is already in the weekly schedule."))


class OneOffSlotForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DATE)
    time = forms.TimeField(label=_("Start time"), widget=TIME)
    capacity = forms.IntegerField(label=_("Places"), min_value=1, widget=PLACES)

    def __init__(self, *args, offering, **kwargs):
        super().__init__(*args, **kwargs)
        self.offering = offering
        self.fields["capacity"].initial = offering.capacity

    def clean(self):
        data = super().clean()
        if data.get("date") and data.get("time"):
            starts = local_start(data["date"], data["time"])
            if starts <= timezone.now():
                self.add_error("date", _("This date or time has already passed."))
            elif Slot.objects.filter(offering=self.offering, starts_at=starts).exists():
                self.add_error("time", _("There is already a departure at this time."))
            data["starts_at"] = starts
        return data


class SlotCapacityForm(forms.Form):
    capacity = forms.IntegerField(label=_("Places"), min_value=1, widget=PLACES)

    def __init__(self, *args, taken: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.taken = taken

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity < self.taken:
            raise forms.ValidationError(
                ngettext(
                    "%(n)d place is already taken: keep at least %(n)d.",
                    "%(n)d places are already taken: keep at least %(n)d.",
                    self.taken,
                )
                % {"n": self.taken}
            )
        return capacity


class CloseDaysForm(forms.Form):
    date_from = forms.DateField(label=_("From"), widget=DATE)
    date_to = forms.DateField(
        label=_("To (inclusive; empty for one day)"), required=False, widget=DATE
    )
    offering = forms.ModelChoiceField(
        label=_("What closes"),
        queryset=None,
        required=False,
        empty_label=_("Everything in the community"),
    )
    reason = forms.CharField(label=_("Why (for example heavy rain, a festival)"), max_length=200)

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["offering"].queryset = community.offerings.exclude(kind=OfferingKind.PRODUCT)

    def clean(self):
        data = super().clean()
        start = data.get("date_from")
        if start:
            end = data.get("date_to") or start
            data["date_to"] = end
            if end < start:
                self.add_error("date_to", _("The last day cannot come before the first."))
            if end < timezone.localdate():
                self.add_error("date_to", _("These days have already passed."))
        return data


class ManifestForm(forms.Form):
    date = forms.DateField(label=_("Day"), required=False, widget=DATE)
    household = forms.ModelChoiceField(
        label=_("For the household"),
        queryset=None,
        required=False,
        empty_label=_("Everyone (coordinator)"),
    )

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["household"].queryset = community.households.filter(
            offerings__isnull=False
        ).distinct()


class CheckInForm(forms.Form):
    # Long enough for a whole scanned voucher URL; reference_from() finds the code in it.
    code = forms.CharField(label=_("Booking code"), max_length=300)
