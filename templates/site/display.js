// Reception display: scroll a long page slowly, then after a pause go on to the next one.
// Without script, a refresh tag in <noscript> moves on after the same pause.
(function () {
  'use strict';
  var body = document.getElementById('display-body');
  var page = document.body;
  if (!body || !page) return;
  var next = page.getAttribute('data-next');
  var pause = Math.max(5, parseInt(page.getAttribute('data-seconds'), 10) || 30) * 1000;
  function goOn() { if (next) window.location.href = next; }
  var overflow = body.scrollHeight - body.clientHeight;
  if (overflow <= 0) { window.setTimeout(goOn, pause); return; }
  // Read for a third of the pause at the top, scroll at a reading pace, rest at the end.
  var pixelsPerSecond = Math.max(12, body.clientHeight / 20);
  window.setTimeout(function () {
    var started = null;
    function step(time) {
      if (started === null) started = time;
      var y = Math.min(overflow, (time - started) / 1000 * pixelsPerSecond);
      body.scrollTop = y;
      if (y < overflow) window.requestAnimationFrame(step);
      else window.setTimeout(goOn, pause / 2);
    }
    window.requestAnimationFrame(step);
  }, pause / 3);
})();
