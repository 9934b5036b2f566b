"""The trip planner's phone form, and the contact form that books a plan."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.bookings.services import Contact
from chumchon.catalog.models import Offering
from chumchon.communities.models import Community
from chumchon.places.models import Place
from chumchon.routing import planner, services
from chumchon.routing.explain import INTEREST_NAMES, MODE_NAMES, PACE_NAMES

TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def must_see_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Published places and activities, grouped by community, for the must-see list."""
    groups = []
    for community in Community.objects.filter(is_published=True).order_by("slug"):
        options = [
            (services.stop_id(p), p.name)
            for p in Place.objects.filter(community=community, is_published=True)
            .exclude(category__in=services.NOT_STOPS)
            .select_related("community")
        ]
        options += [
            (services.stop_id(o), o.title)
            for o in Offering.objects.filter(
                community=community, is_published=True, kind__in=list(services.KINDS)
            ).select_related("community")
        ]
        groups.append((community.name, options))
    return groups


class PlanForm(forms.Form):
    start_date = forms.DateField(
        label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    days = forms.IntegerField(
        label=_("Number of days"), min_value=1, max_value=planner.MAX_DAYS, initial=2
    )
    start_community = forms.ChoiceField(label=_("The trip starts in"))
    end_community = forms.ChoiceField(label=_("The trip ends in"))
    pace = forms.ChoiceField(
        label=_("Pace"),
        choices=list(PACE_NAMES.items()),
        initial="normal",
        widget=forms.RadioSelect,
    )
    mode = forms.ChoiceField(label=_("Getting around"), choices=list(MODE_NAMES.items()))
    interests = forms.MultipleChoiceField(
        label=_("What you like"),
        choices=list(INTEREST_NAMES.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    must_see = forms.MultipleChoiceField(
        label=_("Must-see"), required=False, widget=forms.CheckboxSelectMultiple
    )
    party = forms.IntegerField(
        label=_("People"), min_value=1, max_value=services.MAX_PARTY, initial=2
    )
    budget = forms.DecimalField(
        label=_("Budget for the whole party"), min_value=0, required=False, decimal_places=2
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=[(c, c) for c in services.CURRENCIES])

    def __init__(self, *args, community: Community | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        communities = [
            (c.slug, c.name) for c in Community.objects.filter(is_published=True).order_by("slug")
        ]
        self.fields["start_community"].choices = communities
        self.fields["end_community"].choices = communities
        self.fields["must_see"].choices = must_see_choices()
        # The pilot community first, unless the planner was opened from a community's page.
        if communities:
            pilot = next((slug for slug, _name in communities if slug == "tha-li"), None)
            self.fields["start_community"].initial = pilot or communities[0][0]
            self.fields["end_community"].initial = pilot or communities[0][0]
        if community is not None:
            self.fields["start_community"].initial = community.slug
            self.fields["end_community"].initial = community.slug
            self.fields["currency"].initial = community.currency_id
        self.fields["start_date"].initial = timezone.localdate() + dt.timedelta(days=7)
        for number in range(1, planner.MAX_DAYS + 1):
            self.fields[f"start_{number}"] = forms.TimeField(
                label=_("Day %(n)d starts") % {"n": number},
                initial=dt.time(8, 0),
                required=False,
                widget=TIME,
            )
            self.fields[f"end_{number}"] = forms.TimeField(
                label=_("Day %(n)d ends") % {"n": number},
                initial=dt.time(17, 0),
                required=False,
                widget=TIME,
            )

    def day_rows(self):
        return [(n, self[f"start_{n}"], self[f"end_{n}"]) for n in range(1, planner.MAX_DAYS + 1)]

    def inputs(self) -> dict:
        """The plain inputs that the API takes too."""
        data = self.cleaned_data
        days = []
        for number in range(1, data["days"] + 1):
            start = data.get(f"start_{number}") or dt.time(8, 0)
            end = data.get(f"end_{number}") or dt.time(17, 0)
            days.append({"start": start.strftime("%H:%M"), "end": end.strftime("%H:%M")})
        budget = data.get("budget")
        return {
            "start_date": data["start_date"].isoformat(),
            "days": days,
            "start_community": data["start_community"],
            "end_community": data["end_community"],
            "pace": data["pace"],
            "mode": data["mode"],
            "interests": {name: 1 for name in data["interests"]},
            "must_see": list(data["must_see"]),
            "party": data["party"],
            "budget": None if budget is None else str(budget),
            "currency": data["currency"],
        }


class BookPlanForm(forms.Form):
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
    dietary_needs = forms.CharField(label=_("Dietary needs"), max_length=300, required=False)

    def clean(self):
        data = super().clean()
        if not (data.get("phone") or data.get("email")):
            raise forms.ValidationError(_("Give a phone number or an e-mail address."))
        return data

    def contact(self) -> Contact:
        data = self.cleaned_data
        return Contact(
            name=data["name"].strip(),
            email=data.get("email", ""),
            phone=data.get("phone", "").strip(),
            language=data["language"],
            dietary_needs=data.get("dietary_needs", "").strip(),
        )
