"""Share cards: 1200×630 PNGs per community and offering, drawn again only when they change."""

import io
from unittest import mock

import pytest
from PIL import Image

from chumchon.marketing import cards


def _size(png: bytes) -> tuple[int, int]:
    return Image.open(io.BytesIO(png)).size


def test_offering_card_is_a_1200_by_630_png(client, weaving):
    response = client.get("/th/c/t-tha-li/offerings/weaving/card.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    assert _size(response.content) == (1200, 630)
    assert response["ETag"]


def test_community_card_is_a_1200_by_630_png(client, tha_li):
    response = client.get("/lo/c/t-tha-li/card.png")
    assert _size(response.content) == (1200, 630)


def test_card_is_drawn_once_and_served_from_the_store(client, weaving):
    with mock.patch.object(cards, "render_card", wraps=cards.render_card) as render:
        first = client.get("/en/c/t-tha-li/offerings/weaving/card.png").content
        second = client.get("/en/c/t-tha-li/offerings/weaving/card.png").content
    assert render.call_count == 1
    assert first == second


def test_card_changes_when_the_title_changes(client, weaving):
    before = client.get("/en/c/t-tha-li/offerings/weaving/card.png")
    weaving.title_en = "Indigo weaving with Mae Somsri"
    weaving.save()
    after = client.get("/en/c/t-tha-li/offerings/weaving/card.png")
    assert after["ETag"] != before["ETag"]
    assert after.content != before.content


def test_each_language_has_its_own_card(client, weaving):
    weaving.title_th = "ทอผ้า"
    weaving.save()
    thai = client.get("/th/c/t-tha-li/offerings/weaving/card.png")
    english = client.get("/en/c/t-tha-li/offerings/weaving/card.png")
    assert thai["ETag"] != english["ETag"]
    assert thai.content != english.content


def test_unchanged_card_answers_not_modified(client, weaving):
    etag = client.get("/en/c/t-tha-li/offerings/weaving/card.png")["ETag"]
    again = client.get("/en/c/t-tha-li/offerings/weaving/card.png", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_card_shows_the_starting_price_in_the_reader_language(weaving):
    card = cards.offering_card(weaving)
    assert card.price == "from ฿350"  # the adult price, as the offering cards say
    assert card.community == "Tha Li"


def test_cover_photo_changes_the_card(client, weaving):
    from django.core.files.base import ContentFile

    from chumchon.core.models import Photo

    before = client.get("/en/c/t-tha-li/offerings/weaving/card.png")
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 30, 30)).save(out, format="JPEG")
    photo = Photo(subject=weaving, alt_text_en="Loom")
    photo.image.save("loom.jpg", ContentFile(out.getvalue()))
    after = client.get("/en/c/t-tha-li/offerings/weaving/card.png")
    assert after["ETag"] != before["ETag"]
    # The right-hand side is the photo: red where the plain card was the brand colour.
    red = Image.open(io.BytesIO(after.content)).convert("RGB").getpixel((1100, 300))
    assert red[0] > 150 and red[1] < 80, red


@pytest.mark.parametrize(
    "path", ["/en/c/nowhere/card.png", "/en/c/t-tha-li/offerings/nothing/card.png"]
)
def test_cards_of_unknown_things_are_404(client, tha_li, path):
    assert client.get(path).status_code == 404


def test_a_redrawn_card_replaces_the_old_one_in_the_store(client, weaving, settings):
    from pathlib import Path

    client.get("/en/c/t-tha-li/offerings/weaving/card.png")
    client.get("/th/c/t-tha-li/offerings/weaving/card.png")
    weaving.title_en = "Indigo weaving"
    weaving.save()
    client.get("/en/c/t-tha-li/offerings/weaving/card.png")
    stored = sorted(p.parent.name for p in Path(settings.MEDIA_ROOT, "cards").rglob("*.png"))
    assert stored == [f"offering-{weaving.pk}-en", f"offering-{weaving.pk}-th"]
