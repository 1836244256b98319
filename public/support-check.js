/*
 * Runs before the app, in any browser, old ones included (so: plain ES5, no modules). A browser
 * that cannot run the app (no ES modules, no IndexedDB, or older than the APIs the app is built
 * for) gets the plain page in index.html instead of a blank screen. Private modes that hide
 * IndexedDB still have its interface; the app then keeps the pictures in memory.
 */
(function () {
  var w = window;
  function canRunTheApp() {
    var script = document.createElement('script');
    return (
      'noModule' in script &&
      'IDBFactory' in w &&
      'PointerEvent' in w &&
      'IntersectionObserver' in w &&
      'ResizeObserver' in w &&
      typeof w.structuredClone === 'function' &&
      typeof Object.hasOwn === 'function' &&
      typeof Array.prototype.at === 'function'
    );
  }
  if (canRunTheApp()) return;
  document.documentElement.className += ' unsupported';
  var page = document.getElementById('unsupported');
  if (page) page.removeAttribute('hidden');
})();
