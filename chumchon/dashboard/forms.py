from django import forms
from django.utils.translation import gettext_lazy as _

from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import Household, Member
from chumchon.places.models import OpeningHours, Place


class HouseholdForm(forms.ModelForm):
    class Meta:
        model = Household
        fields = [
            "code",
            "name",
            "village",
            "address",
            "phone",
            "consent_given",
            "consent_date",
            "notes",
            "is_active",
        ]
        widgets = {
            "consent_date": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.community = community

    def clean(self):
        data = super().clean()
        if data.get("consent_given") and not data.get("consent_date"):
            self.add_error("consent_date", _("Write the date on which the household agreed."))
        if not data.get("consent_given"):
            # PDPA: without consent we keep no contact details.
            for field in ("phone", "address"):
                if data.get(field):
                    self.add_error(field, _("Keep no contact details until the household agrees."))
        code = data.get("code")
        if (
            code
            and Household.objects.filter(community=self.instance.community, code=code)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            self.add_error("code", _("Another household already has this code."))
        return data


MemberFormSet = forms.inlineformset_factory(
    Household,
    Member,
    fields=["name", "nickname", "gender", "age_group", "roles", "phone", "is_active"],
    widgets={"roles": forms.CheckboxSelectMultiple},
    extra=1,
    can_delete=True,
)


class PlaceForm(forms.ModelForm):
    class Meta:
        model = Place
        fields = [
            "latitude",
            "longitude",
            "location_is_approximate",
            "visit_minutes",
            "always_open",
            "is_published",
        ]
        widgets = {
            "latitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
            "longitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
        }

    def clean(self):
        data = super().clean()
        lat, lng = data.get("latitude"), data.get("longitude")
        if lat is not None and not -90 <= lat <= 90:
            self.add_error("latitude", _("Latitude must be between -90 and 90."))
        if lng is not None and not -180 <= lng <= 180:
            self.add_error("longitude", _("Longitude must be between -180 and 180."))
        return data


OpeningHoursFormSet = forms.inlineformset_factory(
    Place,
    OpeningHours,
    fields=["weekday", "opens", "closes"],
    widgets={
        "opens": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        "closes": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    },
    extra=1,
    can_delete=True,
)


class OfferingForm(forms.ModelForm):
    class Meta:
        model = Offering
        fields = ["capacity", "min_guests", "duration_minutes", "stock", "is_published"]


PriceTierFormSet = forms.inlineformset_factory(
    Offering,
    PriceTier,
    fields=["kind", "amount", "group_size"],
    extra=1,
    can_delete=True,
)
