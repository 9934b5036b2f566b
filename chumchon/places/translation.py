from modeltranslation.translator import TranslationOptions, register

from chumchon.places.models import OpeningException, Place


@register(Place)
class PlaceTranslation(TranslationOptions):
    fields = ("name", "summary", "description", "accessibility_notes", "visitor_notes")


@register(OpeningException)
class OpeningExceptionTranslation(TranslationOptions):
    fields = ("reason",)
