"""Reference data every installation needs: currencies, countries and member roles.

Production needs these rows as much as the demo does, so they live in a data
migration rather than in the demo loader. Rows are upserted by code, so running
the migration over hand-entered rows only brings the names up to date.
"""

from django.db import migrations

# code: (symbol, Thai, Lao, English)
CURRENCIES = {
    "THB": ("฿", "บาท", "ບາດ", "Thai baht"),
    "LAK": ("₭", "กีบ", "ກີບ", "Lao kip"),
    "USD": ("US$", "ดอลลาร์สหรัฐ", "ໂດລາສະຫະລັດ", "US dollar"),
}

# code: (currency, time zone, phone prefix, Thai, Lao, English)
COUNTRIES = {
    "TH": ("THB", "Asia/Bangkok", "+66", "ประเทศไทย", "ປະເທດໄທ", "Thailand"),
    "LA": ("LAK", "Asia/Vientiane", "+856", "สปป. ลาว", "ສປປ ລາວ", "Lao PDR"),
}

# code: (Thai, Lao, English), in the order the roles are listed on forms.
ROLES = {
    "host": ("เจ้าบ้านโฮมสเตย์", "ເຈົ້າຂອງເຮືອນພັກ (ໂຮມສະເຕ)", "Homestay host"),
    "guide": ("มัคคุเทศก์ท้องถิ่น", "ຄົນນຳທ່ຽວທ້ອງຖິ່ນ", "Local guide"),
    "cook": ("แม่ครัว/พ่อครัว", "ແມ່ຄົວ/ພໍ່ຄົວ", "Cook"),
    "artisan": ("ช่างหัตถกรรม", "ຊ່າງຫັດຖະກຳ", "Artisan"),
    "boat-driver": ("คนขับเรือ", "ຄົນຂັບເຮືອ", "Boat driver"),
    "driver": ("คนขับรถ", "ຄົນຂັບລົດ", "Driver"),
    "farmer": ("เกษตรกร", "ຊາວກະສິກອນ", "Farmer"),
    "performer": ("นักแสดงพื้นบ้าน", "ນັກສະແດງພື້ນເມືອງ", "Performer"),
    "committee": ("กรรมการกลุ่ม", "ກຳມະການກຸ່ມ", "Committee member"),
    "treasurer": ("เหรัญญิก", "ນາຍຄັງ", "Treasurer"),
    "coordinator": ("ผู้ประสานงาน", "ຜູ້ປະສານງານ", "Coordinator"),
}


def names(th: str, lo: str, en: str) -> dict[str, str]:
    # The base column holds English, the fallback language of every reader.
    return {"name": en, "name_th": th, "name_lo": lo, "name_en": en}


def add_reference_data(apps, schema_editor):
    Currency = apps.get_model("communities", "Currency")
    Country = apps.get_model("communities", "Country")
    Role = apps.get_model("communities", "Role")
    for code, (symbol, th, lo, en) in CURRENCIES.items():
        Currency.objects.update_or_create(code=code, defaults={"symbol": symbol, **names(th, lo, en)})
    for code, (currency, time_zone, prefix, th, lo, en) in COUNTRIES.items():
        Country.objects.update_or_create(
            code=code,
            defaults={"currency_id": currency, "time_zone": time_zone, "phone_prefix": prefix,
                      **names(th, lo, en)},
        )
    for position, (code, (th, lo, en)) in enumerate(ROLES.items(), start=1):
        Role.objects.update_or_create(
            code=code, defaults={"position": position * 10, **names(th, lo, en)}
        )


class Migration(migrations.Migration):

    dependencies = [
        ("communities", "0001_initial"),
    ]

    operations = [
        # Reversing keeps the rows: communities, prices and members point at them.
        migrations.RunPython(add_reference_data, migrations.RunPython.noop),
    ]
