from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chumchon.training.models import Module, Programme, Session, Skill


def translated(community, *names: str) -> list[str]:
    """Form fields for translated content, the community's own language first."""
    first = community.main_language
    order = [first] + [code for code in ("th", "lo", "en") if code != first]
    return [f"{name}_{code}" for name in names for code in order]


class _TranslatedForm(forms.ModelForm):
    """A form for content written in up to three languages, at least one of them."""

    required_text = ""

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.community = community

    def clean(self):
        data = super().clean()
        fields = translated(self.community, self.required_text)
        if not any(data.get(f) for f in fields):
            self.add_error(fields[0], _("Write it in at least one language."))
        return data


class _ProgrammeForm(_TranslatedForm):
    required_text = "name"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.community = self.community


class _ModuleForm(_TranslatedForm):
    required_text = "title"


def _text_areas(community, name: str) -> dict:
    return {f: forms.Textarea(attrs={"rows": 3}) for f in translated(community, name)}


def programme_form_class(community) -> type[forms.ModelForm]:
    return forms.modelform_factory(
        Programme,
        form=_ProgrammeForm,
        fields=translated(community, "name", "description") + ["is_active"],
        widgets=_text_areas(community, "description"),
    )


def module_form_class(community) -> type[forms.ModelForm]:
    widgets = _text_areas(community, "description")
    widgets["skills"] = forms.CheckboxSelectMultiple
    widgets["hours"] = forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"})
    return forms.modelform_factory(
        Module,
        form=_ModuleForm,
        fields=translated(community, "title", "description") + ["hours", "skills", "position"],
        widgets=widgets,
    )


def modules_for(community):
    """Modules a community can run: its own programmes' and the shared ones'."""
    return (
        Module.objects.filter(programme__is_active=True)
        .filter(Q(programme__community=community) | Q(programme__community__isnull=True))
        .select_related("programme")
        .order_by("programme__name", "position", "id")
    )


class SessionForm(forms.ModelForm):
    class Meta:
        model = Session
        fields = ["module", "date", "trainer", "place", "notes"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.community = community
        self.fields["module"].queryset = modules_for(community)
        self.fields["module"].label_from_instance = lambda m: f"{m.programme} · {m.title}"


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it revoked?"), max_length=300, widget=forms.Textarea(attrs={"rows": 2})
    )


class OfferingSkillsForm(forms.Form):
    skills = forms.ModelMultipleChoiceField(
        label=_("Skills a provider household must have"),
        queryset=Skill.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
