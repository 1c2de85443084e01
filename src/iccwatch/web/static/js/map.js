// World map: every State coloured by its relation to the Statute (/) or by its duty to arrest a person
// (/persons/ID), on a date chosen with a date field or a time slider. Data from this server's API;
// geometry and small States' points from the locally served world-atlas file and centroids.json
// (scripts/web-assets.sh). Nothing is loaded from outside this machine.
(function () {
  "use strict";
  const el = document.getElementById("map");
  const form = document.getElementById("map-controls");
  if (!el || !form || typeof vegaEmbed === "undefined") return;
  const dateInput = document.getElementById("on");
  const slider = document.getElementById("slider");
  const legend = document.getElementById("legend");
  const person = form.dataset.person || null;
  const START = Date.parse("2002-07-01T00:00:00Z");
  const DAY = 86400000;
  const SMALL = 1.2; // square degrees: outlines smaller than this are also drawn as a circle
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const dayIndex = (s) => Math.round((Date.parse(s + "T00:00:00Z") - START) / DAY);
  // Okabe-Ito colours (distinct for the common colour-vision deficiencies), and grey for "none".
  const STATUS = {
    domain: ["party", "party (withdrawal pending)", "former party", "signatory", "signature withdrawn", "ratified, not yet in force", "not party"],
    range: ["#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#CC79A7", "#009E73", "#D9D9D9"],
  };
  const STATUS_LABEL = {
    party: "party", party_withdrawal_pending: "party (withdrawal pending)", former_party: "former party", signatory: "signatory",
    signature_withdrawn: "signature withdrawn", ratified_not_in_force: "ratified, not yet in force", non_party: "not party",
  };
  const CATEGORY = {
    domain: ["bound by statute", "bound by UNSC resolution", "bound by declaration or arrangement", "former party residual", "bound execution postponed", "contested", "unknown", "not bound"],
    range: ["#0072B2", "#009E73", "#56B4E9", "#E69F00", "#F0E442", "#D55E00", "#CC79A7", "#D9D9D9"],
  };
  if (slider) {
    slider.max = String(dayIndex(iso(Date.now())));
    slider.value = String(dayIndex(dateInput.value));
  }
  let centroids = null;
  const centroidsReady = fetch("/static/vendor/centroids.json").then((r) => (r.ok ? r.json() : {})).then((c) => { centroids = c; }, () => { centroids = {}; });

  function spec(values) {
    const scale = person ? CATEGORY : STATUS;
    const points = values.filter((v) => { const c = centroids[v.numeric]; return c && c.area < SMALL; })
      .map((v) => ({ ...v, lon: centroids[v.numeric].lon, lat: centroids[v.numeric].lat }));
    const tooltip = [{ field: "name", title: "State" }, { field: "label", title: person ? "duty" : "status" },
      { field: "since", title: "since" }, { field: "open", title: "click to open" }];
    const color = { field: "label", type: "nominal", scale: scale, legend: null };
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: "container", height: Math.max(220, Math.min(440, Math.round(el.clientWidth * 0.55))), autosize: { type: "fit", contains: "padding" },
      config: { aria: false }, // the container is the image, labelled; the table is the text alternative
      projection: { type: "equalEarth" },
      datasets: { statuses: values },
      layer: [
        { data: { url: "/static/vendor/countries-50m.json", format: { type: "topojson", feature: "countries" } },
          mark: { type: "geoshape", fill: "#eeeeee", stroke: "#ffffff", strokeWidth: 0.3 } },
        { data: { url: "/static/vendor/countries-50m.json", format: { type: "topojson", feature: "countries" } },
          transform: [
            { lookup: "id", from: { data: { name: "statuses" }, key: "numeric", fields: ["iso3", "name", "label", "url", "since", "open"] } },
            { filter: "datum.iso3 != null" },
          ],
          mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 0.3, cursor: "pointer" },
          encoding: { color: color, tooltip: tooltip, href: { field: "url" } } },
        { data: { values: points },
          mark: { type: "circle", size: 36, opacity: 1, stroke: "#1b1b1b", strokeWidth: 0.7, cursor: "pointer" },
          encoding: { longitude: { field: "lon", type: "quantitative" }, latitude: { field: "lat", type: "quantitative" },
            color: color, tooltip: tooltip, href: { field: "url" } } },
      ],
    };
  }

  function drawLegend(values) {
    if (!legend) return;
    const scale = person ? CATEGORY : STATUS;
    const counts = {};
    for (const v of values) counts[v.label] = (counts[v.label] || 0) + 1;
    const title = document.createElement("p");
    title.className = "legend-title";
    title.textContent = person ? "Duty if present" : "Relation to the Statute";
    const list = document.createElement("ul");
    scale.domain.forEach((name, i) => {
      if (!counts[name]) return;
      const li = document.createElement("li");
      const sw = document.createElement("span");
      sw.className = "swatch";
      sw.style.background = scale.range[i];
      li.append(sw, `${name} (${counts[name]})`);
      list.append(li);
    });
    const note = document.createElement("p");
    note.className = "help";
    note.textContent = "Circles: small States.";
    legend.replaceChildren(title, list, note);
  }

  // A stored value in words, as the server's label filter writes it (acronyms in capitals).
  const words = (v) => v.replace(/_/g, " ").replace(/\b(unsc|asp|icc)\b/g, (m) => m.toUpperCase());

  function rows(data, on) {
    return data.states.map((r) => ({
      iso3: r.iso3, numeric: r.numeric, name: r.name, since: r.since || "",
      label: person ? words(r.category) : STATUS_LABEL[r.status] || r.status,
      url: person ? `/ask?state=${r.iso3}&person=${person}&on=${on}` : `/states/${r.iso3}?on=${on}`,
      open: person ? "the question for this State" : "the State's page",
    }));
  }

  // The table is the server's own (sorted by name, real disputes marked): fetched for the new date.
  async function updateTable(on, mine) {
    const table = document.getElementById("map-table");
    if (!table) return;
    // The page at the new date gives the table (and, on a person's page, the counts, what each category
    // means and why no State has an arrest to make): without it they kept the first date's figures.
    const page = person ? `${location.pathname}?on=${encodeURIComponent(on)}` : `/?on=${encodeURIComponent(on)}`;
    const html = await (await fetch(page)).text();
    if (mine !== token) return;
    const doc = new DOMParser().parseFromString(html, "text/html");
    const fresh = doc.querySelector("#map-table tbody");
    if (!fresh) return;
    table.querySelector("tbody").replaceWith(fresh);
    const summary = document.getElementById("travel-summary");
    const freshSummary = doc.getElementById("travel-summary");
    if (summary && freshSummary) summary.replaceChildren(...freshSummary.childNodes);
    shown = on;
    const caption = document.getElementById("table-date");
    if (caption) caption.textContent = on;
  }

  let token = 0;
  let shown = dateInput.value; // the date the table shows
  async function load(on) {
    const mine = ++token;
    const url = person ? `/api/v1/persons/${encodeURIComponent(person)}/travel?on=${on}` : `/api/v1/map?on=${on}`;
    const response = await fetch(url);
    await centroidsReady;
    if (!response.ok || mine !== token) return;
    const data = await response.json();
    if (person && !("numeric" in (data.states[0] || {}))) {
      const map = await (await fetch(`/api/v1/map?on=${on}`)).json();
      const numeric = Object.fromEntries(map.states.map((s) => [s.iso3, s.numeric]));
      for (const s of data.states) s.numeric = numeric[s.iso3];
    }
    if (mine !== token) return;
    const count = document.getElementById("party-count");
    if (count && "parties" in data) count.textContent = String(data.parties);
    const label = document.getElementById("count-date");
    if (label) label.textContent = on;
    if (on !== shown) await updateTable(on, mine);
    if (mine !== token) return;
    const values = rows(data, on);
    drawLegend(values);
    await vegaEmbed(el, spec(values), { actions: false, renderer: "svg" });
    // The map element is the labelled image; the table is its text alternative.
    for (const svg of el.querySelectorAll("svg")) svg.setAttribute("aria-hidden", "true");
    el.dataset.rendered = on;
  }

  // The date field is text in the site's one date format (YYYY-MM-DD), not the browser's date picker, whose
  // format follows the browser's locale (12/02/2026 beside ISO dates everywhere else; docs/web.md). A date
  // written otherwise, or not a real day, or outside 2002-07-01 to today, is said beside the field, not drawn.
  function dateProblem(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "Write the date as YYYY-MM-DD (year, month, day), e.g. 2024-09-03.";
    const ms = Date.parse(value + "T00:00:00Z");
    if (Number.isNaN(ms) || iso(ms) !== value) return `${value} is not a real calendar date.`;
    if (ms < START || ms > Date.now()) return `Choose a date from 2002-07-01 to today (${iso(Date.now())}).`;
    return "";
  }
  dateInput.addEventListener("input", () => { dateInput.setCustomValidity(""); }); // typing again: judged at the change
  dateInput.addEventListener("change", () => {
    const value = dateInput.value.trim();
    const problem = dateProblem(value);
    dateInput.setCustomValidity(problem);
    if (problem) {
      dateInput.setAttribute("aria-invalid", "true");
      dateInput.reportValidity();
      return;
    }
    dateInput.removeAttribute("aria-invalid");
    dateInput.value = value;
    if (slider) slider.value = String(dayIndex(dateInput.value));
    history.replaceState(null, "", `?on=${dateInput.value}`);
    load(dateInput.value);
  });
  if (slider) {
    slider.addEventListener("input", () => { dateInput.value = iso(START + Number(slider.value) * DAY); dateInput.setCustomValidity(""); });
    slider.addEventListener("change", () => { dateInput.dispatchEvent(new Event("change")); });
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); dateInput.dispatchEvent(new Event("change")); });
  load(dateInput.value);
})();
