// The plan on a Leaflet map: numbered stops, each day's line in its own colour.
// Without JavaScript the page lists the same stops, so nothing is lost.
(function () {
  var box = document.getElementById("plan-map");
  var source = document.getElementById("plan-geojson");
  if (!box || !source || !window.L) return;
  var data = JSON.parse(source.textContent);
  var map = L.map(box, { scrollWheelZoom: false });
  L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 18 }).addTo(map);
  var layer = L.geoJSON(data, {
    style: function (feature) {
      return { color: feature.properties.colour, weight: 4, opacity: 0.8 };
    },
    pointToLayer: function (feature, latlng) {
      var p = feature.properties;
      var icon = L.divIcon({
        className: "plan-stop",
        html: '<span style="background:' + p.colour + '">' + p.number + "</span>",
        iconSize: [28, 28],
      });
      return L.marker(latlng, { icon: icon, title: p.name });
    },
    onEachFeature: function (feature, marker) {
      var p = feature.properties;
      if (feature.geometry.type === "Point") {
        var text = document.createElement("div");
        text.textContent = p.number + ". " + p.name + " · " + p.start + "–" + p.leave;
        marker.bindPopup(text);
      }
    },
  }).addTo(map);
  if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds().pad(0.1));
})();
