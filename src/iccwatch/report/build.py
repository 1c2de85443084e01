"""Assemble the reports from the service layer and render them to HTML or PDF."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from iccwatch import service
from iccwatch.charts import party_segments
from iccwatch.dataset.coverage import coverage_notice
from iccwatch.facts import Facts
from iccwatch.law.determination import forum_key, forum_words
from iccwatch.law.party_status import retraction_words
from iccwatch.markup import TEMPLATES as SHARED_TEMPLATES
from iccwatch.markup import code_spans, label, link_citation, link_records
from iccwatch.model.dates import DateSpan, date_sort_key
from iccwatch.report import charts, render
from iccwatch.report.footnotes import Footnotes
from iccwatch.report.render import PDF_LIBRARIES_HINT, PdfUnavailable, weasyprint_html  # noqa: F401 - where callers import them
from iccwatch.report.text import brief, gap_line, gap_of, route_words
from iccwatch.service.reasoning import reasoning_sources
from iccwatch.settings import default_vendor_dir

TEMPLATES = Path(__file__).with_name("templates")

#: A note in a table row is cut to this many characters (at its first appended search entry if sooner);
#: the note in full is listed at the end of the report.
NOTE_LIMIT = 240


#: The bodies a finding of non-compliance goes to (Art. 87(7)), spelt out once under each table naming them.
FORUM_KEY = forum_key(["ASP+UNSC"]) + "."  # "ASP: the Assembly of States Parties; UNSC: the Security Council."
#: What a record number in a decision's row is (a filing's number in a situation or case is linked; a case or
#: situation number is not, nor a transcript's or a regulation 46(3) filing's, whose record pages are not known by number).
RECORD_KEY = ("Record: the decision's number in the Court's record, linked to it where it is a filing's in a situation or case; "
              "a hearing's transcript (ICC-02/05-03/09-T-4-ENG) or a filing in proceedings on a request under regulation 46(3) "
              "(ICC-RoC46(3)-01/18-37) is given unlinked; where the record holds only the case, situation or request number "
              "(ICC-02/05-01/09, ICC-01/18, ICC-RoC46(3)-01/18), that number, which names no one filing; empty where the record "
              "holds none.")


def doubt_words(disputed: Any, confidence: Any) -> str:
    """A fact's doubt as the tables mark it: "disputed", "low confidence", "medium confidence". (Medium was marked
    "one source", which a fact with medium confidence and three sources contradicted beside its three marks: the
    record's confidence is a reading of the sources, not their count; docs/data-format.md.)"""
    return "disputed" if disputed else {"low": "low confidence", "medium": "medium confidence"}.get(str(confidence or ""), "")


#: Where a primary gap's full text is (the report shows it up to its first appended search).
GAP_FULL_TEXT = "iccwatch data sources --json"
#: The heading of the searches logged where a report lists them after this list (the gaps report, whose subject they are).
SEARCH_LOG_HEADING = "Searches logged"
#: The heading of the searches logged where a report puts them in an appendix at its end (session 40: the State report,
#: whose body is taken to a meeting: its searches took 5 of Mongolia's 17 pages before the sources).
SEARCH_LOG_APPENDIX = "Appendix: searches logged"


class PrimaryGaps:
    """The facts whose primary document exists but was not read, numbered as the report lists them."""

    def __init__(self, log_heading: str = SEARCH_LOG_HEADING) -> None:
        self.log_heading = log_heading  # the heading the lines point to ('listed under "…"')
        self.items: list[dict[str, Any]] = []
        self._by_key: dict[str, int] = {}

    def add(self, what: str, fact: Any, key: str | None = None) -> int | None:
        """Register a fact's ``primary_gap`` and its search log (``fact`` a record, its dict, or the gap's text;
        ``what`` names the fact, ``key`` its record, listed once however often the report cites it); its number,
        or None without a gap. The list shows the statement and how many searches were logged; the log itself is
        the report's appendix."""
        text, log = (fact, []) if fact is None or isinstance(fact, str) else gap_of(fact)
        if not text:
            return None
        if key is not None and key in self._by_key:
            return self._by_key[key]
        self.items.append({"n": len(self.items) + 1, "what": what,
                           "text": gap_line(text, log, 300, GAP_FULL_TEXT, f'listed under "{self.log_heading}"'),
                           "log": [{**e, "route_words": route_words(e["route"])} for e in log]})
        if key is not None:
            self._by_key[key] = len(self.items)
        return len(self.items)


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader([TEMPLATES, SHARED_TEMPLATES]), autoescape=select_autoescape(["html"]))
    env.filters["label"] = label
    env.filters["link_records"] = link_records
    env.filters["link_citation"] = link_citation
    env.filters["forum"] = forum_words
    env.filters["code_spans"] = code_spans
    from iccwatch.assess.index import BAND_HEAD, BAND_MEANING

    env.globals["band_meaning"], env.globals["band_head"] = BAND_MEANING, BAND_HEAD  # session 40: the pages' words
    return env


def _duty_rows(facts: Facts, duties: dict[str, Any], notes: Footnotes, gaps: PrimaryGaps) -> None:
    """Each situation's duty with the marks of the facts it rests on (the State's relation to the Statute,
    a Security Council referral, a declaration: its reasoning's sources), and each person to arrest with
    their warrant (its kind, the Court's case number, its sources)."""
    warrants = facts.records.warrants.values()
    for situation in duties.get("situations", []):
        situation["cite"] = notes.cite(reasoning_sources(situation.get("reasoning") or []))
        for p in situation.get("persons_to_arrest") or []:
            ws = [w for w in warrants if w.person == p["person"] and w.situation == situation.get("situation")]
            ws = [w for w in ws if w.kind == "arrest_warrant"] or ws  # the duty to arrest rests on the warrants of arrest
            p["warrants"] = [{"kind": w.kind, "case_number": w.case_number, "issued": w.issued, "cite": notes.cite(w.sources),
                              "doubt": doubt_words(w.disputed, w.confidence),
                              "gap": gaps.add(f"{label(w.kind)} for {p['name']}" + (f" of {w.issued}" if w.issued else ""), w, f"warrant:{w.id}")}
                             for w in sorted(ws, key=lambda w: date_sort_key(w.issued))]


def _doubt_brief(text: str) -> str:
    """A person's doubt as the report's duties list gives it: shortened as a table's note is, saying where it is whole."""
    short, cut = brief(text, NOTE_LIMIT)
    return short + (" (in full: the State's page on the dashboard, and the JSON of its duties)" if cut else "")


def state_report_data(facts: Facts, code: str, on: dt.date, year: int, samples: int = 1000) -> dict[str, Any]:
    """The State report's content; the index with ``samples`` draws (seed 42), by default as the index
    page and the State's page compute it, so the report's rank interval and band are theirs."""
    st = facts.state(code)
    notes = Footnotes(facts.publishers)
    gaps = PrimaryGaps(SEARCH_LOG_APPENDIX)  # the searches logged close the report, after its sources
    relation = service.state_relation(facts, st.iso3, on)
    timeline: list[dict[str, Any]] = []
    full_notes: list[dict[str, Any]] = []
    for a in sorted(st.participation, key=lambda a: date_sort_key(a.date)):
        doubt = doubt_words(a.disputed, a.confidence)
        note, cut = brief(a.note, NOTE_LIMIT)
        if cut:  # the table keeps a row short; the note in full is at the end of the report
            full_notes.append({"n": len(full_notes) + 1, "date": a.date, "action": a.action, "text": a.note})
        timeline.append({"date": a.date, "instrument": facts.records.instruments[a.instrument].citation if a.instrument in facts.records.instruments else a.instrument,
                         "after": DateSpan.parse(a.date).first > on,  # listed, but after the report's date
                         "action": a.action, "retraction": retraction_words(a.retracted) if a.retracted else None, "doubt": doubt, "derived_from": getattr(a, "derived_from", None), "note": note,
                         "full_note": len(full_notes) if cut else None, "cite": notes.cite(a.sources),
                         "gap": gaps.add(f"{a.date}, {label(a.action)}", a)})
    duties = service.obligations_for_page(facts, st.iso3, on)
    seen: set[tuple[str, str]] = set()
    rows = []
    # the persons' doubts (a death reported, a custody in doubt), listed under the duties table: said inside the
    # persons' cell they made rows too tall to stay on one page; each shortened as a table's note is (a doubt about
    # the State's own act quotes the act's note, which the report gives in full at its end)
    names = {p["person"]: p["name"] for s in duties.get("situations", []) for p in s.get("persons_to_arrest") or []}
    duties["person_doubts"] = [("every person listed" if every else "; ".join(names[pid] for pid in pids), _doubt_brief(x))
                               for pids, every, x in service.persons_own_doubts(duties)]
    for situation in duties.get("situations", []):  # each situation once, as the State's page lists them
        key = (situation.get("situation") or situation.get("name") or "", situation.get("status") or "")
        if not situation.get("name") or key in seen:
            continue
        seen.add(key)
        # one name per person, however many warrants name them
        situation["persons_to_arrest"] = list({p["person"]: p for p in situation.get("persons_to_arrest") or []}.values())
        rows.append(situation)
    duties["situations"] = sorted(rows, key=lambda s: str(s["name"]).casefold())
    _duty_rows(facts, duties, notes, gaps)
    # the check date is in the report's heading; the relation's own doubts stay
    relation["doubts"] = [d for d in relation.get("doubts", []) if not d.startswith("the record was checked through")]
    events = service.assessed_events(facts, state=st.iso3)
    for e in events:  # worded as the dashboard words them, with the event record's doubts and primary gap
        e["cite"] = notes.cite(e["sources"])
        e["action_text"], e["outcome_text"] = service.event_texts(e)
        rec = facts.records.events.get(e["event"])
        e["doubt"] = doubt_words(rec.disputed, rec.confidence) if rec is not None else ""
        e["gap"] = gaps.add(f"{e['date']}, {e['action_text']} ({e['person_name']})", rec, f"event:{e['event']}")
    decisions = service.decisions_list(facts, state=st.iso3)
    for d in decisions:
        d["cite"] = notes.cite(d["sources"])
        d["doubt"] = doubt_words(d.get("disputed"), d.get("confidence"))
        d["gap"] = gaps.add(f"{d['date']}, decision: {d.get('ruling') or ''}", d, f"decision:{d['id']}")
    statements = [s for s in service.statements_list(facts) if st.iso3 in s["signatories"]]
    for s in statements:
        s["cite"] = notes.cite(s["sources"])
        s["doubt"] = doubt_words(s.get("disputed"), s.get("confidence"))
        s["gap"] = gaps.add(f"{s['date']}, statement: {s['title']}", s)
    index = service.index_explain(facts, st.iso3, year, samples=samples)
    # session 39: the State beside its regions, as its page
    from iccwatch.service.index_regions import state_regions

    for i in index["indicators"]:  # each fact behind a value with its own marks, primary first
        for e in i["evidence"]:
            e["cite"] = notes.cite(e["sources"])
    measures = [m.model_dump(mode="json", exclude_none=True) for m in facts.records.measures.values() if m.state == st.iso3]
    for m in measures:
        m["cite"] = notes.cite(m["sources"])
        m["doubt"] = doubt_words(m.get("disputed"), m.get("confidence"))
        m["gap"] = gaps.add(f"{m['date']}, {m['title']}", m)
    relation_cite = notes.cite(relation["sources"])
    # the day a State created after 1998 came into being, with its own sources (the web's first dated act)
    came_into_being_cite = notes.cite(st.since.sources) if st.since else ""
    return {
        "state": st, "on": on.isoformat(), "year": year, "samples": samples, "relation": relation, "relation_cite": relation_cite,
        "came_into_being_cite": came_into_being_cite,
        "timeline": timeline, "full_notes": full_notes, "instrument_names": _instrument_names(facts, st), "duties": duties, "events": events, "decisions": decisions, "statements": statements,
        "measures": measures, "index": index, "index_regions": state_regions(facts, st.iso3, year, samples), "footnotes": notes.items, "primary_gaps": gaps.items, "gap_full_text": GAP_FULL_TEXT,
        "search_log_heading": SEARCH_LOG_APPENDIX, "search_log_appendix": True,
        "checked_through": facts.records.meta.checked_through, "coverage_notice": coverage_notice(facts.records, on),
        "forum_key": FORUM_KEY, "record_key": RECORD_KEY,
        "generated": dt.date.today().isoformat(),
        "charts": {
            "timeline": charts.to_svg(charts.party_timeline(party_segments(facts, st.iso3, on))),
            "pillars": charts.to_svg(charts.pillar_bars(index["pillars"])) if any(v is not None for v in index["pillars"].values()) else "",
        },
    }


def _instrument_names(facts: Facts, st: Any) -> list[tuple[str, str]]:
    """The instruments a State's acts name, as (the short citation the table uses, the full title)."""
    used = dict.fromkeys(a.instrument for a in st.participation)
    out = []
    for i in used:
        inst = facts.records.instruments.get(i)
        if inst is not None and inst.citation != inst.title:
            out.append((inst.citation, inst.title))
    return out


def gaps_report_data(facts: Facts) -> dict[str, Any]:
    notes = Footnotes(facts.publishers)
    primary_gaps = PrimaryGaps()
    gaps = service.enforcement_gaps(facts)
    events = {e.id: e for e in facts.records.events.values()}
    rows = []
    for f in gaps["failures"]:
        f["cite"] = notes.cite([*events[f["event"]].sources, *(s for d in f["decisions"] for s in facts.records.decisions[d].sources)])
        event = events[f["event"]]
        f["doubt"] = doubt_words(event.disputed, event.confidence)
        f["gaps"] = [n for n in (primary_gaps.add(f"{f['date']}, {f['state_name']}: {f['person_name']}", event, f"event:{f['event']}"),
                                 *(primary_gaps.add(f"{facts.records.decisions[d].date}, decision on {f['state_name']}", facts.records.decisions[d],
                                                    f"decision:{d}")
                                   for d in f["decisions"])) if n]
        followed = f["what_followed"]  # the service's words, as the dashboard and the CLI print them
        final = facts.records.decisions.get(f["finding"]) if f.get("finding") else None
        f["finding_record"] = final.record_number if final is not None else None
        rows.append({"year": f["date"][:4], "what_followed": followed})
    for d in gaps["other_findings"]:  # each finding with its own sources, as every other fact
        decision = facts.records.decisions[d["decision"]]
        d["cite"] = notes.cite(decision.sources)
        d["doubt"] = doubt_words(decision.disputed, decision.confidence)
        d["gap"] = primary_gaps.add(f"{d['date']}, decision on {d['state_name']}", decision, f"decision:{d['decision']}")
    by_state: dict[str, int] = {}
    for f in gaps["failures"]:
        by_state[f["state"]] = by_state.get(f["state"], 0) + 1
    map_svg, map_circled = "", []
    topology_file = default_vendor_dir() / "countries-50m.json"
    if by_state and topology_file.exists():  # the geometry comes with the dashboard's assets (scripts/web-assets.sh)
        import json

        map_rows = [{"numeric": facts.records.states[iso3].numeric, "name": facts.records.states[iso3].name, "failures": n}
                    for iso3, n in by_state.items()]
        centroids_file = default_vendor_dir() / "centroids.json"
        centroids = json.loads(centroids_file.read_text(encoding="utf-8")) if centroids_file.exists() else {}
        small = sorted(charts.small_state_points(map_rows, centroids), key=lambda p: p["name"])
        map_circled = [p["name"] for p in small]
        map_svg = charts.to_svg(charts.failures_map(map_rows, json.loads(topology_file.read_text(encoding="utf-8")), small))
    meta = facts.records.meta
    return {"gaps": gaps, "footnotes": notes.items, "generated": dt.date.today().isoformat(),
            "checked_through": meta.checked_through, "primary_gaps": primary_gaps.items, "gap_full_text": GAP_FULL_TEXT,
            "kinds_through": [(kind, meta.checked_through_of(kind)) for kind in ("events", "decisions", "responses")],
            "forum_key": FORUM_KEY, "record_key": RECORD_KEY,
            "chart": charts.to_svg(_every_year(charts.failures_by_year(rows), rows)) if rows else "", "map": map_svg,
            "map_circled": map_circled}


def _every_year(spec: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The bar chart's axis with every year from the first failure to the last, so that years without a
    failure show as gaps instead of being left out (2018 beside 2024 would read as consecutive)."""
    years = [int(r["year"]) for r in rows if str(r.get("year") or "").isdigit()]
    if years:
        spec["encoding"]["x"]["scale"] = {"domain": [str(y) for y in range(min(years), max(years) + 1)]}
    return spec


def render_html(template: str, data: dict[str, Any]) -> str:
    from iccwatch.report.cells import label_cells

    # each cell names its column, for a phone's screen (base.css; session 37)
    return label_cells(_env().get_template(template).render(**data))


def pdf_bytes(html: str) -> bytes:
    """The PDF of a report's HTML, for a long-running server: laid out where the renderer draws
    (``report.render``: in a child process replaced every ``ICCWATCH_RENDER_JOBS`` jobs under ``serve``), with
    one font configuration per process (``render.html_pdf``)."""
    return render.pdf(html)


_warm = threading.Lock()
_warm_started = False


def warm_up() -> None:
    """Pay the renderers' one-time costs now, where they draw (``render.warm``: importing WeasyPrint, ~1.5 s,
    and starting vl-convert's JavaScript engine, ~1 s): in this process, or by starting the render child,
    which warms itself before its first job. Nothing is kept but the loaded modules."""
    if render.renderer().jobs_per_child:
        render.renderer().start()
    else:
        render.warm()


def warm_up_in_background() -> None:
    """``warm_up`` in a daemon thread, started at most once per process (a page that links to a PDF
    report calls it, so that the first report a reader asks for does not wait for these imports)."""
    global _warm_started
    with _warm:
        if _warm_started:
            return
        _warm_started = True
    threading.Thread(target=warm_up, name="iccwatch-report-warm-up", daemon=True).start()


def write_report(html: str, output: Path, fmt: str) -> None:
    if fmt not in ("html", "pdf"):
        raise ValueError(f"unknown format {fmt!r}: html or pdf")
    from iccwatch.atomic import replacing

    with replacing(output) as tmp:  # written whole, then renamed: a failure leaves the old file
        if fmt == "html":
            tmp.write_text(html, encoding="utf-8")
        else:
            weasyprint_html()(string=html, base_url=str(TEMPLATES)).write_pdf(tmp)


#: The index report's peer groups in words, where the index gives no label.
INDEX_GROUP_WORDS = {"states_parties": "States Parties", "others": "other States"}


def index_report_data(facts: Facts, year: int, samples: int = 1000, seed: int = 42,
                      ranking: dict[str, Any] | None = None) -> dict[str, Any]:
    """The due-diligence index of a year as a report: one table per peer group (ranked apart, never side by
    side), each in rank order with its bands headed; the rank interval of every State (the uncertainty the
    sensitivity draws measure); the weights and each indicator's coverage in each group (the method)."""
    from iccwatch.assess.indicators import INDICATORS

    data = ranking or service.index_ranking(facts, year, None, samples, seed)  # ranking: one computed already
    meta = data.get("groups") or {}
    ids = list(meta) + sorted({str(r.get("group")) for r in data["states"]} - set(meta))
    labels = {i.id: i.label for i in INDICATORS}
    groups = []
    for gid in ids:
        members = sorted((r for r in data["states"] if str(r.get("group")) == gid),
                         key=lambda r: (r.get("rank") is None, r.get("rank") or 0, str(r.get("name"))))
        sizes: dict[Any, int] = {}
        for r in members:
            sizes[r.get("band")] = sizes.get(r.get("band"), 0) + 1
        rows = []
        for r in members:
            low, high = (r.get("rank_interval") or [None, None])[:2]
            rank = "not ranked" if r.get("rank") is None else f"{'=' if r.get('tied') else ''}{r['rank']}"
            rows.append({**r, "rank_text": rank, "interval": f"{low}–{high}" if low is not None else "",
                         "band_size": sizes.get(r.get("band"), 0)})
        info = dict(meta.get(gid) or {})
        info["indicators"] = [{**i, "label": labels.get(i.get("indicator"), label(i.get("indicator")))}
                              for i in info.get("indicators") or []]
        groups.append({"id": gid, "label": info.get("label") or INDEX_GROUP_WORDS.get(gid) or label(gid), "info": info, "rows": rows})
    weights = [{"pillar": label(p), "weight": spec["weight"],
                "indicators": [(labels.get(i, label(i)), w) for i, w in spec["indicators"].items()]}
               for p, spec in (data.get("weights") or {}).get("pillars", {}).items()]
    return {"year": year, "groups": groups, "weights": weights, "window": (data.get("window") or {}).get("description"),
            "samples": data.get("samples"), "seed": data.get("seed"), "method_version": data.get("method_version"),
            "checked_through": data.get("record_checked_through") or facts.records.meta.checked_through,
            "generated": dt.date.today().isoformat()}
