"""Category icons and colours, drawn on a 24 × 24 grid (white on the category colour)."""

from __future__ import annotations

# Colours as on the site's live map (static/chumchon/js/map.js): one legend everywhere.
COLOURS = {
    "temple": "#C0392B",
    "viewpoint": "#8E44AD",
    "waterfall": "#1F77B4",
    "river": "#2E86C1",
    "market": "#D35400",
    "workshop": "#A0522D",
    "farm": "#27AE60",
    "homestay": "#B8860B",
    "restaurant": "#E67E22",
    "museum": "#6C3483",
    "nature": "#1E8449",
    "landmark": "#7D6608",
    "border": "#17202A",
    "meeting": "#C71585",
    "transport": "#566573",
}
DEFAULT_COLOUR = "#444444"

# Filled silhouettes (fill-rule evenodd), simple enough to read at 4 mm.
ICONS = {
    # A stupa: finial, bell, base.
    "temple": "M12 2l1.2 4h-2.4zM9.5 7h5l1.5 5h-8zM7 13h10l1.5 4h-13zM4 18h16v3H4z",
    # An eye.
    "viewpoint": "M2 12c3-5 7-7 10-7s7 2 10 7c-3 5-7 7-10 7s-7-2-10-7z"
    "m10-4a4 4 0 100 8 4 4 0 000-8z",
    # A cliff and falling water.
    "waterfall": "M3 3h8v4H3zM5 8h2v13H5zM9 8h2v13H9zM13 10h8v2h-8zM14 14h6v2h-6zM15 18h4v2h-4z",
    # Three waves.
    "river": "M2 7c2.5-2 4.5-2 7 0s4.5 2 7 0 4.5-2 6 0v2.5c-1.5-2-3.5-2-6 0s-4.5 2-7 0-4.5-2-7 "
    "0zM2 14c2.5-2 4.5-2 7 0s4.5 2 7 0 4.5-2 6 0v2.5c-1.5-2-3.5-2-6 0s-4.5 2-7 0-4.5-2-7 0z",
    # A stall with an awning.
    "market": "M3 4h18l1 6H2zM4 11h16v10H4zm3 3v7h4v-7z",
    # A loom's shuttle over cloth.
    "workshop": "M3 5h18v3H3zM5 9h2v12H5zM17 9h2v12h-2zM8 12h8v2H8zM8 16h8v2H8z",
    # A rice sprout.
    "farm": "M11 22V12C11 7 8 4 3 4c0 5 3 8 8 8zm2-4c0-5 3-9 8-9 0 5-3 9-8 9zm-2 4h2V12h-2z",
    # A stilt house.
    "homestay": "M12 2l10 8h-3v6H5v-6H2zM6 17h2v5H6zM16 17h2v5h-2zm-6-6v4h4v-4z",
    # A bowl with chopsticks.
    "restaurant": "M2 11h20c0 5-4 9-10 9S2 16 2 11zM14 2l2 .8-3 8h-2zM18 3l2 1-4.5 6.5H13z",
    # Columns under a pediment.
    "museum": "M12 2l10 5v2H2V7zM4 10h3v8H4zM10.5 10h3v8h-3zM17 10h3v8h-3zM2 19h20v3H2z",
    # A tree.
    "nature": "M12 2l7 9h-4l5 6h-7v5h-2v-5H4l5-6H5z",
    # A star.
    "landmark": "M12 2l2.9 6.6 7.1.6-5.4 4.7 1.7 7.1L12 17.3 5.7 21l1.7-7.1L2 9.2l7.1-.6z",
    # A boom barrier at a gate.
    "border": "M3 4h3v18H3zM6 8h15v4H6zM9 8h3v4H9zm6 0h3v4h-3z",
    # Two people.
    "meeting": "M8 3a3 3 0 110 6 3 3 0 010-6zm8 0a3 3 0 110 6 3 3 0 010-6zM2 20c0-5 3-9 6-9s6 4 6 "
    "9zm12-7c1-1.5 1.5-2 2-2 3 0 6 4 6 9h-6c0-3-.5-5-2-7z",
    # A songthaew pick-up bus.
    "transport": "M3 6h13l5 5v6H3zm2 2v4h4V8zm6 0v4h4V8zM5 16a2 2 0 104 0zm10 0a2 2 0 104 0z",
}
FALLBACK_ICON = "M12 5a7 7 0 110 14 7 7 0 010-14z"

# Day colours as on the live route map (chumchon/routes/geojson.py): Okabe–Ito, which
# people with red–green colour blindness tell apart.
ROUTE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


def colour(category: str) -> str:
    return COLOURS.get(category, DEFAULT_COLOUR)


def icon_path(category: str) -> str:
    return ICONS.get(category, FALLBACK_ICON)


def route_colour(day_number: int) -> str:
    return ROUTE_COLOURS[(day_number - 1) % len(ROUTE_COLOURS)]
