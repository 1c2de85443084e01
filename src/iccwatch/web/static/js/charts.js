// Render every element carrying a Vega-Lite spec in data-spec (the same specs the PDF reports use).
// The element is the image (role="img" with a label); the SVG inside is hidden from assistive
// technology. A chart wider than its box is fitted to the box (a phone's screen).
(function () {
  "use strict";
  if (typeof vegaEmbed === "undefined") return;
  for (const el of document.querySelectorAll("[data-spec]")) {
    const spec = JSON.parse(el.dataset.spec);
    // labels that touch ("20002002") count as overlapping: the axis then leaves every other one out
    spec.config = { ...(spec.config || {}), aria: false, axisX: { labelOverlap: true, labelSeparation: 6, ...((spec.config || {}).axisX || {}) } };
    if (typeof spec.width === "number" && el.clientWidth && el.clientWidth < spec.width + 60) {
      // only the width is fitted: the height grows with the legend, so no legend entry is cut off
      spec.width = "container";
      spec.autosize = { type: "fit-x", contains: "padding" };
      const color = spec.encoding && spec.encoding.color;
      // a legend the spec leaves placed by default (none, or one that only chooses its values) goes below
      if (color && (color.legend === undefined || (color.legend && color.legend.orient === undefined && color.type === "nominal")))
        color.legend = { ...(color.legend || {}), orient: "bottom", direction: "horizontal", columns: 2 };
    }
    vegaEmbed(el, spec, { actions: false, renderer: "svg" }).then(() => {
      for (const svg of el.querySelectorAll("svg")) svg.setAttribute("aria-hidden", "true");
      el.dataset.rendered = "yes";
    });
  }
})();
