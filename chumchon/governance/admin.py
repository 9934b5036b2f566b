"""Admin pages. Votes and ballots are read-only here: only the services may write them."""

from django.contrib import admin

from chumchon.governance.models import (
    Attendance,
    Ballot,
    Comment,
    CommunityGovernanceSettings,
    Meeting,
    Proposal,
    Vote,
)


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class CommentInline(admin.TabularInline):
    model = Comment
    extra = 0
    fields = ["created", "member", "user", "language", "text"]
    raw_id_fields = ["member", "user"]


class VoteInline(ReadOnlyInline):
    model = Vote
    fields = [
        "opens_at",
        "closes_at",
        "quorum_percent",
        "closed_at",
        "yes_count",
        "no_count",
        "abstain_count",
        "eligible_households",
        "accepted",
    ]
    readonly_fields = fields


@admin.register(CommunityGovernanceSettings)
class CommunityGovernanceSettingsAdmin(admin.ModelAdmin):
    list_display = ["community", "quorum_percent", "majority_rule"]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ["title", "community", "kind", "status", "created", "is_public"]
    list_filter = ["community", "status", "kind", "is_public"]
    search_fields = ["title", "text"]
    date_hierarchy = "created"
    raw_id_fields = ["author_member", "author_user", "applied_by"]
    # The stage and the applied change follow the votes; only the services move them.
    readonly_fields = ["status", "change", "decided_at", "applied_at", "applied_by"]
    inlines = [CommentInline, VoteInline]

    def has_delete_permission(self, request, obj=None):
        # A decided proposal is part of the community's record.
        return super().has_delete_permission(request, obj) and (
            obj is None or not obj.votes.exists()
        )


class BallotInline(ReadOnlyInline):
    model = Ballot
    fields = ["household", "choice", "recorded_at_meeting", "meeting", "recorded_by", "cast_at"]
    readonly_fields = fields


@admin.register(Vote)
class VoteAdmin(admin.ModelAdmin):
    list_display = [
        "proposal",
        "opens_at",
        "closes_at",
        "closed_at",
        "yes_count",
        "no_count",
        "abstain_count",
        "accepted",
    ]
    list_filter = ["proposal__community", "accepted"]
    inlines = [BallotInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    raw_id_fields = ["member"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["date", "community", "place"]
    list_filter = ["community"]
    date_hierarchy = "date"
    filter_horizontal = ["decisions"]
    raw_id_fields = ["created_by"]
    inlines = [AttendanceInline]
