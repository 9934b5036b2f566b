"""The languages an offering can be given in; needed in production, not only the demo."""

from django.db import migrations

# ISO 639-1 code: (Thai, Lao, English)
LANGUAGES = {
    "th": ("ภาษาไทย", "ພາສາໄທ", "Thai"),
    "lo": ("ภาษาลาว", "ພາສາລາວ", "Lao"),
    "en": ("ภาษาอังกฤษ", "ພາສາອັງກິດ", "English"),
    "zh": ("ภาษาจีน", "ພາສາຈີນ", "Chinese"),
    "fr": ("ภาษาฝรั่งเศส", "ພາສາຝຣັ່ງ", "French"),
    "de": ("ภาษาเยอรมัน", "ພາສາເຢຍລະມັນ", "German"),
}


def add_languages(apps, schema_editor):
    SpokenLanguage = apps.get_model("catalog", "SpokenLanguage")
    for code, (th, lo, en) in LANGUAGES.items():
        # The base column holds English, the fallback language of every reader.
        SpokenLanguage.objects.update_or_create(
            code=code, defaults={"name": en, "name_th": th, "name_lo": lo, "name_en": en}
        )


class Migration(migrations.Migration):

    dependencies = [
        ("catalog", "0001_initial"),
    ]

    operations = [
        # Reversing keeps the rows: offerings point at them.
        migrations.RunPython(add_languages, migrations.RunPython.noop),
    ]
