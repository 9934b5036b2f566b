"""A Tha Li coordinator can neither see nor change Bo Tan's households."""

import pytest
from django.urls import reverse

from chumchon.communities.models import Household


def url(name, *args):
    return reverse(f"dashboard:{name}", args=args)


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


def test_a_coordinator_sees_their_own_households(as_user, thali_coordinator, household):
    response = as_user(thali_coordinator).get(url("households", household.community.slug))
    assert response.status_code == 200
    assert "Test family" in response.content.decode()
    assert "0800000000" in response.content.decode()


def test_a_thali_coordinator_cannot_see_botan_households(
    as_user, thali_coordinator, botan_household
):
    response = as_user(thali_coordinator).get(url("households", "t-bo-tan"))
    assert response.status_code == 403
    assert "Lao test family" not in response.content.decode()


def test_a_thali_coordinator_cannot_change_a_botan_household(
    as_user, thali_coordinator, botan_household
):
    response = as_user(thali_coordinator).post(
        url("household_edit", "t-bo-tan", botan_household.pk),
        {
            "code": "BT-99",
            "name": "Renamed",
            "members-TOTAL_FORMS": "0",
            "members-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 403
    botan_household.refresh_from_db()
    assert botan_household.name == "Lao test family"


def test_a_household_of_another_community_is_not_found_through_my_community(
    as_user, thali_coordinator, botan_household
):
    response = as_user(thali_coordinator).get(url("household_edit", "t-tha-li", botan_household.pk))
    assert response.status_code == 404


def test_an_officer_reads_the_dashboard_but_not_household_details(as_user, officer, household):
    client = as_user(officer)
    response = client.get(url("community", "t-tha-li"))
    assert response.status_code == 200
    assert "Test family" not in response.content.decode()
    assert client.get(url("households", "t-tha-li")).status_code == 403


def test_an_officer_cannot_change_an_offering(as_user, officer, weaving):
    response = as_user(officer).post(url("offering_edit", "t-tha-li", weaving.pk), {})
    assert response.status_code == 403


def test_a_treasurer_reads_households_but_cannot_edit_them(as_user, thali_treasurer, household):
    client = as_user(thali_treasurer)
    assert client.get(url("households", "t-tha-li")).status_code == 200
    assert client.get(url("household_edit", "t-tha-li", household.pk)).status_code == 403


def test_visitors_are_sent_to_sign_in(client, household):
    response = client.get(url("households", "t-tha-li"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_the_programme_overview_is_for_officers_only(as_user, officer, thali_coordinator, tha_li):
    assert as_user(thali_coordinator).get(url("programme")).status_code == 403
    response = as_user(officer).get(url("programme"))
    assert response.status_code == 200
    assert "Tha Li" in response.content.decode()
    assert Household.objects.count() == 0


def test_officers_see_participation_training_and_readiness(client, officer, demo):
    client.force_login(officer)
    html = client.get(reverse("dashboard:programme")).content.decode()
    assert "Households that voted" in html and "Meetings held" in html
    assert "Training hours by gender" in html
    assert "Readiness for the ASEAN Community Based Tourism Standard" in html
    # No household names, even in the figures.
    from chumchon.communities.models import Household

    for household in Household.objects.all():
        assert household.name not in html
