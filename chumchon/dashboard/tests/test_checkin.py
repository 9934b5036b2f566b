"""Check-in on the day: a typed code, a scanned voucher URL, and every refusal."""

import io
import os
import shutil

import pytest
import segno
from django.contrib.staticfiles import finders
from PIL import Image

from chumchon.bookings.checkin import check_in, reference_from
from chumchon.bookings.models import Booking
from chumchon.bookings.services import ItemRequest, hold_places
from chumchon.bookings.tests.conftest import refused
from chumchon.core.models import AuditEntry
from chumchon.dashboard.tests.conftest import ANONYMOUS, manage_url

pytestmark = pytest.mark.django_db

CHECKIN = manage_url("checkin", "t-tha-li")


@pytest.mark.parametrize(
    "actor, status",
    [
        ("thali_coordinator", 200),
        ("thali_treasurer", 403),
        ("officer", 403),
        ("botan_coordinator", 403),
        (ANONYMOUS, 302),
    ],
    indirect=["actor"],
)
def test_only_the_communitys_coordinator_checks_guests_in(as_user, actor, status, confirmed):
    client = as_user(actor)
    assert client.get(CHECKIN, {"code": confirmed.reference}).status_code == status
    response = client.post(CHECKIN, {"code": confirmed.reference})
    assert response.status_code in (status, 302)
    confirmed.refresh_from_db()
    assert (confirmed.checked_in_at is not None) == (actor is not None and status == 200)


def test_a_typed_code_checks_the_guests_in(as_user, thali_coordinator, confirmed):
    typed = " " + confirmed.reference[:3].lower() + "-" + confirmed.reference[3:].lower()
    response = as_user(thali_coordinator).post(CHECKIN, {"code": typed}, follow=True)
    assert response.redirect_chain[-1] == (CHECKIN, 302)
    assert f"Welcome! {confirmed.reference}, Anna Tourist: checked in." in (
        response.content.decode()
    )
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is not None
    entry = AuditEntry.objects.get(action="booking.checked_in")
    assert entry.actor == thali_coordinator and entry.object_id == str(confirmed.pk)


def test_a_scanned_voucher_url_shows_the_booking_with_one_big_button(
    as_user, thali_coordinator, confirmed
):
    client = as_user(thali_coordinator)
    html = client.get(CHECKIN, {"code": confirmed.reference}).content.decode()
    assert "Anna Tourist" in html and "vegetarian, no peanuts" in html
    assert 'class="big">Check in</button>' in html
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is None  # looking is not checking in
    client.post(CHECKIN, {"code": confirmed.reference})
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is not None


def test_a_whole_voucher_url_typed_into_the_box_is_understood(
    as_user, thali_coordinator, confirmed
):
    url = f"https://chumchon.example/th/manage/t-tha-li/checkin/?code={confirmed.reference}"
    as_user(thali_coordinator).post(CHECKIN, {"code": url})
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is not None


def test_checking_in_twice_is_refused(as_user, thali_coordinator, confirmed):
    client = as_user(thali_coordinator)
    client.post(CHECKIN, {"code": confirmed.reference})
    confirmed.refresh_from_db()
    first = confirmed.checked_in_at
    response = client.post(CHECKIN, {"code": confirmed.reference})
    assert response.status_code == 409
    assert "This booking has already checked in." in response.content.decode()
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at == first
    assert AuditEntry.objects.filter(action="booking.checked_in").count() == 1


def test_an_already_checked_in_voucher_shows_no_button(as_user, thali_coordinator, confirmed):
    check_in(confirmed, confirmed.community)
    html = as_user(thali_coordinator).get(CHECKIN, {"code": confirmed.reference}).content.decode()
    assert "This booking has already checked in." in html
    assert 'class="big">Check in</button>' not in html


def test_another_communitys_booking_is_refused(as_user, thali_coordinator, botan_booking):
    client = as_user(thali_coordinator)
    response = client.post(CHECKIN, {"code": botan_booking.reference})
    html = response.content.decode()
    assert response.status_code == 400
    assert "This booking is for another community." in html
    assert "Lao Guest" not in html
    botan_booking.refresh_from_db()
    assert botan_booking.checked_in_at is None
    preview = client.get(CHECKIN, {"code": botan_booking.reference}).content.decode()
    assert "This booking is for another community." in preview and "Lao Guest" not in preview


def test_an_unknown_code_is_refused(as_user, thali_coordinator, tha_li):
    response = as_user(thali_coordinator).post(CHECKIN, {"code": "QQQQQQQ"})
    assert response.status_code == 400
    assert "No booking has this code." in response.content.decode()


def test_a_booking_awaiting_payment_cannot_check_in(as_user, thali_coordinator, held):
    response = as_user(thali_coordinator).post(CHECKIN, {"code": held.reference})
    assert "Only a confirmed booking can do this." in response.content.decode()
    held.refresh_from_db()
    assert held.checked_in_at is None


def test_the_manifest_button_checks_in_and_returns_to_the_manifest(
    as_user, thali_coordinator, confirmed
):
    back = manage_url("manifest", "t-tha-li") + "?date=2030-01-01"
    response = as_user(thali_coordinator).post(CHECKIN, {"code": confirmed.reference, "next": back})
    assert response.status_code == 302 and response.url == back


def test_the_page_offers_the_camera_scanner_with_vendored_jsqr(as_user, thali_coordinator, tha_li):
    html = as_user(thali_coordinator).get(CHECKIN).content.decode()
    assert "vendor/jsqr/jsQR.js" in html and "chumchon/js/checkin.js" in html
    assert 'name="code"' in html  # the typed code works without JavaScript
    assert finders.find("vendor/jsqr/jsQR.js") and finders.find("vendor/jsqr/LICENSE")
    assert finders.find("chumchon/js/checkin.js")


@pytest.mark.parametrize(
    "text, code",
    [
        ("ACD4679", "ACD4679"),
        (" acd-4679 ", "ACD4679"),
        ("https://x.example/en/manage/tha-li/checkin/?code=ACD4679", "ACD4679"),
        ("/en/manage/tha-li/checkin/?lang=th&code=acd4679", "ACD4679"),
        ("", ""),
    ],
)
def test_the_reference_is_read_from_a_code_or_a_voucher_url(text, code):
    assert reference_from(text) == code


def test_the_service_refuses_every_wrong_case(confirmed, slot, anna, botan_booking, tha_li):
    with refused("not_found"):
        check_in("NOPE", tha_li)
    with refused("other_community"):
        check_in(botan_booking.reference, tha_li)
    held = hold_places([ItemRequest(slot_id=slot.id, adults=1)], anna)
    with refused("not_confirmed"):
        check_in(held, tha_li)
    assert check_in(confirmed.reference.lower(), tha_li).checked_in_at is not None
    with refused("already_checked_in"):
        check_in(confirmed, tha_li)
    assert Booking.objects.filter(checked_in_at__isnull=False).count() == 1


# End to end: Chromium's fake camera films a voucher QR code -------------------------

CHROMIUM = (
    os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
)


def voucher_video(path, text: str) -> None:
    """A few frames of a QR code as a Y4M file, which Chromium plays as the camera."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=4)
    qr = Image.open(buffer).convert("RGB")
    frame = Image.new("RGB", (640, 480), "white")
    frame.paste(qr, ((640 - qr.width) // 2, (480 - qr.height) // 2))
    y, cb, cr = frame.convert("YCbCr").split()
    half = (320, 240)
    data = y.tobytes() + cb.resize(half).tobytes() + cr.resize(half).tobytes()
    with open(path, "wb") as video:
        video.write(b"YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n")
        for _ in range(10):
            video.write(b"FRAME\n" + data)


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM, reason="No Chromium on this machine (set CHROMIUM_PATH).")
def test_the_phone_camera_reads_the_voucher_and_checks_the_guests_in(
    live_server, transactional_db, confirmed, thali_coordinator, client, settings, tmp_path
):
    from playwright.sync_api import sync_playwright

    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    client.force_login(thali_coordinator)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    video = tmp_path / "voucher.y4m"
    voucher_video(video, f"{live_server.url}/en/bookings/voucher/?code={confirmed.reference}")
    reference = confirmed.reference
    # No database calls inside: Playwright runs an event loop in this thread.
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                f"--use-file-for-fake-video-capture={video}",
            ],
        )
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.grant_permissions(["camera"], origin=live_server.url)
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
        )
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{live_server.url}{CHECKIN}")
        page.click("#scan")
        page.wait_for_url(f"**/checkin/?code={reference}", timeout=15000)
        assert "Anna Tourist" in page.locator(".guest-card").inner_text()
        page.click(".guest-card button.big")
        page.wait_for_selector(".messages")
        welcome = page.locator(".messages").inner_text()
        browser.close()
    assert errors == []
    assert f"{reference}, Anna Tourist: checked in" in welcome
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is not None
