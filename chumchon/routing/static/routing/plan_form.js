// Show only the hour rows of the days asked for; without JavaScript all seven show
// and the rows past the number of days are ignored.
(function () {
  var days = document.getElementById("id_days");
  if (!days) return;
  function update() {
    var count = parseInt(days.value, 10) || 1;
    document.querySelectorAll(".day-hours tr[data-day]").forEach(function (row) {
      row.hidden = parseInt(row.dataset.day, 10) > count;
    });
  }
  days.addEventListener("input", update);
  update();
})();
