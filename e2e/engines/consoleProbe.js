// Served into the page (first script in <head>) only for engines whose driver has no console
// channel: WebKitGTK over classic WebDriver has no log endpoint and no BiDi, and MiniBrowser stops
// writing console messages to stdout in automation mode. Reports what a browser console would show
// as an error: console.error, uncaught errors and rejections, failed resource loads, and CSP blocks.
(function () {
  var send = function (kind, text) {
    try {
      navigator.sendBeacon('/__engines/console', JSON.stringify({ kind: kind, text: String(text).slice(0, 2000), page: location.pathname }));
    } catch (e) {
      // Nowhere to report to (offline): nothing else to do.
    }
  };
  var show = function (value) {
    if (value instanceof Error) return value.name + ': ' + value.message;
    if (typeof value === 'object') {
      try {
        return JSON.stringify(value);
      } catch (e) {
        return String(value);
      }
    }
    return String(value);
  };
  var original = console.error;
  console.error = function () {
    send('console', Array.prototype.map.call(arguments, show).join(' '));
    return original.apply(console, arguments);
  };
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName) send('resource', 'failed to load ' + (target.currentSrc || target.src || target.href || target.tagName));
      else send('pageerror', (event.error ? show(event.error) : event.message) + ' at ' + event.filename + ':' + event.lineno);
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    send('pageerror', 'unhandled rejection: ' + show(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    send('csp', event.violatedDirective + ' blocked ' + event.blockedURI);
  });
})();
