"""Forms of the community's page editor, promotion codes and the tourist's review."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from chumchon.communities.models import Community
from chumchon.core.models import Photo
from chumchon.marketing.models import DiscountKind, Highlight, PromoCode, normalise_code
from chumchon.marketing.services import MAX_PHOTO_BYTES

LANGS = [code for code, _ in settings.LANGUAGES]


def _translated(*names: str) -> list[str]:
    return [f"{name}_{code}" for name in names for code in LANGS]


LANGUAGE_NAMES = {"th": "ไทย", "lo": "ລາວ", "en": "English"}


class TranslatedLabels:
    """Label each language's field with the language's own name, and mark the input's
    language so that phones offer the right keyboard and spelling."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            base, _sep, code = name.rpartition("_")
            if code in LANGUAGE_NAMES and base:
                model_field = self._meta.model._meta.get_field(base)
                field.label = f"{model_field.verbose_name} · {LANGUAGE_NAMES[code]}"
                field.widget.attrs["lang"] = code


class PageForm(TranslatedLabels, forms.ModelForm):
    """The community's summary and story, in each of its languages."""

    class Meta:
        model = Community
        fields = [*_translated("tagline", "story"), "brand_colour"]
        widgets = {
            **{f"story_{code}": forms.Textarea(attrs={"rows": 8}) for code in LANGS},
            "brand_colour": forms.TextInput(attrs={"type": "color"}),
        }


class HighlightForm(TranslatedLabels, forms.ModelForm):
    class Meta:
        model = Highlight
        fields = ["position", *_translated("title", "text")]


HighlightFormSet = inlineformset_factory(
    Community,
    Highlight,
    form=HighlightForm,
    fields=["position", *_translated("title", "text")],
    extra=1,
    max_num=8,
    can_delete=True,
)


class PhotoForm(TranslatedLabels, forms.ModelForm):
    """A new photo: the file, what it shows (for screen readers) in each language, a credit."""

    image = forms.ImageField(
        label=_("Photo"),
        help_text=_("JPEG, PNG or WebP, up to 12 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = Photo
        fields = ["image", *_translated("alt_text", "caption"), "credit"]

    def clean_image(self):
        image = self.cleaned_data["image"]
        if image and image.size > MAX_PHOTO_BYTES:
            raise forms.ValidationError(_("The photo is larger than 12 MB."))
        return image

    def clean(self):
        data = super().clean()
        if not any(data.get(f"alt_text_{code}") for code in LANGS):
            raise forms.ValidationError(
                _("Say in a few words what the photo shows, for people who cannot see it.")
            )
        return data


class PhotoTextForm(TranslatedLabels, forms.ModelForm):
    """Change an existing photo's descriptions and credit (not the picture)."""

    class Meta:
        model = Photo
        fields = [*_translated("alt_text", "caption"), "credit"]


class PromoCodeForm(forms.ModelForm):
    class Meta:
        model = PromoCode
        fields = [
            "code",
            "description",
            "kind",
            "percent",
            "amount",
            "valid_from",
            "valid_to",
            "max_redemptions",
            "offerings",
            "min_guests",
            "min_total",
            "is_active",
        ]
        widgets = {
            "valid_from": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "valid_to": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "offerings": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, community: Community, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.community = community
        self.fields["offerings"].queryset = community.offerings.all()
        self.fields["amount"].help_text = _("In %(currency)s.") % {
            "currency": community.currency_id
        }

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("Give the code."))
        others = PromoCode.objects.filter(community=self.instance.community, code=code)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("This community already has this code."))
        return code

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == DiscountKind.PERCENT:
            data["amount"] = None
            if data.get("percent") is None:
                self.add_error("percent", _("Say how many percent come off."))
        elif kind == DiscountKind.AMOUNT:
            data["percent"] = None
            amount = data.get("amount")
            if amount is None:
                self.add_error("amount", _("Say how much comes off."))
            else:
                from chumchon.money import Money

                try:
                    Money(amount, self.instance.community.currency_id)
                except ValueError:
                    self.add_error("amount", _("This currency has no smaller units than that."))
        start, end = data.get("valid_from"), data.get("valid_to")
        if start and end and end <= start:
            self.add_error("valid_to", _("The end must come after the start."))
        self.instance.percent = data.get("percent")
        self.instance.amount = data.get("amount")
        return data


STARS = [(n, f"{'★' * n} {n}/5") for n in range(5, 0, -1)]


class ReviewForm(forms.Form):
    """The tourist's review: stars for the visit and for each thing booked, words, name."""

    rating = forms.TypedChoiceField(
        label=_("Your visit overall"), choices=STARS, coerce=int, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Tell other travellers about it"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    language = forms.ChoiceField(label=_("Language of your review"), choices=settings.LANGUAGES)
    reviewer_name = forms.CharField(
        label=_("Your first name, as shown"), max_length=40, required=False
    )
    reviewer_country = forms.CharField(label=_("Your country"), max_length=60, required=False)

    def __init__(self, *args, offerings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.offerings = list(offerings)
        for offering in self.offerings:
            self.fields[f"offering_{offering.pk}"] = forms.TypedChoiceField(
                label=offering.title,
                choices=[("", _("No rating")), *STARS],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )

    def offering_fields(self) -> list:
        return [self[f"offering_{o.pk}"] for o in self.offerings]

    def offering_ratings(self) -> dict[int, int]:
        return {
            o.pk: self.cleaned_data[f"offering_{o.pk}"]
            for o in self.offerings
            if self.cleaned_data.get(f"offering_{o.pk}")
        }


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("The community's public reply"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class HideForm(forms.Form):
    reason = forms.CharField(label=_("Why hide it"), max_length=200)
