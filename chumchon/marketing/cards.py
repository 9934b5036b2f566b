"""Share cards: a 1200×630 PNG per community, offering and route, for LINE and Facebook.

Drawn from HTML by WeasyPrint and PDFium (core.raster), which keeps Thai and Lao
shaping. A card is stored under a fingerprint of everything drawn on it plus the
language, so it is rendered once and again only when what it shows changes.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
from dataclasses import asdict, dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
CARD_VERSION = "2"  # bump when the card's design changes, so every card is drawn again
COVER_PIXELS = (560, 630)


@dataclass(frozen=True)
class Card:
    title: str
    community: str
    kind: str = ""  # "Homestay room", "Route · 2 days"
    price: str = ""  # "from ฿350"
    rating: str = ""  # "★ 4.7 (12)"
    brand: str = "#1B6E53"
    cover: str = ""  # storage name of the cover photo
    place: str = ""  # "Loei, Thailand"


def fingerprint(card: Card, language: str) -> str:
    data = json.dumps([CARD_VERSION, language, asdict(card)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()[:32]


def _cover_data_uri(name: str) -> str:
    """The cover photo cropped to the card's photo side, inline (the PDF fetches nothing)."""
    if not name:
        return ""
    from PIL import Image, ImageOps

    try:
        with default_storage.open(name) as handle:
            image = ImageOps.fit(Image.open(handle).convert("RGB"), COVER_PIXELS)
    except (OSError, ValueError):
        logger.warning("share card: cover photo %s could not be read", name)
        return ""
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=82)
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode()


def render_card(card: Card, language: str) -> bytes:
    """Draw the card (about a second): the PNG bytes, WIDTH × HEIGHT."""
    from chumchon.core.pdf import FONT_STACK, font_faces_css
    from chumchon.core.raster import html_to_png

    with translation.override(language):
        html = render_to_string(
            "marketing/card.html",
            {
                "card": card,
                "cover": _cover_data_uri(card.cover),
                "font_faces": font_faces_css(),
                "font_stack": FONT_STACK,
                "width": WIDTH,
                "height": HEIGHT,
                "language": language,
            },
        )
    return html_to_png(html, width_px=WIDTH)


def card_png(card: Card, language: str, subject: str) -> tuple[bytes, str]:
    """The card's PNG and its fingerprint, drawn only if not stored already.

    `subject` names what the card is of ("offering-12"): a newly drawn card replaces
    that subject's older ones in the same language, so the store never grows stale.
    """
    key = fingerprint(card, language)
    folder = f"cards/{subject}-{language}"
    name = f"{folder}/{key}.png"
    if default_storage.exists(name):
        with default_storage.open(name) as handle:
            return handle.read(), key
    png = render_card(card, language)
    if not default_storage.exists(name):  # a parallel request may have stored it meanwhile
        default_storage.save(name, ContentFile(png))
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        files = []
    for old in files:
        if old != f"{key}.png":
            default_storage.delete(f"{folder}/{old}")
    return png, key


# --- What each card shows ---------------------------------------------------------------


def _cover(subject) -> str:
    photo = subject.photos.order_by("position", "id").first()
    return photo.image.name if photo else ""


def _rating(summary) -> str:
    return f"★ {summary.average} ({summary.count})" if summary and summary.count else ""


def _where(community) -> str:
    return f"{community.province}, {community.country.name}"


def community_card(community, rating=None) -> Card:
    return Card(
        title=community.name,
        community=community.tagline,
        kind="",
        rating=_rating(rating),
        brand=community.brand_colour,
        cover=_cover(community),
        place=_where(community),
    )


def offering_card(offering, rating=None) -> Card:
    from django.utils.translation import gettext

    from chumchon.catalog.services import starting_price

    community = offering.community
    price = starting_price(offering)
    return Card(
        title=offering.title,
        community=community.name,
        kind=str(offering.get_kind_display()),
        price=(
            gettext("from %(price)s") % {"price": price.format(translation.get_language() or "en")}
            if price
            else ""
        ),
        rating=_rating(rating),
        brand=community.brand_colour,
        cover=_cover(offering) or _cover(community),
        place=_where(community),
    )


def route_card(route, offers, days: int) -> Card:
    """`offers`: (offering, starting price or None) of what the route books."""
    from django.utils.translation import gettext, ngettext

    from chumchon.money import Money

    community = route.community
    language = translation.get_language() or "en"
    totals: dict[str, Money] = {}
    for _offering, price in offers:
        if price is not None:
            totals[price.currency] = totals.get(price.currency, Money.zero(price.currency)) + price
    return Card(
        title=route.title,
        community=community.name,
        kind=ngettext("Route · %(n)d day", "Route · %(n)d days", days) % {"n": days},
        price=(
            gettext("from %(price)s")
            % {"price": " + ".join(m.format(language) for m in totals.values())}
            if totals
            else ""
        ),
        brand=community.brand_colour,
        cover=_cover(community),
        place=_where(community),
    )
