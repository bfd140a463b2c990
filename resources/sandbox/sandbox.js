// Small progressive enhancements; every page works without script.
(function () {
  'use strict';

  // "The parameters your link sent": open on error pages (that is where people need it) and keep the
  // state the user chose while they step through one flow.
  var sent = document.getElementById('sent-parameters');
  if (sent) {
    var key = 'connectlab-sandbox-params-open';
    var remembered = null;
    try { remembered = window.sessionStorage.getItem(key); } catch (e) { /* storage may be disabled */ }
    if (document.getElementById('error-heading') || remembered === '1')
      sent.open = true;
    sent.addEventListener('toggle', function () {
      try { window.sessionStorage.setItem(key, sent.open ? '1' : '0'); } catch (e) { /* ignore */ }
    });
  }

  // Live filtering of the brand grid; without script the Search button filters on the server.
  var search = document.getElementById('brand-search');
  if (!search) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('.brand-list-item'));
  if (!items.length) return;
  var none = document.getElementById('no-brand');
  function visible() {
    return items.filter(function (item) { return !item.hidden; });
  }
  search.addEventListener('input', function () {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (item) {
      var match = !q || item.getAttribute('data-name').indexOf(q) !== -1 || item.id.toLowerCase().indexOf(q) !== -1;
      item.hidden = !match;
      if (match) shown++;
    });
    if (none) none.hidden = shown !== 0;
  });
  // Enter picks the brand when the search leaves exactly one; otherwise it searches on the server.
  search.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    var left = visible();
    if (left.length === 1 && search.value.trim()) {
      event.preventDefault();
      left[0].click();
    }
  });
})();
