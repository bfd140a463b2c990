// Live filtering of the brand grid; without script the Search button filters on the server.
(function () {
  'use strict';
  var search = document.getElementById('brand-search');
  if (!search) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('.brand-list-item'));
  var none = document.getElementById('no-brand');
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
})();
