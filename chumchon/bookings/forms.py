"""The tourist's booking form: the party, the contact and a count for rooms or pieces."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.timezone import localtime
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chumchon.bookings.services import Contact, ItemRequest
from chumchon.catalog.models import OfferingKind

MAX_PEOPLE = 99


class PartyContactForm(forms.Form):
    """The party and whom to tell: the fields every way of booking asks the tourist."""

    adults = forms.IntegerField(label=_("Adults"), min_value=0, max_value=MAX_PEOPLE, initial=2)
    children = forms.IntegerField(
        label=_("Children"), min_value=0, max_value=MAX_PEOPLE, initial=0, required=False
    )
    name = forms.CharField(label=_("Your name"), max_length=120)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=32,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail"), required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    language = forms.ChoiceField(label=_("Language for messages"), choices=settings.LANGUAGES)
    dietary_needs = forms.CharField(
        label=_("Dietary needs"),
        max_length=300,
        required=False,
        help_text=_("Allergies, vegetarian, no pork… the cooks will plan for it."),
    )
    notes = forms.CharField(
        label=_("Anything else the community should know"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class BookingForm(PartyContactForm):
    """Built for the lines of a basket: one count field per homestay or product line."""

    promo_code = forms.CharField(
        label=_("Promotion code"),
        max_length=30,
        required=False,
        help_text=_("If the community gave you one."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def __init__(self, *args, lines=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.lines = list(lines)
        self.fields["language"].initial = get_language()
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.has_guests = any(line.slot is not None for line in self.lines)
        if not self.has_guests:
            # Only products: nobody comes, so there is no party to count.
            del self.fields["adults"]
            del self.fields["children"]
        for index, line in enumerate(self.lines):
            if line.counted:
                kind = _("Rooms") if line.offering.kind == OfferingKind.HOMESTAY else _("Quantity")
                what = line.offering.title
                if line.slot is not None:
                    what += " " + date_format(localtime(line.slot.starts_at), "D j M")
                self.fields[self.count_field(index)] = forms.IntegerField(
                    label=format_lazy("{} – {}", kind, what),
                    min_value=1,
                    max_value=MAX_PEOPLE,
                    initial=line.quantity or 1,
                )

    def count_fields(self) -> list:
        return [self[name] for name in self.fields if name.startswith("count_")]

    @staticmethod
    def count_field(index: int) -> str:
        return f"count_{index}"

    def count_of(self, index: int) -> int:
        return self.cleaned_data.get(self.count_field(index)) or 0

    def item_requests(self) -> list[ItemRequest]:
        data = self.cleaned_data
        adults = data.get("adults") or 0
        children = data.get("children") or 0
        requests = []
        for index, line in enumerate(self.lines):
            if line.slot is None:
                requests.append(
                    ItemRequest(offering_id=line.offering.id, quantity=self.count_of(index))
                )
            else:
                requests.append(
                    ItemRequest(
                        slot_id=line.slot.id,
                        adults=adults,
                        children=children,
                        quantity=self.count_of(index) if line.counted else 0,
                    )
                )
        return requests

    def contact(self) -> Contact:
        data = self.cleaned_data
        return Contact(
            name=data["name"].strip(),
            email=data.get("email", ""),
            phone=data.get("phone", "").strip(),
            language=data["language"],
            dietary_needs=data.get("dietary_needs", "").strip(),
            notes=data.get("notes", "").strip(),
        )
