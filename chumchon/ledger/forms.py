"""Forms of the treasurer's and coordinator's ledger pages (the rules live in services)."""

from __future__ import annotations

from django import forms
from django.apps import apps
from django.forms import BaseModelFormSet, modelformset_factory
from django.utils.translation import gettext_lazy as _

from chumchon.communities.models import Community, Role
from chumchon.ledger.models import (
    NEVER_NEGATIVE_KINDS,
    SHARE_KINDS,
    Account,
    PovertyLine,
    RevenueShareRule,
)
from chumchon.ledger.services import MONEY_ACCOUNT_KINDS
from chumchon.ledger.sharing import check_rule_set
from chumchon.payments.models import Method

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MONEY = forms.NumberInput(attrs={"inputmode": "decimal", "step": "any", "min": 0})
PAID_BY = [(m.value, m.label) for m in (Method.CASH, Method.BANK_TRANSFER, Method.PROMPTPAY)]


def _amount_field(label, **extra):
    return forms.DecimalField(
        label=label, max_digits=14, decimal_places=2, min_value=0, widget=MONEY, **extra
    )


class AccountChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Account) -> str:
        return str(obj.label)


def _accounts(community: Community, kinds):
    return (
        Account.objects.filter(community=community, kind__in=list(kinds))
        .select_related("household", "partner_key", "partner_community")
        .order_by("kind", "household__code", "pk")
    )


class PayoutForm(forms.Form):
    account = AccountChoice(label=_("Pay"), queryset=Account.objects.none())
    amount = _amount_field(_("Amount"))
    method = forms.ChoiceField(label=_("Paid by"), choices=PAID_BY, widget=forms.RadioSelect)
    date = forms.DateField(label=_("Date paid"), required=False, widget=DATE)
    note = forms.CharField(label=_("Note"), required=False, max_length=200)

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = _accounts(community, NEVER_NEGATIVE_KINDS)


class MoveForm(forms.Form):
    source = AccountChoice(label=_("From"), queryset=Account.objects.none())
    target = AccountChoice(label=_("To"), queryset=Account.objects.none())
    amount = _amount_field(_("Amount"))
    reason = forms.CharField(label=_("Why"), max_length=300)
    date = forms.DateField(label=_("Date"), required=False, widget=DATE)

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = (*MONEY_ACCOUNT_KINDS, *SHARE_KINDS)
        self.fields["source"].queryset = _accounts(community, kinds)
        self.fields["target"].queryset = _accounts(community, kinds)


class ReverseForm(forms.Form):
    reason = forms.CharField(label=_("Why is this reversed?"), max_length=300)


class FundSpendingForm(forms.Form):
    amount = _amount_field(_("Amount"))
    method = forms.ChoiceField(label=_("Paid by"), choices=PAID_BY, widget=forms.RadioSelect)
    description = forms.CharField(label=_("What for"), max_length=300)
    decision_reference = forms.CharField(
        label=_("Community decision"),
        max_length=200,
        help_text=_("e.g. the village meeting of 3 March 2026"),
    )
    decision = forms.ChoiceField(label=_("Proposal voted on"), required=False)
    date = forms.DateField(label=_("Date"), required=False, widget=DATE)

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposals = {}
        model = _proposal_model()
        if model is None:
            del self.fields["decision"]
            return
        proposals = model.objects.filter(community=community).order_by("-pk")[:50]
        self.proposals = {str(p.pk): p for p in proposals}
        self.fields["decision"].choices = [("", "—")] + [
            (pk, str(p)) for pk, p in self.proposals.items()
        ]

    def decision_object(self):
        return self.proposals.get(self.cleaned_data.get("decision") or "")


def _proposal_model():
    """The governance app's Proposal, if that app is there (linked without importing it)."""
    try:
        return apps.get_model("governance", "Proposal")
    except LookupError:
        return None


class CloseMonthForm(forms.Form):
    month = forms.ChoiceField(label=_("Month"))
    cash_counted = _amount_field(_("Cash counted in hand"))
    bank_balance = _amount_field(_("Balance on the bank statement"))
    reason = forms.CharField(
        label=_("If they differ from the ledger: why"), required=False, max_length=300
    )

    def __init__(self, *args, months, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["month"].choices = [(m.isoformat(), f"{m:%Y-%m}") for m in months]


class RuleForm(forms.ModelForm):
    class Meta:
        model = RevenueShareRule
        fields = [
            "recipient",
            "role",
            "household",
            "partner_community",
            "basis",
            "percent",
            "amount",
            "position",
        ]
        widgets = {"percent": MONEY, "amount": MONEY}

    def __init__(self, *args, community: Community, offering=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.community = community
        self.instance.offering = offering
        self.fields["household"].queryset = community.households.filter(is_active=True)
        self.fields["partner_community"].queryset = Community.objects.exclude(pk=community.pk)
        self.fields["role"].queryset = Role.objects.exclude(
            code__in=["committee", "treasurer", "coordinator"]
        )
        self.fields["position"].required = False

    def clean_position(self):
        return self.cleaned_data.get("position") or 0


class BaseRuleSet(BaseModelFormSet):
    """The rules of one offering (or the default set), checked as a whole."""

    def __init__(self, *args, community: Community, offering=None, **kwargs):
        self.community = community
        self.offering = offering
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"community": self.community, "offering": self.offering}

    @property
    def empty_form(self):
        form = self.form(
            auto_id=self.auto_id,
            prefix=self.add_prefix("__prefix__"),
            empty_permitted=True,
            use_required_attribute=False,
            community=self.community,
            offering=self.offering,
            renderer=self.renderer,
        )
        self.add_fields(form, None)
        return form

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        # Extra rows left empty have no cleaned data; rows ticked for deletion don't count.
        kept = [
            form.instance
            for form in self.forms
            if form.cleaned_data and not self._should_delete_form(form)
        ]
        for problem in check_rule_set(kept, self.offering, self.community):
            raise forms.ValidationError(problem)


RuleFormSet = modelformset_factory(
    RevenueShareRule, form=RuleForm, formset=BaseRuleSet, extra=2, can_delete=True
)


class WeightsForm(forms.Form):
    """One weight per providing household: 2 takes twice the part of 1; 0 takes none."""

    def __init__(self, *args, households, initial_weights: dict[int, int], **kwargs):
        super().__init__(*args, **kwargs)
        self.households = list(households)
        for household in self.households:
            self.fields[f"h{household.pk}"] = forms.IntegerField(
                label=f"{household.code} {household.name}",
                min_value=0,
                max_value=100,
                initial=initial_weights.get(household.pk, 1),
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
            )

    def weights(self) -> dict[int, int]:
        return {h.pk: self.cleaned_data[f"h{h.pk}"] for h in self.households}


class EconomicsForm(forms.Form):
    household = forms.IntegerField(widget=forms.HiddenInput)
    size = forms.IntegerField(
        label=_("People"),
        min_value=1,
        max_value=50,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    other_income = _amount_field(_("Other income in the year"), required=False)

    def clean(self):
        data = super().clean()
        if (data.get("size") is None) != (data.get("other_income") is None):
            raise forms.ValidationError(_("Fill in both, or neither."))
        return data


EconomicsFormSet = forms.formset_factory(EconomicsForm, extra=0)


class PovertyLineForm(forms.ModelForm):
    class Meta:
        model = PovertyLine
        fields = ["country", "year", "amount", "currency", "source", "note"]
        widgets = {"amount": MONEY}


PovertyLineFormSet = modelformset_factory(
    PovertyLine, form=PovertyLineForm, extra=1, can_delete=False
)
