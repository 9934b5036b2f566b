"""The daily post-trip e-mail: once per ended visit, in the tourist's language, with a link
that opens the review form."""

import datetime as dt
import re

from django.conf import settings
from django.utils import timezone, translation

from chumchon.bookings.models import BookingStatus
from chumchon.marketing import services, tasks
from chumchon.marketing.models import ReviewInvitation
from chumchon.marketing.tests.conftest import ended_booking


def test_the_task_is_scheduled_daily():
    entry = settings.CELERY_BEAT_SCHEDULE["invite-reviews"]
    assert entry["task"] == "chumchon.marketing.tasks.invite_reviewers"
    assert entry["schedule"].hour == {9} and entry["schedule"].minute == {30}


def test_an_ended_visit_gets_one_e_mail_with_a_working_link(client, weaving, mailoutbox):
    booking = ended_booking(weaving, days_ago=1)
    assert tasks.invite_reviewers.delay().get() == 1
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["anna@example.org"]
    assert message.subject == "How was your visit to Tha Li?"
    assert "Hello Anna," in message.body and "Weaving" in message.body
    link = re.search(r"http://127\.0\.0\.1:8000(/en/review/[^/\s]+/)", message.body).group(1)
    assert client.get(link).status_code == 200
    assert ReviewInvitation.objects.filter(booking=booking).exists()
    # Tomorrow's run sends nothing more.
    assert services.invite_reviewers() == 0
    assert len(mailoutbox) == 1


def test_the_e_mail_is_in_the_tourists_language(weaving, mailoutbox):
    ended_booking(weaving, language="th")
    services.invite_reviewers()
    assert "/th/review/" in mailoutbox[0].body
    with translation.override("th"):
        from django.utils.translation import gettext

        expected = gettext("How was your visit to %(community)s?") % {"community": "Tha Li"}
    assert mailoutbox[0].subject == expected


def test_who_is_not_asked(weaving, slot, mailoutbox):
    ended_booking(weaving, status=BookingStatus.CANCELLED, name="Cancelled")
    ended_booking(weaving, email="", name="No e-mail")
    ended_booking(weaving, days_ago=30, name="Long ago")
    reviewed = ended_booking(weaving, name="Done")
    services.write_review(reviewed, rating=5)
    assert services.invite_reviewers() == 0
    assert mailoutbox == []


def test_a_visit_still_going_on_waits(weaving, mailoutbox):
    booking = ended_booking(weaving, days_ago=0)
    item = booking.items.get()
    item.slot.ends_at = timezone.now() + dt.timedelta(hours=1)
    item.slot.save()
    assert services.invite_reviewers() == 0


def test_a_failed_send_is_tried_again_the_next_day(weaving, mailoutbox, monkeypatch):
    ended_booking(weaving)

    def broken(booking):
        raise OSError("mail server down")

    monkeypatch.setattr("chumchon.marketing.emails.send_review_invitation", broken)
    assert services.invite_reviewers() == 0
    assert not ReviewInvitation.objects.exists()
    monkeypatch.undo()
    assert services.invite_reviewers() == 1


def test_coordinators_hear_of_a_new_review_in_their_language(
    weaving, thali_coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    thali_coordinator.email = "coord@tha-li.example"
    thali_coordinator.language = "en"
    thali_coordinator.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.write_review(
            ended_booking(weaving), rating=4, text="Lovely loom", reviewer_country="Germany"
        )
    notice = next(m for m in mailoutbox if m.to == ["coord@tha-li.example"])
    assert notice.subject == "New review of Tha Li: ★★★★"
    assert "Anna (Germany) reviewed their visit" in notice.body
    assert "Lovely loom" in notice.body
    assert "/en/manage/t-tha-li/reviews/" in notice.body
    html = notice.alternatives[0][0]
    assert "★★★★ <span" in html and "★★★★★" not in html
