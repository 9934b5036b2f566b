// Check-in page: scan the voucher's QR code with the phone camera.
// Progressive enhancement: without JavaScript or a camera, the code is typed.
(function () {
  "use strict";
  var scanner = document.getElementById("scanner");
  if (!scanner || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;

  var form = document.getElementById("lookup");
  var input = document.getElementById("code");
  var video = document.getElementById("camera");
  var canvas = document.getElementById("frame");
  var scan = document.getElementById("scan");
  var stop = document.getElementById("stop");
  var status = document.getElementById("scan-status");
  var context = canvas.getContext("2d", { willReadFrequently: true });
  var stream = null;

  // The voucher's QR code holds a URL ending in ?code=REF; accept a bare REF too.
  function codeFrom(text) {
    text = (text || "").trim();
    try {
      var code = new URL(text).searchParams.get("code");
      if (code) return code;
    } catch (notUrl) { /* a bare code */ }
    var match = /[?&]code=([^&#\s]+)/.exec(text);
    return (match ? decodeURIComponent(match[1]) : text).replace(/[\s-]/g, "").toUpperCase();
  }

  function loadJsQR() {
    if (window.jsQR) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = scanner.dataset.jsqr;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function stopCamera() {
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    stream = null;
    video.hidden = true;
    stop.hidden = true;
    scan.hidden = false;
  }

  function tick() {
    if (!stream) return;
    if (video.readyState === video.HAVE_ENOUGH_DATA) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var image = context.getImageData(0, 0, canvas.width, canvas.height);
      var found = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
      if (found && found.data) {
        var code = codeFrom(found.data);
        if (code) {
          stopCamera();
          input.value = code;
          if (navigator.vibrate) navigator.vibrate(80);
          form.submit();
          return;
        }
      }
    }
    requestAnimationFrame(tick);
  }

  scan.addEventListener("click", function () {
    status.textContent = "";
    loadJsQR()
      .then(function () {
        return navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        stop.hidden = false;
        scan.hidden = true;
        return video.play();
      })
      .then(function () { requestAnimationFrame(tick); })
      .catch(function () {
        stopCamera();
        status.textContent = scanner.dataset.noCamera;
        input.focus();
      });
  });
  stop.addEventListener("click", stopCamera);
  window.addEventListener("pagehide", stopCamera);
  scanner.hidden = false;
})();
