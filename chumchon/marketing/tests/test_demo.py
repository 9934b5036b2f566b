"""The demo shows marketing at work: highlights, codes, and reviews with replies."""

from chumchon.demo.services import load_demo
from chumchon.marketing.models import Highlight, PromoCode, PromoRedemption, Review
from chumchon.marketing.tests.conftest import jsonld_of, of_type


def _counts():
    return (Highlight.objects.count(), PromoCode.objects.count(), Review.objects.count())


def test_demo_has_highlights_codes_and_replied_reviews_and_loads_twice_the_same(demo, client):
    tha_li, bo_tan = demo
    assert tha_li.highlights.count() == 4 and bo_tan.highlights.count() == 4
    assert set(PromoCode.objects.values_list("code", flat=True)) == {
        "GOLDENLAND10",
        "SCHOOLTRIP",
        "SABAIDEE",
    }
    assert Review.objects.filter(community=tha_li).count() == 3
    assert Review.objects.exclude(reply="").count() == 4
    before = _counts()
    load_demo()
    assert _counts() == before
    html = client.get("/lo/c/bo-tan/").content.decode()
    assert "ຂອບໃຈຫຼາຍໆ" in html and "ນ້ຳຕົກຕາດຮາມ" in html
    organization = of_type(jsonld_of(client.get("/en/c/tha-li/").content.decode()), "Organization")[
        0
    ]
    assert organization["aggregateRating"]["reviewCount"] == 3


def test_demo_code_works_at_booking(demo):
    from django.utils import timezone

    from chumchon.bookings.availability import slots_between
    from chumchon.bookings.services import Contact, ItemRequest, hold_places
    from chumchon.catalog.models import Offering

    weaving = Offering.objects.get(slug="li-weaving-class")
    today = timezone.localdate()
    open_slot = next(
        a.slot
        for a in slots_between(weaving, today, today + timezone.timedelta(days=45))
        if a.bookable
    )
    booking = hold_places(
        [ItemRequest(slot_id=open_slot.id, adults=2)],
        Contact(name="Demo", phone="0800000000"),
        promo_code="goldenland10",
    )
    assert PromoRedemption.objects.get(booking=booking).promo.code == "GOLDENLAND10"
