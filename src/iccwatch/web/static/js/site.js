// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // After an answer arrives, move focus to it so keyboard and screen-reader users find it.
  document.addEventListener("htmx:afterSwap", (e) => {
    const heading = e.target.querySelector && e.target.querySelector(".answer-head, .field-error");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
  });
  // A wide table (four columns or more) becomes one card per row on a phone (site.css, table.stack): each
  // cell is named by its column. Tables the server labels itself are left as they are; the map's table and
  // the index's (class keep-columns: narrow enough, and their band rows read down a column) keep their columns.
  function stackTables(root) {
    for (const table of root.querySelectorAll("table.data:not(.stack):not(.keep-columns)")) {
      const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
      if (heads.length < 4) continue;
      for (const row of table.querySelectorAll("tbody tr")) {
        [...row.children].forEach((cell, i) => { if (heads[i] && !cell.dataset.label) cell.dataset.label = heads[i]; });
      }
      table.classList.add("stack");
    }
    flagLongLabels(root);
  }
  // A card's column name too long for the label column beside its value (7.5em, site.css) would break over
  // two or three lines ("Forum for non-compliance"): it is marked to stand on its own line above the value.
  const LABEL_EM = 7.5;
  function flagLongLabels(root) {
    const ctx = document.createElement("canvas").getContext("2d");
    for (const td of root.querySelectorAll("table.stack td[data-label]:not(.long-label)")) {
      const cs = getComputedStyle(td);
      ctx.font = `600 ${cs.fontSize} ${cs.fontFamily}`;
      if (ctx.measureText(td.dataset.label).width > LABEL_EM * parseFloat(cs.fontSize)) td.classList.add("long-label");
    }
  }
  // A link to one row of a table shown a page at a time (…#e-KEY, as cited before the table had pages)
  // whose row is on another page: ask the server for the page that holds it (?row=, table.html's
  // data-paged). Links the site makes carry ?row= themselves; without this script they open the first page.
  function findPagedRow() {
    const paged = document.querySelector("[data-paged=row]");
    const id = decodeURIComponent(location.hash.slice(1));
    if (!paged || !id || document.getElementById(id)) return;
    const url = new URL(location.href);
    if (url.searchParams.has("row") || url.searchParams.has("page")) return;  // asked already, or a page was chosen
    url.searchParams.set("row", id);
    location.replace(url.href);
  }
  document.addEventListener("DOMContentLoaded", findPagedRow);
  document.addEventListener("DOMContentLoaded", () => stackTables(document));
  document.addEventListener("htmx:afterSwap", (e) => stackTables(e.target));
})();
