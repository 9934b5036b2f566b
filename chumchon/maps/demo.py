"""Demo landscape: a hand-drawn, approximate extract around Tha Li (see its properties)."""

from pathlib import Path

from chumchon.maps.services import import_extract

THA_LI_EXTRACT = (
    Path(__file__).resolve().parents[1] / "demo" / "assets" / "tha-li-schematic.geojson"
)


def load_maps_demo(tha_li) -> int:
    """Import the schematic Tha Li extract (idempotent: a re-import replaces it)."""
    return sum(import_extract(THA_LI_EXTRACT, tha_li).values())
