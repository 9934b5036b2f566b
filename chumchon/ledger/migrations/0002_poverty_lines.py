"""The official poverty lines gathered in shared/research/cbt-domain.md, section 3.

They are data, not constants: officers edit them (and add new years) on the
poverty-lines page. Rows are upserted by (country, year), so running this again
over edited rows puts back these figures only where a row is missing.
"""

from decimal import Decimal

from django.db import migrations

NESDC = "NESDC (Office of the National Economic and Social Development Council), via "
LINES = [
    # country, year, THB/LAK per person per month, currency, source, note
    ("TH", 2017, "2686", "THB", NESDC + "https://www.nationthailand.com/thailand/general/40031267", ""),
    ("TH", 2021, "2803", "THB", NESDC + "https://www.nationthailand.com/news/general/40042635", ""),
    ("TH", 2023, "3043", "THB", NESDC + "https://www.nationthailand.com/business/economy/40042944", ""),
    ("TH", 2024, "3078", "THB", NESDC + "https://www.nationthailand.com/news/policy/40055537", ""),
    (
        "LA",
        2010,
        "192000",
        "LAK",
        "National poverty line (food line of 2,100 kcal plus non-food), via https://www.chowandlin.com/laos",
        "LECS 6 (2018–19) revised the method; its line in kip was not found. Update when known.",
    ),
]


def add_lines(apps, schema_editor):
    Country = apps.get_model("communities", "Country")
    PovertyLine = apps.get_model("ledger", "PovertyLine")
    for code, year, amount, currency, source, note in LINES:
        if not Country.objects.filter(code=code).exists():
            continue
        PovertyLine.objects.get_or_create(
            country_id=code,
            year=year,
            defaults={
                "amount": Decimal(amount),
                "currency_id": currency,
                "source": source,
                "note": note,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("ledger", "0001_initial"),
        ("communities", "0002_reference_data"),
    ]

    operations = [migrations.RunPython(add_lines, migrations.RunPython.noop)]
