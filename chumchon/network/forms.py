"""Forms for coordinators: agreements with partners and referral links."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chumchon.catalog.models import Offering
from chumchon.communities.models import Community
from chumchon.network.models import Agreement, AgreementStatus, Partner, ReferralCode


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

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        self.community = community
        self.instance.community = community
        self.fields["partner"].queryset = Partner.objects.filter(is_active=True).exclude(
            community=community
        )
        self.fields["offerings"].queryset = Offering.objects.filter(community=community)
        self.fields["offerings"].required = False

    def clean(self):
        data = super().clean()
        percent = data.get("commission_percent")
        has_rates = self.instance.pk and self.instance.net_rates.exists()
        if percent is None and not has_rates:
            self.add_error("commission_percent", _("Write the commission, e.g. 10."))
        if not data.get("all_offerings") and not data.get("offerings"):
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
