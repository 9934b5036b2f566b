"""Poster-map rendering time for a community with 40 places, every format and size.

Calls the plain renderer (no database): 40 synthetic places around Tha Li with Thai
and English names, two route days, the border panel, and the demo's schematic
landscape as background. Prints the median of --runs renders per cell.
Target: an A4 PDF in under 2 seconds.

    .venv/bin/python bench/map_render.py [--runs 3] [--lang th+en]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chumchon.maps import osm  # noqa: E402
from chumchon.maps.render import model as m  # noqa: E402
from chumchon.maps.render.output import FORMATS, SIZES, render  # noqa: E402

EXTRACT = ROOT / "chumchon" / "demo" / "assets" / "tha-li-schematic.geojson"
CATEGORIES = ["temple", "river", "waterfall", "market", "workshop", "farm", "homestay",
              "restaurant", "viewpoint", "museum", "nature", "landmark"]  # fmt: skip
THAI = ["พระธาตุสัจจะ", "แก่งโตน", "น้ำตกห้วยไค้", "ตลาดเช้าท่าลี่", "กลุ่มทอผ้าบ้านนาแก",
        "สวนเกษตรอินทรีย์", "บ้านพักป้าน้อย", "ร้านก๋วยเตี๋ยวริมน้ำ", "จุดชมวิวภูเขา",
        "พิพิธภัณฑ์ผ้าทอ", "เส้นทางเดินป่า", "ต้นมะค่ายักษ์"]  # fmt: skip
LAO = ["ວັດໂພນໄຊ", "ແກ້ງກະໄດ", "ນ້ຳຕົກຕາດຮາມ", "ຕະຫຼາດເຊົ້າ", "ເຮືອນຕ່ຳແຜ່ນ", "ສວນກະສິກຳ",
       "ເຮືອນພັກ", "ຮ້ານອາຫານ", "ຈຸດຊົມວິວ", "ຫໍພິພິທະພັນ", "ທາງຍ່າງປ່າ", "ຕົ້ນໄມ້ໃຫຍ່"]  # fmt: skip
ENGLISH = ["Stupa", "Rapids", "Waterfall", "Morning market", "Weavers", "Organic farm",
           "Homestay", "Noodle shop", "Viewpoint", "Textile museum", "Forest trail",
           "Giant tree"]  # fmt: skip


def spec(lang: str) -> m.MapSpec:
    rng = random.Random(40)
    languages = tuple(lang.split("+"))
    local = LAO if languages[0] == "lo" else THAI
    stops = []
    for i in range(40):
        labels = [local[i % 12] if languages[0] != "en" else ENGLISH[i % 12]]
        if len(languages) > 1:
            labels.append(ENGLISH[i % 12])
        stops.append(
            m.Stop(
                number=i + 1,
                labels=tuple(labels),
                category=CATEGORIES[i % len(CATEGORIES)],
                latlng=(17.585 + rng.random() * 0.08, 101.38 + rng.random() * 0.07),
                priority=rng.random(),
                note=f"{8 + i // 4:02d}:{(i * 7) % 60:02d}" if i < 12 else "",
                day=1 + i // 6 if i < 12 else None,
            )
        )
    days = []
    for d in (1, 2):
        day_stops = [s for s in stops if s.day == d]
        legs = tuple(
            m.Leg((a.latlng, b.latlng), 10 + 3 * k, 800 + 250 * k, ("walk", "car", "boat")[k % 3])
            for k, (a, b) in enumerate(zip(day_stops, day_stops[1:], strict=False))
        )
        days.append(m.Day(d, f"Day {d}", legs, "08:30–17:00 · 9.4 km"))
    background = tuple(
        m.BackgroundFeature(f.kind, f.subkind, f.geometry, f.name)
        for f in osm.read_extract(EXTRACT, None)
    )
    return m.MapSpec(
        title=("ชุมชนท่าลี่", "Tha Li community"),
        story="ท่าลี่เป็นอำเภอชายแดนริมแม่น้ำเหือง มีพระธาตุสัจจะ แก่งโตน และตลาดเช้า",
        brand_colour="#B8860B",
        stops=tuple(stops),
        languages=languages,
        booking_url="https://chumchon.example/th/c/tha-li/",
        contact_lines=("042-000-000", "LINE @thali-cbt"),
        emergency_lines=("1155", "Tourist police 1155, ambulance 1669"),
        days=tuple(days),
        background=background,
        border=m.BorderPanel(
            "Nam Heuang Friendship Bridge",
            "Open daily 06:00–18:00",
            ("Passport: Thai citizens 30 days visa-free", "Border pass: 3 days 2 nights"),
        ),
        subtitle="Tha Li, Loei",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lang", default="th+en")
    args = parser.parse_args()
    data = spec(args.lang)
    render(data, "pdf", "a5")  # warm up: fonts loaded, WeasyPrint imported
    print(f"40 places, 2 route days, {len(data.background)} background features, {args.lang}, "
          f"median of {args.runs} runs (seconds)\n")  # fmt: skip
    print(f"{'size':<8}" + "".join(f"{fmt:>9}" for fmt in FORMATS))
    a4_pdf = None
    for size in SIZES:
        row = f"{size:<8}"
        for fmt in FORMATS:
            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                render(data, fmt, size)
                times.append(time.perf_counter() - started)
            median = statistics.median(times)
            if (size, fmt) == ("a4", "pdf"):
                a4_pdf = median
            row += f"{median:>9.2f}"
        print(row)
    verdict = "meets" if a4_pdf < 2.0 else "MISSES"
    print(f"\nA4 PDF: {a4_pdf:.2f} s, {verdict} the 2 s target.")


if __name__ == "__main__":
    main()
