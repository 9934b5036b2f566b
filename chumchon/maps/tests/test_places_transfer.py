import json

import pytest
from django.core.management import CommandError, call_command

from chumchon.core.models import AuditEntry
from chumchon.maps import places_io
from chumchon.places.models import Place

CSV_HEADER = "slug,name_th,name_en,category,latitude,longitude,visit_minutes\n"


def test_places_go_out_as_geojson_and_come_back_unchanged(tha_li, temple):
    text = places_io.export_geojson(tha_li)
    doc = json.loads(text)
    assert doc["features"][0]["geometry"] == {"type": "Point", "coordinates": [101.42, 17.62]}
    assert doc["features"][0]["properties"]["category"] == "temple"
    counts = places_io.import_places(tha_li, text.encode(), "places.geojson")
    assert counts == {"created": 0, "updated": 1}
    temple.refresh_from_db()
    assert (temple.name_en, str(temple.latitude), temple.visit_minutes) == (
        "Temple",
        "17.620000",
        45,
    )


def test_a_csv_upserts_by_slug(tha_li, temple):
    data = (
        CSV_HEADER
        + "temple,วัด,Old temple,temple,17.63,101.43,30\nnew-farm,สวน,Farm,farm,17.6,101.4,\n"
    )
    counts = places_io.import_places(tha_li, data.encode(), "places.csv")
    assert counts == {"created": 1, "updated": 1}
    temple.refresh_from_db()
    assert (temple.name_en, temple.name_th, temple.visit_minutes) == ("Old temple", "วัด", 30)
    farm = Place.objects.get(community=tha_li, slug="new-farm")
    assert (farm.category, farm.visit_minutes, farm.is_published) == ("farm", 60, True)


def test_one_bad_row_imports_nothing_and_names_its_line(tha_li, temple):
    data = (
        CSV_HEADER
        + "temple,วัด,Changed,temple,17.63,101.43,30\n"
        + "x,,X,castle,17.6,101.4,\n"
        + "y,,Y,farm,north,101.4,\n"
    )
    with pytest.raises(places_io.PlacesImportError) as error:
        places_io.import_places(tha_li, data.encode(), "places.csv")
    assert error.value.errors[0].startswith("line 3: unknown category castle")
    assert error.value.errors[1] == "line 4: latitude and longitude must be numbers"
    temple.refresh_from_db()
    assert temple.name_en == "Temple"


def test_the_commands_round_trip_a_csv(tmp_path, tha_li, temple, capsys):
    out = tmp_path / "places.csv"
    call_command("exportplaces", "--community", tha_li.slug, "--format", "csv", "-o", str(out))
    assert out.read_text().splitlines()[0].startswith("slug,name_th,name_lo,name_en,")
    call_command("importplaces", "--community", tha_li.slug, str(out))
    assert "0 places added, 1 updated." in capsys.readouterr().out


def test_the_import_command_lists_every_mistake(tmp_path, tha_li):
    bad = tmp_path / "bad.geojson"
    bad.write_text(
        json.dumps({"type": "FeatureCollection", "features": [{"properties": {"slug": "a"}}]})
    )
    with pytest.raises(CommandError, match="feature 1: a name is missing"):
        call_command("importplaces", "--community", tha_li.slug, str(bad))


def test_a_coordinator_downloads_and_uploads_places_on_the_phone_page(
    client, tha_li, temple, thali_coordinator
):
    client.force_login(thali_coordinator)
    response = client.get(f"/en/manage/{tha_li.slug}/places/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    upload = response.content.replace(b"Temple", b"Wat")
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        f"/en/manage/{tha_li.slug}/places/transfer/",
        {"file": SimpleUploadedFile("places.csv", upload)},
    )
    assert response.status_code == 302
    temple.refresh_from_db()
    assert temple.name_en == "Wat"
    assert AuditEntry.objects.filter(action="places.imported").exists()


def test_an_upload_with_mistakes_shows_them_and_changes_nothing(
    client, tha_li, temple, thali_coordinator
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(thali_coordinator)
    data = (CSV_HEADER + "temple,,Wat,volcano,17.6,101.4,\n").encode()
    response = client.post(
        f"/en/manage/{tha_li.slug}/places/transfer/", {"file": SimpleUploadedFile("p.csv", data)}
    )
    assert response.status_code == 400
    assert b"line 2: unknown category volcano" in response.content
    temple.refresh_from_db()
    assert temple.name_en == "Temple"


@pytest.mark.parametrize("actor", ["thali_treasurer", "botan_coordinator", "officer", "stranger"])
def test_only_the_communitys_managers_may_transfer_places(client, tha_li, temple, actor, request):
    client.force_login(request.getfixturevalue(actor))
    assert client.get(f"/en/manage/{tha_li.slug}/places/export.geojson").status_code == 403
    assert client.get(f"/en/manage/{tha_li.slug}/places/transfer/").status_code == 403
