// Draws every .map element from the GeoJSON in its data-map-source <script>: places by
// category (the printed poster's icons and colours, from #map-legend), clustered, with
// popups; the community's published routes as one coloured line per day; a legend.
(function () {
  "use strict";
  var legend = { colours: {}, icons: {}, labels: {}, routes: [] };
  var legendSource = document.getElementById("map-legend");
  if (legendSource) { legend = JSON.parse(legendSource.textContent); }

  function iconSvg(category, size) {
    var colour = legend.colours[category] || "#444";
    var path = legend.icons[category] || "M12 5a7 7 0 110 14 7 7 0 010-14z";
    return '<svg xmlns="http://www.w3.org/2000/svg" width="' + size + '" height="' + size +
      '" viewBox="-4 -4 32 32" aria-hidden="true"><circle cx="12" cy="12" r="15" fill="' + colour +
      '" stroke="#fff" stroke-width="2.5"/><path d="' + path + '" fill="#fff" fill-rule="evenodd"/></svg>';
  }

  function markerFor(feature, latlng) {
    var icon = L.divIcon({
      className: "place-marker place-marker-" + feature.properties.category,
      html: iconSvg(feature.properties.category, 28),
      iconSize: [28, 28], iconAnchor: [14, 14], popupAnchor: [0, -12]
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

  function addLegend(map, el, categories) {
    if (!categories.length) { return; }
    var control = L.control({ position: "bottomleft" });
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "map-legend");
      var heading = document.createElement("strong");
      heading.textContent = el.dataset.legendLabel || "Legend";
      div.appendChild(heading);
      categories.forEach(function (category) {
        var row = document.createElement("div");
        row.innerHTML = iconSvg(category, 16);
        var name = document.createElement("span");
        name.textContent = " " + (legend.labels[category] || category);
        row.appendChild(name);
        div.appendChild(row);
      });
      return div;
    };
    control.addTo(map);
  }

  function addRoutes(map, el, layers) {
    legend.routes.forEach(function (url) {
      fetch(url, { headers: { Accept: "application/geo+json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          var title = (data.properties && data.properties.title) || "";
          L.geoJSON(data, {
            filter: function (f) { return f.properties.kind === "day"; },
            style: function (f) {
              return { color: f.properties.colour, weight: 4, opacity: 0.85 };
            },
            onEachFeature: function (f, line) {
              var text = title + " · " + (f.properties.title || "") + " " +
                f.properties.starts_at + "–" + f.properties.finishes_at;
              line.bindPopup(text.trim());
            }
          }).addTo(layers);
        })
        .catch(function () { /* the place markers still work without route lines */ });
    });
  }

  // Without a tile server (offline, or none configured) the landscape imported for the
  // printed map is drawn instead, in the poster's colours.
  var LAND = {
    water: { color: "#6FAED3", weight: 1, fillColor: "#A8D1E6", fillOpacity: 1 },
    waterway: { color: "#A8D1E6", weight: 4 },
    landuse: { stroke: false, fillColor: "#DCE8CC", fillOpacity: 0.8 },
    road: { color: "#FFFFFF", weight: 3 }
  };

  function addBackground(map) {
    if (!legend.background) { return; }
    map.getContainer().style.background = "#F3EEE1";
    fetch(legend.background, { headers: { Accept: "application/geo+json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        var order = { landuse: 0, water: 1, waterway: 2, road: 3 };
        data.features.sort(function (a, b) { return order[a.properties.kind] - order[b.properties.kind]; });
        L.geoJSON(data, {
          pane: "tilePane",
          interactive: false,
          style: function (f) {
            var style = LAND[f.properties.kind] || { weight: 1 };
            if (f.properties.kind === "road" && /primary|trunk|motorway/.test(f.properties.subkind)) {
              return { color: "#F2C94C", weight: 4 };
            }
            if (f.properties.kind === "waterway" && f.properties.subkind !== "river") {
              return { color: "#A8D1E6", weight: 1.5 };
            }
            return style;
          }
        }).addTo(map);
      })
      .catch(function () { /* the markers still work on a plain background */ });
  }

  function draw(el) {
    var source = document.getElementById(el.dataset.mapSource);
    if (!source || typeof L === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    // maxZoom on the map itself: clustering needs it even when no tile layer is set.
    var map = L.map(el, { scrollWheelZoom: false, maxZoom: 18 });
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution }).addTo(map);
    } else {
      addBackground(map);
    }
    var layer = L.geoJSON(data, {
      pointToLayer: markerFor,
      onEachFeature: function (feature, marker) { marker.bindPopup(popupFor(el, feature)); }
    });
    var group = L.markerClusterGroup ? L.markerClusterGroup({ maxClusterRadius: 40 }) : L.layerGroup();
    group.addLayer(layer);
    group.addTo(map);
    if (legend.routes.length) {
      var routes = L.layerGroup().addTo(map);
      addRoutes(map, el, routes);
      var overlays = {};
      overlays[el.dataset.placesLabel || "Places"] = group;
      overlays[el.dataset.routesLabel || "Routes"] = routes;
      L.control.layers(null, overlays, { collapsed: true }).addTo(map);
    }
    var categories = [];
    data.features.forEach(function (f) {
      if (categories.indexOf(f.properties.category) < 0) { categories.push(f.properties.category); }
    });
    addLegend(map, el, categories);
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
