// headcount: keyboard shortcuts of the review queue (s same, d different, u unsure, n note).
(function () {
  "use strict";
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) {
      if (ev.key === "Escape") t.blur();
      return;
    }
    var form = document.querySelector("#review form.verdicts");
    if (!form) return;
    if (ev.key === "n") {
      var note = form.querySelector("input[name=note]");
      if (note) { note.focus(); ev.preventDefault(); }
      return;
    }
    var button = form.querySelector('button[data-key="' + ev.key + '"]');
    if (button) { ev.preventDefault(); button.click(); }
  });
})();
