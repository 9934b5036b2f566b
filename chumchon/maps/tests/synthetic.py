"""Synthetic map data for renderer tests (no database)."""

import random

from chumchon.maps.render import model as m

CATEGORIES = ["temple", "river", "waterfall", "market", "workshop", "farm", "homestay", "border"]
THAI = ["พระธาตุสัจจะ", "แก่งโตน", "น้ำตกห้วยไค้", "ตลาดเช้าท่าลี่", "กลุ่มทอผ้า", "ผู้ใหญ่บ้าน"]
LAO = ["ວັດໂພນໄຊ", "ແກ້ງກະໄດ", "ນ້ຳຕົກຕາດຮາມ", "ຕະຫຼາດເຊົ້າ", "ເຮືອນຕ່ຳແຜ່ນ", "ບໍ່ແຕນ"]
ENGLISH = ["Phra That Satcha", "Kaeng Ton rapids", "Huai Khai waterfall", "Morning market"]


def spec(n: int = 12, lang: str = "th", seed: int = 1, days: int = 0, border: bool = False):
    rng = random.Random(seed)
    names = THAI if lang == "th" else LAO
    stops = []
    for i in range(n):
        labels = (names[i % len(names)], ENGLISH[i % len(ENGLISH)])
        stops.append(
            m.Stop(
                number=i + 1,
                labels=labels,
                category=CATEGORIES[i % len(CATEGORIES)],
                latlng=(17.60 + rng.random() * 0.06, 101.39 + rng.random() * 0.05),
                priority=rng.random(),
                day=(i % days) + 1 if days else None,
            )
        )
    route_days = []
    for d in range(1, days + 1):
        day_stops = [s for s in stops if s.day == d]
        legs = tuple(
            m.Leg((a.latlng, b.latlng), minutes=15 + i, metres=900 + 100 * i, mode="walk")
            for i, (a, b) in enumerate(zip(day_stops, day_stops[1:], strict=False))
        )
        route_days.append(m.Day(d, f"Day {d}", legs, "09:00–16:00 · 4.2 km"))
    title = ("ชุมชนท่าลี่", "Tha Li") if lang == "th" else ("ຊຸມຊົນບໍ່ແຕນ", "Bo Tan")
    return m.MapSpec(
        title=title,
        story="ท่าลี่เป็นอำเภอชายแดนริมแม่น้ำเหือง" if lang == "th" else "ບໍ່ແຕນ ແມ່ນບ້ານແຄມນ້ຳ",
        brand_colour="#B8860B",
        stops=tuple(stops),
        languages=(lang, "en"),
        booking_url="https://example.org/c/tha-li/",
        contact_lines=("042-000-000",),
        emergency_lines=("1155",),
        days=tuple(route_days),
        border=m.BorderPanel("Nam Heuang bridge", "Open daily 06:00–18:00", ("Passport",))
        if border
        else None,
    )
