"""A saved plan as GeoJSON: numbered stops and one line per day."""

from __future__ import annotations

from collections.abc import Sequence


def plan_geojson(trip, colours: Sequence[str]) -> dict:
    features = []
    number = 0
    for index, day in enumerate(trip.result["days"]):
        colour = colours[index % len(colours)]
        line = [[day["from"]["lng"], day["from"]["lat"]]]
        for stop in day["stops"]:
            number += 1
            line.append([stop["lng"], stop["lat"]])
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [stop["lng"], stop["lat"]]},
                    "properties": {
                        "number": number,
                        "day": index + 1,
                        "date": day["date"],
                        "name": stop["name"],
                        "kind": stop["kind"],
                        "start": stop["start"],
                        "leave": stop["leave"],
                        "colour": colour,
                    },
                }
            )
        line.append([day["to"]["lng"], day["to"]["lat"]])
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": line},
                "properties": {"day": index + 1, "date": day["date"], "colour": colour},
            }
        )
    return {"type": "FeatureCollection", "features": features}
