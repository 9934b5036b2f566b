"""Officers with admin access edit and extend the standards here: frameworks, criteria and
indicators. Assessments are read here; they are answered on the phone pages."""

from pathlib import PurePosixPath

from django.contrib import admin
from django.utils.html import format_html
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from chumchon.accounts.permissions import can_see_personal_data
from chumchon.standards.models import (
    Answer,
    Assessment,
    Criterion,
    Framework,
    ImprovementAction,
    Indicator,
)
from chumchon.standards.views import evidence_url


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
    """Evidence files are links to the platform's evidence view (which checks who may see
    them), never /media/ addresses; readers who may not see them get no link at all."""

    model = Answer
    extra = 0
    fields = ("indicator", "rating", "note", "photo_file", "document_file", "record_path")
    readonly_fields = ("photo_file", "document_file")
    raw_id_fields = ("indicator",)

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if obj is None or not can_see_personal_data(request.user, obj.community):
            fields = [f for f in fields if f not in self.readonly_fields]
        return fields

    def _link(self, answer, kind: str):
        file = getattr(answer, kind)
        if not answer.pk or not file:
            return self.get_empty_value_display()
        url = evidence_url(answer.assessment.community, answer, kind)
        return format_html('<a href="{}">{}</a>', url, PurePosixPath(file.name).name)

    @admin.display(description=Answer._meta.get_field("photo").verbose_name)
    def photo_file(self, answer):
        return self._link(answer, "photo")

    @admin.display(description=Answer._meta.get_field("document").verbose_name)
    def document_file(self, answer):
        return self._link(answer, "document")


class ImprovementActionInline(admin.TabularInline):
    model = ImprovementAction
    extra = 0
    raw_id_fields = ("indicator", "owner_member")


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ("community", "framework", "date", "status")
    list_filter = ("community", "framework", "status")
    inlines = [AnswerInline, ImprovementActionInline]
