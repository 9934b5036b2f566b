from modeltranslation.translator import TranslationOptions, register

from chumchon.network.models import CrossBorderPackage, Partner


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "description")


@register(CrossBorderPackage)
class PackageTranslation(TranslationOptions):
    fields = ("title", "story")
