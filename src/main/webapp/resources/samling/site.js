// Behaviour the pages declare with data attributes, so no page needs an inline script or handler
// (the Content-Security-Policy allows neither). Listeners sit on the document, so parts of a
// page that Ajax replaces keep working.
document.addEventListener('change', function (event) {
  // a checkbox that ticks or clears every box its selector names ("select all")
  var all = event.target.closest ? event.target.closest('input[data-selects]') : null;
  if (all) {
    document.querySelectorAll(all.getAttribute('data-selects')).forEach(function (box) {
      box.checked = all.checked;
    });
  }
});
document.addEventListener('click', function (event) {
  // a button that copies the text of the element its selector names, and says so
  var copy = event.target.closest ? event.target.closest('button[data-copies]') : null;
  if (copy && navigator.clipboard) {
    var source = document.querySelector(copy.getAttribute('data-copies'));
    navigator.clipboard.writeText(source ? source.textContent.trim() : '').then(function () {
      copy.textContent = copy.getAttribute('data-copied');
    });
  }
});
document.addEventListener('click', function (event) {
  // a button that opens a PrimeFaces dialog by its widget name
  var button = event.target.closest ? event.target.closest('[data-opens]') : null;
  if (button && window.PF) {
    PF(button.getAttribute('data-opens')).show();
  }
});
