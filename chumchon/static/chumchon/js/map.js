// Draws every .map element from the GeoJSON in its data-map-source <script>.
(function () {
  "use strict";
  var COLOURS = {
    temple: "#C0392B", viewpoint: "#8E44AD", waterfall: "#1F77B4", river: "#2E86C1",
    market: "#D35400", workshop: "#A0522D", farm: "#27AE60", homestay: "#B8860B",
    restaurant: "#E67E22", museum: "#6C3483", nature: "#1E8449", landmark: "#7D6608",
    border: "#17202A", meeting: "#C71585", transport: "#566573"
  };

  function markerFor(feature, latlng) {
    var colour = COLOURS[feature.properties.category] || "#444";
    var icon = L.divIcon({
      className: "place-marker",
      html: '<span style="background:' + colour + '"></span>',
      iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10]
    });
    return L.marker(latlng, { icon: icon, title: feature.properties.name, alt: feature.properties.name });
  }

  function popupFor(el, feature) {
    var p = feature.properties;
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = p.name;
    box.appendChild(title);
    var kind = document.createElement("div");
    kind.className = "popup-kind";
    kind.textContent = p.category_label + (p.approximate ? " · " + el.dataset.approximateLabel : "");
    box.appendChild(kind);
    if (p.summary) {
      var summary = document.createElement("p");
      summary.textContent = p.summary;
      box.appendChild(summary);
    }
    var link = document.createElement("a");
    link.href = p.url;
    link.textContent = el.dataset.moreLabel + " →";
    box.appendChild(link);
    return box;
  }

  function draw(el) {
    var source = document.getElementById(el.dataset.mapSource);
    if (!source || typeof L === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    // maxZoom on the map itself: clustering needs it even when no tile layer is set.
    var map = L.map(el, { scrollWheelZoom: false, maxZoom: 18 });
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution }).addTo(map);
    }
    var layer = L.geoJSON(data, {
      pointToLayer: markerFor,
      onEachFeature: function (feature, marker) { marker.bindPopup(popupFor(el, feature)); }
    });
    var group = L.markerClusterGroup ? L.markerClusterGroup({ maxClusterRadius: 40 }) : L.layerGroup();
    group.addLayer(layer);
    group.addTo(map);
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds.pad(0.2), { maxZoom: 15 });
    } else {
      map.setView([17.62, 101.42], 11);
    }
    el.dataset.markers = String(data.features.length);
    el.classList.add("map-ready");
  }

  document.querySelectorAll(".map[data-map-source]").forEach(draw);
})();
