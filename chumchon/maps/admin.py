from django.contrib import admin

from chumchon.maps.models import MapFeature


@admin.register(MapFeature)
class MapFeatureAdmin(admin.ModelAdmin):
    list_display = ("kind", "subkind", "name", "community", "source", "imported_at")
    list_filter = ("kind", "community")
    search_fields = ("name", "osm_id")
