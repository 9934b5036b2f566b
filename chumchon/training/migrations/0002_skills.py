"""The standard skill list that training modules grant and offerings can require.

Upserted by code, so running it again only brings the names up to date. Coordinators
and admins add further skills in the admin.
"""

from django.db import migrations

# code: (Thai, Lao, English), in the order they are listed.
SKILLS = {
    "homestay": (
        "การต้อนรับและมาตรฐานโฮมสเตย์",
        "ການຕ້ອນຮັບ ແລະ ມາດຕະຖານໂຮມສະເຕ",
        "Hosting and homestay standards",
    ),
    "food-hygiene": ("สุขอนามัยอาหาร", "ອະນາໄມອາຫານ", "Food hygiene"),
    "guiding": (
        "การนำเที่ยวและการสื่อความหมาย",
        "ການນຳທ່ຽວ ແລະ ການສື່ຄວາມໝາຍ",
        "Guiding and interpretation",
    ),
    "storytelling": ("การเล่าเรื่อง", "ການເລົ່າເລື່ອງ", "Storytelling"),
    "pricing": ("การคิดต้นทุนและตั้งราคา", "ການຄິດໄລ່ຕົ້ນທຶນ ແລະ ຕັ້ງລາຄາ", "Pricing and costing"),
    "digital-marketing": ("การตลาดดิจิทัล", "ການຕະຫຼາດດິຈິຕອນ", "Digital marketing"),
    "first-aid": ("การปฐมพยาบาล", "ການປະຖົມພະຍາບານ", "First aid"),
    "safety": ("ความปลอดภัย", "ຄວາມປອດໄພ", "Safety"),
}


def add_skills(apps, schema_editor):
    Skill = apps.get_model("training", "Skill")
    for position, (code, (th, lo, en)) in enumerate(SKILLS.items(), start=1):
        Skill.objects.update_or_create(
            code=code,
            defaults={
                "position": position * 10,
                # The base column holds English, the fallback language of every reader.
                "name": en,
                "name_th": th,
                "name_lo": lo,
                "name_en": en,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
    ]

    operations = [
        # Reversing keeps the rows: modules and members' skills point at them.
        migrations.RunPython(add_skills, migrations.RunPython.noop),
    ]
