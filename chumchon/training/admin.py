from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from chumchon.training.models import (
    Attendance,
    Certificate,
    MemberSkill,
    Module,
    OfferingSkillRequirement,
    Programme,
    Session,
    Skill,
)


@admin.register(Skill)
class SkillAdmin(TranslationAdmin):
    list_display = ("code", "name", "position")
    search_fields = ("code", "name_th", "name_lo", "name_en")


class ModuleInline(TranslationStackedInline):
    model = Module
    extra = 0
    filter_horizontal = ("skills",)


@admin.register(Programme)
class ProgrammeAdmin(TranslationAdmin):
    list_display = ("name", "community", "is_active")
    list_filter = ("community", "is_active")
    search_fields = ("name_th", "name_lo", "name_en")
    inlines = [ModuleInline]


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    raw_id_fields = ("member",)


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ("date", "module", "community", "trainer", "completed_at")
    list_filter = ("community",)
    date_hierarchy = "date"
    inlines = [AttendanceInline]


@admin.register(MemberSkill)
class MemberSkillAdmin(admin.ModelAdmin):
    list_display = ("member", "skill", "gained_at", "session")
    list_filter = ("skill", "member__household__community")
    raw_id_fields = ("member", "session")


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("code", "member", "module", "programme", "issued_at", "revoked_at")
    list_filter = ("member__household__community",)
    search_fields = ("code",)
    raw_id_fields = ("member",)
    # Issued and revoked through the services, which keep the audit log.
    readonly_fields = ("code", "issued_at", "issued_by", "revoked_at", "revoked_by")


@admin.register(OfferingSkillRequirement)
class OfferingSkillRequirementAdmin(admin.ModelAdmin):
    list_display = ("offering", "skill")
    list_filter = ("skill", "offering__community")
