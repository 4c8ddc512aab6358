// Filters the matrix and the detail sections by text and theme. The report is complete without this.
(function () {
  var form = document.querySelector('.filter');
  if (!form) { return; }
  form.hidden = false;
  var text = document.getElementById('filter-text');
  var theme = document.getElementById('filter-theme');
  var count = document.getElementById('filter-count');
  function apply() {
    var q = text.value.trim().toLowerCase();
    var t = theme.value;
    var shown = 0;
    document.querySelectorAll('.theme-group, .theme-block').forEach(function (group) {
      var themeOk = !t || group.getAttribute('data-theme') === t;
      var any = false;
      group.querySelectorAll('[data-search]').forEach(function (item) {
        var ok = themeOk && (!q || item.getAttribute('data-search').indexOf(q) >= 0);
        item.hidden = !ok;
        if (ok) { any = true; if (item.classList.contains('ask-row')) { shown++; } }
      });
      group.hidden = !any;
    });
    count.textContent = (q || t) ? shown + (shown === 1 ? ' ask' : ' asks') + ' getoond' : '';
  }
  text.addEventListener('input', apply);
  theme.addEventListener('change', apply);
})();
