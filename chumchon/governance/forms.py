from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from chumchon.catalog.models import TierKind
from chumchon.communities.models import Member
from chumchon.governance.models import (
    WRITTEN_LANGUAGES,
    Choice,
    Meeting,
    ProposalKind,
    ProposalStatus,
)


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, member):
        return f"{member.household.code} · {member}"


class MembersField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, member):
        return f"{member.household.code} · {member}"


def community_members(community):
    return (
        Member.objects.filter(
            household__community=community, household__is_active=True, is_active=True
        )
        .select_related("household")
        .order_by("household__code", "name")
    )


def _written_language():
    language = translation.get_language() or "th"
    return language if language in dict(WRITTEN_LANGUAGES) else "th"


PRICE_FIELDS = [(kind, f"price_{kind}") for kind in TierKind.values]


class ProposalForm(forms.Form):
    member = MemberChoiceField(
        label=_("Which member raises it?"),
        queryset=Member.objects.none(),
        required=False,
        empty_label=_("— I raise it myself —"),
    )
    kind = forms.ChoiceField(
        label=_("What kind of proposal?"), choices=ProposalKind.choices, widget=forms.RadioSelect
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(
        label=_("What is proposed, and why?"), widget=forms.Textarea(attrs={"rows": 6})
    )
    language = forms.ChoiceField(
        label=_("Written in"), choices=WRITTEN_LANGUAGES, widget=forms.RadioSelect
    )
    offering = forms.ModelChoiceField(
        label=_("For a price change: which offering?"),
        queryset=None,
        required=False,
    )
    change_description = forms.CharField(
        label=_("What would change (route, amount from the fund, who does what)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    photo = forms.ImageField(label=_("A photo (optional)"), required=False)
    photo_caption = forms.CharField(label=_("Photo caption"), max_length=200, required=False)

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = community_members(community)
        self.fields["offering"].queryset = community.offerings.all()
        self.fields["language"].initial = _written_language()
        for kind, name in PRICE_FIELDS:
            self.fields[name] = forms.DecimalField(
                label=_("New price: %(kind)s") % {"kind": TierKind(kind).label},
                required=False,
                min_value=0,
                decimal_places=2,
                widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
            )

    @property
    def price_fields(self):
        return [self[name] for _kind, name in PRICE_FIELDS]

    def prices(self) -> dict:
        return {
            kind: self.cleaned_data.get(name)
            for kind, name in PRICE_FIELDS
            if self.cleaned_data.get(name) is not None
        }

    def clean(self):
        data = super().clean()
        if data.get("kind") == ProposalKind.PRICE and not data.get("offering"):
            self.add_error("offering", _("Choose the offering whose price would change."))
        return data


class CommentForm(forms.Form):
    member = MemberChoiceField(
        label=_("Who said it?"),
        queryset=Member.objects.none(),
        required=False,
        empty_label=_("— I say it myself —"),
    )
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}))
    language = forms.ChoiceField(
        label=_("Written in"), choices=WRITTEN_LANGUAGES, widget=forms.RadioSelect
    )

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = community_members(community)
        self.fields["language"].initial = _written_language()


class OpenVoteForm(forms.Form):
    closes_at = forms.DateTimeField(
        label=_("Households can vote until"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A week is the usual time for every household to hear of it and decide.
        deadline = timezone.localtime() + timedelta(days=7)
        self.fields["closes_at"].initial = deadline.replace(
            hour=18, minute=0, second=0, microsecond=0
        )


class HouseholdChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, household):
        return f"{household.code} · {household.name}"


class BallotForm(forms.Form):
    household = HouseholdChoiceField(label=_("Household"), queryset=None)
    choice = forms.ChoiceField(
        label=_("The household's vote"), choices=Choice.choices, widget=forms.RadioSelect
    )
    member = MemberChoiceField(
        label=_("Who gave the vote (optional)"), queryset=Member.objects.none(), required=False
    )
    meeting = forms.ModelChoiceField(
        label=_("Given at a meeting"),
        queryset=None,
        required=False,
        empty_label=_("— not at a meeting —"),
    )

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["household"].queryset = community.households.filter(is_active=True)
        self.fields["member"].queryset = community_members(community)
        # Recent and coming meetings only: a ballot is recorded on the day it is given.
        since = timezone.localdate() - timedelta(days=60)
        self.fields["meeting"].queryset = community.meetings.filter(date__gte=since)

    def clean(self):
        data = super().clean()
        member, household = data.get("member"), data.get("household")
        if member and household and member.household_id != household.pk:
            self.add_error("member", _("This member belongs to another household."))
        return data


class PublishForm(forms.Form):
    is_public = forms.BooleanField(required=False)


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = [
            "date",
            "starts_at",
            "place",
            "language",
            "agenda",
            "minutes",
            "guests",
            "decisions",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "language": forms.RadioSelect,
            "agenda": forms.Textarea(attrs={"rows": 4}),
            "minutes": forms.Textarea(attrs={"rows": 10}),
            "decisions": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, community, user, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.instance.community = community
            self.instance.created_by = user
            self.fields["language"].initial = community.main_language
            self.fields["date"].initial = timezone.localdate()
        self.fields["decisions"].queryset = community.proposals.exclude(
            status__in=[ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN]
        )
        self.fields["decisions"].help_text = _("The proposals discussed or decided here.")


class AttendanceForm(forms.Form):
    members = MembersField(
        label=_("Who was there?"),
        queryset=Member.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        present = meeting.attendance.values_list("member_id", flat=True)
        # Members who have since left still show if they were there.
        self.fields["members"].queryset = (
            Member.objects.filter(household__community=meeting.community)
            .filter(Q(is_active=True, household__is_active=True) | Q(pk__in=present))
            .select_related("household")
            .order_by("household__code", "name")
        )
        self.fields["members"].initial = list(present)


class PhotoForm(forms.Form):
    image = forms.ImageField(label=_("Photo"))
    caption = forms.CharField(label=_("Caption"), max_length=200, required=False)
