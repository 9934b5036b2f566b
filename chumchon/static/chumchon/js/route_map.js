// Draws a route from its GeoJSON: each day's line in its colour, numbered stops on top.
(function () {
  "use strict";

  function text(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) { el.className = className; }
    return el;
  }

  function stopMarker(feature, latlng) {
    var p = feature.properties;
    var icon = L.divIcon({
      className: "route-marker",
      html: '<span style="background:' + p.colour + '">' + p.number + "</span>",
      iconSize: [28, 28], iconAnchor: [14, 14], popupAnchor: [0, -12]
    });
    return L.marker(latlng, { icon: icon, title: p.number + ". " + p.name, alt: p.number + ". " + p.name });
  }

  function waypointMarker(feature, latlng) {
    var icon = L.divIcon({
      className: "route-waypoint",
      html: '<span style="background:' + feature.properties.colour + '"></span>',
      iconSize: [14, 14], iconAnchor: [7, 7]
    });
    return L.marker(latlng, { icon: icon, title: feature.properties.name, alt: feature.properties.name });
  }

  function popup(el, p) {
    var box = document.createElement("div");
    box.appendChild(text("strong", p.number + ". " + p.name));
    box.appendChild(text("div", el.dataset.dayLabel + " " + p.day + " · " + p.arrive + "–" + p.depart, "popup-kind"));
    box.appendChild(text("div", p.category_label, "popup-kind"));
    return box;
  }

  function draw(el) {
    var source = document.getElementById(el.dataset.routeSource);
    if (!source || typeof L === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    var map = L.map(el, { scrollWheelZoom: false, maxZoom: 18 });
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution }).addTo(map);
    }
    var lines = data.features.filter(function (f) { return f.properties.kind === "day"; });
    var points = data.features.filter(function (f) { return f.properties.kind !== "day"; });
    var lineLayer = L.geoJSON(lines, {
      style: function (f) { return { color: f.properties.colour, weight: 5, opacity: 0.85 }; },
      onEachFeature: function (f, layer) {
        layer.bindTooltip(el.dataset.dayLabel + " " + f.properties.day + " · " + f.properties.minutes + " " + el.dataset.minutesLabel);
      }
    }).addTo(map);
    // Waypoints first, then stops, so that numbers stay on top of a shared homestay square.
    points.sort(function (a, b) { return (a.properties.kind === "stop") - (b.properties.kind === "stop"); });
    var pointLayer = L.geoJSON(points, {
      pointToLayer: function (f, latlng) {
        return f.properties.kind === "stop" ? stopMarker(f, latlng) : waypointMarker(f, latlng);
      },
      onEachFeature: function (f, marker) {
        if (f.properties.kind === "stop") { marker.bindPopup(popup(el, f.properties)); }
        else { marker.bindTooltip(f.properties.name); }
      }
    }).addTo(map);
    var bounds = pointLayer.getBounds().extend(lineLayer.getBounds());
    if (bounds.isValid()) {
      map.fitBounds(bounds.pad(0.15), { maxZoom: 15 });
    } else {
      map.setView([17.62, 101.42], 11);
    }
    el.dataset.stops = String(points.filter(function (f) { return f.properties.kind === "stop"; }).length);
    el.classList.add("map-ready");
  }

  document.querySelectorAll(".map[data-route-source]").forEach(draw);
})();
