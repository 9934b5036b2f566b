"""The Django admin works for site administrators, for every model we register."""

import pytest
from django.contrib import admin
from django.urls import reverse


@pytest.mark.parametrize(
    "model",
    [
        m
        for m in admin.site._registry
        if m._meta.app_label in {"accounts", "communities", "places", "catalog", "core"}
    ],
    ids=lambda m: m._meta.label,
)
def test_each_admin_list_and_add_page_opens(client, site_admin, weaving, household, model):
    client.force_login(site_admin)
    opts = model._meta
    changelist = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    add = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    assert add.status_code in (200, 403)  # 403 only for the append-only audit log
    assert (add.status_code == 403) == (opts.model_name == "auditentry")


def test_an_offering_change_page_shows_translated_fields_and_prices(client, site_admin, weaving):
    client.force_login(site_admin)
    html = client.get(reverse("admin:catalog_offering_change", args=[weaving.pk])).content.decode()
    for field in ("title_th", "title_lo", "title_en", "price_tiers-0-amount"):
        assert f'name="{field}"' in html


def test_coordinators_do_not_get_into_the_admin(client, thali_coordinator):
    client.force_login(thali_coordinator)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
