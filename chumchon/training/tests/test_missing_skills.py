"""A guide offering requires the guiding skill; the coordinator is warned when a provider
household has nobody with it."""

from chumchon.communities.models import Household, Member
from chumchon.training.models import OfferingSkillRequirement
from chumchon.training.reports import missing_skills, offering_warnings
from chumchon.training.services import complete_session, record_attendance, set_offering_skills


def test_an_offering_that_requires_no_skill_has_no_warning(guide_walk):
    assert missing_skills(guide_walk) == {}


def test_a_guide_offering_warns_when_no_member_of_a_provider_household_is_a_trained_guide(
    guide_walk, guiding, household, thali_coordinator
):
    set_offering_skills(guide_walk, [guiding], thali_coordinator)

    assert missing_skills(guide_walk) == {household: [guiding]}
    [warning] = offering_warnings(guide_walk.community)
    assert warning.offering == guide_walk
    assert warning.missing == {household: [guiding]}


def test_the_warning_goes_once_one_member_of_the_household_has_completed_guiding(
    guide_walk, guiding, session, lamai, thali_coordinator
):
    OfferingSkillRequirement.objects.create(offering=guide_walk, skill=guiding)
    record_attendance(session, [lamai], thali_coordinator)
    complete_session(session, thali_coordinator)

    assert missing_skills(guide_walk) == {}
    assert offering_warnings(guide_walk.community) == []


def test_only_the_household_that_lacks_the_skill_is_listed(
    guide_walk, guiding, session, lamai, tha_li, thali_coordinator
):
    other = Household.objects.create(community=tha_li, code="TL-98", name="Other family")
    Member.objects.create(household=other, name="Dee", gender="male", age_group="25-39")
    guide_walk.providers.add(other)
    OfferingSkillRequirement.objects.create(offering=guide_walk, skill=guiding)
    record_attendance(session, [lamai], thali_coordinator)
    complete_session(session, thali_coordinator)

    assert missing_skills(guide_walk) == {other: [guiding]}


def test_an_offering_that_needs_a_skill_but_has_no_provider_is_flagged(tha_li, guiding, weaving):
    OfferingSkillRequirement.objects.create(offering=weaving, skill=guiding)
    [warning] = offering_warnings(tha_li)
    assert warning.offering == weaving
    assert warning.no_provider


def test_the_coordinator_sees_the_warning_on_the_training_pages(
    as_user, guide_walk, guiding, thali_coordinator
):
    OfferingSkillRequirement.objects.create(offering=guide_walk, skill=guiding)
    client = as_user(thali_coordinator)

    overview = client.get("/en/manage/t-tha-li/training/").content.decode()
    assert "Offerings whose providers lack a skill" in overview
    assert "Guided walk" in overview

    page = client.get("/en/manage/t-tha-li/training/offerings/").content.decode()
    assert "TL-99 Test family" in page
    assert "Guiding and interpretation" in page


def test_the_coordinator_sets_which_skills_an_offering_needs(
    as_user, guide_walk, guiding, thali_coordinator
):
    response = as_user(thali_coordinator).post(
        f"/en/manage/t-tha-li/training/offerings/{guide_walk.pk}/skills/", {"skills": [guiding.pk]}
    )
    assert response.status_code == 302
    assert list(guide_walk.skill_requirements.values_list("skill__code", flat=True)) == ["guiding"]


def test_the_offering_page_tag_shows_the_warning(rf, guide_walk, guiding, thali_coordinator):
    from django.template import Context, Template

    OfferingSkillRequirement.objects.create(offering=guide_walk, skill=guiding)
    request = rf.get("/")
    request.user = thali_coordinator
    html = Template("{% load training %}{% offering_skill_warnings offering %}").render(
        Context({"offering": guide_walk, "request": request})
    )
    assert "TL-99" in html
    assert "Guiding and interpretation" in html
