from modeltranslation.translator import TranslationOptions, register

from chumchon.communities.models import Community, Country, Currency, Role


@register(Currency)
class CurrencyTranslation(TranslationOptions):
    fields = ("name",)


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)


@register(Community)
class CommunityTranslation(TranslationOptions):
    fields = ("name", "tagline", "story", "province", "district", "emergency_notes")


@register(Role)
class RoleTranslation(TranslationOptions):
    fields = ("name",)
