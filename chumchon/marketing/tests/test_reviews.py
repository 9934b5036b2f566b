"""Reviews come only from real bookings whose visit has ended: one per booking, with a reply."""

import datetime as dt

import pytest
from django.core import signing
from django.utils import timezone

from chumchon.bookings.models import BookingStatus
from chumchon.core.models import AuditEntry
from chumchon.marketing import services
from chumchon.marketing.errors import ReviewRefused
from chumchon.marketing.models import Review
from chumchon.marketing.tests.conftest import ended_booking


def _link(booking, language="en"):
    return f"/{language}/review/{services.review_token(booking)}/"


def test_a_tourist_reviews_an_ended_visit_through_the_signed_link(client, weaving):
    booking = ended_booking(weaving)
    page = client.get(_link(booking))
    assert page.status_code == 200
    assert "Weaving" in page.content.decode()
    response = client.post(
        _link(booking),
        {
            "rating": "5",
            f"offering_{weaving.pk}": "4",
            "text": "Mae Somsri taught us the whole pattern.",
            "language": "en",
            "reviewer_name": "Anna",
            "reviewer_country": "Germany",
        },
    )
    assert response.status_code == 200
    review = Review.objects.get(booking=booking)
    assert (review.rating, review.reviewer_name, review.reviewer_country) == (5, "Anna", "Germany")
    assert review.offering_ratings.get().rating == 4
    assert review.community == weaving.community


def test_one_review_per_booking(client, weaving):
    booking = ended_booking(weaving)
    services.write_review(booking, rating=4)
    with pytest.raises(ReviewRefused) as err:
        services.write_review(booking, rating=1)
    assert err.value.code == "already_reviewed"
    assert client.get(_link(booking)).status_code == 410
    assert Review.objects.count() == 1


def test_a_visit_that_has_not_ended_cannot_be_reviewed(client, weaving, slot):
    from chumchon.bookings.models import Booking, BookingItem

    booking = Booking.objects.create(
        community=weaving.community,
        contact_name="Early Eddie",
        contact_email="e@example.org",
        total=350,
        currency_id="THB",
        status=BookingStatus.CONFIRMED,
    )
    BookingItem.objects.create(
        booking=booking, offering=weaving, slot=slot, adults=1, units=1, price=350
    )
    with pytest.raises(ReviewRefused) as err:
        services.write_review(booking, rating=5)
    assert err.value.code == "trip_not_ended"
    response = client.get(_link(booking))
    assert response.status_code == 410
    assert 'data-code="trip_not_ended"' in response.content.decode()


@pytest.mark.parametrize(
    "status", [BookingStatus.CANCELLED, BookingStatus.EXPIRED, BookingStatus.PENDING_PAYMENT]
)
def test_only_a_confirmed_booking_can_be_reviewed(weaving, status):
    booking = ended_booking(weaving, status=status)
    with pytest.raises(ReviewRefused) as err:
        services.write_review(booking, rating=5)
    assert err.value.code == "not_confirmed"
    assert not Review.objects.exists()


def test_a_forged_or_changed_link_is_refused(client, weaving):
    booking = ended_booking(weaving)
    forged = signing.dumps({"b": booking.pk, "t": booking.token[:8]}, salt="something else")
    assert client.get(f"/en/review/{forged}/").status_code == 410
    tampered = services.review_token(booking)[:-2] + "xx"
    assert client.get(f"/en/review/{tampered}/").status_code == 410
    assert client.post(f"/en/review/{tampered}/", {"rating": "1"}).status_code == 410
    assert not Review.objects.exists()


def test_an_old_link_expires(weaving, monkeypatch):
    booking = ended_booking(weaving)
    token = services.review_token(booking)
    later = timezone.now() + dt.timedelta(days=services.REVIEW_LINK_DAYS + 1)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    with pytest.raises(ReviewRefused) as err:
        services.booking_for_review_token(token)
    assert err.value.code == "review_link_invalid"


def test_stars_must_be_one_to_five(weaving):
    with pytest.raises(ReviewRefused):
        services.write_review(ended_booking(weaving), rating=6)
    with pytest.raises(ReviewRefused):
        services.write_review(
            ended_booking(weaving, name="B"), rating=3, offering_ratings={weaving.pk: 9}
        )


def test_public_pages_show_first_name_and_country_only(client, weaving):
    booking = ended_booking(weaving, name="Anna Maria Schmidt", email="anna.schmidt@example.org")
    services.write_review(
        booking,
        rating=5,
        text="Lovely",
        reviewer_country="Germany",
        offering_ratings={weaving.pk: 5},
    )
    for path in ("/en/c/t-tha-li/", "/en/c/t-tha-li/offerings/weaving/"):
        html = client.get(path).content.decode()
        assert "Lovely" in html and "Anna" in html and "Germany" in html
        assert (
            "Schmidt" not in html and "anna.schmidt" not in html and booking.reference not in html
        )


def test_summary_shows_average_and_count(client, weaving):
    for stars, name in ((5, "A"), (4, "B"), (4, "C")):
        services.write_review(ended_booking(weaving, name=name), rating=stars)
    html = client.get("/en/c/t-tha-li/").content.decode()
    assert "4.3 out of 5, from 3 reviews" in html


def test_the_communitys_reply_is_public(client, weaving, thali_coordinator):
    review = services.write_review(ended_booking(weaving), rating=3, text="Too hot")
    client.force_login(thali_coordinator)
    client.post(
        f"/en/manage/t-tha-li/reviews/{review.pk}/",
        {"action": "reply", f"r{review.pk}-reply": "Come back in the cool season!"},
    )
    html = client.get("/en/c/t-tha-li/").content.decode()
    assert "Reply from Tha Li" in html and "Come back in the cool season!" in html
    assert AuditEntry.objects.filter(action="review.replied", object_id=str(review.pk)).exists()


def test_hiding_an_abusive_review_takes_it_off_the_pages_but_keeps_its_text(
    client, weaving, thali_coordinator
):
    review = services.write_review(ended_booking(weaving), rating=1, text="Insults")
    services.write_review(ended_booking(weaving, name="Bea"), rating=5, text="Wonderful")
    client.force_login(thali_coordinator)
    client.post(
        f"/en/manage/t-tha-li/reviews/{review.pk}/",
        {"action": "hide", "reason": "insults a family"},
    )
    html = client.get("/en/c/t-tha-li/").content.decode()
    assert "Insults" not in html and "Wonderful" in html
    assert "5.0 out of 5, from 1 review" in html
    review.refresh_from_db()
    assert review.is_hidden and review.text == "Insults"
    entry = AuditEntry.objects.get(action="review.hidden")
    assert entry.actor == thali_coordinator and entry.data == {"reason": "insults a family"}


def test_another_community_cannot_moderate_or_reply(client, weaving, botan_coordinator, officer):
    review = services.write_review(ended_booking(weaving), rating=1, text="Insults")
    for user in (botan_coordinator, officer):
        client.force_login(user)
        response = client.post(
            f"/en/manage/t-tha-li/reviews/{review.pk}/", {"action": "hide", "reason": "x"}
        )
        assert response.status_code == 403
    review.refresh_from_db()
    assert not review.is_hidden


def test_officers_read_the_reviews_list(client, weaving, officer):
    services.write_review(ended_booking(weaving), rating=4, text="Good food")
    client.force_login(officer)
    html = client.get("/en/manage/t-tha-li/reviews/").content.decode()
    assert "Good food" in html and 'value="hide"' not in html


def test_offering_cards_in_lists_show_their_rating(client, weaving, river_walk):
    services.write_review(ended_booking(weaving), rating=5, offering_ratings={weaving.pk: 5})
    services.write_review(
        ended_booking(weaving, name="Bo"), rating=4, offering_ratings={weaving.pk: 4}
    )
    for path in ("/en/offerings/", "/en/c/t-tha-li/"):
        html = client.get(path).content.decode()
        assert "4.5 (2)" in html
        assert html.count('class="rating"') == 1  # the river walk has no rating yet
