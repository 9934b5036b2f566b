import pytest

from chumchon.bookings.services import confirm_booking
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.webhooks import services
from chumchon.webhooks.models import Delivery, WebhookEndpoint
from chumchon.webhooks.tests.conftest import book

pytestmark = pytest.mark.django_db


@pytest.fixture
def boat_slot(bo_tan):
    offering = Offering.objects.create(
        community=bo_tan, kind="activity", slug="boat", title_en="Boat trip", capacity=6
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=50000)
    return make_slot(offering, capacity=6)


@pytest.fixture
def hooks(partner_key, other_partner_key, thali_key, botan_key, receiver, local_urls):
    return {
        name: services.register_endpoint(key, url=receiver.url, events=["*"])
        for name, key in (
            ("partner", partner_key),
            ("other_partner", other_partner_key),
            ("thali", thali_key),
            ("botan", botan_key),
        )
    }


def heard(hooks, booking) -> set[str]:
    return {
        name
        for name, endpoint in hooks.items()
        if Delivery.objects.filter(endpoint=endpoint, booking=booking).exists()
    }


def test_a_partner_hears_its_own_bookings_and_the_community_desk_hears_them_too(
    hooks, slot, partner_key, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(slot, partner_key)
    assert heard(hooks, booking) == {"partner", "thali"}


def test_a_booking_of_another_community_reaches_only_that_community(
    hooks, boat_slot, other_partner_key, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(boat_slot, other_partner_key)
    assert heard(hooks, booking) == {"other_partner", "botan"}


def test_a_booking_made_on_the_website_reaches_no_partner(
    hooks, slot, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(slot)
    assert heard(hooks, booking) == {"thali"}


def test_an_endpoint_hears_only_the_events_it_chose(
    partner_key, receiver, local_urls, slot, django_capture_on_commit_callbacks
):
    endpoint = services.register_endpoint(
        partner_key, url=receiver.url, events=["booking.confirmed"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(slot, partner_key)
    assert not endpoint.deliveries.exists()
    with django_capture_on_commit_callbacks(execute=True):
        confirm_booking(booking)
    assert list(endpoint.deliveries.values_list("event_type", flat=True)) == ["booking.confirmed"]


def test_by_default_an_endpoint_does_not_hear_holds(partner_key, receiver, local_urls):
    endpoint = services.register_endpoint(partner_key, url=receiver.url)
    assert endpoint.events == ["booking.cancelled", "booking.changed", "booking.confirmed"]


def test_a_revoked_key_or_an_inactive_endpoint_hears_nothing(
    hooks, slot, partner_key, thali_key, django_capture_on_commit_callbacks
):
    from chumchon.api.keys import revoke

    revoke(partner_key)
    WebhookEndpoint.objects.filter(pk=hooks["thali"].pk).update(is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(slot, partner_key)
    assert heard(hooks, booking) == set()


def test_an_officer_key_cannot_register_an_endpoint(receiver, local_urls):
    from chumchon.api.keys import create_key

    key, _ = create_key(name="Officer", role="officer")
    with pytest.raises(services.WebhookError) as refused:
        services.register_endpoint(key, url=receiver.url)
    assert refused.value.code == "forbidden"


@pytest.mark.parametrize(
    "url",
    [
        "http://agency.example/hook",  # not https
        "https://127.0.0.1/hook",
        "https://10.0.0.5/hook",
        "https://[::1]/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://localhost/hook",
        "ftp://agency.example/hook",
    ],
)
def test_production_refuses_insecure_or_private_urls(url, partner_key, settings):
    settings.WEBHOOKS_REQUIRE_HTTPS = True
    settings.WEBHOOKS_ALLOW_PRIVATE_URLS = False
    with pytest.raises(services.WebhookError) as refused:
        services.register_endpoint(partner_key, url=url)
    assert refused.value.code == "invalid_url"


def test_production_accepts_a_public_https_url(partner_key, settings):
    settings.WEBHOOKS_REQUIRE_HTTPS = True
    settings.WEBHOOKS_ALLOW_PRIVATE_URLS = False
    endpoint = services.register_endpoint(partner_key, url="https://93.184.215.14/hooks")
    assert endpoint.url == "https://93.184.215.14/hooks"


def test_a_public_name_that_resolves_to_a_private_address_is_not_sent_to(monkeypatch):
    import socket

    from chumchon.webhooks import transport

    # DNS that answers with an internal address (rebinding): checked when sending.
    def internal(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]

    monkeypatch.setattr(transport.socket, "getaddrinfo", internal)
    result = transport.post(
        "https://hooks.agency.example/in",
        b"{}",
        {},
        timeout=1,
        require_https=True,
        allow_private=False,
    )
    assert result.status is None and "private address" in result.error


def test_an_endpoint_whose_payload_cannot_be_made_does_not_silence_the_others(
    hooks, slot, partner_key, monkeypatch, django_capture_on_commit_callbacks
):
    from chumchon.webhooks import payloads

    octo = services.register_endpoint(partner_key, url=hooks["partner"].url, format="octo")

    def broken(endpoint, booking_id):
        raise RuntimeError("cannot render")

    monkeypatch.setattr(payloads, "octo_booking", broken)
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(slot, partner_key)
    with django_capture_on_commit_callbacks(execute=True):
        confirm_booking(booking)
    assert not octo.deliveries.exists()
    assert heard(hooks, booking) == {"partner", "thali"}
