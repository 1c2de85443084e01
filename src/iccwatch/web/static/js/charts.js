// Render every element carrying a Vega-Lite spec in data-spec (the same specs the PDF reports use).
(function () {
  "use strict";
  if (typeof vegaEmbed === "undefined") return;
  for (const el of document.querySelectorAll("[data-spec]")) {
    const spec = JSON.parse(el.dataset.spec);
    vegaEmbed(el, spec, { actions: false, renderer: "svg" }).then(() => { el.dataset.rendered = "yes"; });
  }
})();
