from django import forms
from django.core.validators import FileExtensionValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.communities.models import Member
from chumchon.standards.models import (
    DOCUMENT_EXTENSIONS,
    Criterion,
    Framework,
    ImprovementAction,
    Indicator,
    Level,
    validate_evidence_size,
)
from chumchon.standards.records import neutral_path, record_choices


class StartForm(forms.Form):
    framework = forms.ModelChoiceField(
        label=_("Standard"), queryset=Framework.objects.filter(is_active=True), empty_label=None
    )
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    participants = forms.CharField(
        label=_("Who takes part"),
        required=False,
        max_length=300,
        help_text=_("e.g. committee members, homestay hosts, guides"),
    )
    copy_previous = forms.BooleanField(
        label=_("Start from the answers of the last assessment"), required=False, initial=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].initial = timezone.localdate()


class AnswerForm(forms.Form):
    """Note and evidence for one indicator; the rating comes from the button tapped."""

    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    photo = forms.ImageField(
        label=_("Photo as evidence"), required=False, validators=[validate_evidence_size]
    )
    document = forms.FileField(
        label=_("Document as evidence"),
        required=False,
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS), validate_evidence_size],
        help_text=_("PDF, photo, Word or spreadsheet, up to 10 MB."),
    )
    record = forms.ChoiceField(label=_("Record on the platform"), required=False)
    record_other = forms.CharField(
        label=_("…or paste the address of another page"), required=False, max_length=500
    )

    def __init__(self, *args, community, current_path="", **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("None"))] + record_choices(community)
        if current_path and current_path not in dict(choices):
            choices.append((current_path, current_path))
        self.fields["record"].choices = choices
        self.fields["record"].initial = current_path

    def clean_record_other(self):
        value = self.cleaned_data.get("record_other", "").strip()
        if value and not neutral_path(value):
            raise forms.ValidationError(_("Paste the address of a page of this platform."))
        return neutral_path(value) if value else ""

    @property
    def record_path(self) -> str:
        return self.cleaned_data.get("record_other") or self.cleaned_data.get("record") or ""


class ActionForm(forms.ModelForm):
    class Meta:
        model = ImprovementAction
        fields = ["indicator", "action", "owner_member", "owner_name", "due_date"]
        widgets = {
            "action": forms.Textarea(attrs={"rows": 3}),
            "due_date": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, assessment, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.assessment = assessment
        self.fields["indicator"].queryset = Indicator.objects.filter(
            criterion__framework=assessment.framework
        ).select_related("criterion")
        self.fields["indicator"].label_from_instance = lambda i: f"{i.number} {i.text[:70]}"
        self.fields["owner_member"].queryset = Member.objects.filter(
            household__community=assessment.community, is_active=True
        ).order_by("name")

    def clean(self):
        data = super().clean()
        if not data.get("owner_member") and not data.get("owner_name"):
            self.add_error("owner_name", _("Say who will do it."))
        return data


class IndicatorForm(forms.Form):
    criterion = forms.ModelChoiceField(label=_("Criterion"), queryset=Criterion.objects.none())
    number = forms.CharField(label=_("Number"), max_length=16, help_text=_("e.g. 2.9"))
    level = forms.ChoiceField(label=_("Level"), choices=Level.choices)
    text_th = forms.CharField(
        label=_("Indicator (Thai)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    text_lo = forms.CharField(
        label=_("Indicator (Lao)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    text_en = forms.CharField(
        label=_("Indicator (English)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, framework, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["criterion"].queryset = framework.criteria.order_by("order", "id")

    def clean(self):
        data = super().clean()
        if not any(data.get(f) for f in ("text_th", "text_lo", "text_en")):
            self.add_error("text_th", _("Write it in at least one language."))
        return data

    @property
    def texts(self) -> dict[str, str]:
        return {code: self.cleaned_data.get(f"text_{code}", "") for code in ("th", "lo", "en")}
