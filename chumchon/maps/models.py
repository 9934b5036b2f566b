from django.db import models
from django.utils.translation import gettext_lazy as _


class FeatureKind(models.TextChoices):
    ROAD = "road", _("Road")
    WATERWAY = "waterway", _("River or stream")
    WATER = "water", _("Water area")
    LANDUSE = "landuse", _("Land use")


class MapFeature(models.Model):
    """A piece of landscape from an OpenStreetMap extract, drawn under printed maps.

    Geometry is GeoJSON text with its bounding box in columns, so a map finds its
    features with four comparisons on any database (no PostGIS needed).
    """

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="map_features",
        null=True,
        blank=True,
        verbose_name=_("community"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=FeatureKind.choices)
    subkind = models.CharField(_("type"), max_length=30, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    osm_id = models.CharField(_("OpenStreetMap id"), max_length=30, blank=True)
    geometry = models.TextField(_("geometry (GeoJSON)"))
    south = models.FloatField()
    west = models.FloatField()
    north = models.FloatField()
    east = models.FloatField()
    source = models.CharField(_("source"), max_length=200, blank=True)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)

    class Meta:
        ordering = ["kind", "id"]
        indexes = [
            models.Index(fields=["community", "kind"]),
            models.Index(fields=["south", "north"]),
        ]
        verbose_name = _("map feature")
        verbose_name_plural = _("map features")

    def __str__(self) -> str:
        return f"{self.kind}:{self.subkind} {self.name}".strip()
