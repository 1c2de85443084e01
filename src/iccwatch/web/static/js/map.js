// World map: every State coloured by its relation to the Statute (/) or by its duty to arrest a person
// (/persons/ID), on a date chosen with a date field or a time slider. Data from this server's API;
// geometry from the locally served world-atlas file. Nothing is loaded from outside this machine.
(function () {
  "use strict";
  const el = document.getElementById("map");
  const form = document.getElementById("map-controls");
  if (!el || !form || typeof vegaEmbed === "undefined") return;
  const dateInput = document.getElementById("on");
  const slider = document.getElementById("slider");
  const person = form.dataset.person || null;
  const START = Date.parse("2002-07-01T00:00:00Z");
  const DAY = 86400000;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const dayIndex = (s) => Math.round((Date.parse(s + "T00:00:00Z") - START) / DAY);
  const STATUS = {
    domain: ["party", "party (withdrawal pending)", "former party", "signatory", "signature withdrawn", "ratified, not yet in force", "not party"],
    range: ["#1f6b3f", "#7fb069", "#9b1c1c", "#c9a227", "#8c6d62", "#4f86c6", "#c8c8c8"],
  };
  const STATUS_LABEL = {
    party: "party", party_withdrawal_pending: "party (withdrawal pending)", former_party: "former party", signatory: "signatory",
    signature_withdrawn: "signature withdrawn", ratified_not_in_force: "ratified, not yet in force", non_party: "not party",
  };
  const CATEGORY = {
    domain: ["bound by statute", "bound by unsc resolution", "bound by declaration or arrangement", "former party residual", "contested", "unknown", "not bound"],
    range: ["#1f6b3f", "#1a4f85", "#4f86c6", "#7fb069", "#c9a227", "#8a5aa8", "#c8c8c8"],
  };
  if (slider) {
    slider.max = String(dayIndex(iso(Date.now())));
    slider.value = String(dayIndex(dateInput.value));
  }

  function spec(values) {
    const scale = person ? CATEGORY : STATUS;
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: "container", height: 440, autosize: { type: "fit", contains: "padding" },
      projection: { type: "equalEarth" },
      datasets: { statuses: values },
      layer: [
        { data: { url: "/static/vendor/countries-50m.json", format: { type: "topojson", feature: "countries" } },
          mark: { type: "geoshape", fill: "#eeeeee", stroke: "#ffffff", strokeWidth: 0.3 } },
        { data: { url: "/static/vendor/countries-50m.json", format: { type: "topojson", feature: "countries" } },
          transform: [
            { lookup: "id", from: { data: { name: "statuses" }, key: "numeric", fields: ["iso3", "name", "label", "url"] } },
            { filter: "datum.iso3 != null" },
          ],
          mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 0.3, cursor: "pointer" },
          encoding: {
            color: { field: "label", type: "nominal", scale: scale, legend: { title: person ? "duty if present" : "relation to the Statute", orient: "bottom", columns: 4, labelLimit: 260 } },
            tooltip: [{ field: "name", title: "State" }, { field: "label", title: person ? "duty" : "status" }],
            href: { field: "url" },
          } },
      ],
    };
  }

  function rows(data, on) {
    return data.states.map((r) => ({
      iso3: r.iso3, numeric: r.numeric, name: r.name,
      label: person ? r.category.replace(/_/g, " ") : STATUS_LABEL[r.status] || r.status,
      url: person ? `/ask?state=${r.iso3}&person=${person}&on=${on}` : `/states/${r.iso3}?on=${on}`,
    }));
  }

  function updateTable(data, on) {
    const table = document.getElementById("map-table");
    const caption = document.getElementById("table-date");
    if (!table || person) return;
    if (caption) caption.textContent = on;
    const body = table.querySelector("tbody");
    body.replaceChildren(...data.states.map((r) => {
      const tr = document.createElement("tr");
      tr.dataset.iso3 = r.iso3;
      const a = document.createElement("a");
      a.href = `/states/${r.iso3}?on=${on}`;
      a.textContent = r.name;
      const cells = [a, r.iso3, STATUS_LABEL[r.status] + (r.certain ? "" : " (doubt)"), r.since || "", r.until || ""];
      for (const c of cells) { const td = document.createElement("td"); td.append(c); tr.append(td); }
      return tr;
    }));
  }

  let token = 0;
  async function load(on) {
    const mine = ++token;
    const url = person ? `/api/v1/persons/${encodeURIComponent(person)}/travel?on=${on}` : `/api/v1/map?on=${on}`;
    const response = await fetch(url);
    if (!response.ok || mine !== token) return;
    const data = await response.json();
    const count = document.getElementById("party-count");
    if (count && "parties" in data) count.textContent = String(data.parties);
    const label = document.getElementById("count-date");
    if (label) label.textContent = on;
    updateTable(data, on);
    await vegaEmbed(el, spec(rows(data, on)), { actions: false, renderer: "svg" });
    el.dataset.rendered = on;
  }

  dateInput.addEventListener("change", () => {
    if (!dateInput.value) return;
    if (slider) slider.value = String(dayIndex(dateInput.value));
    history.replaceState(null, "", `?on=${dateInput.value}`);
    load(dateInput.value);
  });
  if (slider) {
    slider.addEventListener("input", () => { dateInput.value = iso(START + Number(slider.value) * DAY); });
    slider.addEventListener("change", () => { dateInput.dispatchEvent(new Event("change")); });
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); dateInput.dispatchEvent(new Event("change")); });
  load(dateInput.value);
})();
