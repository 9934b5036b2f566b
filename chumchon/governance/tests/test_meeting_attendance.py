"""Who came to a meeting, counted by gender and age group for the inclusion report."""

import pytest
from django.urls import reverse

from chumchon.communities.models import Member
from chumchon.core.models import AuditEntry
from chumchon.governance import services
from chumchon.governance.errors import GovernanceError
from chumchon.governance.reports import attendance_summary


def members(village, *names):
    return list(Member.objects.filter(household__in=village.values(), name__in=names))


def test_attendance_is_counted_by_gender_and_age_group(meeting, thali_coordinator, village):
    services.set_attendance(
        meeting, thali_coordinator, members(village, "Somsri", "Somchai", "Malee", "Ploy", "Kaew")
    )
    meeting.guests = 2
    meeting.save()

    summary = attendance_summary(meeting)
    assert summary.members == 5
    assert summary.households == 4
    assert summary.total == 7
    assert dict(summary.by_gender) == {
        "Female": 3,
        "Male": 1,
        "Other": 1,
        "Prefer not to say": 0,
    }
    assert dict(summary.by_age_group) == {
        "Under 18": 1,
        "18–24": 1,
        "25–39": 0,
        "40–59": 2,
        "60 and over": 1,
    }


def test_ticking_again_replaces_the_list(meeting, thali_coordinator, village):
    services.set_attendance(meeting, thali_coordinator, members(village, "Somsri", "Niran"))
    services.set_attendance(meeting, thali_coordinator, members(village, "Niran", "Dao"))
    assert sorted(meeting.attendees.values_list("name", flat=True)) == ["Dao", "Niran"]
    assert AuditEntry.objects.filter(action="meeting.attendance_recorded").count() == 2


def test_members_of_another_community_cannot_be_ticked(meeting, thali_coordinator, botan_household):
    lao = Member.objects.create(
        household=botan_household, name="Bounmy", gender="male", age_group="25-39"
    )
    with pytest.raises(GovernanceError):
        services.set_attendance(meeting, thali_coordinator, [lao])
    assert meeting.attendees.count() == 0


def test_the_coordinator_ticks_attendance_on_the_phone_page(
    client, meeting, thali_coordinator, village
):
    client.force_login(thali_coordinator)
    chosen = members(village, "Malee", "Boon")
    response = client.post(
        reverse("governance:meeting_attendance", args=["t-tha-li", meeting.pk]),
        {"members": [m.pk for m in chosen]},
    )
    assert response.status_code == 302
    assert attendance_summary(meeting).by_age_group[-1] == ("60 and over", 2)


def test_officers_see_the_counts_but_not_the_names(
    client, meeting, officer, thali_coordinator, village
):
    services.set_attendance(meeting, thali_coordinator, members(village, "Malee", "Boon"))
    client.force_login(officer)
    page = client.get(reverse("governance:meeting", args=["t-tha-li", meeting.pk])).content.decode()
    assert "Malee" not in page
    assert '<span class="stat">2</span>' in page
    assert (
        client.get(
            reverse("governance:meeting_attendance", args=["t-tha-li", meeting.pk])
        ).status_code
        == 403
    )


def test_a_new_meeting_with_its_decisions_is_saved_with_an_audit_entry(
    client, thali_coordinator, proposal
):
    client.force_login(thali_coordinator)
    response = client.post(
        reverse("governance:meeting_new", args=["t-tha-li"]),
        {
            "date": "2026-04-05",
            "starts_at": "18:30",
            "place": "Sala of Ban Na Kae",
            "language": "th",
            "agenda": "1. Drones",
            "minutes": "Talked about drones.",
            "guests": "1",
            "decisions": [proposal.pk],
        },
    )
    assert response.status_code == 302
    meeting = proposal.meetings.get()
    assert meeting.created_by == thali_coordinator
    assert response["Location"].endswith(f"/meetings/{meeting.pk}/attendance/")
    assert AuditEntry.objects.filter(action="meeting.created", object_id=str(meeting.pk)).exists()
