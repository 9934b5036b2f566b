import datetime as dt

from django.utils import translation

from chumchon.maps.adapter import border_panel
from chumchon.places.models import OpeningHours, Place


def _checkpoint(tha_li, **extra):
    return Place.objects.create(
        community=tha_li,
        slug="bridge",
        name_en="Friendship Bridge",
        name_th="สะพานมิตรภาพ",
        category="border",
        latitude="17.664",
        longitude="101.433",
        visitor_notes_en="Passport: 30 days visa-free.\nBorder pass: 3 days, 2 nights.",
        **extra,
    )


def test_the_panel_gives_daily_hours_and_one_line_per_document(tha_li):
    place = _checkpoint(tha_li)
    for day in range(7):
        OpeningHours.objects.create(place=place, weekday=day, opens=dt.time(6), closes=dt.time(18))
    panel = border_panel(place, ("en",), 3)
    assert panel.title == "Friendship Bridge"
    assert panel.hours == "Opening hours: Open daily 06:00–18:00"
    assert panel.documents == ("Passport: 30 days visa-free.", "Border pass: 3 days, 2 nights.")
    assert panel.stop_number == 3


def test_weekday_hours_are_named_in_the_posters_language_whatever_the_request(tha_li):
    place = _checkpoint(tha_li)
    OpeningHours.objects.create(place=place, weekday=0, opens=dt.time(8), closes=dt.time(12))
    OpeningHours.objects.create(place=place, weekday=0, opens=dt.time(13), closes=dt.time(16))
    with translation.override("th"):
        panel = border_panel(place, ("en",), None)
    assert panel.hours == "Opening hours: Monday 08:00–12:00, 13:00–16:00"


def test_a_checkpoint_without_hours_says_to_ask(tha_li):
    panel = border_panel(_checkpoint(tha_li), ("en",), None)
    assert panel.hours == "Opening hours: Ask the checkpoint for today's hours"
