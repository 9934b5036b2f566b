"""The voucher: its check-in code, its plain map and a PDF that embeds Thai and Lao fonts."""

import re
import zlib
from decimal import Decimal

import pytest

from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.bookings.voucher import (
    MapPoint,
    checkin_url,
    map_svg,
    voucher_context,
    voucher_pdf,
)
from chumchon.catalog.models import Offering, PriceTier
from chumchon.payments.services import record_payment
from chumchon.places.models import Place


def inflated(pdf: bytes) -> bytes:
    """The PDF with its compressed streams opened, to search it without a PDF library."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def embedded_fonts(pdf: bytes) -> list[str]:
    return [m.decode() for m in re.findall(rb"/FontName\s*/[A-Z]{6}\+([\w-]+)", inflated(pdf))]


def confirmed(offering, language, **contact):
    slot = make_slot(offering, days=5)
    booking = hold_places(
        [ItemRequest(slot_id=slot.id, adults=2)],
        Contact(name="Anna", email="anna@example.org", language=language, **contact),
    )
    record_payment(booking, method="cash", amount=booking.total, currency=booking.currency_id)
    booking.refresh_from_db()
    return booking


@pytest.fixture
def thai_names(tha_li, weaving, temple):
    tha_li.name_th = "ชุมชนท่าลี่"
    tha_li.save()
    weaving.title_th = "ทอผ้าไหม"
    weaving.what_to_bring_en = "A hat and water."
    weaving.save()
    temple.name_th = "วัดศรีโพธิ์ชัย"
    temple.save()
    return weaving


@pytest.fixture
def lao_falls(bo_tan):
    bo_tan.name_lo = "ບ້ານບໍ່ແຕນ"
    bo_tan.save()
    pool = Place.objects.create(
        community=bo_tan,
        slug="pool",
        name_en="Pool",
        name_lo="ນ້ຳຕົກຕາດຮາມ",
        category="waterfall",
        latitude=Decimal("17.5809"),
        longitude=Decimal("101.1906"),
    )
    falls = Offering.objects.create(
        community=bo_tan,
        kind="activity",
        slug="falls",
        title_en="Falls",
        title_lo="ຍ່າງປ່າໄປນ້ຳຕົກ",
        capacity=6,
        place=pool,
    )
    PriceTier.objects.create(offering=falls, kind="adult", amount=Decimal("50000"))
    return falls


@pytest.mark.django_db
def test_the_check_in_code_leads_to_the_coordinators_check_in_page(settings, weaving):
    settings.SITE_URL = "https://chumchon.example"
    booking = confirmed(weaving, "en")
    assert checkin_url(booking) == (
        f"https://chumchon.example/th/manage/t-tha-li/checkin/?code={booking.reference}"
    )
    assert "<svg" in voucher_context(booking)["checkin_qr"]


@pytest.mark.django_db
def test_the_voucher_page_shows_what_the_guest_needs_on_the_day(client, thai_names, temple):
    Place.objects.create(
        community=temple.community,
        slug="market",
        name_en="Morning market",
        category="market",
        latitude=Decimal("17.621"),
        longitude=Decimal("101.421"),
    )
    Place.objects.create(  # 30 km away: not "nearby"
        community=temple.community,
        slug="far",
        name_en="Far viewpoint",
        category="viewpoint",
        latitude=Decimal("17.90"),
        longitude=Decimal("101.42"),
    )
    booking = confirmed(thai_names, "en", dietary_needs="no peanuts")
    html = client.get(f"/en/bookings/{booking.reference}/{booking.token}/voucher/").content.decode()
    assert booking.reference in html
    assert "Temple" in html and "meeting point" in html
    assert "Morning market" in html and "Far viewpoint" not in html
    assert "no peanuts" in html and "A hat and water." in html
    assert "tel:1155" in html  # the emergency number
    assert 'id="map-data"' in html  # the web page uses the site's Leaflet map


@pytest.mark.django_db
def test_the_pdf_is_a5_in_the_bookings_language_with_thai_fonts_embedded(thai_names):
    booking = confirmed(thai_names, "th")
    pdf = voucher_pdf(booking)
    assert pdf.startswith(b"%PDF")
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", inflated(pdf))
    assert (round(float(box.group(1))), round(float(box.group(2)))) == (420, 595)
    assert any(re.fullmatch(r"Noto-?Sans-?Thai.*", name) for name in embedded_fonts(pdf))


@pytest.mark.django_db
def test_the_pdf_of_a_lao_booking_embeds_the_lao_font(lao_falls):
    booking = confirmed(lao_falls, "lo")
    fonts = embedded_fonts(voucher_pdf(booking))
    assert any(re.fullmatch(r"Noto-?Sans-?Lao.*", name) for name in fonts)


@pytest.mark.django_db
def test_lao_text_never_ends_a_text_run_with_a_shift_pdfium_would_drop(lao_falls):
    # ເຊົ້າ: the tone mark needs its own rise, which splits the run after the vowel's shift.
    lao_falls.title_lo = "ຕະຫຼາດເຊົ້າບໍ່ແຕນ ສິ່ງທີ່ຄວນເອົາມາ"
    lao_falls.save()
    content = inflated(voucher_pdf(confirmed(lao_falls, "lo")))
    assert b" Ts" in content  # the case really occurs
    assert not re.search(rb"[1-9][\d.]*\] TJ\n(-?[\d.]+ Ts|/\S+ [\d.]+ Tf)", content)


def test_the_map_draws_every_point_inside_the_frame_with_a_scale():
    points = [
        MapPoint("1", 17.6195, 101.4168, meeting=True),
        MapPoint("2", 17.6242, 101.4226),
        MapPoint("3", 17.6236, 101.4210),
    ]
    svg = map_svg(points, width=400, height=190)
    circles = [
        (float(x), float(y), int(r))
        for x, y, r in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="(\d+)"', svg)
    ]
    markers = [c for c in circles if c[2] > 2]
    assert len(markers) == 3
    assert all(r <= x <= 400 - r and r <= y <= 170 - r for x, y, r in markers)
    assert re.search(r">(\d+ m|[\d.]+ km)</text>", svg)
    assert ">N</text>" in svg


def test_markers_that_would_overlap_are_moved_apart_with_a_pointer():
    points = [
        MapPoint("1", 17.6200, 101.4200, meeting=True),
        MapPoint("2", 17.62001, 101.42001),  # a metre away
        MapPoint("3", 17.6300, 101.4300),
    ]
    svg = map_svg(points)
    markers = [
        (float(x), float(y), int(r))
        for x, y, r in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="(\d+)"', svg)
        if int(r) > 2
    ]
    for i, (x1, y1, r1) in enumerate(markers):
        for x2, y2, r2 in markers[i + 1 :]:
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= r1 + r2
    assert 'stroke-width="1"' in svg  # the pointer to the true spot


def test_the_meeting_point_stays_on_its_true_spot():
    svg = map_svg([MapPoint("1", 17.62, 101.42, meeting=True), MapPoint("2", 17.62, 101.42)])
    first = re.search(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="11"', svg)
    assert (float(first.group(1)), float(first.group(2))) == (200.0, 85.0)


def test_a_map_without_points_is_empty():
    assert map_svg([]) == ""
