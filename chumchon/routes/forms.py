"""Forms of the route pages: the coordinator's editor and the tourist's package booking."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.text import format_lazy, slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chumchon.bookings.forms import MAX_PEOPLE, PartyContactForm
from chumchon.bookings.services import Contact
from chumchon.catalog.models import Offering
from chumchon.communities.models import Community
from chumchon.places.models import Place
from chumchon.routes.models import Route, RouteDay, RouteStop
from chumchon.routes.services import Party

LANGS = [code for code, _name in settings.LANGUAGES]
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def _translated(*names: str) -> list[str]:
    return [f"{name}_{lang}" for name in names for lang in LANGS]


class OtherCommunityLabel:
    """Choices of the route's own community by name; other communities' with theirs."""

    def __init__(self, community: Community):
        self.community = community

    def __call__(self, obj) -> str:
        label = getattr(obj, "title", None) or obj.name
        if obj.community_id != self.community.pk:
            return f"{obj.community.name} · {label}"
        return label


def _usable(queryset, community: Community):
    """Own records first, then other communities' published ones (cross-border routes)."""
    return (
        queryset.filter(Q(community=community) | Q(is_published=True, community__is_published=True))
        .select_related("community")
        .annotate(
            other=Case(
                When(community=community, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("other", "community__slug", "pk")
    )


class RouteForm(forms.ModelForm):
    class Meta:
        model = Route
        fields = ["slug", *_translated("title", "summary", "story")]
        widgets = {f"story_{lang}": forms.Textarea(attrs={"rows": 5}) for lang in LANGS}

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        self.community = community
        self.fields["slug"].required = False
        self.fields["slug"].help_text = _("Leave empty to make one from the English title.")

    def clean(self):
        data = super().clean()
        titles = [data.get(f"title_{lang}") for lang in LANGS]
        if not any(titles):
            raise forms.ValidationError(_("Give the route a title in at least one language."))
        if not data.get("slug"):
            data["slug"] = slugify(data.get("title_en") or "")
            if not data["slug"]:
                self.add_error("slug", _("Write a short name in Latin letters, such as river-day."))
        return data

    def route_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields if name != "slug"}


class DayForm(forms.ModelForm):
    class Meta:
        model = RouteDay
        fields = [*_translated("title"), "starts_at", "ends_at", "start_place", "end_place"]
        widgets = {"starts_at": TIME, "ends_at": TIME}

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        label = OtherCommunityLabel(community)
        for name in ("start_place", "end_place"):
            field = self.fields[name]
            field.queryset = _usable(Place.objects.all(), community)
            field.label_from_instance = label
        if not self.instance.pk:
            self.fields["starts_at"].initial = dt.time(8, 0)
            self.fields["ends_at"].initial = dt.time(18, 0)
            self.fields["start_place"].help_text = _(
                "Leave empty to start where the day before ended."
            )

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["starts_at"] >= data["ends_at"]:
            self.add_error("ends_at", _("A day must start before it ends."))
        return data

    def day_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class StopForm(forms.ModelForm):
    class Meta:
        model = RouteStop
        fields = [
            "place",
            "offering",
            "mode",
            "stay_minutes",
            "arrive_at",
            "leg_minutes_override",
            *_translated("note"),
        ]
        widgets = {
            "arrive_at": TIME,
            **{f"note_{lang}": forms.Textarea(attrs={"rows": 2}) for lang in LANGS},
        }

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        label = OtherCommunityLabel(community)
        self.fields["place"].queryset = _usable(Place.objects.all(), community)
        self.fields["place"].label_from_instance = label
        self.fields["place"].help_text = _("Leave empty to go where the offering takes place.")
        self.fields["offering"].queryset = _usable(
            Offering.objects.select_related("place"), community
        )
        self.fields["offering"].label_from_instance = label
        self.fields["offering"].help_text = _(
            "What visitors book here (booked together with the route)."
        )
        self.fields["mode"].label = _("Getting there")
        if self.instance.pk:
            # Editing: the stop may move to another day of its route (it goes last there).
            self.fields["day"] = forms.ModelChoiceField(
                label=_("Day"),
                queryset=self.instance.day.route.days.order_by("number"),
                initial=self.instance.day_id,
                empty_label=None,
                required=False,  # left out: the stop stays on its day
            )
            self.fields["day"].label_from_instance = lambda day: str(
                format_lazy(_("Day {number}"), number=day.number)
            )
            self.order_fields(["day"])

    def clean(self):
        data = super().clean()
        place, offering = data.get("place"), data.get("offering")
        if place is None and offering is None:
            raise forms.ValidationError(_("Choose a place or an offering."))
        if place is None and offering is not None and offering.place_id is None:
            self.add_error("place", _("This offering has no place; choose where it happens."))
        return data

    def stop_fields(self) -> dict:
        fields = {name: self.cleaned_data[name] for name in self.Meta.fields}
        if self.cleaned_data.get("day") is not None:
            fields["day"] = self.cleaned_data["day"]
        return fields


class PreviewForm(forms.Form):
    date = forms.DateField(
        label=_("Check opening hours on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class DateCheckForm(forms.Form):
    """A first day and a party, to see before booking whether everything is free."""

    date = forms.DateField(label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}))
    adults = forms.IntegerField(label=_("Adults"), min_value=0, max_value=MAX_PEOPLE, initial=2)
    children = forms.IntegerField(
        label=_("Children"), min_value=0, max_value=MAX_PEOPLE, initial=0, required=False
    )

    def clean(self):
        data = super().clean()
        if (data.get("adults") or 0) + (data.get("children") or 0) < 1:
            self.add_error("adults", _("Book for at least one guest, and no negative numbers."))
        return data

    def party(self) -> Party:
        return Party(self.cleaned_data["adults"], self.cleaned_data.get("children") or 0)


class RouteBookingForm(PartyContactForm):
    """The whole package: the first day, the party and who to contact."""

    first_day = forms.DateField(
        label=_("First day"), widget=forms.DateInput(attrs={"type": "date"})
    )
    field_order = ["first_day"]  # then the party and contact fields, as declared there

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tomorrow = timezone.localdate() + dt.timedelta(days=1)
        self.fields["first_day"].widget.attrs["min"] = tomorrow.isoformat()
        self.fields["first_day"].initial = tomorrow
        self.fields["language"].initial = get_language()
        self.fields["name"].widget.attrs["autocomplete"] = "name"

    def clean_first_day(self):
        day = self.cleaned_data["first_day"]
        if day < timezone.localdate():
            raise forms.ValidationError(_("Choose a day that has not passed yet."))
        return day

    def clean(self):
        data = super().clean()
        if (data.get("adults") or 0) + (data.get("children") or 0) < 1:
            self.add_error("adults", _("Book for at least one guest, and no negative numbers."))
        if not (data.get("email") or data.get("phone", "").strip()):
            self.add_error("phone", _("Give a phone number or an e-mail address."))
        return data

    def party(self) -> Party:
        return Party(self.cleaned_data["adults"], self.cleaned_data.get("children") or 0)

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
