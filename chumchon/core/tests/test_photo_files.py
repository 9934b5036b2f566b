"""Photos are served by the platform at /photos/<pk>/<file name>, never from /media/.

Photos of what the public pages show (published communities, and published places and
offerings of published communities) go to anyone and may be cached by anyone; those of
proposals and meetings (people at a meeting) and of unpublished subjects only to those who
may read the community's records, exactly as the governance pages allow; to anyone else
they do not exist."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from chumchon.core.models import Photo
from chumchon.governance import services as governance
from chumchon.governance.models import Meeting
from chumchon.marketing.tests.conftest import jsonld_of, of_type

PUBLIC = "public, max-age=86400"
PRIVATE = "private, no-store"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def image_bytes(fmt: str, colour: str = "#1B6E53") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (12, 8), colour).save(buffer, fmt)
    return buffer.getvalue()


def photo_of(subject, name: str = "sala.jpg", fmt: str = "JPEG", **texts) -> Photo:
    photo = Photo(subject=subject, **texts)
    photo.image.save(name, SimpleUploadedFile(name, image_bytes(fmt)))
    return photo


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.fixture
def meeting(tha_li, thali_coordinator):
    return Meeting.objects.create(
        community=tha_li, date=timezone.localdate(), place="Sala", created_by=thali_coordinator
    )


@pytest.fixture
def proposal(tha_li, thali_coordinator):
    return governance.raise_proposal(
        tha_li,
        thali_coordinator,
        kind="visitor_rule",
        title="No drones over the temple",
        text="Visitors may not fly drones over Wat Pa.",
        language="en",
    )


def test_a_published_communitys_photo_goes_to_anyone_and_may_be_cached(client, tha_li):
    photo = photo_of(tha_li, "river.jpg")
    url = photo.get_absolute_url()
    assert url == f"/photos/{photo.pk}/{photo.file_name}"
    assert photo.file_name.startswith("river") and photo.file_name.endswith(".jpg")

    response = client.get(url)

    assert response.status_code == 200
    stored = photo.image.storage.open(photo.image.name).read()
    assert stored[:3] == b"\xff\xd8\xff"  # the JPEG as uploaded
    assert body(response) == stored
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == PUBLIC
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "attachment" not in response.get("Content-Disposition", "")
    assert "Cookie" not in response.get("Vary", "")  # the same for every visitor


def test_a_published_offerings_photo_goes_to_anyone(client, weaving):
    photo = photo_of(weaving, "loom.png", "PNG")

    response = client.get(photo.get_absolute_url())

    assert response.status_code == 200
    assert body(response) == image_bytes("PNG")
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == PUBLIC


def test_a_signed_in_reader_gets_a_public_photo_as_public_too(client, temple, officer):
    client.force_login(officer)
    response = client.get(photo_of(temple).get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC


@pytest.mark.parametrize(
    "hidden, of",
    [
        ("offering", "offering"),
        ("place", "place"),
        ("community", "community"),
        ("community", "offering"),  # a published offering of an unpublished community
        ("community", "place"),
    ],
)
def test_an_unpublished_subjects_photo_is_only_for_those_who_read_the_records(
    client, tha_li, temple, weaving, thali_coordinator, botan_coordinator, hidden, of
):
    subjects = {"offering": weaving, "place": temple, "community": tha_li}
    photo = photo_of(subjects[of])
    subjects[hidden].is_published = False
    subjects[hidden].save(update_fields=["is_published"])
    url = photo.get_absolute_url()

    assert client.get(url).status_code == 404
    client.force_login(botan_coordinator)
    assert client.get(url).status_code == 404
    client.force_login(thali_coordinator)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == PRIVATE


# Who reads the meeting page, and so its photos: the community's staff (any role), programme
# officers and site administrators; not visitors, strangers or another community's staff.
READERS = {
    "anonymous": False,
    "stranger": False,
    "botan_coordinator": False,
    "thali_coordinator": True,
    "thali_treasurer": True,
    "officer": True,
    "site_admin": True,
}


@pytest.mark.parametrize("who", READERS)
@pytest.mark.parametrize("kind", ["meeting", "proposal"])
def test_governance_photos_go_exactly_to_those_who_read_the_governance_pages(
    client, request, who, kind
):
    subject = request.getfixturevalue(kind)
    photo = photo_of(subject, "at-the-sala.jpg")
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    page = client.get(reverse(f"governance:{kind}", args=["t-tha-li", subject.pk]))

    response = client.get(photo.get_absolute_url())

    assert (page.status_code == 200) is READERS[who]
    if READERS[who]:
        assert response.status_code == 200
        assert body(response) == photo.image.storage.open(photo.image.name).read()
        assert response["Content-Type"] == "image/jpeg"
        assert response["Cache-Control"] == PRIVATE
        assert response["X-Content-Type-Options"] == "nosniff"
    else:
        assert response.status_code == 404  # not 403: nothing says the photo exists
        assert response.get("Cache-Control", "") != PUBLIC


def test_a_public_proposal_keeps_its_photos_internal(client, proposal, thali_coordinator):
    """Showing a decision on the public page shares the decision, not its photos."""
    proposal.is_public = True
    proposal.save(update_fields=["is_public"])
    assert client.get(photo_of(proposal).get_absolute_url()).status_code == 404


def test_a_wrong_name_an_unknown_photo_or_a_lost_file_is_not_found(
    client, tha_li, thali_coordinator
):
    photo = photo_of(tha_li, "river.jpg")
    client.force_login(thali_coordinator)
    assert client.get(f"/photos/{photo.pk}/other.jpg").status_code == 404
    assert client.get(f"/photos/{photo.pk}/{photo.file_name}x").status_code == 404
    assert client.get(f"/photos/{photo.pk + 1}/{photo.file_name}").status_code == 404
    photo.image.storage.delete(photo.image.name)
    assert client.get(photo.get_absolute_url()).status_code == 404


def test_the_public_community_page_links_photos_through_the_view(client, tha_li, temple):
    community_photo = photo_of(tha_li, "river.jpg", alt_text_en="The river")
    place_photo = photo_of(temple, "stupa.jpg")

    html = client.get("/en/c/t-tha-li/").content.decode()

    assert f'src="{community_photo.get_absolute_url()}"' in html
    assert "/media/" not in html
    place_html = client.get("/en/c/t-tha-li/places/temple/").content.decode()
    assert f'src="{place_photo.get_absolute_url()}"' in place_html
    assert "/media/" not in place_html


def test_the_meeting_page_links_photos_through_the_view(client, meeting, thali_coordinator):
    photo = photo_of(meeting, "at-the-sala.jpg")
    client.force_login(thali_coordinator)

    html = client.get(reverse("governance:meeting", args=["t-tha-li", meeting.pk])).content
    html = html.decode()

    assert f'src="{photo.get_absolute_url()}"' in html
    assert "/media/" not in html


def test_search_engines_get_absolute_photo_addresses_of_the_view(client, tha_li, weaving):
    community_photo = photo_of(tha_li, "river.jpg")
    offering_photo = photo_of(weaving, "loom.jpg")

    objects = jsonld_of(client.get("/en/c/t-tha-li/").content.decode())
    destination = of_type(objects, "TouristDestination")[0]
    organization = of_type(objects, "Organization")[0]
    expected = "http://127.0.0.1:8000" + community_photo.get_absolute_url()
    assert destination["image"] == [expected]
    assert organization["logo"] == expected

    html = client.get("/en/c/t-tha-li/offerings/weaving/").content.decode()
    product = of_type(jsonld_of(html), "Product")[0]
    assert product["image"] == ["http://127.0.0.1:8000" + offering_photo.get_absolute_url()]
    assert "/media/" not in html
    # The absolute address works for anyone, as a crawler would fetch it.
    assert client.get(offering_photo.get_absolute_url()).status_code == 200


def test_the_admin_links_photos_through_the_view(client, site_admin, tha_li):
    photo = photo_of(tha_li, "river.jpg")
    client.force_login(site_admin)
    html = client.get(reverse("admin:communities_community_change", args=[tha_li.pk]))
    html = html.content.decode()
    assert f'href="{photo.get_absolute_url()}"' in html
    assert "/media/" not in html
