// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // A click anywhere on a row follows the row's own link (the link itself stays the keyboard path).
  document.addEventListener("click", function (ev) {
    var row = ev.target.closest("tr[data-href]");
    if (!row || ev.target.closest("a, button, input, select, label")) return;
    if (window.getSelection && String(window.getSelection())) return; // let people copy text
    var link = row.querySelector("a.row-link");
    if (link) link.click();
  });
  // "/" jumps to the search box, as in most tools.
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = (document.activeElement && document.activeElement.tagName) || "";
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(tag)) return;
    var box = document.getElementById("top-q") || document.getElementById("q");
    if (box) { ev.preventDefault(); box.focus(); }
  });
  // Filters apply as soon as a select changes.
  document.querySelectorAll("form.filters select").forEach(function (el) {
    el.addEventListener("change", function () { el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit(); });
  });
  // Opening the whole article scrolls to its first highlighted sentence.
  document.querySelectorAll(".report details").forEach(function (d) {
    d.addEventListener("toggle", function () {
      if (!d.open) return;
      var first = d.querySelector(".hl-sentence");
      if (first) { first.scrollIntoView({ block: "center" }); first.classList.add("target-flash"); }
    });
  });
})();
