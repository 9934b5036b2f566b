from modeltranslation.translator import TranslationOptions, register

from chumchon.training.models import Module, Programme, Skill


@register(Skill)
class SkillTranslation(TranslationOptions):
    fields = ("name",)


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Module)
class ModuleTranslation(TranslationOptions):
    fields = ("title", "description")
