"""The Thai and Lao catalogues are complete and compiled."""

import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"


def entries(po_text: str):
    """(msgid, translations, fuzzy) for every active entry of a .po file."""
    for block in po_text.split("\n\n"):
        if block.startswith("#~") or 'msgid ""\nmsgstr ""' in block[:30]:
            continue
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        if not msgid:
            continue
        strs = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', block, re.M)
        join = lambda s: "".join(re.findall(r'"(.*)"', s))  # noqa: E731
        yield join(msgid.group(1)), [join(s) for s in strs], "#, fuzzy" in block


@pytest.mark.parametrize("language", ["th", "lo"])
def test_every_message_is_translated_and_none_is_fuzzy(language):
    po = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    found = list(entries(po))
    assert len(found) > 250
    for msgid, translations, fuzzy in found:
        assert not fuzzy, msgid
        assert translations and all(translations), f"untranslated: {msgid!r}"


@pytest.mark.parametrize("language", ["th", "lo"])
def test_the_compiled_catalogue_matches_the_source(language, tmp_path):
    if not shutil.which("msgfmt"):
        pytest.skip("GNU gettext (msgfmt) is not installed")
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    fresh = tmp_path / "fresh.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(po)], check=True)
    committed = gettext.GNUTranslations(open(po.with_suffix(".mo"), "rb"))._catalog
    assert committed == gettext.GNUTranslations(open(fresh, "rb"))._catalog, (
        "run `chumchon compilemessages` and commit the .mo files"
    )


def test_django_form_messages_come_in_lao_too():
    from django import forms
    from django.utils import translation

    class Form(forms.Form):
        when = forms.DateField()

    with translation.override("lo"):
        errors = [str(e) for e in Form({}).errors["when"]]
    with translation.override("en"):
        english = [str(e) for e in Form({}).errors["when"]]
    assert english == ["This field is required."]
    assert errors == ["ກະລຸນາປ້ອນຂໍ້ມູນໃສ່ຊ່ອງນີ້"]
