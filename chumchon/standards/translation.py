from modeltranslation.translator import TranslationOptions, register

from chumchon.standards.models import Criterion, Framework, Indicator


@register(Framework)
class FrameworkTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Criterion)
class CriterionTranslation(TranslationOptions):
    fields = ("title",)


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("text",)
