from modeltranslation.translator import TranslationOptions, register

from chumchon.catalog.models import (
    CancellationPolicy,
    MenuItem,
    Offering,
    Resource,
    SpokenLanguage,
)


@register(Offering)
class OfferingTranslation(TranslationOptions):
    fields = (
        "title",
        "summary",
        "description",
        "included",
        "not_included",
        "what_to_bring",
        "season_note",
    )


@register(MenuItem)
class MenuItemTranslation(TranslationOptions):
    fields = ("name", "description")


@register(SpokenLanguage)
class SpokenLanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("name",)


@register(CancellationPolicy)
class CancellationPolicyTranslation(TranslationOptions):
    fields = ("name",)
