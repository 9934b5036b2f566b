"""Forms for coordinators: agreements with partners and referral links."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as _

from chumchon.catalog.models import Offering
from chumchon.communities.models import Community
from chumchon.money import quantum
from chumchon.network import services
from chumchon.network.models import (
    Agreement,
    AgreementStatus,
    HandOffStatus,
    NetRate,
    Partner,
    ReferralCode,
)


class AgreementForm(forms.ModelForm):
    """A commission agreement (net rates are kept per offering in the admin)."""

    class Meta:
        model = Agreement
        fields = [
            "partner",
            "commission_percent",
            "all_offerings",
            "offerings",
            "valid_from",
            "valid_to",
            "status",
            "reference",
            "note",
        ]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}),
            "valid_to": forms.DateInput(attrs={"type": "date"}),
            "offerings": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, community: Community, net_rates=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.community = community
        self.instance.community = community
        self.net_rates = net_rates
        self.fields["partner"].queryset = Partner.objects.filter(is_active=True).exclude(
            community=community
        )
        self.fields["offerings"].queryset = Offering.objects.filter(community=community)
        self.fields["offerings"].required = False

    def clean(self):
        data = super().clean()
        percent = data.get("commission_percent")
        has_rates = bool(self.net_rates is not None and rates_given(self.net_rates))
        if percent is None and not has_rates:
            self.add_error(
                "commission_percent", _("Write the commission (e.g. 10), or net rates below.")
            )
        if percent is not None and has_rates:
            self.add_error(
                "commission_percent", _("Use either a commission or net rates, not both.")
            )
        if has_rates:
            data["all_offerings"] = False  # net rates cover exactly their offerings
        elif not data.get("all_offerings") and not data.get("offerings"):
            self.add_error("offerings", _("Choose the offerings, or cover every offering."))
        partner, start, end = data.get("partner"), data.get("valid_from"), data.get("valid_to")
        if partner and start and data.get("status") == AgreementStatus.ACTIVE:
            overlapping = Agreement.objects.filter(
                community=self.community, partner=partner, status=AgreementStatus.ACTIVE
            ).filter(Q(valid_to__isnull=True) | Q(valid_to__gte=start))
            if end is not None:
                overlapping = overlapping.filter(valid_from__lte=end)
            if self.instance.pk:
                overlapping = overlapping.exclude(pk=self.instance.pk)
            if overlapping.exists():
                raise forms.ValidationError(
                    _(
                        "An agreement with this partner is already in force on some of these "
                        "days: end or suspend it first."
                    )
                )
        return data


class NetRateForm(forms.ModelForm):
    class Meta:
        model = NetRate
        fields = ["offering", "amount"]

    def __init__(self, *args, currency: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.currency = currency

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        currency = self.currency
        if amount is not None and amount != amount.quantize(quantum(currency)):
            raise forms.ValidationError(_("This currency has no such small units."))
        return amount


NetRateFormSet = forms.inlineformset_factory(
    Agreement, NetRate, form=NetRateForm, extra=2, can_delete=True
)


def net_rate_formset(data, agreement: Agreement, community: Community):
    formset = NetRateFormSet(
        data, instance=agreement, prefix="rates", form_kwargs={"currency": community.currency_id}
    )
    for form in formset.forms:
        form.fields["offering"].queryset = Offering.objects.filter(community=community)
        form.fields["offering"].required = False
        form.fields["amount"].required = False
    return formset


def rates_given(formset) -> bool:
    """Whether the net-rate rows (valid ones, not being deleted) name at least one rate."""
    if not formset.is_valid():
        return False
    return any(
        f.cleaned_data.get("offering") and f.cleaned_data.get("amount") is not None
        for f in formset.forms
        if f.cleaned_data and not f.cleaned_data.get("DELETE")
    )


class ReferralLinkForm(forms.Form):
    """A link for a partner to share: it lands on this community (or one of its offerings)."""

    partner = forms.ModelChoiceField(label=_("For"), queryset=Partner.objects.none())
    offering = forms.ModelChoiceField(
        label=_("Lands on (empty: the community page)"),
        queryset=Offering.objects.none(),
        required=False,
    )
    label = forms.CharField(label=_("Where it is used"), max_length=120, required=False)

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = Partner.objects.filter(
            is_active=True, agreements__community=community
        ).distinct()
        self.fields["offering"].queryset = Offering.objects.filter(
            community=community, is_published=True
        )


def codes_for(community: Community):
    """Referral links that bring tourists to this community."""
    return (
        ReferralCode.objects.filter(kind="link")
        .filter(Q(community=community) | Q(offering__community=community))
        .select_related("partner", "offering")
        .order_by("partner__slug", "code")
    )


class PackageForm(forms.Form):
    start_day = forms.DateField(
        label=gettext_lazy("First day"), widget=forms.DateInput(attrs={"type": "date"})
    )
    adults = forms.IntegerField(label=gettext_lazy("Adults"), min_value=0, max_value=50, initial=2)
    children = forms.IntegerField(
        label=gettext_lazy("Children"), min_value=0, max_value=50, initial=0
    )
    name = forms.CharField(label=gettext_lazy("Your name"), max_length=120)
    email = forms.EmailField(label=gettext_lazy("E-mail"), required=False)
    phone = forms.CharField(label=gettext_lazy("Phone"), max_length=32, required=False)

    def clean(self):
        data = super().clean()
        if not (data.get("email") or data.get("phone")):
            raise forms.ValidationError(_("Give a phone number or an e-mail address."))
        if (data.get("adults") or 0) + (data.get("children") or 0) < 1:
            raise forms.ValidationError(_("Book for at least one guest."))
        day = data.get("start_day")
        if day and day <= timezone.localdate():
            raise forms.ValidationError(_("Choose a day from tomorrow on."))
        return data


class AnnounceForm(forms.Form):
    to_community = forms.ModelChoiceField(
        label=gettext_lazy("To"), queryset=Community.objects.none()
    )
    group_name = forms.CharField(label=gettext_lazy("Group (lead name)"), max_length=120)
    group_size = forms.IntegerField(label=gettext_lazy("People"), min_value=1, max_value=200)
    day = forms.DateField(
        label=gettext_lazy("Day of arrival"), widget=forms.DateInput(attrs={"type": "date"})
    )
    status = forms.ChoiceField(
        label=gettext_lazy("The group"),
        choices=[
            (HandOffStatus.EXPECTED, gettext_lazy("is coming")),
            (HandOffStatus.OFFERED, gettext_lazy("was told about you and may come")),
        ],
        initial=HandOffStatus.EXPECTED,
    )
    note = forms.CharField(label=gettext_lazy("Note"), max_length=300, required=False)

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_community"].queryset = Community.objects.filter(
            pk__in=[c.pk for c in services.partner_communities(community)]
        )
