from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from chumchon.accounts.models import CommunityStaff, User


class CommunityStaffInline(admin.TabularInline):
    model = CommunityStaff
    extra = 0


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = BaseUserAdmin.fieldsets + (
        (_("Chumchon"), {"fields": ("phone", "language", "is_programme_officer")}),
    )
    list_display = ("username", "first_name", "last_name", "is_programme_officer", "is_staff")
    list_filter = BaseUserAdmin.list_filter + ("is_programme_officer",)
    inlines = [CommunityStaffInline]
