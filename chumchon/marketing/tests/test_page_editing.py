"""Coordinators edit their community's public page from a phone: texts, highlights, photos."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from chumchon.core.models import AuditEntry, Photo
from chumchon.marketing.models import Highlight

PAGE = "/en/manage/t-tha-li/page/"
PHOTOS = "/en/manage/t-tha-li/page/photos/"


def _page_data(**changes):
    data = {
        "tagline_th": "หมู่บ้านริมน้ำ",
        "tagline_lo": "",
        "tagline_en": "A village by the river",
        "story_th": "",
        "story_lo": "",
        "story_en": "Tai Loei families have lived here for two hundred years.",
        "brand_colour": "#1B6E53",
        "highlights-TOTAL_FORMS": "1",
        "highlights-INITIAL_FORMS": "0",
        "highlights-MIN_NUM_FORMS": "0",
        "highlights-MAX_NUM_FORMS": "8",
        "highlights-0-position": "1",
        "highlights-0-title_en": "Indigo weaving",
        "highlights-0-title_th": "ผ้าย้อมคราม",
        "highlights-0-title_lo": "",
        "highlights-0-text_en": "Learn the Tai Loei patterns.",
        "highlights-0-text_th": "",
        "highlights-0-text_lo": "",
        "action": "save",
    }
    data.update(changes)
    return data


def _jpeg(size=(1600, 1200), colour=(20, 120, 60), exif_gps=False) -> bytes:
    image = Image.new("RGB", size, colour)
    out = io.BytesIO()
    if exif_gps:
        exif = Image.Exif()
        exif[0x8825] = {1: "N", 2: (17.0, 37.0, 25.0)}  # GPSInfo: where the family lives
        image.save(out, format="JPEG", exif=exif)
    else:
        image.save(out, format="JPEG")
    return out.getvalue()


def _upload(client, content=None, name="loom.jpg", kind="image/jpeg", **texts):
    data = {
        "action": "add",
        "image": SimpleUploadedFile(name, content or _jpeg(), content_type=kind),
        "alt_text_en": "A loom with indigo cloth",
        "alt_text_th": "",
        "alt_text_lo": "",
        "caption_en": "",
        "caption_th": "",
        "caption_lo": "",
        "credit": "Tha Li group",
    }
    data.update(texts)
    return client.post(PHOTOS, data)


def test_the_coordinator_saves_story_and_highlights_in_each_language(
    client, thali_coordinator, tha_li
):
    client.force_login(thali_coordinator)
    assert client.get(PAGE).status_code == 200
    response = client.post(PAGE, _page_data())
    assert response.status_code == 302
    tha_li.refresh_from_db()
    assert tha_li.tagline_th == "หมู่บ้านริมน้ำ"
    assert tha_li.story_en.startswith("Tai Loei families")
    assert Highlight.objects.get().title_th == "ผ้าย้อมคราม"
    entry = AuditEntry.objects.get(action="community.page_changed")
    assert entry.actor == thali_coordinator and "tagline_th" in entry.data["fields"]
    thai = client.get("/th/c/t-tha-li/").content.decode()
    assert "หมู่บ้านริมน้ำ" in thai and "ผ้าย้อมคราม" in thai


def test_preview_shows_the_texts_without_saving(client, thali_coordinator, tha_li):
    client.force_login(thali_coordinator)
    html = client.post(PAGE, _page_data(action="preview")).content.decode()
    assert "Preview (not saved yet)" in html and "A village by the river" in html
    tha_li.refresh_from_db()
    assert not tha_li.tagline_en
    assert not Highlight.objects.exists()


def test_the_treasurer_may_edit_too(client, thali_treasurer, tha_li):
    client.force_login(thali_treasurer)
    assert client.post(PAGE, _page_data()).status_code == 302


@pytest.mark.parametrize("actor", ["botan_coordinator", "stranger"])
def test_other_people_may_neither_read_nor_change_it(client, request, tha_li, actor):
    client.force_login(request.getfixturevalue(actor))
    assert client.get(PAGE).status_code == 403
    assert client.post(PAGE, _page_data()).status_code == 403
    assert _upload(client).status_code == 403
    tha_li.refresh_from_db()
    assert not tha_li.tagline_en


def test_an_officer_reads_but_cannot_change(client, officer, tha_li):
    client.force_login(officer)
    html = client.get(PAGE).content.decode()
    assert "<fieldset disabled>" in html
    assert client.post(PAGE, _page_data()).status_code == 403
    assert _upload(client).status_code == 403
    assert not Photo.objects.exists()


def test_visitors_are_sent_to_sign_in(client, tha_li):
    response = client.get(PAGE)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_photo_is_scaled_down_stripped_of_its_location_and_described(
    client, thali_coordinator, tha_li
):
    client.force_login(thali_coordinator)
    response = _upload(client, _jpeg(size=(4000, 3000), exif_gps=True))
    assert response.status_code == 302
    photo = Photo.objects.get()
    assert photo.subject == tha_li and photo.alt_text_en == "A loom with indigo cloth"
    stored = Image.open(photo.image.path)
    assert max(stored.size) == 2400
    assert not stored.getexif().get(0x8825)
    assert AuditEntry.objects.filter(action="photo.added").exists()
    html = client.get("/en/c/t-tha-li/").content.decode()
    assert 'alt="A loom with indigo cloth"' in html


def test_a_file_that_is_not_a_photo_is_refused(client, thali_coordinator):
    client.force_login(thali_coordinator)
    response = _upload(client, b"%PDF-1.4 not a photo", name="menu.jpg")
    assert response.status_code == 400
    assert not Photo.objects.exists()


def test_a_gif_is_refused(client, thali_coordinator):
    client.force_login(thali_coordinator)
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="GIF")
    response = _upload(client, out.getvalue(), name="dance.gif", kind="image/gif")
    assert response.status_code == 400
    assert "JPEG, PNG or WebP" in response.content.decode()


def test_a_photo_needs_a_description(client, thali_coordinator):
    client.force_login(thali_coordinator)
    response = _upload(client, alt_text_en="")
    assert response.status_code == 400
    assert not Photo.objects.exists()


def test_a_photo_over_the_size_limit_is_refused(client, thali_coordinator, monkeypatch):
    monkeypatch.setattr("chumchon.marketing.services.MAX_PHOTO_BYTES", 1000)
    monkeypatch.setattr("chumchon.marketing.forms.MAX_PHOTO_BYTES", 1000)
    client.force_login(thali_coordinator)
    assert _upload(client).status_code == 400
    assert not Photo.objects.exists()


def test_photos_are_reordered_and_the_cover_chosen(client, thali_coordinator, tha_li):
    client.force_login(thali_coordinator)
    for colour in ((200, 0, 0), (0, 200, 0), (0, 0, 200)):
        _upload(client, _jpeg(colour=colour))
    first, second, third = Photo.objects.order_by("position", "id")
    client.post(PHOTOS, {"action": "cover", "photo": third.pk})
    assert list(Photo.objects.order_by("position").values_list("pk", flat=True)) == [
        third.pk,
        first.pk,
        second.pk,
    ]
    client.post(PHOTOS, {"action": "down", "photo": third.pk})
    assert list(Photo.objects.order_by("position").values_list("pk", flat=True)) == [
        first.pk,
        third.pk,
        second.pk,
    ]
    client.post(PHOTOS, {"action": "remove", "photo": first.pk})
    assert list(Photo.objects.order_by("position").values_list("position", "pk")) == [
        (0, third.pk),
        (1, second.pk),
    ]
    assert AuditEntry.objects.filter(action="photo.made_cover").exists()
    assert AuditEntry.objects.filter(action="photo.removed").exists()


def test_a_photo_of_another_community_cannot_be_touched(client, thali_coordinator, bo_tan):
    other = Photo(subject=bo_tan, alt_text_en="Bo Tan")
    other.image.save("bo.jpg", SimpleUploadedFile("bo.jpg", _jpeg()))
    client.force_login(thali_coordinator)
    assert client.post(PHOTOS, {"action": "remove", "photo": other.pk}).status_code == 404
    assert Photo.objects.filter(pk=other.pk).exists()


def test_offering_photos_have_their_own_page(client, thali_coordinator, weaving):
    client.force_login(thali_coordinator)
    url = f"/en/manage/t-tha-li/offerings/{weaving.pk}/photos/"
    assert client.get(url).status_code == 200
    data = {
        "action": "add",
        "image": SimpleUploadedFile("w.jpg", _jpeg(), content_type="image/jpeg"),
        "alt_text_en": "Weaving",
    }
    assert client.post(url, data).status_code == 302
    assert Photo.objects.get().subject == weaving


def test_the_editor_shows_the_share_preview(client, thali_coordinator):
    client.force_login(thali_coordinator)
    html = client.get(PAGE).content.decode()
    assert 'src="/en/c/t-tha-li/card.png"' in html


def test_the_brand_colour_is_checked_and_colours_the_page(client, thali_coordinator, tha_li):
    client.force_login(thali_coordinator)
    assert client.post(PAGE, _page_data(brand_colour="red")).status_code == 200
    assert client.post(PAGE, _page_data(brand_colour="#B8860B")).status_code == 302
    assert "--brand: #B8860B" in client.get("/en/c/t-tha-li/").content.decode()
