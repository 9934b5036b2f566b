from modeltranslation.translator import TranslationOptions, register

from chumchon.core.models import Photo


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("caption", "alt_text")
