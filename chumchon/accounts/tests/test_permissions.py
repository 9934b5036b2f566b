from django.contrib.auth.models import AnonymousUser

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import (
    can_manage,
    can_read_records,
    can_see_personal_data,
    managed_communities,
    readable_communities,
)


def test_a_coordinator_manages_only_their_own_community(thali_coordinator, tha_li, bo_tan):
    assert can_manage(thali_coordinator, tha_li)
    assert not can_manage(thali_coordinator, bo_tan)
    assert list(managed_communities(thali_coordinator)) == [tha_li]


def test_a_coordinator_cannot_see_another_communitys_households(thali_coordinator, bo_tan):
    assert not can_see_personal_data(thali_coordinator, bo_tan)
    assert not can_read_records(thali_coordinator, bo_tan)


def test_a_treasurer_is_not_a_coordinator(thali_treasurer, tha_li):
    assert can_manage(thali_treasurer, tha_li)
    assert not can_manage(thali_treasurer, tha_li, roles=[StaffRole.COORDINATOR])


def test_an_officer_reads_everything_but_changes_nothing(officer, tha_li, bo_tan):
    assert can_read_records(officer, tha_li) and can_read_records(officer, bo_tan)
    assert not can_manage(officer, tha_li)
    assert set(readable_communities(officer)) == {tha_li, bo_tan}
    assert list(managed_communities(officer)) == []


def test_an_officer_sees_no_personal_data(officer, tha_li):
    assert not can_see_personal_data(officer, tha_li)


def test_anonymous_and_strangers_have_no_rights(stranger, tha_li):
    for user in (AnonymousUser(), stranger):
        assert not can_read_records(user, tha_li)
        assert not can_manage(user, tha_li)
        assert list(readable_communities(user)) == []


def test_inactive_staff_lose_their_rights(thali_coordinator, tha_li):
    thali_coordinator.is_active = False
    assert not can_manage(thali_coordinator, tha_li)


def test_site_admins_may_do_everything(site_admin, bo_tan):
    assert can_manage(site_admin, bo_tan)
    assert can_see_personal_data(site_admin, bo_tan)
