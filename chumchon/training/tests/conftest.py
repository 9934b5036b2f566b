import datetime as dt
from decimal import Decimal

import pytest

from chumchon.catalog.models import Offering
from chumchon.communities.models import Member
from chumchon.training.models import Module, Programme, Session, Skill
from chumchon.training.services import complete_session, issue_certificate, record_attendance


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def guiding(db):
    return Skill.objects.get(code="guiding")  # seeded by the data migration


@pytest.fixture
def somsri(household):
    return household.members.get(name="Somsri")


@pytest.fixture
def lamai(household):
    return Member.objects.create(
        household=household,
        name="Lamai Jaidee",
        gender="female",
        age_group="18-24",
    )


@pytest.fixture
def guide_programme(db):
    return Programme.objects.create(name_en="Local guides", name_th="มัคคุเทศก์ท้องถิ่น")


@pytest.fixture
def guiding_module(guide_programme, guiding):
    module = Module.objects.create(
        programme=guide_programme,
        title_en="Guiding and interpretation",
        title_th="การนำเที่ยวและการสื่อความหมาย",
        title_lo="ການນຳທ່ຽວ ແລະ ການສື່ຄວາມໝາຍ",
        hours=Decimal("6"),
    )
    module.skills.add(guiding, Skill.objects.get(code="storytelling"))
    return module


@pytest.fixture
def session(tha_li, guiding_module):
    return Session.objects.create(
        module=guiding_module,
        community=tha_li,
        trainer="Khun Pai",
        date=dt.date(2026, 3, 2),
        place="Temple hall",
    )


@pytest.fixture
def guide_walk(tha_li, household):
    offering = Offering.objects.create(
        community=tha_li,
        kind="service",
        service_type="guide",
        slug="guided-walk",
        title_en="Guided walk",
    )
    offering.providers.add(household)
    return offering


@pytest.fixture
def certificate(session, lamai, thali_coordinator):
    record_attendance(session, [lamai], thali_coordinator)
    complete_session(session, thali_coordinator)
    return issue_certificate(lamai, session.module, thali_coordinator)
