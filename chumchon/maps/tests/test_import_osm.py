import json

import osmium
import pytest
from django.core.management import CommandError, call_command
from osmium.osm.mutable import Node, Way

from chumchon.maps.models import MapFeature


def _write_pbf(path):
    writer = osmium.SimpleWriter(str(path), overwrite=True)
    # Tha Li is at 17.62 N 101.42 E; node 9 is far away in Vientiane.
    for node_id, lng, lat in [
        (1, 101.40, 17.60),
        (2, 101.42, 17.62),
        (3, 101.42, 17.60),
        (9, 102.6, 17.97),
    ]:
        writer.add_node(Node(id=node_id, location=(lng, lat), tags={}))
    writer.add_way(Way(id=10, nodes=[1, 2], tags={"highway": "primary", "name": "Route 2115"}))
    writer.add_way(Way(id=11, nodes=[1, 3, 2, 1], tags={"landuse": "forest"}))
    writer.add_way(Way(id=12, nodes=[2, 3], tags={"building": "yes"}))
    writer.add_way(Way(id=13, nodes=[9, 9], tags={"waterway": "river"}))
    writer.close()


def _geojson(path):
    def feature(props, kind, coords):
        return {
            "type": "Feature",
            "properties": props,
            "geometry": {"type": kind, "coordinates": coords},
        }

    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    feature(
                        {"waterway": "river", "name": "Heuang"},
                        "LineString",
                        [[101.40, 17.65], [101.41, 17.66]],
                    ),
                    feature(
                        {"natural": "water"},
                        "Polygon",
                        [[[101.41, 17.61], [101.42, 17.61], [101.42, 17.62], [101.41, 17.61]]],
                    ),
                    feature(
                        {"highway": "footway"}, "LineString", [[101.40, 17.60], [101.40, 17.61]]
                    ),
                    feature({"highway": "tertiary"}, "LineString", [[102.6, 17.9], [102.7, 18.0]]),
                ],
            }
        )
    )


def test_a_pbf_extract_stores_roads_and_land_use_cut_to_the_community(
    tmp_path, tha_li, temple, capsys
):
    path = tmp_path / "loei.osm.pbf"
    _write_pbf(path)
    call_command("importosm", str(path), "--community", tha_li.slug)
    rows = {(f.kind, f.subkind, f.name) for f in MapFeature.objects.filter(community=tha_li)}
    # The building is not drawn, and the river 100 km away lies outside the area.
    assert rows == {("road", "primary", "Route 2115"), ("landuse", "forest", "")}
    road = MapFeature.objects.get(kind="road")
    assert json.loads(road.geometry)["coordinates"] == [[101.4, 17.6], [101.42, 17.62]]
    assert (road.south, road.west, road.north, road.east) == (17.6, 101.4, 17.62, 101.42)
    assert "Stored 2 features for t-tha-li" in capsys.readouterr().out


def test_a_geojson_extract_is_classified_by_its_osm_tags(tmp_path, tha_li, temple):
    path = tmp_path / "tha-li.geojson"
    _geojson(path)
    call_command("importosm", str(path), "--community", tha_li.slug)
    kinds = sorted((f.kind, f.subkind) for f in MapFeature.objects.all())
    assert kinds == [("water", "water"), ("waterway", "river")]


def test_importing_the_same_file_again_replaces_its_features(tmp_path, tha_li, temple):
    path = tmp_path / "tha-li.geojson"
    _geojson(path)
    call_command("importosm", str(path), "--community", tha_li.slug)
    call_command("importosm", str(path), "--community", tha_li.slug)
    assert MapFeature.objects.count() == 2


def test_an_unknown_file_type_is_refused_and_nothing_is_stored(tmp_path, tha_li):
    path = tmp_path / "extract.shp"
    path.write_bytes(b"x")
    with pytest.raises(CommandError, match="osm.pbf or a .geojson"):
        call_command("importosm", str(path))
    assert not MapFeature.objects.exists()


def test_the_demo_ships_a_schematic_background_for_tha_li(demo):
    tha_li, bo_tan = demo
    features = MapFeature.objects.filter(community=tha_li)
    names = {f.name for f in features}
    assert "Nam Heuang Thai–Lao Friendship Bridge" in names
    assert any(f.kind == "waterway" and "Heuang" in f.name for f in features)
    assert not MapFeature.objects.filter(community=bo_tan).exists()


def test_a_multipolygon_relation_becomes_a_water_area(tmp_path, tha_li, temple):
    from osmium.osm.mutable import Relation

    path = tmp_path / "lake.osm.pbf"
    writer = osmium.SimpleWriter(str(path), overwrite=True)
    for node_id, lng, lat in [(1, 101.40, 17.60), (2, 101.42, 17.62), (3, 101.42, 17.60)]:
        writer.add_node(Node(id=node_id, location=(lng, lat), tags={}))
    writer.add_way(Way(id=20, nodes=[1, 3, 2, 1], tags={}))
    writer.add_relation(
        Relation(
            id=30,
            members=[("w", 20, "outer")],
            tags={"type": "multipolygon", "natural": "water", "name": "Nong Lake"},
        )
    )
    writer.close()
    call_command("importosm", str(path), "--community", tha_li.slug)
    lake = MapFeature.objects.get()
    assert (lake.kind, lake.name, lake.osm_id) == ("water", "Nong Lake", "r30")
    assert json.loads(lake.geometry)["type"] == "MultiPolygon"
