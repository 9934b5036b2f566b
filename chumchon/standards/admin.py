"""Officers with admin access edit and extend the standards here: frameworks, criteria and
indicators. Assessments are read here; they are answered on the phone pages."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from chumchon.standards.models import (
    Answer,
    Assessment,
    Criterion,
    Framework,
    ImprovementAction,
    Indicator,
)


class CriterionInline(TranslationTabularInline):
    model = Criterion
    extra = 0
    show_change_link = True


@admin.register(Framework)
class FrameworkAdmin(TranslationAdmin):
    list_display = ("name", "code", "is_active")
    search_fields = ("code", "name_th", "name_lo", "name_en")
    inlines = [CriterionInline]


class IndicatorInline(TranslationTabularInline):
    model = Indicator
    extra = 1
    fields = ("number", "text", "level", "order", "is_active")


@admin.register(Criterion)
class CriterionAdmin(TranslationAdmin):
    list_display = ("__str__", "framework", "order")
    list_filter = ("framework",)
    inlines = [IndicatorInline]


@admin.register(Indicator)
class IndicatorAdmin(TranslationAdmin):
    list_display = ("number", "text", "level", "criterion", "is_active")
    list_filter = ("criterion__framework", "level", "is_active")
    search_fields = ("number", "text_th", "text_lo", "text_en")


class AnswerInline(admin.TabularInline):
    model = Answer
    extra = 0
    fields = ("indicator", "rating", "note", "photo", "document", "record_path")
    raw_id_fields = ("indicator",)


class ImprovementActionInline(admin.TabularInline):
    model = ImprovementAction
    extra = 0
    raw_id_fields = ("indicator", "owner_member")


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ("community", "framework", "date", "status")
    list_filter = ("community", "framework", "status")
    inlines = [AnswerInline, ImprovementActionInline]
