import io

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from PIL import Image

from chumchon.maps import services, tasks


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    cache.clear()  # the queue guard lives in the cache


def test_the_community_page_offers_the_printable_map(client, tha_li, temple):
    response = client.get(f"/th/c/{tha_li.slug}/")
    assert f'action="/th/c/{tha_li.slug}/map.pdf"'.encode() in response.content
    assert f'formaction="/th/c/{tha_li.slug}/map.png"'.encode() in response.content


def test_an_svg_map_is_drawn_at_once(client, tha_li, temple):
    response = client.get(f"/en/c/{tha_li.slug}/map.svg", {"size": "a5", "lang": "th+en"})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    body = b"".join(response.streaming_content)
    assert b'data-number="1"' in body and b"Temple" in body


def test_a_pdf_is_rendered_once_and_then_served_from_the_cache(client, tha_li, temple, monkeypatch):
    url = f"/en/c/{tha_li.slug}/map.pdf"
    response = client.get(url, {"size": "a4", "lang": "th+en"})
    assert response.status_code == 200
    assert (
        response["Content-Disposition"] == f'attachment; filename="{tha_li.slug}-map-a4-th-en.pdf"'
    )
    assert b"".join(response.streaming_content).startswith(b"%PDF")

    def refuse(*args):
        raise AssertionError("rendered again")

    monkeypatch.setattr(services, "render", refuse)
    assert client.get(url, {"size": "a4", "lang": "th+en"}).status_code == 200


def test_changing_a_place_makes_a_new_map(tha_li, temple):
    before, _ = services.cached_map(tha_li, None, "png", "a4", "en")
    temple.name_en = "Wat Si Khun Mueang"
    temple.save()
    after, _ = services.cached_map(tha_li, None, "png", "a4", "en")
    assert before != after
    unrelated, _ = services.cached_map(tha_li, None, "png", "a4", "en")
    assert unrelated == after


def test_a_slow_format_shows_a_refreshing_page_while_the_queue_works(
    client, tha_li, temple, monkeypatch
):
    queued = []
    monkeypatch.setattr("chumchon.maps.views.enqueue", lambda task, *args: queued.append(args))
    url = f"/en/c/{tha_li.slug}/map.png"
    response = client.get(url, {"size": "social", "lang": "en"})
    assert response.status_code == 202
    assert response["Refresh"] == "3"
    assert queued == [(tha_li.pk, None, "png", "social", "en")]
    # Refreshing does not queue a second job for the same poster.
    client.get(url, {"size": "social", "lang": "en"})
    assert len(queued) == 1
    # The worker's job stores the file; the next refresh downloads it.
    path = tasks.render_map(*queued[0])
    assert default_storage.exists(path)
    response = client.get(url, {"size": "social", "lang": "en"})
    assert response.status_code == 200
    image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert image.size == (1080, 1080)


@pytest.mark.parametrize(
    ("query", "message"),
    [({"size": "b5"}, b"Choose a4, a3, a5 or social."), ({"lang": "fr"}, b"Choose th, lo, en")],
)
def test_a_bad_size_or_language_is_explained(client, tha_li, temple, query, message):
    response = client.get(f"/en/c/{tha_li.slug}/map.svg", query)
    assert response.status_code == 400
    assert message in response.content


def test_an_unpublished_community_has_no_map(client, tha_li, temple):
    tha_li.is_published = False
    tha_li.save()
    assert client.get(f"/en/c/{tha_li.slug}/map.svg").status_code == 404


def test_the_demo_community_map_shows_every_place_and_the_border_checkpoint(demo):
    tha_li, _ = demo
    spec = services.build_spec(tha_li, None, "th+en")
    assert len(spec.stops) == tha_li.places.filter(is_published=True).count()
    assert spec.border is not None and "06:00" in spec.border.hours
    assert spec.background, "the schematic extract should be drawn"
    assert spec.title == (tha_li.name_th, tha_li.name_en)
    assert spec.booking_url.endswith(f"/c/{tha_li.slug}/")


def test_only_openstreetmap_data_is_credited_to_openstreetmap(demo):
    from chumchon.maps.models import MapFeature

    tha_li, _ = demo
    spec = services.build_spec(tha_li, None, "en")
    assert "schematic" in spec.texts.attribution
    MapFeature.objects.filter(community=tha_li).update(osm_id="w1")
    spec = services.build_spec(tha_li, None, "en")
    assert "OpenStreetMap" in spec.texts.attribution


def test_a_redrawn_poster_replaces_the_one_drawn_from_older_data(tha_li, temple):
    first = services.render_to_cache(tha_li, None, "svg", "a5", "en")
    temple.name_en = "Wat Pa"
    temple.save()
    second = services.render_to_cache(tha_li, None, "svg", "a5", "en")
    other_size = services.render_to_cache(tha_li, None, "svg", "a4", "en")
    assert first != second
    assert not default_storage.exists(first)
    assert default_storage.exists(second) and default_storage.exists(other_size)


def test_importing_a_new_landscape_makes_a_new_map(tmp_path, tha_li, temple):
    import json

    before, _ = services.cached_map(tha_li, None, "pdf", "a4", "en")
    extract = tmp_path / "roads.geojson"
    extract.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"highway": "primary"},
                        "geometry": {
                            "type": "LineString",
                            "coordinates": [[101.41, 17.61], [101.43, 17.63]],
                        },
                    }
                ],
            }
        )
    )
    services.import_extract(extract, tha_li)
    after, _ = services.cached_map(tha_li, None, "pdf", "a4", "en")
    assert before != after
    assert services.build_spec(tha_li, None, "en").background[0].subkind == "primary"


def test_the_landscape_is_served_as_geojson_for_the_live_map(client, demo):
    tha_li, bo_tan = demo
    response = client.get(f"/en/c/{tha_li.slug}/background.geojson")
    assert response["Content-Type"] == "application/geo+json"
    kinds = {f["properties"]["kind"] for f in response.json()["features"]}
    assert kinds == {"road", "waterway", "landuse"}
    assert client.get(f"/en/c/{bo_tan.slug}/background.geojson").json()["features"] == []
