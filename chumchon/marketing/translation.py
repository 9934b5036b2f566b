from modeltranslation.translator import TranslationOptions, register

from chumchon.marketing.models import Highlight


@register(Highlight)
class HighlightTranslation(TranslationOptions):
    fields = ("title", "text")
