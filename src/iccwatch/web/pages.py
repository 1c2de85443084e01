"""Dashboard pages, thin over the service layer: the same answers as the CLI and the API, by clicking."""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import json
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, get_args
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from iccwatch import charts, service
from iccwatch.assess.index import BAND_HEAD, BAND_MEANING
from iccwatch.caching import BoundedCache
from iccwatch.dataset.grading import grade_sources_in, graded_sources
from iccwatch.errors import FieldError
from iccwatch.facts import Assumption, Facts, UnknownPerson, UnknownState
from iccwatch.law.airspace import PRESENCES
from iccwatch.law.citations import citation_url
from iccwatch.law.determination import Answer, forum_in_full, forum_key, position_labels
from iccwatch.law.travel import CATEGORY_MEANING
from iccwatch.markup import TEMPLATES as SHARED_TEMPLATES
from iccwatch.markup import (
    code_spans,
    court_record_url,
    label,
    link_citation,
    record_pieces,
)
from iccwatch.model.dates import PARTIAL_DATE, DateSpan, date_sort_key
from iccwatch.model.situation import TRIGGER_KEY
from iccwatch.service.common import folded
from iccwatch.service.events import host_kept
from iccwatch.service.inputs import repeated_params, unknown_param_message, unknown_params
from iccwatch.service.persons import searched_words
from iccwatch.service.question import QuestionError, read_as_words, read_question
from iccwatch.service.reasoning import reasoning_sources
from iccwatch.service.record_answers import HOST_UNCERTAIN_WHY, LEFT_OUT_WHY
from iccwatch.web import cite
from iccwatch.web.assets import missing_assets

TEMPLATES = Jinja2Templates(directory=[str(Path(__file__).with_name("templates")), str(SHARED_TEMPLATES)])

#: The host of the placeholder source an assumption carries (facts.ASSUMPTION_SOURCE): never a link.
ASSUMED_HOST = "iccwatch.invalid"
GRADE_TEXT = {"A": "grade A", "B": "grade B", "C": "grade C", "X": "grade X"}


#: A day, a month or a year-month written the ISO way, inside a sentence.
ISO_DAY = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")


def nowrap_dates(text: Any) -> Markup:
    """``text`` (escaped) with each ISO date kept on one line: a browser breaks "2026-12-02" after a hyphen
    ("2026-12-" then "02") where a heading or an answer wraps on a phone."""
    return Markup(ISO_DAY.sub(lambda m: f'<span class="nw">{m.group(0)}</span>', str(escape(text))))


def message_of(exc: BaseException) -> str:
    """An exception's own message, as raised (``str()`` of a ``KeyError`` adds quotes; nothing is cut off)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def is_assumed(source: dict[str, Any]) -> bool:
    return ASSUMED_HOST in (source.get("url") or "")


def sources_view(sources: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Sources de-duplicated by address, primary first, assumptions left out (they are not sources)."""
    return cite.cited_sources(sources)


def gap_view(fact: dict[str, Any] | None) -> dict[str, Any] | None:
    """A fact's missing primary as the source lists show it: its statement, "N searches logged, last on D" and
    the log (day, route in words, detail); None for a fact with a read primary or no gap."""
    from iccwatch.report.text import brief, gap_of, log_summary, route_words

    text, log = gap_of(fact)
    if not text:
        return None
    statement, _ = brief(text, 300)  # a note not yet split: up to its first appended search (the API has it whole)
    return {"statement": statement, "logged": log_summary(log),
            "log": [{**e, "route_words": route_words(e["route"])} for e in log]}


def answer_sources(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """Every source an answer cites: its own list, then the contested positions' sources, each address
    once, primary first (the numbers its facts' marks point to; the answer's citation lists them so)."""
    return cite.answer_sources(answer)


def sort_key(value: Any) -> tuple[int, Any]:
    """A table column's order: numbers, then dates (by the record's one date order, ``date_sort_key``: a day
    before its month, which text would swap), then text folded, then empty cells."""
    if value is None or value == "":
        return (3, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    if isinstance(value, dt.date) or (isinstance(value, str) and PARTIAL_DATE.fullmatch(value)):
        try:
            return (1, date_sort_key(value))
        except ValueError:  # a date-like text that is no real day (2024-02-30): sorted as text
            pass
    text = label(value)
    return (2, folded(text))


TEMPLATES.env.filters["label"] = label
TEMPLATES.env.filters["searched_words"] = searched_words  # a person's travel_gap after "No travel recorded."
TEMPLATES.env.globals["position_labels"] = position_labels  # "contrary" only where it disagrees with the Court
TEMPLATES.env.filters["cite_url"] = citation_url
TEMPLATES.env.filters["tojson_attr"] = lambda v: json.dumps(v)
TEMPLATES.env.filters["sources_view"] = sources_view
TEMPLATES.env.filters["answer_sources"] = answer_sources
TEMPLATES.env.filters["gap_view"] = gap_view
TEMPLATES.env.filters["code_spans"] = code_spans
TEMPLATES.env.filters["link_citation"] = link_citation
TEMPLATES.env.filters["link_records"] = record_pieces  # the templates link each piece themselves
TEMPLATES.env.filters["record_url"] = court_record_url
TEMPLATES.env.globals["band_meaning"], TEMPLATES.env.globals["band_head"] = BAND_MEANING, BAND_HEAD  # session 40
TEMPLATES.env.globals["category_meaning"] = CATEGORY_MEANING  # the travel map's categories in words
TEMPLATES.env.filters["nowrap_dates"] = lambda text: nowrap_dates(text)
TEMPLATES.env.tests["assumed"] = is_assumed


def row_link(template: str, row: dict[str, Any]) -> str | None:
    """A table cell's link, its fields filled from the row; None where one of them is empty (a candidate naming a
    person the record does not hold, a ruling no State is party to), never an address to "None"."""
    names = re.findall(r"\{(\w+)\}", template)
    if any(row.get(n) in (None, "") for n in names):
        return None
    return template.format(**row)


TEMPLATES.env.filters["row_link"] = row_link
TEMPLATES.env.tests["startswith_check"] = lambda text: str(text).startswith("the record was checked through")

#: What the /ask/* answer pages' required parameters take, said by the page that refuses one left out (round 33, session
#: 49: the page said only "Field required"); the API's own parameters say the same.
PERSON_WORDS = "The person: an id, a name or an alias (e.g. person=al-bashir)."
STATE_WORDS = "The State: its ISO alpha-3 code or its name (e.g. state=MNG)."
FORUM_WORDS = "The forum: ASP (the Assembly of States Parties) or UNSC (the Security Council)."
LIST_WORDS = ("The list: parties, former_parties, ratified or non_compliance (the States the Court found failed to arrest "
              "and surrender a person).")

NAV = [("/", "Map"), ("/ask", "Ask"), ("/persons", "Persons"), ("/situations", "Situations"), ("/decisions", "Decisions"),
       ("/events", "Events"), ("/statements", "Statements"), ("/gaps", "Gaps"), ("/index", "Index"), ("/monitor", "Monitor"),
       ("/about", "About the data")]
CHECK_DOUBT = "the record was checked through"
#: The events table's host filter (session 34): a host that was a State Party on the event's day (its withdrawal
#: pending or not) or was not, as `events --host-party` and the API's `host_party` read it.
HOST_CHOICES = {"party": "a State Party", "not_party": "not a State Party"}
SEARCH_LIMIT = 100


def _host_party(host: str | None) -> bool | None:
    """The service's ``host_party`` filter for a HOST_CHOICES key: True for "party", False for "not_party", None
    (every host) for no choice."""
    return {"party": True, "not_party": False}.get(host or "")


def _facts(request: Request) -> Facts:
    facts: Facts = request.app.state.facts
    return facts


def _day(value: str | None, field: str = "on") -> dt.date:
    try:
        return service.parse_day(value)
    except ValueError as exc:
        raise FieldError(field, str(exc)) from None


def _checked(facts: Facts) -> str:
    """The check date a page's notice names: the earliest of the kinds its answers rest on."""
    return facts.checked_through_of(facts.DUTY_KINDS)[1]


def _version(request: Request) -> str:
    return cite.app_version(request.app.state)  # shared with the API's citations (api.deps.record_version)


def _citation(request: Request, title: str, url: str | None = None) -> dict[str, Any]:
    return cite.citation(title, url or str(request.url), _version(request), dt.date.today())


def render_error(request: Request, status: int, message: str, more: tuple[str, str] | None = None,
                 candidates: list[tuple[str, str]] | None = None, meant: list[tuple[str, str]] | None = None,
                 reads: tuple[str, ...] = ()) -> HTMLResponse:
    """An HTML error page; ``more`` is a (link, text) to the list the reader was probably looking for;
    ``candidates`` the (id, name) of each person a name fits, each linked to its page; ``meant`` the (address, words)
    of each State a misspelt State's "did you mean" offers (session 39); ``reads`` the parameters the page read itself
    (the field an error names: session 45, a page number out of range was also called "not a parameter")."""
    # session 48: the status in the page (its title said "Error " with none; a 409 is headed and told what to do)
    return _render(request, "error.html", status_code=status, message=message, title="Cannot answer that", more=more,
                   candidates=candidates or [], meant=meant or [], reads=reads, error_status=status)


def _render(request: Request, template: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    facts = _facts(request)
    # the kinds the page's answers rest on (default: the law's): the notice names the earliest of their dates
    kinds = ctx.pop("kinds", None)
    checked = facts.checked_through_of(tuple(kinds))[1] if kinds else _checked(facts)
    on = ctx.get("on")
    after_check = bool(on) and str(on) > checked
    asked = bool(request.query_params.get("on"))
    title = ctx.get("title") or ctx.get("page_title") or "iccwatch"
    unknown, known = unknown_params(request.scope.get("route"), list(request.query_params.keys()), ctx.pop("reads", ()))
    base = {"nav": NAV, "path": request.url.path, "checked_through": checked, "after_check": after_check, "date_asked": asked,
            "today": dt.date.today().isoformat(), "missing_assets": missing_assets(request.app.state.settings.vendor_dir),
            "q": request.query_params.get("q", "") if request.url.path == "/search" else "",
            "page_citation": _citation(request, title, _cite_url(request, on) if on and _takes_on(request) else None)
            if status_code < 400 else None,
            # a parameter the page does not take is ignored, as FastAPI does, but said (the API refuses it: 422)
            "ignored_params": [unknown_param_message(name, known) for name in unknown],
            # a parameter that takes one value, given twice: the page is shown for the last value, and says so (the
            # API refuses it: 422)
            "repeated_params": [(name, request.query_params.getlist(name)) for name in
                                repeated_params(request.scope.get("route"), [k for k, _ in request.query_params.multi_items()])]}
    return TEMPLATES.TemplateResponse(request, template, {**base, **ctx}, status_code=status_code)


def _sorted(rows: list[dict[str, Any]], sort: str | None, direction: str, columns: list[tuple[str, str]]) -> list[dict[str, Any]]:
    keys = [c for c, _ in columns]
    if not sort or sort not in keys:
        return rows
    # empty cells last whichever the direction (session 37: sorted by days outstanding, longest first, the persons with no
    # count came first)
    filled = [r for r in rows if r.get(sort) not in (None, "")]
    empty = [r for r in rows if r.get(sort) in (None, "")]
    return sorted(filled, key=lambda r: sort_key(r.get(sort)), reverse=direction == "desc") + empty


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return label(value)
    return value


def _csv(rows: list[dict[str, Any]], columns: list[tuple[str, str]], name: str, request: Request) -> Response:
    """The table as shown (same rows, same order), with the API's field names as headers. A column of
    sources is written as the CLI's and the API's exports write it (``service.flat_row``): ``source_urls``
    and ``sources_cited`` (publisher, grade, primary or secondary, address; primary first), and an empty
    table still has its header."""
    flat, header = _csv_flat(rows, columns)
    return Response(service.rows_to_csv(flat, header), media_type="text/csv; charset=utf-8",
                    headers=cite.download_headers(name, "csv", _facts(request), _version(request)))


def _csv_flat(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows as ``_csv`` writes them (sources as two columns, lists in words) and the header's fields."""
    flat = []
    for r in rows:
        out: dict[str, Any] = {}
        for c, _ in columns:
            v = r.get(c)
            if c == "sources":
                cited = service.flat_row({"sources": sources_view(list(v or []))})
                out["source_urls"], out["sources_cited"] = cited.get("source_urls", ""), cited.get("sources_cited", "")
            else:
                out[c] = _csv_cell(v)
        flat.append(out)
    return flat, [f for c, _ in columns for f in (("source_urls", "sources_cited") if c == "sources" else (c,))]


def _json_objects(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [{c: (sources_view(list(r.get(c) or [])) if c == "sources" else r.get(c)) for c, _ in columns} for r in rows]


def _streamed(chunks: Any, columns: list[tuple[str, str]], fmt: str, name: str, request: Request) -> Response:
    """A download written a chunk of rows at a time (``chunks``: lists of rows, in the table's order), byte for byte what
    ``_csv`` or ``_json`` write for all the rows at once; its memory is one chunk's, whatever the table's length (round
    28, session 45: the monitor's downloads read and held the whole queue)."""

    def csv_text() -> Any:
        header = None
        for chunk in chunks:
            flat, fields = _csv_flat(chunk, columns)
            text = service.rows_to_csv(flat, fields)
            if header is None:
                header = text.split("\n", 1)[0] + "\n"
                yield header
            yield text[len(header):]
        if header is None:
            yield service.rows_to_csv([], _csv_flat([], columns)[1])

    def json_text() -> Any:
        first = True
        for chunk in chunks:
            if not chunk:
                continue
            whole = json.dumps(_json_objects(chunk, columns), ensure_ascii=False, indent=1, default=str)
            yield ("[\n" if first else ",\n") + whole[2:-2]
            first = False
        yield "[]" if first else "\n]"

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
    return StreamingResponse(csv_text() if fmt == "csv" else json_text(), media_type=media,
                             headers=cite.download_headers(name, fmt, _facts(request), _version(request)))


def _json(rows: list[dict[str, Any]], columns: list[tuple[str, str]], name: str, request: Request) -> Response:
    """The table as shown (same rows, same order) as JSON: one object per row with the API's field names,
    its sources as the page lists them (publisher, grade, primary; primary first)."""
    out = _json_objects(rows, columns)
    return Response(json.dumps(out, ensure_ascii=False, indent=1, default=str), media_type="application/json",
                    headers=cite.download_headers(name, "json", _facts(request), _version(request)))


#: The rows of a long table shown on one page (the page's number is in its address, ``?page=N``).
PAGE_SIZE = 50
#: The most focusable controls a page may hold (links, buttons, fields), what a keyboard user Tabs through:
#: a longer table comes in pages instead (tests/web/test_pages.py asserts it of every page).
MAX_CONTROLS = 300
#: Page numbers the pager links around the current one (and always the first and the last).
PAGER_SPREAD = 2
#: The query fields that choose a page or a download, not the rows: left out of the links that keep the filters.
NOT_FILTERS = ("page", "row", "format")


def _page_number(request: Request, n_rows: int, size: int, count: int) -> int | None:
    """The page asked for (``?page=N``, 1 to the number of pages), None if none: anything else is an error
    naming the field."""
    raw = request.query_params.get("page")
    if raw is None or raw == "":
        return None
    if not re.fullmatch(r"\d+", raw) or not 1 <= int(raw) <= count:
        raise FieldError("page", f"no page {raw!r}: these {n_rows} rows fill {count} page{'s' if count > 1 else ''} "
                                 f"of {size} (1 to {count})")
    return int(raw)


def _paging(request: Request, rows: list[dict[str, Any]], row_id: str | None, size: int,
            kept: list[tuple[str, str]]) -> dict[str, Any]:
    """Which page of ``rows`` to show and the links to the others. ``?page=N`` names the page; without it,
    ``?row=ID`` (a row's anchor, as in ``#e-KEY``) opens the page that holds that row, so a link to one row
    lands on it; a row not among these rows opens the first page with a notice naming it."""
    count = max(1, -(-len(rows) // size))
    page = _page_number(request, len(rows), size, count)
    wanted = request.query_params.get("row")
    missing = None
    if page is None:
        page = 1
        if wanted:
            ids = [row_id.format(**r) for r in rows] if row_id else []
            if wanted in ids:
                page = ids.index(wanted) // size + 1
            else:
                missing = wanted
    return _pager(page, count, size, len(rows), kept, missing)


def _pager(page: int, count: int, size: int, total: int, kept: list[tuple[str, str]], missing: str | None = None) -> dict[str, Any]:
    """Page ``page`` of ``count`` (``size`` rows each, ``total`` in all) and the links to the others."""

    def href(n: int) -> str:
        return "?" + urlencode([*kept, ("page", str(n))])

    shown = sorted({1, count, *range(max(1, page - PAGER_SPREAD), min(count, page + PAGER_SPREAD) + 1)})
    numbers: list[dict[str, Any]] = []
    for n in shown:
        if numbers and n > numbers[-1]["n"] + 1:
            numbers.append({"n": None})  # a gap in the numbers: "…"
        numbers.append({"n": n, "href": href(n)})
    first = (page - 1) * size
    return {"page": page, "count": count, "size": size, "first": first + 1, "last": min(first + size, total),
            "total": total, "numbers": numbers, "previous": href(page - 1) if page > 1 else None,
            "next": href(page + 1) if page < count else None, "missing": missing}


def _table_page(request: Request, title: str, rows: list[dict[str, Any]], columns: list[tuple[str, str]], sort: str | None,
                direction: str, csv_name: str, filters: list[dict[str, Any]] | None = None, intro: str = "",
                links: dict[str, str] | None = None, row_id: str | None = None, page_size: int | None = None,
                download_columns: list[tuple[str, str]] | None = None, paged: tuple[int, int] | None = None, **extra: Any) -> Response:
    """A table of records. With ``page_size``, a longer table is shown a page at a time (``_paging``); the
    CSV and JSON downloads (``?format=csv|json``) always give every row of the filter, in the table's order, with
    ``download_columns`` after the table's (what the page says once in words, each row of a download says: session 38).
    ``paged`` (the page's number and the rows' total) says ``rows`` are that page's, sorted and read by the caller (the
    monitor's queue, read a page at a time from the store: round 27, session 44)."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in NOT_FILTERS]
    if paged is not None:
        page, total = paged
        wanted = None if request.query_params.get("page") else request.query_params.get("row")  # no row has an anchor here
        paging: dict[str, Any] | None = _pager(page, max(1, -(-total // page_size)) if page_size else 1, page_size or total, total, kept, wanted or None)
        shown = rows
    else:
        rows = _sorted(rows, sort, direction, columns)
        fmt = request.query_params.get("format")
        _choice("format", fmt, ("csv", "json"))  # a typo ("cvs") is not the HTML page saved as the data
        # a table of records (each row has its anchor) downloads each row's record id first: the key a reader joins
        # the export of the same kind on (`iccwatch export`, /api/v1/export), which the names shown are not
        key = re.search(r"\{(\w+)\}", row_id or "")
        keyed = [(key.group(1), "Record id")] if key and all(c != key.group(1) for c, _ in columns) else []
        if fmt == "csv":
            return _csv(rows, keyed + columns + (download_columns or []), csv_name, request)
        if fmt == "json":
            return _json(rows, keyed + columns + (download_columns or []), csv_name, request)
        paging = _paging(request, rows, row_id, page_size, kept) if page_size else None
        shown = rows[paging["first"] - 1:paging["last"]] if paging else rows
        total = len(rows)
    # the filters chosen, each by its label and the option's words ("Signatory State: Ukraine"), for an empty table
    chosen = [(f["label"], dict(f["options"] or []).get(str(f["value"]), f["value"])) for f in filters or [] if f["value"] not in ("", None)]
    return _render(request, "table.html", title=title, rows=shown, total=total, columns=columns, sort=sort, direction=direction,
                   filters=filters or [], chosen=chosen, intro=intro, links=links or {}, row_id=row_id, paging=paging,
                   downloads="?" + urlencode(kept) + ("&" if kept else ""), reads=NOT_FILTERS if page_size else ("format",), **extra)


def _choice(field: str, value: str | None, allowed: Sequence[str]) -> None:
    """A filter chosen from a list: a value not on it is an error naming the field (never an empty table
    that reads as "nothing recorded")."""
    if value and value not in allowed:
        raise FieldError(field, f"unknown value {value!r}: one of {', '.join(allowed)}")


def _filter(name: str, text: str, value: Any, options: list[tuple[str, str]] | None = None, numeric: bool = False,
            help: str = "") -> dict[str, Any]:
    return {"name": name, "label": text, "value": "" if value is None else value, "options": options, "numeric": numeric, "help": help}


def _state_options(facts: Facts) -> list[tuple[str, str]]:
    return [("", "any State")] + sorted(((s.iso3, s.name) for s in facts.records.states.values()), key=lambda x: sort_key(x[1]))


def _person_options(facts: Facts) -> list[tuple[str, str]]:
    return [("", "anyone")] + sorted(((p.id, p.name) for p in facts.records.persons.values()), key=lambda x: sort_key(x[1]))


def _names(facts: Facts, codes: list[str] | None) -> str:
    states = facts.records.states
    return ", ".join(states[c].name if c in states else c for c in codes or [])


def _event_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:  # worded as the reports word them (service.event_texts)
        r["action_text"], r["outcome_text"] = service.event_texts(r)
    return rows


def _real_doubts(doubts: Sequence[str]) -> list[str]:
    """Doubts about the facts, without the check-date notice (shown once per page instead)."""
    return [d for d in doubts if not d.startswith(CHECK_DOUBT)]


#: How an assessment's outcome and a duty are named in a person's trip summary and its filter.
OUTCOME_TEXT = {"failed": "failed to arrest", "complied": "complied", "not_obliged": "no duty to arrest",
                "cancelled": "visit cancelled", "planned": "visit planned", "overflight": "overflight"}
#: A State's relation to the Statute in the words of the map's legend (static/js/map.js), so that the map
#: and its table say the same thing.
STATUS_TEXT = {"party": "party", "party_withdrawal_pending": "party (withdrawal pending)", "former_party": "former party",
               "signatory": "signatory", "signature_withdrawn": "signature withdrawn",
               "ratified_not_in_force": "ratified, not yet in force", "non_party": "not party"}
#: A host whose relation to the Statute changed within the month or year an event is dated to (``host_status``
#: ``uncertain``), in the events table's words.
HOST_UNCERTAIN_TEXT = "changed within the month or year the event is dated to"


def host_words(host_status: str) -> str:
    """The host's relation on an event's day in the map legend's words (STATUS_TEXT), as the events table shows it."""
    return STATUS_TEXT.get(host_status) or (HOST_UNCERTAIN_TEXT if host_status == "uncertain" else host_status)


TEMPLATES.env.filters["host_words"] = host_words


#: The index's peer groups as people name them.
INDEX_GROUP_TEXT = {"states_parties": "States Parties", "others": "other States"}
#: The persons page's "Warrant outstanding" filter: the law's reading of the record (service.persons_list).
OUTSTANDING = ("yes", "no", "unknown")
#: The monitor page's review statuses ("all" shows every candidate).
MONITOR_STATUSES = ("pending", "accepted", "rejected", "duplicate", "all")
#: The index's sensitivity draws on a State's page and in its report (the index page's, the API's default).
STATE_PAGE_DRAWS = 1000
#: A person's trips are listed open up to this many; beyond it, one folded group per year.
TRIPS_UNFOLDED = 25


def _assessed(request: Request, state: str | None = None, person: str | None = None) -> list[dict[str, Any]]:
    """The assessed events (as ``_event_rows``) of a State or a person, kept per record read: grading every
    source of every determination takes a large share of a second for a person with a hundred trips.
    The rows are copies, so a page may add keys without touching the cache."""
    facts = _facts(request)
    rows = _record_cache(request).get_or_compute(("assessed", state, person),
                                                 lambda: _event_rows(service.assessed_events(facts, state, person)))
    return [dict(r) for r in rows]


def _state_duties(facts: Facts, iso3: str, day: dt.date) -> dict[str, Any]:
    """A State's duties on ``day`` as its page lists them: one row per situation and status, each person named
    once, each duty with the sources it rests on, situations by name. Kept per record read (``_record_cache``):
    the law's determination for every person of every situation takes about half a second, and the page
    asked again (another width, a reload, the year of the index changed) needs the same rows; the page only
    reads them."""
    duties = service.obligations_for_page(facts, iso3, day)
    doubts = service.persons_own_doubts(duties)
    # a doubt concerning every person listed (one about the State asked) is said once under the table
    duties["every_person_doubts"] = [x for _, every, x in doubts if every]
    seen: set[tuple[str, str]] = set()
    rows = []
    for s in duties.get("situations", []):
        for p in s.get("persons_to_arrest") or []:  # said beside the person (a death reported, a custody in doubt)
            p["own_doubts"] = [x for pids, every, x in doubts if not every and p["person"] in pids]
        key = (s.get("situation") or s.get("name") or "", s.get("status") or "")
        if not s.get("name") or key in seen:
            continue
        seen.add(key)
        # one name per person, however many warrants name them
        s["persons_to_arrest"] = list({p["person"]: p for p in s.get("persons_to_arrest") or []}.values())
        s["sources"] = reasoning_sources(s.get("reasoning") or [])  # what the duty rests on
        rows.append(s)
    duties["situations"] = sorted(rows, key=lambda s: sort_key(s["name"]))
    return duties


#: The kinds a person page's answers rest on: the law's, and the events (its trips); its notice, its footer and its count
#: of days outstanding name the earliest of their check dates (session 38).
PERSON_PAGE_KINDS = (*Facts.DUTY_KINDS, "events")


def _canonical(request: Request, path: str) -> Response:
    """Sent (307, the query kept) to a record page's one address: what a reader cites and shares is the address by
    the record's key, never the words typed, which may later name another record or none."""
    query = request.url.query
    return RedirectResponse(path + (f"?{query}" if query else ""), status_code=307)


def _takes_on(request: Request) -> bool:
    """Whether the page's route reads ``on`` (the day it answers for)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    return any(p.name == "on" for p in getattr(dependant, "query_params", []) or [])


def _cite_url(request: Request, on: Any) -> str:
    """The address a page is cited by: as asked, with the day it answers added where none was given (a page asked
    without ``on`` answers for today, and would answer otherwise tomorrow)."""
    if on and "on" not in request.query_params:
        return str(request.url.include_query_params(on=str(on)))
    return str(request.url)


def _method_url(request: Request) -> str:
    """The index's published method on the dashboard, as a report served by it links it (a report made by the CLI
    names the document in the source instead: it knows no server). A path, never this server's address (session 40:
    a served report printed `http://localhost:8022/index/method`, the host it happened to be served from): the HTML
    links it relative to the dashboard that served it, the PDF prints the path."""
    return "/index/method"


def _person_name(facts: Facts, pid: str | None) -> str:
    p = facts.records.persons.get(pid or "")
    return p.name if p is not None else str(pid or "")


def _candidate_row(facts: Facts, r: dict[str, Any]) -> dict[str, Any]:
    """A review queue's candidate as the monitor page shows it: the person and the State by name (linked where the
    record knows them), who decided it, when and why, and the record an accepted candidate wrote (linked to its row)."""
    from iccwatch.service.search import hit_url

    pl = r["payload"] if isinstance(r["payload"], dict) else {}
    # round twenty: a payload edited by hand (a person that is a list, no evidence, text that is not JSON) was a 500
    person, state = (v if isinstance(v, str) else None for v in (pl.get("person"), pl.get("state")))
    ev = pl.get("evidence")
    sentence = ev.get("sentence") if isinstance(ev, dict) else pl.get("unreadable_payload", "(no evidence stored)")
    known_person = person in facts.records.persons
    known_state = state in facts.records.states
    review = ""
    if r.get("reviewed_at"):
        review = f"{r['status']} by {r.get('reviewer') or 'unknown'} on {str(r['reviewed_at'])[:10]}" + (
            f": {r['review_note']}" if r.get("review_note") else "")
    elif r.get("duplicate_of"):
        review = "the record holds it already"
    record = record_url = None
    written = r.get("record_file") or (r.get("duplicate_of") if r["status"] == "duplicate" else None)
    if written and str(written).endswith(".yaml"):  # the record's file: its kind's folder and its key
        path = Path(str(written))
        record = f"{path.parent.name}/{path.stem}"
        record_url = hit_url(path.parent.name, path.stem, state, person)
    elif written:
        record = str(written)
    # the id the review commands take (session 39: an advocate following the queue on this page had no id to give
    # `iccwatch monitor review accept`), as `review list` prints it
    return {"id": r["id"], "review_id": str(r["id"])[:10], "type": r["type"], "person": person if known_person else None,
            "person_name": _person_name(facts, person) if person else pl.get("person_name"),
            "state": state if known_state else None, "state_name": _names(facts, [state]) if state else None,
            "date": None if pl.get("date") is None else str(pl.get("date")), "confidence": r["confidence"], "status": r["status"], "review": review,
            "record": record, "record_url": record_url,
            "evidence": sentence, "document": r["title"] or r["url"], "document_url": r["url"] if re.match(r"https?://", r.get("url") or "") else None,
            "created_at": r["created_at"],
            # the day it was read, shown (session 40: the full timestamp took a sixth of a wide screen from the
            # evidence); the downloads keep the time in ``created_at``
            "ingested_on": str(r["created_at"] or "")[:10]}


#: The monitor page's columns the store sorts by (``Queue.ORDERS``): the others are the record's names and words, sorted
#: here after reading the whole queue (round 27, session 44).
MONITOR_SQL_ORDERS = ("ingested_on", "review_id", "confidence")
#: The monitor table's columns (``monitor_page``), also read to tell a sort by one of them from one by nothing.
MONITOR_COLUMNS = [("review_id", "ID"), ("ingested_on", "Ingested"), ("type", "Type"), ("person_name", "Person"), ("state_name", "State"),
                   ("date", "Date"), ("confidence", "Confidence"), ("status", "Status"), ("review", "Review"), ("record", "Record"),
                   ("evidence", "Evidence"), ("document", "Document")]
#: What the monitor's downloads give after the table's columns.
MONITOR_DOWNLOAD_COLUMNS = [("created_at", "Ingested at (UTC)")]


def _monitor_rows(q: Any, facts: Facts, status: str, direction: str, since: str | None, until: str | None) -> list[dict[str, Any]]:
    """Every candidate of the filter as the monitor page shows it, by the time read (latest first unless ``asc``): the
    table sorts by the column asked and keeps this order within equal cells. For the downloads and the columns the store
    cannot sort by."""
    from iccwatch.monitor.queue import alerts_between

    rows = [_candidate_row(facts, r) for r in alerts_between(q.entries(None if status == "all" else status), since, until)]
    rows.sort(key=lambda r: str(r["created_at"] or ""), reverse=direction != "asc")
    return rows


def _monitor_page_rows(request: Request, q: Any, facts: Facts, status: str, sort: str | None, direction: str,
                       since: str | None, until: str | None) -> tuple[list[dict[str, Any]], int, int] | None:
    """One page of the monitor's table read from the store (``Queue.page``: by keyset from the page next to it, or from
    the end for the second half, an index's order for the default, the latest read first), with its number and the
    filter's total; None where the page must read the whole queue (a download, a direction other than asc or desc). A
    column of the record's names or words is sorted a chunk at a time, keeping only the page's place (``_words_page``).
    The same rows, in the same order, as ``_monitor_rows`` sorted by ``_sorted`` and cut to the page
    (tests/test_reliability_s44.py, s45.py)."""
    from iccwatch.monitor.queue import period

    if request.query_params.get("format") or direction not in ("asc", "desc"):
        return None
    by, in_store = _monitor_by(sort)
    first, last = period(since, until)
    chosen = None if status == "all" else status
    total = q.count(chosen, since=first, until=last)
    count = max(1, -(-total // PAGE_SIZE))
    page = _page_number(request, total, PAGE_SIZE, count) or 1
    if by is not None and not in_store:  # a column of names or words (``_monitor_by``: no column is the store's order)
        return _words_page(q, facts, chosen, first, last, by, direction, page, total), page, total
    entries = q.page(page, PAGE_SIZE, total, chosen, since=first, until=last, order=by or "queued",
                     descending=direction == "desc" if by else direction != "asc")
    return [_candidate_row(facts, r) for r in entries], page, total


class _Turned:
    """A value whose order is turned round (a descending part of a sort key)."""

    __slots__ = ("v",)

    def __init__(self, v: Any) -> None:
        self.v = v

    def __lt__(self, other: _Turned) -> bool:
        return bool(other.v < self.v)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Turned) and bool(self.v == other.v)


def _places(q: Any, facts: Facts, status: str | None, since: dt.date | None, until: dt.date | None, by: str,
            direction: str) -> Iterator[tuple[Any, ...]]:
    """Each candidate's place in the filter sorted by a column of names or words (its cell's ``sort_key``, its time, its
    id: ``_sorted``'s order, empty cells last), the queue read a chunk at a time; the id last."""
    desc = direction == "desc"

    def place(r: dict[str, Any]) -> tuple[Any, ...]:
        v = r.get(by)
        empty = v in (None, "")
        k = (3, "") if empty else sort_key(v)
        t = str(r["created_at"] or "")
        return (empty, _Turned(k) if desc and not empty else k, _Turned(t) if desc else t, r["id"])

    return (place(_candidate_row(facts, r)) for r in q.scan(status, since, until, order="queued", descending=desc))


def _words_page(q: Any, facts: Facts, status: str | None, since: dt.date | None, until: dt.date | None, by: str, direction: str,
                page: int, total: int) -> list[dict[str, Any]]:
    """Page ``page`` of the filter sorted by a column of names or words (what the table shows, which the store does not
    hold): the queue read a chunk at a time (``Queue.scan``), each row's place kept (its cell's ``sort_key``, its time,
    its id: ``_sorted``'s order, empty cells last) and only the places up to the page's, or from it to the end for the
    second half (``heapq``), then the page's rows read by id. Memory: the places before the page (or after it), never the
    rows; the first and the last pages hold fifty (round 28, session 45: the whole filter was read and sorted)."""
    places = _places(q, facts, status, since, until, by, direction)
    start = (page - 1) * PAGE_SIZE
    if start > total // 2:
        chosen = heapq.nlargest(max(0, total - start), places)[::-1][:PAGE_SIZE]
    else:
        chosen = heapq.nsmallest(start + PAGE_SIZE, places)[start:]
    ids = [p[-1] for p in chosen]
    rows = {r["id"]: r for r in q.entries(status, ids=ids)}
    return [_candidate_row(facts, rows[i]) for i in ids if i in rows]


def _monitor_by(sort: str | None) -> tuple[str | None, bool]:
    """The monitor table's column a page or a download sorts by (None: by nothing the table has, so by the time read) and
    whether the store holds that order (the default or ``MONITOR_SQL_ORDERS``; else a column of the record's names or
    words)."""
    by = sort if any(sort == c for c, _ in MONITOR_COLUMNS) else None
    return by, by is None or by in MONITOR_SQL_ORDERS


def _monitor_download(request: Request, q: Any, status: str, sort: str | None, direction: str, since: str | None,
                      until: str | None) -> Response | None:
    """The monitor's CSV or JSON download streamed from the store in the table's order: when the store holds that order
    (the default, ``MONITOR_SQL_ORDERS``, or a sort by nothing the table has), ``Queue.chunks``, 500 candidates a read;
    for a column of names or words, each candidate's place (``_places``, never its row) sorted, then the rows read by id
    500 at a time in that order (round 29, session 46: the whole filter was read and held). None for a direction other
    than asc or desc."""
    from iccwatch.monitor.queue import period

    fmt = request.query_params.get("format")
    if fmt not in ("csv", "json") or direction not in ("asc", "desc"):
        return None
    by, in_store = _monitor_by(sort)
    first, last = period(since, until)
    facts = _facts(request)
    chosen = None if status == "all" else status
    if in_store:
        read = q.chunks(chosen, first, last, order=by or "queued", descending=direction == "desc")
    else:
        read = _by_ids(q, chosen, [p[-1] for p in sorted(_places(q, facts, chosen, first, last, by or "", direction))])
    given = ([_candidate_row(facts, r) for r in rows] for rows in read)
    head = next(given)  # read before the answer starts: a store that cannot be read is the error page, not a cut download
    return _streamed(itertools.chain([head], given), MONITOR_COLUMNS + MONITOR_DOWNLOAD_COLUMNS, fmt, "candidates", request)


def _by_ids(q: Any, status: str | None, ids: list[str], chunk: int = 500) -> Iterator[list[dict[str, Any]]]:
    """The candidates ``ids`` names, in that order, ``chunk`` a read (one list at least); one gone meanwhile is left out."""
    for at in range(0, max(1, len(ids)), chunk):
        part = ids[at:at + chunk]
        rows = {r["id"]: r for r in q.entries(status, ids=part)}
        yield [rows[i] for i in part if i in rows]


def _report_builder(request: Request, fmt: str) -> ModuleType | Response:
    """The report builder (``iccwatch.report.build``) for a report asked in ``fmt``: a format other than pdf or html
    is an input error naming it; without the report extra, a page saying what to install (501)."""
    if fmt not in ("pdf", "html"):
        raise FieldError("format", "report format must be pdf or html")
    try:
        from iccwatch.report import build
    except ImportError:  # pragma: no cover - the report extra is not installed
        return render_error(request, 501, "Reports need the report extra: pip install 'iccwatch[report]'.")
    return build


def _report_response(request: Request, cache: BoundedCache, key: tuple[Any, ...], fmt: str, html_of: Callable[[], str],
                     html_address: str, filename: str) -> Response:
    """A report as HTML or PDF from the pages' cache (kept under ``key`` and the format): ``X-Cache`` says whether it
    was served from the cache (as proxies say it); the PDF is laid out where the reports are drawn (report.render:
    under `serve`, a child process), and where it cannot be, the HTML report at ``html_address`` is offered."""
    served = "hit" if (*key, fmt) in cache else "miss"
    html = cache.get_or_compute((*key, "html"), html_of)
    if fmt == "html":
        return HTMLResponse(html, headers={"X-Cache": served})
    from iccwatch.report.build import pdf_bytes
    from iccwatch.report.render import PdfUnavailable

    try:
        pdf = cache.get_or_compute((*key, "pdf"), lambda: pdf_bytes(html))
    except PdfUnavailable as exc:  # the HTML report is the page's fallback
        return render_error(request, 501, f"{exc} The HTML report: {html_address}")
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{filename}"', "X-Cache": served})


def _record_cache(request: Request) -> BoundedCache:
    """The pages' cache of what they compute from the record read (bounded): a reloaded record starts a new one."""
    facts = _facts(request)
    held = getattr(request.app.state, "page_cache", None)
    if held is None or held[0] is not facts:
        held = (facts, BoundedCache(64))
        request.app.state.page_cache = held
    cache: BoundedCache = held[1]
    return cache


def _trips(events: list[dict[str, Any]], assessed: dict[str, dict[str, Any]], person: str = "") -> list[dict[str, Any]]:
    """A person's recorded events with their assessment, in date order; each with the day its duty was asked on
    (the trip's day; a trip dated to a month or a year, its first day, as the assessment asks it) and the addresses
    of the host State's page on that day and of the arrest answer for the trip."""
    out = []
    for e in events:
        a = assessed.get(e["id"]) or {}
        asked = str(((a.get("determination") or {}).get("question") or {}).get("on") or "")
        if asked and e.get("state"):
            e = {**e, "asked_on": asked, "state_url": f"/states/{e['state']}?" + urlencode({"on": asked}),
                 "answer_url": cite.ask_path({"state": e["state"], "person": person, "on": asked}) + "#result" if person else ""}
        out.append({"id": e["id"], "date": e.get("date") or "", "state": e.get("state"), "state_name": e.get("state_name"),
                    "action_text": a.get("action_text") or label(e.get("action")), "duty": a.get("duty") or "",
                    "outcome": a.get("outcome") or "", "outcome_text": a.get("outcome_text") or "",
                    "host_status": str(a.get("host_status") or ""),
                    "explanation": a.get("explanation") or "", "sources": e.get("sources") or [],
                    "disputed": bool(e.get("disputed")), "asked_on": e.get("asked_on") or "",
                    "state_url": e.get("state_url") or f"/states/{e.get('state')}", "answer_url": e.get("answer_url") or ""})
    return sorted(out, key=lambda t: date_sort_key(t["date"]))


def _count(values: list[str], names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return [{"key": k, "text": (names or {}).get(k) or label(k) or "not assessed", "n": n}
            for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _trip_summary(trips: list[dict[str, Any]]) -> dict[str, Any]:
    """How many trips, when, to how many States, and how they are assessed: the list at a glance."""
    dates = [t["date"] for t in trips if t["date"]]
    return {"n": len(trips), "first": min(dates, key=date_sort_key) if dates else None, "last": max(dates, key=date_sort_key) if dates else None,
            "hosts": len({t["state"] for t in trips}), "outcomes": _count([t["outcome"] for t in trips], OUTCOME_TEXT),
            "duties": _count([t["duty"] for t in trips]),
            # the host's relation on the day (HOST_CHOICES): a host whose relation changed within the month or year a
            # trip is dated to is in neither count, as in the events table's filter
            "hosts_party": [{"key": k, "text": text, "n": sum(1 for t in trips if host_kept(t["host_status"], _host_party(k)))}
                            for k, text in HOST_CHOICES.items()]}


def _open_year(trips: list[dict[str, Any]], day: dt.date) -> str | None:
    """The one year left open when a long list is folded: the year of the date asked if it has travel,
    else the latest year with travel."""
    years = sorted({t["date"][:4] for t in trips if t["date"]})
    if not years:
        return None
    return str(day.year) if str(day.year) in years else years[-1]


def _by_year(trips: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trips grouped by the year of their (possibly partial) date, oldest first, each with its counts."""
    years: dict[str, list[dict[str, Any]]] = {}
    for t in trips:
        years.setdefault(t["date"][:4] or "undated", []).append(t)
    return [{"year": y, "trips": ts, "outcomes": _count([t["outcome"] for t in ts], OUTCOME_TEXT)}
            for y, ts in sorted(years.items())]


#: Warrant statuses after which the person is held by the Court (an arrest by a State is not yet that).
COURT_CUSTODY = {"surrendered"}


def _marked_after(rows: list[dict[str, Any]], day: dt.date) -> list[dict[str, Any]]:
    """Each dated row with ``after``: whether it is dated after ``day``, the date the page shows (a row dated
    only by a month or a year is after it when that whole span is), so that a later act listed beside the
    day's relation is not read as known on that day."""
    for r in rows:
        r["after"] = bool(r.get("date")) and DateSpan.parse(str(r["date"])).first > day
    return rows


def _custody_spell_text(c: dict[str, Any], facts: Facts) -> str:
    """A warrant's recorded custody spell (not by the Court) in words, as a line of its status history: who held
    the person, that he was not surrendered while held, and how and when the spell ended where the record says."""
    state = _names(facts, [c["held_by"]])
    who = (f"{c['group']}, a group that is not the authorities of {state}, on its territory"
           if c.get("holder") == "non_state_group" and c.get("group") else state)
    text = f"held by {who}"
    if c.get("until"):
        text += f" until {c['until']}" + (f" ({label(c['ended'])})" if c.get("ended") else "")
    elif c.get("until_unknown"):
        text += f"; ended, date not recorded ({c['until_unknown']}" + (f"; ended by {c['ended_by']}" if c.get("ended_by") else "") + ")"
    else:
        text += ", not surrendered to the Court; no end recorded"
    if c.get("own_proceedings"):
        text += f"; its own proceedings: {c['own_proceedings']}"
    return text


def _history(w: dict[str, Any], facts: Facts) -> list[dict[str, Any]]:
    """A warrant's status history with its recorded custody spells (not by the Court) in date order, so that a
    status such as "at large" (the warrant not executed) is read beside the custody that followed it, as the
    page's custody sentence reads it. The statuses keep the record's order; each spell goes before the first status
    dated after the day it began (last, if none is), so an undated status stays with those before it."""
    rows: list[dict[str, Any]] = [{"kind": "status", **h} for h in w.get("status_history") or []]
    # custody is a fact about the person: a spell listed under another of his warrants shows here too, saying where
    spells = [*(w.get("custody") or []), *(w.get("custody_other_warrants") or [])]
    for c in sorted(spells, key=lambda c: DateSpan.parse(str(c["since"])).first):
        began = DateSpan.parse(str(c["since"])).first
        at = next((i for i, r in enumerate(rows) if r.get("date") and DateSpan.parse(str(r["date"])).first > began), len(rows))
        where = (f" (recorded under the warrant {'of ' + str(c['recorded_on_issued']) if c.get('recorded_on_issued') else str(c['recorded_on'])};"
                 " the custody holds under each warrant)") if c.get("recorded_on") else ""
        rows.insert(at, {"kind": "custody", "date": c["since"], "text": _custody_spell_text(c, facts) + where,
                         "sources": c.get("sources") or [], "confidence": c.get("confidence"), "disputed": c.get("disputed")})
    return rows


def _custody(view: dict[str, Any], on: str | None = None) -> str | None:
    """Where the person is held, as the page's first words say it; a custody that began after ``on``, the
    date the page shows, says so (the sentence is the record's latest reading, not the day's)."""
    text, began = _custody_text(view)
    if text and on and began and DateSpan.parse(began).surely_after(service.parse_day(on)):
        text += f" That began after {on}, the date this page shows."
    return text


def _custody_text(view: dict[str, Any]) -> tuple[str | None, str | None]:
    """Where the person is held: by a State (or a group on a State's territory) on the record's date where the law
    reads a custody spell; else, from the latest dated status of their warrants, the Court's custody since the
    surrender, or arrested by a State and not yet surrendered; with the (partial) date it began. (None, None) when
    neither is recorded."""
    for w in view.get("warrants", []):
        if h := w.get("held"):  # held by a State (or a group on its territory), not the Court: the law's reading
            who = (f"{h['group']}, a group that is not the authorities of {h['held_by_name']}, on its territory"
                   if h.get("holder") == "non_state_group" else h["held_by_name"])
            return (f"{'' if h.get('certain') else 'May have been '}{'H' if h.get('certain') else 'h'}eld by {who} since {h['since']}, "
                    "not surrendered to the Court: the warrant is not executed.", str(h["since"]))
    latest: dict[str, Any] | None = None
    for w in view.get("warrants", []):
        for h in w.get("status_history", []):
            if h.get("date") and (latest is None or str(h["date"]) > str(latest["date"])):
                latest = h
    if latest is None:
        return None, None
    if latest.get("status") in COURT_CUSTODY:
        return f"In the Court's custody since {latest['date']} ({label(latest['status'])}).", str(latest["date"])
    if latest.get("status") == "arrested":
        return (f"Arrested on {latest['date']}{' by ' + (latest.get('by_state_name') or latest['by_state']) if latest.get('by_state') else ''}; the record holds no "
                "surrender to the Court yet.", str(latest["date"]))
    return None, None


def _parse_assumptions(text: str | None) -> tuple[list[Assumption], str | None]:
    lines = [x.strip() for x in (text or "").splitlines() if x.strip()]
    out = []
    for line in lines:
        try:
            out.append(Assumption.parse(line))
        except ValueError as exc:
            return [], str(exc)
    return out, None


def _ask(facts: Facts, state: str | None, person: str | None, on: str | None, assume: str | None,
         presence: str | None = None) -> dict[str, Any]:
    """The answer (and, for a what-if, the answer without the assumptions), or the errors by field. ``presence``: where
    the person is (``airspace`` for an overflight, ``transit`` for a stop; none or ``territory``: on the territory)."""
    errors: dict[str, str] = {}
    where = presence or "territory"  # checked by the routes (the form's "Where" field or the address)
    if not state:
        errors["state"] = "choose a State"
    if not person:
        errors["person"] = "choose a person"
    day = None
    try:
        day = service.parse_day(on)
    except ValueError as exc:
        errors["on"] = str(exc)
    assumptions, problem = _parse_assumptions(assume)
    if problem:
        errors["assume"] = problem
    if errors:
        return {"errors": errors}
    assert day is not None and state and person
    meant: list[tuple[str, str]] = []
    try:
        facts.state(state)
    except UnknownState as exc:
        errors["state"] = message_of(exc)
        # session 39: the form's "did you mean" as links asking the same question with the State offered, as the
        # error page's; the words "did you mean ...?" said once, by the links
        meant = [(_ask_url(iso3, person, on, assume, presence), f"{name} ({iso3})") for iso3, name in exc.meant]
        if meant:
            errors["state"] = re.sub(r"; did you mean [^?]*\?", "", errors["state"])
    try:
        facts.person(person)
    except UnknownPerson as exc:
        errors["person"] = message_of(exc)
    what_if = None
    if assumptions and not errors:
        try:
            what_if = facts.with_assumptions(assumptions)
        except (UnknownState, ValueError) as exc:
            errors["assume"] = message_of(exc)
    if errors:
        return {"errors": errors, "meant": meant}
    recorded = _rulings_in_words(facts, service.ask_arrest(facts, state, person, day, where))
    if what_if is None:
        return {"errors": {}, "d": recorded, "baseline": None}
    return {"errors": {}, "d": _rulings_in_words(facts, service.ask_arrest(what_if, state, person, day, where)), "baseline": recorded}


def _rulings_in_words(facts: Facts, answer: dict[str, Any]) -> dict[str, Any]:
    """The Court's rulings an answer names, each with what it decided in the record's words (its summary or
    outcome) for a ruling that is not a finding: a reader cannot use the record's identifier."""
    from iccwatch.model.court_number import number_kind, number_words
    from iccwatch.model.terms import FINDING_WORDS

    for c in answer.get("court_decisions") or []:
        record = facts.records.decisions.get(c.get("decision") or "")
        if record is not None and not c.get("finding"):
            c["in_words"] = record.summary or record.outcome
        # session 39: a finding in the decisions table's words ("failure to comply found"), and a number that is not
        # a filing's said to be one of a case or a situation only (the decisions table's words)
        if c.get("finding") in FINDING_WORDS:
            c["finding_words"] = FINDING_WORDS[c["finding"]]
        if c.get("record_number") and number_words(c["record_number"]) != c["record_number"]:
            c["record_number_note"] = f"{number_kind(c['record_number'])} number only"
    return answer


def _question_url(read: dict[str, Any], question: str | None = None) -> str:
    """The page that answers a question read from words: the ask page (a State and a person), the
    State's page with its duties, or the person's page with the travel map, on the day asked (a count or a list of
    States: the map's table of every State's relation that day, or the Court's decisions about the person); at the
    answer (the address's fragment), which on a phone is a screen or more below the page's top. The ask page keeps
    the words asked (``question``), so that it can say how they were read (session 40)."""
    if read["kind"] == "arrest":  # where the words put the person (an overflight, a transit stop) is kept
        asked = "&" + urlencode({"question": question}) if question else ""
        # session 45: a withdrawal the words suppose is asked with it, in the page's Assumptions field
        supposed = "\n".join(read["assume"]) if read.get("assume") else None
        return _ask_url(read["state"], read["person"], read["on"], supposed, read.get("presence")) + asked + "#result"
    if read.get("asks") == "responses":  # 'What sanctions did the Assembly impose on Mongolia?' (session 33)
        return cite.responses_path(cite.responses_question(read)) + "#result"
    if read["kind"] == "obligations":
        return f"/states/{read['state']}?" + urlencode({"on": read["on"]}) + "#duties"
    if read.get("asks") == "custody":  # 'Who surrendered Duterte?': the record's arrests and surrenders (session 32)
        where = {"state": read["custody_state"]} if read.get("custody_state") else {}  # '... in the Philippines?' (session 33)
        return cite.custody_path({**read, **where}) + "#result"
    if read["kind"] == "states":  # a count or a list (session 33): its own page, the list on the day
        return cite.list_path(read) + "#result"
    return f"/persons/{read['person']}?" + urlencode({"on": read["on"]}) + "#m"


def _record_view(facts: Facts, read: dict[str, Any]) -> dict[str, Any]:
    """A record answer as the ask page lists it: each entry's sources (and the Court's reply's) with their publisher and
    grade by address (data/lookups/publishers.yaml), as every other source list of the site names them (session 48: the
    list's links said "secondary" or "primary" alone where a source has no title). The answer itself is not changed."""
    def graded(sources: Any) -> Any:
        return grade_sources_in({"sources": sources}, facts.publishers)["sources"] if sources else sources

    records = []
    for r in read.get("records") or []:
        r = {**r, "sources": graded(r.get("sources"))}
        if isinstance(r.get("reply"), dict):
            r["reply"] = {**r["reply"], "sources": graded(r["reply"].get("sources"))}
        records.append(r)
    return {**read, "records": records}


def _trip_tables(facts: Facts, read: dict[str, Any]) -> dict[str, Any] | None:
    """A trips answer ('Which States visited by Putin since his warrant were parties at the time?', 'Which States
    visited by al-Bashir were bound by the Darfur referral?') as the ask page's tables (session 48: it was one paragraph
    of up to a hundred visits): the visits kept, the flights over a State, and the visits left out, each group with why,
    each row with its day, host, the host's relation on the day, the law's answer and its basis, what the host did and
    the sources. Built from the answer's own fields (``records``, ``left_out``, ``host_uncertain``, ``referral``), the
    words of why from service.record_answers, as its prose gives them; None for any other answer."""
    if read.get("kind") != "record" or read.get("asks") != "trips":
        return None
    person = read.get("person")

    def rows(rs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for r in rs:
            span = DateSpan.parse(str(r["date"]))
            day = span.first.isoformat() if span.first == span.last else None
            st = facts.records.states.get(r["state"])
            # the event's sources with their publisher and grade (data/lookups/publishers.yaml), title and date, as the
            # person's travel table shows them: the answer's JSON names each by address, kind and title only, and a
            # link's words were then the whole address, too long for a phone's column
            event = facts.records.events.get(r.get("id") or "")
            out.append({**r, "sources": graded_sources(event.sources, facts.publishers) if event is not None
                        else grade_sources_in({"sources": r.get("sources") or []}, facts.publishers)["sources"],
                        "state_name": st.name if st is not None else r["state"],
                        "state_url": f"/states/{r['state']}" + (f"?{urlencode({'on': day})}" if day else ""),
                        "answer_url": _ask_url(r["state"], person, day, None) + "#result" if day and r.get("duty") else None})
        return out

    records = read.get("records") or []
    visits = rows([r for r in records if r.get("trip") == "visit"])
    over = rows([r for r in records if r.get("trip") == "overflight"])
    resolutions = (read.get("referral") or {}).get("resolutions") or []
    res = " or ".join(resolutions)
    host_party = read.get("host_party")
    if read.get("host_referral"):
        kept = f"Visits whose host was bound to arrest by the referral ({res}) on the day" if res else "Visits kept"
    elif host_party is True:
        kept = "Visits whose host was a State Party on the day"
    elif host_party is False:
        kept = "Visits whose host was not a State Party on the day"
    else:
        kept = "Visits"
    left: list[dict[str, Any]] = []
    if read.get("host_referral"):
        for why, said in LEFT_OUT_WHY.items():
            rs = [r for r in read.get("left_out") or [] if r.get("why") == why]
            if rs:
                left.append({"why": why, "said": said.format(res=res), "rows": rows(rs)})
    if read.get("host_uncertain"):
        left.append({"why": "host_uncertain", "said": HOST_UNCERTAIN_WHY, "rows": rows(read["host_uncertain"])})
    if not (visits or over or left):
        return None
    return {"kept_caption": kept, "visits": visits, "over": over, "left": left,
            "left_count": sum(len(g["rows"]) for g in left), "states": len(read.get("states_listed") or [])}


def _ask_url(state: str | None, person: str | None, on: str | None, assume: str | None, presence: str | None = None) -> str:
    params = {k: v for k, v in (("state", state), ("person", person), ("on", on), ("assume", assume),
                                ("presence", None if presence == "territory" else presence)) if v}
    return "/ask?" + urlencode(params)


def install(app: FastAPI) -> None:
    settings = app.state.settings
    settings.static_dir.mkdir(exist_ok=True)
    if settings.vendor_dir != settings.static_dir / "vendor" and settings.vendor_dir.is_dir():
        app.mount("/static/vendor", StaticFiles(directory=str(settings.vendor_dir)), name="vendor")
    app.mount("/static", StaticFiles(directory=str(settings.static_dir)), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def world_map(request: Request, on: str | None = None, format: str | None = None) -> Response:
        from iccwatch.law import party_status

        facts = _facts(request)
        day = _day(on)
        data = service.states_list(facts, day)
        for r in data:
            r["doubts"] = [] if r["certain"] else _real_doubts(party_status(facts, r["iso3"], day).doubts)
        data.sort(key=lambda r: sort_key(r["name"]))
        columns = [("name", "State"), ("iso3", "ISO code"), ("status", "Status"), ("since", "Since"), ("until", "Until")]
        _choice("format", format, ("csv",))
        if format == "csv":
            return _csv(data, columns, f"states-{day.isoformat()}", request)
        return _render(request, "map.html", title=f"States and the Rome Statute on {day.isoformat()}", on=day.isoformat(),
                       parties=sum(r["party"] for r in data), rows=data)

    @app.get("/about", response_class=HTMLResponse, include_in_schema=False)
    def about(request: Request) -> Response:
        facts = _facts(request)
        meta = facts.records.meta
        summary: dict[str, Any] = {}
        coverage: dict[str, Any] = {}
        coverage_fn = getattr(service, "coverage", None)
        if coverage_fn is not None:
            summary = coverage_fn(facts)
            coverage = {k["kind"]: k for k in summary.get("kinds", [])}
        else:  # pragma: no cover - a service layer without coverage: the meta's per-kind dates
            coverage = {k: v.model_dump(mode="json") for k, v in (getattr(meta, "coverage", None) or {}).items()}
        return _render(request, "about.html", title="About the data", meta=meta, counts=facts.records.counts(),
                       coverage=coverage, summary=summary, version=_version(request), build=request.app.state.build_info)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> Response:
        from iccwatch.service.search import ranked_hits, record_names

        facts = _facts(request)
        names = record_names(facts.records) if q.strip() else {}
        found, total = ranked_hits(facts, request.app.state.settings.db_url, q, None, SEARCH_LIMIT) if q.strip() else ([], 0)
        hits = [describe_hit(facts, h, q, names) for h in found]
        from iccwatch.service.search import close_names

        meant = close_names(facts, q) if q.strip() and not any(hits) else []
        return _render(request, "search.html", title=f"Search: {q}" if q else "Search", hits=[h for h in hits if h], query=q, meant=meant,
                       limit=SEARCH_LIMIT, total=total)

    @app.get("/states", include_in_schema=False)
    def states_list(request: Request, on: str | None = None) -> Response:
        """The list of every State is the map's table: an address a reader may type, sent there (the date kept)."""
        day = _day(on) if on else None
        return RedirectResponse(f"/?{urlencode({'on': str(day)})}#map-table" if day else "/#map-table", status_code=307)

    @app.get("/states/{state}", response_class=HTMLResponse, include_in_schema=False)
    def state_page(request: Request, state: str, on: str | None = None, year: Annotated[int, Query(ge=2002, le=2100)] = 2025) -> Response:
        facts = _facts(request)
        day = _day(on)
        relation = service.state_relation(facts, state, day)
        relation["doubts"] = _real_doubts(relation["doubts"])
        iso3 = relation["iso3"]
        if iso3 != state:  # asked by a name or a code in lower case: the page's one address, by its code
            return _canonical(request, f"/states/{iso3}")
        index = service.index_explain(facts, iso3, year, samples=STATE_PAGE_DRAWS)
        # session 39: the State beside each region it belongs to (data/lookups/regions.yaml), by score within its group
        from iccwatch.service.index_regions import state_regions
        warm_report_renderer()  # the page links to its PDF report: make the first one quick
        duties = _record_cache(request).get_or_compute(("state-duties", iso3, day), lambda: _state_duties(facts, iso3, day))
        measures = sorted((m.model_dump(mode="json", exclude_none=True) for m in facts.records.measures.values() if m.state == iso3),
                          key=lambda m: str(m.get("date") or ""))
        st = facts.records.states[iso3]
        instruments = {k: v.title for k, v in facts.records.instruments.items()}
        return _render(request, "state.html", title=st.name, st=st, on=day.isoformat(), year=year, relation=relation, instruments=instruments,
                       timeline=_marked_after(service.state_timeline(facts, iso3), day), duties=duties,
                       events=_assessed(request, state=iso3),
                       event_records={e["id"]: e for e in service.events_list(facts, state=iso3)},
                       decisions=service.decisions_list(facts, state=iso3), measures=measures,
                       statements=[s for s in service.statements_list(facts) if iso3 in s["signatories"]], index=index,
                       index_regions=state_regions(facts, iso3, year, STATE_PAGE_DRAWS),
                       timeline_spec=charts.party_timeline(charts.party_segments(facts, iso3, day)),
                       pillar_spec=charts.pillar_bars(index["pillars"]), pillar_text=charts.pillar_text(index["pillars"]))

    @app.get("/states/{state}/report.{fmt}", include_in_schema=False)
    def state_report(request: Request, state: str, fmt: str, on: str | None = None,
                     year: Annotated[int, Query(ge=2002, le=2100)] = 2025) -> Response:
        build = _report_builder(request, fmt)
        if isinstance(build, Response):
            return build
        facts = _facts(request)
        day = _day(on)
        iso3 = facts.state(state).iso3
        cache = _record_cache(request)
        # a report names the day it was generated: kept for that day only
        key = ("report", iso3, day.isoformat(), year, dt.date.today().isoformat())
        # the index as the State's page shows it (same year, same draws): computed once for both
        # X-Cache says whether the report was served from the pages' cache (as proxies say it)
        return _report_response(request, cache, key, fmt,
                                lambda: build.render_html("state.html", {**build.state_report_data(facts, iso3, day, year, samples=STATE_PAGE_DRAWS),
                                                                         "method_url": _method_url(request),
                                                                         # its "why not higher" links the two side by side on the
                                                                         # dashboard (session 38), by path (session 40)
                                                                         "site_url": "/"}),
                                f"/states/{iso3}/report.html?on={day.isoformat()}", f"iccwatch-{iso3}.pdf")

    @app.get("/persons", response_class=HTMLResponse, include_in_schema=False)
    def persons_page(request: Request, q: str | None = None, status: str | None = None, sort: str | None = "name",
                     dir: str = "asc", outstanding: str | None = None) -> Response:
        facts = _facts(request)
        everyone = service.persons_list(facts, q or None)
        statuses = sorted({str(r.get("status") or "") for r in everyone} - {""}, key=sort_key)
        # session 37: court staff keep the persons under a warrant outstanding (the CLI's --outstanding, the API's
        # outstanding=true), or those with none, or those the record cannot tell
        _choice("outstanding", outstanding, OUTSTANDING)
        # session 39: "at large" (the Court's word) also named persons whose rows say "held by X, not surrendered": the
        # filter offers each reading as the rows say it, beside the Court's word (kept: old addresses still work)
        from iccwatch.service.persons import AT_LARGE_SPLIT, days_counted_words, status_matches

        split = [k for k in AT_LARGE_SPLIT if any(status_matches(r, k) for r in everyone)] if "at_large" in statuses else []
        _choice("status", status, statuses + split)
        rows = [r for r in everyone if (not status or status_matches(r, status))
                and (not outstanding or r.get("warrant_outstanding") == outstanding)]
        for r in rows:
            r["nationality"] = _names(facts, r.get("nationality"))
        empty = ""
        if q and not everyone:  # a misspelled name: the closest ones, as the person page's "did you mean"
            from iccwatch.service.persons import did_you_mean

            empty = f"No person's name or alias in the record matches “{q}”{did_you_mean(facts, q) or '.'}"
        return _table_page(request, "Persons under warrant, summons or application", rows,
                           # the status in words, with the custody in one phrase (session 39: "at large" beside "held by
                           # Sudan"); the record's word in the downloads, as the filter takes it
                           [("name", "Name"), ("nationality", "Nationality"), ("situations", "Situations"), ("status_words", "Status"),
                            ("standing", "Standing in the case"), ("held_by", "Held by (not the Court)"),
                            ("warrant_outstanding", "Warrant outstanding"), ("outstanding_since", "Outstanding since"),
                            ("days_outstanding", "Days outstanding"), ("outstanding_kind", "Outstanding: warrant or summons")],
                           sort, dir, "persons", [_filter("q", "Name or alias", q),
                                                  _filter("status", "Status", status, [("", "any")] + [
                                                      (v, "at large: the Court's word, with those held by a State, not surrendered"
                                                       if v == "at_large" and split else label(v)) for v in statuses]
                                                      + [(k, AT_LARGE_SPLIT[k]) for k in split]),
                                                  _filter("outstanding", "Warrant outstanding", outstanding,
                                                          [("", "any")] + [(v, v) for v in OUTSTANDING])],
                           links={"name": "/persons/{id}"}, empty=empty,
                           # the day the days are counted to, on each row of the downloads (session 38)
                           download_columns=[("days_counted_to", "Days counted to"), ("status", "Status (the record's word)")],
                           # a count of days says from when and to when (session 37), as the person page does
                           intro=(f"Days outstanding: from the issue of the earliest warrant of arrest outstanding (a warrant "
                                  f"under seal from its issue; where none was, of the earliest summons to appear not answered "
                                  f"by an appearance, which does not order arrest), {days_counted_words(facts, None)}; where the issue day is "
                                  f"known only to its month or year, the reason stands in place of a count."))

    @app.get("/persons/{person}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person: str, on: str | None = None, outcome: str | None = None,
                    duty: str | None = None, host: str | None = None) -> Response:
        facts = _facts(request)
        day = _day(on)
        # the trips' filters, as the events table's: a value not offered is named, never an empty list (session 35)
        _choice("outcome", outcome, list(OUTCOME_TEXT))
        _choice("duty", duty, get_args(Answer))
        _choice("host", host, list(HOST_CHOICES))
        view = service.person_view(facts, person, None)
        if view["id"] != person:  # asked by a name or another spelling ('Poutine'): the page's one address, by id
            return _canonical(request, f"/persons/{view['id']}")
        view["nationality_names"] = _names(facts, view.get("nationality"))
        # how long a warrant (or, session 38, a summons) has been outstanding (session 37), as at the day the page's
        # notice and footer say its record was checked through (session 38: it was counted to the record's overall
        # check day, later than the persons' file's, so the page said two days)
        # (session 38, useraudit5: the one day of ``days_counted_to``, the persons list's and the API's too)
        from iccwatch.service.persons import outstanding_sentence

        if outstanding := view.get("outstanding"):
            view["outstanding_words"] = outstanding_sentence(outstanding, dt.date.fromisoformat(outstanding.get("days_counted_to") or view["on"]))
        for o in view.get("offices") or []:  # a State by its name, as everywhere a reader reads one
            o["state_name"] = _names(facts, [o["state"]] if o.get("state") else [])
        for w in view.get("warrants") or []:
            for h in list(w.get("status_history") or []) + list(w.get("admissibility_challenges") or []):
                if h.get("by_state"):
                    h["by_state_name"] = _names(facts, [h["by_state"]])
            w["history"] = _history(w, facts)
            if w.get("standing"):  # the judgments or the ending, apart from custody (session 35)
                from iccwatch.service.persons import standing_words

                w["standing_words"] = standing_words(w["standing"])
            if on:  # the day asked (the travel map's): where the record cannot tell the warrant's status then, say so
                from iccwatch.service.persons import unknown_on

                if why := unknown_on(facts, facts.records.warrants[w["id"]], day):
                    w["status_unknown"] = why
        assessed = {a["event"]: a for a in _assessed(request, person=view["id"])}
        travel = service.ask_travel(facts, view["id"], day)
        travel["states"] = sorted(travel["states"], key=lambda r: sort_key(r["name"]))
        trips = _trips(view.get("events") or [], assessed, view["id"])
        host_party = _host_party(host)
        shown = [t for t in trips if (not outcome or t["outcome"] == outcome) and (not duty or t["duty"] == duty)
                 and host_kept(t["host_status"], host_party)]
        return _render(request, "person.html", title=view["name"], p=view, on=day.isoformat(), travel=travel,
                       kinds=PERSON_PAGE_KINDS,  # the page shows the person's trips beside the law's answers
                       custody=_custody(view, day.isoformat()), trips=trips, trip_years=_by_year(shown), shown=len(shown),
                       trip_summary=_trip_summary(trips), outcome=outcome or "", duty=duty or "", host=host or "",
                       fold_years=len(shown) > TRIPS_UNFOLDED, open_year=_open_year(shown, day))

    @app.get("/ask", response_class=HTMLResponse, include_in_schema=False)
    def ask_page(request: Request, state: str | None = None, person: str | None = None, on: str | None = None,
                 assume: str | None = None, question: Annotated[str | None, Query(max_length=500)] = None,
                 presence: str | None = None) -> Response:
        facts = _facts(request)
        _choice("presence", presence, PRESENCES)
        if question is not None and not (state or person or assume):
            try:
                read = read_question(facts, question, assume_hint="the Assumptions field of this page (one a line, "
                                     "with the State, the person and the day in their fields)")
                if read["kind"] == "each":  # round 51: two States or persons named together, answered apart elsewhere
                    # round 53: the questions to ask apart are also links below the field, each asking its question
                    raise QuestionError(
                        f"'{read['named_together']}' names {len(read['each'])} "
                        f"{ {'states': 'States', 'persons': 'persons'}.get(read['each_of'], 'pairs of a State and a person')} together: this page answers one "
                        "question; ask each apart (the links below), or ask `iccwatch ask question` or /api/v1/question, "
                        "which answer each",
                        asks=[r["asked_apart"].strip() for r in read["each"]])
                if read.get("region"):  # answered State by State by the CLI and the API; this page answers one State
                    region = read["region"]
                    # round 44: a trip across several States ('a tour of Mongolia and China') is no region: it is said
                    # as the States the trip names
                    what = (f"'{region['name']}' names {len(region['states'])} States" if region.get("trip") else
                            f"'{region['name']}' is a region of {len(region['states'])} States")
                    how = "the trip State by State" if region.get("trip") else "the region State by State"
                    raise QuestionError(
                        f"{what}: this page answers for one State "
                        f"(ask about one of them), and the travel map of {read['person_name']} on his or her page answers "
                        f"for every State; `iccwatch ask question` and /api/v1/question answer {how}")
                if read.get("assume") and read["kind"] != "arrest":  # session 45: the State's page takes no assumption
                    raise QuestionError(
                        f"the question supposes a withdrawal ({read['supposed']['words']}): this page answers a supposition "
                        "only for an arrest; `iccwatch ask question` and /api/v1/question answer it")
                if read["kind"] == "record":  # round 44: the record's answer, on this page, with its sources
                    link = cite.record_path(read)
                    return _render(request, "ask.html", title="Ask: the record's answer", question=question,
                                   record=_record_view(facts, read),
                                   record_heading=read["records_heading"],  # the same words as the CLI's and the API's
                                   trip_tables=_trip_tables(facts, read),  # session 48: a trips answer as tables
                                   record_link=link if not link.startswith("/api/") else None,
                                   record_link_words={"statement": "The statement and its signatories",
                                                      "measures": "The State's measures",
                                                      "referrals": "The Court's decisions",
                                                      "wanted": "The persons on that day",
                                                      "trips": "The person's events",
                                                      "visits": "The person's events",  # session 49 (law64)
                                                      "assessment": "The person's page",
                                                      # round 46
                                                      "index": "The index of that year",
                                                      "index_lowest": "The index of that year",
                                                      "withdrawal": "The State's page",
                                                      "joined": "The State's page",  # round 51
                                                      "changes": "The person's page" if read.get("person")  # round 52
                                                      else "The State's page",
                                                      "surrendered": "The record's events",
                                                      # round 47
                                                      "positions": "The person's page" if read.get("person")
                                                      else "The State's page",
                                                      "gaps": "The enforcement gaps",
                                                      # session 38
                                                      "consultations": "The record's events"}[read["asks"]],
                                   **_ask_context(request, facts, None, None, None, None, {"errors": {}}))
            except QuestionError as exc:
                return _render(request, "ask.html", status_code=422, title="Ask: must a State arrest?", question=question,
                               question_error=str(exc),
                               # round 53: the questions the refusal offers (each State apart, a misspelt name
                               # replaced, a day in each reading), each a link that asks it
                               question_asks=[(f"/ask?question={quote(q)}", q) for q in getattr(exc, "asks", [])],
                               **_ask_context(request, facts, None, None, None, None, {"errors": {}}))
            return RedirectResponse(_question_url(read, question), status_code=303)
        result = _ask(facts, state, person, on, assume, presence) if (state or person or on or assume) else {"errors": {}}
        status = 422 if result["errors"] else 200
        ctx = _ask_context(request, facts, state, person, on, assume, result, presence)
        # session 42: an answer's page is titled by its question, as its citation is (a tab, a bookmark, a history entry)
        cited = ctx.get("answer_citation")
        return _render(request, "ask.html", status_code=status, title=cited["title"] if cited and not result["errors"] else "Ask: must a State arrest?",
                       **ctx, **_read_as(facts, question, result, assume))

    def _read_as(facts: Facts, question: str | None, result: dict[str, Any], assume: str | None = None) -> dict[str, Any]:
        """The words asked and how they were read, for an answer reached from words (session 40: "Must Mongolia arrest
        Putin if he visits next month?" was answered for 2027-01-01 with nothing saying that "next month" was read as
        its first day, nor why that day answers for the month): the CLI's "Read as" line, said where the words, read
        again, ask the question answered (the same State, person, day and place); an address whose fields were changed
        since says nothing of the words. Session 45: a what-if read from the words (a supposed withdrawal, in the
        Assumptions field) is said too, with what was supposed and what the record holds, where the field holds just
        what the words suppose."""
        d = result.get("d")
        if not question or not d:
            return {}
        try:
            read = read_question(facts, question)
        except QuestionError:
            return {}
        given = [line.strip() for line in (assume or "").splitlines() if line.strip()]
        if (d.get("assumptions") or given) and given != list(read.get("assume") or []):
            return {}
        asked = d["question"]
        same = (read["kind"] == "arrest" and not read.get("region") and read.get("asks") is None
                and (read["state"], read["person"], read["on"], read.get("presence") or "territory")
                == (asked["state"], asked["person"], asked["on"], asked.get("presence") or "territory"))
        return {"question": question, "read_as": read_as_words(read)} if same else {}

    @app.get("/ask/custody", response_class=HTMLResponse, include_in_schema=False)
    def ask_custody_page(request: Request, person: Annotated[str, Query(max_length=200, description=PERSON_WORDS)],
                         on: str | None = None,
                         state: Annotated[str | None, Query(min_length=1, max_length=60)] = None) -> Response:
        """Who arrested or surrendered a person, by the record, on the day asked (session 32), in one State where
        ``state`` names it (session 33): the JSON of /api/v1/persons/{id}/custody in words, with its sources, the
        warrant's status and "Cite this answer"."""
        facts = _facts(request)
        day = _day(on) if on else dt.date.today()
        d = service.ask_custody(facts, person, day, state)
        permalink = cite.custody_path(d["question"])
        absolute = str(request.base_url).rstrip("/") + permalink
        citation = cite.custody_citation(d, absolute, _version(request), dt.date.today())
        return _render(request, "ask_custody.html", title=f"Who arrested or surrendered {d['question']['person_name']}?",
                       kinds=(*facts.DUTY_KINDS, "events"), on=day.isoformat(), d=d, permalink=permalink, api_url=cite.custody_api_path(d["question"]), answer_citation=citation)

    @app.get("/ask/responses", response_class=HTMLResponse, include_in_schema=False)
    def ask_responses_page(request: Request, state: Annotated[str, Query(min_length=1, max_length=60, description=STATE_WORDS)],
                           forum: Annotated[str, Query(min_length=1, max_length=10, description=FORUM_WORDS)],
                           on: str | None = None) -> Response:
        """What the Assembly or the Council did about the Court's findings of non-compliance against a State (session
        33): the JSON of /api/v1/states/{iso3}/responses in words, with its sources and "Cite this answer"."""
        facts = _facts(request)
        day = _day(on) if on else dt.date.today()
        d = service.ask_responses(facts, state, forum, day)
        permalink = cite.responses_path(d["question"])
        citation = cite.responses_citation(d, str(request.base_url).rstrip("/") + permalink, _version(request), dt.date.today())
        q = d["question"]
        return _render(request, "ask_responses.html", title=f"What did {q['forum_name']} do about {q['state_name']}'s findings?",
                       kinds=("decisions", "responses"), on=day.isoformat(), d=d, permalink=permalink,
                       api_url=cite.responses_path(q, api=True), answer_citation=citation)

    @app.get("/ask/list", response_class=HTMLResponse, include_in_schema=False)
    def ask_list_page(request: Request, list_of: Annotated[str, Query(min_length=1, max_length=40, description=LIST_WORDS)],
                      on: str | None = None,
                      person: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
                      to: str | None = None, repeated: bool = False, since: str | None = None) -> Response:
        """A count or a list of States on a day or over a period (``to``) (session 33): the JSON of
        /api/v1/state-lists/{list_of} in words, each State with its status and sources, and "Cite this answer"."""
        facts = _facts(request)
        day = _day(on) if on else dt.date.today()
        d = service.ask_list(facts, list_of, day, person, _day(to, "to") if to else None, repeated,
                             _day(since, "since") if since else None)  # round 50: the findings made since a day
        permalink = cite.list_path(d["question"])
        citation = cite.list_citation(d, str(request.base_url).rstrip("/") + permalink, _version(request), dt.date.today())
        q = d["question"]
        return _render(request, "ask_list.html", title=f"Which States {q['list_words']}?",
                       kinds=("decisions",) if list_of == "non_compliance" else ("states",), on=q["on"], d=d,
                       permalink=permalink, api_url=cite.list_path(q, api=True), answer_citation=citation)

    @app.get("/ask/result", response_class=HTMLResponse, include_in_schema=False)
    def ask_result(request: Request, state: str | None = None, person: str | None = None, on: str | None = None,
                   assume: str | None = None, presence: str | None = None) -> Response:
        facts = _facts(request)
        _choice("presence", presence, PRESENCES)
        result = _ask(facts, state, person, on, assume, presence)
        ctx = _ask_context(request, facts, state, person, on, assume, result, presence)
        if not result["errors"] and ctx.get("answer_citation"):  # htmx takes the page's new title from the fragment's <title>
            ctx["fragment_title"] = ctx["answer_citation"]["title"]
        response = TEMPLATES.TemplateResponse(request, "_ask_body.html", ctx)
        if not result["errors"]:
            response.headers["HX-Push-Url"] = ctx["permalink"]
        return response

    def _ask_context(request: Request, facts: Facts, state: str | None, person: str | None, on: str | None, assume: str | None,
                     result: dict[str, Any], presence: str | None = None) -> dict[str, Any]:
        d = result.get("d")
        # the answer's address names the State's code, the person's id and the day answered, whatever was typed
        # (a name, another spelling, no date for today): the permalink and the citation answer the same question later
        permalink = cite.ask_path(d["question"], d.get("assumptions")) if d else _ask_url(state, person, on, assume, None)
        absolute = str(request.base_url).rstrip("/") + permalink
        return {"states": sorted(facts.records.states.values(), key=lambda s: sort_key(s.name)),
                "persons": sorted(facts.records.persons.values(), key=lambda p: sort_key(p.name)),
                "state": state, "person": person, "on": on or dt.date.today().isoformat(), "assume": assume or "",
                "presence": (d["question"].get("presence") if d else None) or presence or "territory",
                "errors": result["errors"], "meant": result.get("meant") or [], "d": d, "baseline": result.get("baseline"), "permalink": permalink,
                "answer_citation": cite.answer_citation(d, absolute, _version(request), dt.date.today(), result.get("baseline"))
                if d else None,
                "trips_on_day": _trips_on_day(facts, d["question"]) if d else [],
                "checked_through": _checked(facts)}

    def _trips_on_day(facts: Facts, q: dict[str, Any]) -> list[dict[str, Any]]:
        """The person's recorded trips to the State whose days hold the day asked (session 37): the answer says what
        the law asked; a journalist asking about a visit also needs what the record holds of it, and the person's page
        links each trip to this answer, so the answer links back. A trip dated only to a month or a year that holds the
        day is listed with its date as recorded."""
        if q.get("kind") != "arrest" or not (q.get("state") and q.get("person") and q.get("on")):
            return []
        day = dt.date.fromisoformat(q["on"])
        out = []
        for r in service.assessed_events(facts, q["state"], q["person"]):
            e = facts.records.events[r["event"]]
            if DateSpan.parse(e.date).first <= day <= DateSpan.parse(e.end_date or e.date).last:
                r["action_text"], r["outcome_text"] = service.event_texts(r)
                r["event_url"] = f"/persons/{r['person']}#e-{r['event']}"
                out.append(r)
        return out

    @app.get("/situations", response_class=HTMLResponse, include_in_schema=False)
    def situations_page(request: Request, sort: str | None = "name", dir: str = "asc") -> Response:
        facts = _facts(request)
        rows = service.situations_list(facts)
        for r in rows:
            r["state_names"] = _names(facts, r.get("states"))
        return _table_page(request, "Situations before the Court", rows,
                           [("name", "Situation"), ("icc_number", "Court number"), ("state_names", "States"), ("trigger", "Trigger"),
                            ("investigation_opened", "Investigation opened"), ("status", "Status"),
                            ("deferral_requests", "Deferral requests (Art. 18(2))"), ("sources", "Sources")],
                           sort, dir, "situations", row_id="s-{id}", intro=TRIGGER_KEY)

    @app.get("/decisions", response_class=HTMLResponse, include_in_schema=False)
    def decisions_page(request: Request, state: str | None = None, person: str | None = None, year: int | None = None,
                       kind: str | None = None, sort: str | None = "date", dir: str = "asc") -> Response:
        facts = _facts(request)
        _choice("kind", kind, service.DECISION_KINDS)
        rows = service.decisions_list(facts, state or None, person or None, year, kind=kind or None)
        return _table_page(request, "The Court's decisions", rows,
                           [("date", "Date"), ("state_name", "State"), ("person_names", "Person"), ("chamber", "Chamber"), ("ruling", "Ruling"),
                            ("referred_to", "Referred to"), ("record_number", "Record"), ("sources", "Sources")],
                           sort, dir, "decisions",
                           [_filter("state", "State", state, _state_options(facts)), _filter("person", "Person", person, _person_options(facts)),
                            _filter("year", "Year", year, numeric=True),
                            _filter("kind", "Kind", kind, [("", "any")] + [(k, label(k)) for k in service.DECISION_KINDS])],
                           links={"state_name": "/states/{state}"}, row_id="d-{id}",
                           # each person named links to the person's page (a ruling may name several)
                           list_links={"person_names": ("persons", "/persons/")}, page_size=PAGE_SIZE)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, state: str | None = None, person: str | None = None, outcome: str | None = None,
                    year: Annotated[int | None, Query(ge=1998, le=2100)] = None, host: str | None = None,
                    sort: str | None = "date", dir: str = "asc") -> Response:
        facts = _facts(request)
        _choice("outcome", outcome, list(OUTCOME_TEXT))
        _choice("host", host, list(HOST_CHOICES))
        host_party = _host_party(host)
        rows = [r for r in _assessed(request, state or None, person or None)
                if (not outcome or r.get("outcome") == outcome) and (year is None or str(r.get("date") or "")[:4] == str(year))
                and host_kept(str(r.get("host_status") or ""), host_party)]
        records = {e["id"]: e for e in service.events_list(facts, state or None, person or None)}
        for r in rows:
            rec = records.get(r["event"], {})
            r["host_on_the_day"] = host_words(str(r.get("host_status") or ""))  # shown, and in the downloads (session 35)
            r["sources"] = rec.get("sources", [])
            r["primary_gap"], r["searched"] = rec.get("primary_gap"), rec.get("searched")  # shown beside the sources
        return _table_page(request, "Events: warrant subjects abroad, and what host States did", rows,
                           [("date", "Date"), ("person_name", "Person"), ("state_name", "Host State"), ("action_text", "What happened"),
                            ("host_on_the_day", "Host on the day"), ("duty", "Duty"), ("outcome_text", "Assessment"), ("sources", "Sources")],
                           sort, dir, "events",
                           [_filter("state", "Host State", state, _state_options(facts)), _filter("person", "Person", person, _person_options(facts)),
                            _filter("outcome", "Assessment", outcome, [("", "any")] + list(OUTCOME_TEXT.items())),
                            _filter("year", "Year", year, numeric=True),
                            _filter("host", "Host on the day", host, [("", "any"), *HOST_CHOICES.items()])],
                           links={"person_name": "/persons/{person}", "state_name": "/states/{state}"}, row_id="e-{event}",
                           page_size=PAGE_SIZE)

    @app.get("/statements", response_class=HTMLResponse, include_in_schema=False)
    def statements_page(request: Request, state: str | None = None, sort: str | None = "date", dir: str = "asc") -> Response:
        facts = _facts(request)
        rows = service.statements_list(facts, state or None)
        return _table_page(request, "Joint statements about the Court", rows,
                           [("date", "Date"), ("title", "Statement"), ("stance", "Stance"), ("signatory_count", "Signatories named"),
                            ("announced_signatories", "Announced"), ("complete", "List complete"), ("sources", "Sources")],
                           sort, dir, "statements", [_filter("state", "Signatory State", state, _state_options(facts))], row_id="s-{id}",
                           links={"title": "/statements/{id}"},
                           intro="Each statement's title leads to its signatories by name. Stance: for the Court (support) or against it; "
                                 "only statements of support count in the index.")

    @app.get("/statements/{statement}", response_class=HTMLResponse, include_in_schema=False)
    def statement_page(request: Request, statement: str, sort: str | None = "state_name", dir: str = "asc") -> Response:
        view = service.statement_view(_facts(request), statement)
        for row in view["signatory_states"]:
            row["status_text"] = STATUS_TEXT.get(row.get("status", ""), "not recorded")
        announced = view.get("announced_signatories")
        figures = [("Date", view.get("date") or "not recorded"),
                   ("Stance", "against the Court" if view.get("stance") == "against" else "in support of the Court"),
                   ("Signatories named here", view["signatory_count"]),
                   ("Signatories announced", announced if announced is not None else "not stated"),
                   ("List complete", "yes" if view["complete"] else "no: the sources name only some signatories")]
        return _table_page(request, view["title"], view["signatory_states"],
                           [("state_name", "Signatory State"), ("status_text", "Relation to the Rome Statute on that date")],
                           sort, dir, f"statement-{view['id']}", figures=figures, links={"state_name": "/states/{state}"},
                           intro="The States the statement's sources name as signatories.", page_sources=view.get("sources") or [],
                           cards=False,  # two short columns fit a phone: a card per State made 67 signatories 8,000 px long
                           empty="The sources name no signatory.")

    @app.get("/gaps", response_class=HTMLResponse, include_in_schema=False)
    def gaps_page(request: Request, sort: str | None = "date", dir: str = "asc") -> Response:
        data = service.enforcement_gaps(_facts(request))
        from iccwatch.model.court_number import number_words

        for f in data["failures"]:  # session 39: the finding's number, a filing's alone, any other said (case, situation)
            f["finding_number"] = number_words(f["finding_record_number"]) if f.get("finding_record_number") else ""
        figures = [(label(k).capitalize(), int(v) if isinstance(v, float) and v.is_integer() else v) for k, v in data["summary"].items()]
        return _table_page(request, "The enforcement gap", data["failures"],
                           [("date", "Date"), ("state_name", "State"), ("person_name", "Person"), ("what_followed", "What followed"),
                            ("finding_date", "Finding"), ("finding_number", "Finding's record number"),
                            ("days_to_finding", "Days to finding"), ("referred_to", "Referred to")],
                           sort, dir, "gaps", intro=data["note"] + " Each date leads to the event or the finding and its sources.",
                           row_id="g-{event}",  # the downloads lead each row with its event's id (the key to join on)
                           figures=figures, figures_as_at=data["dates"], footer_dates=data["dates"],
                           links={"state_name": "/states/{state}", "person_name": "/persons/{person}",
                                  "date": "/events?person={person}&row=e-{event}#e-{event}", "finding_date": "/decisions?state={state}&row=d-{finding}#d-{finding}"})

    @app.get("/monitor", response_class=HTMLResponse, include_in_schema=False)
    def monitor_page(request: Request, status: str = "pending", sort: str | None = "ingested_on", dir: str = "desc",
                     since: str | None = None, until: str | None = None) -> Response:
        _choice("status", status, MONITOR_STATUSES)
        from iccwatch.monitor.queue import alerts_between

        # session 40: "the alerts of the last month": the candidates read and the alerts raised in a period
        since, until = (since or None), (until or None)  # an empty field of the form is no bound
        alerts_between([], since, until)  # a bad date is the error page naming the field, before the queue is read
        q = getattr(request.app.state, "queue", None)
        if q is None:
            return render_error(request, 501, "The monitor page needs the review queue's modules: pip install 'iccwatch[web]' "
                                "(or 'iccwatch[monitor]').")
        facts = _facts(request)
        if sort == "created_at":  # the address of earlier sessions' default sort
            sort = "ingested_on"
        streamed = _monitor_download(request, q, status, sort, dir, since, until)
        if streamed is not None:
            return streamed
        paged = _monitor_page_rows(request, q, facts, status, sort, dir, since, until)
        rows = paged[0] if paged else _monitor_rows(q, facts, status, dir, since, until)
        alerts = alerts_between(q.list_alerts(), since, until)
        period = (f" raised from {since.strip()}" if since else "") + (f" raised up to {until.strip()}" if until and not since else
                                                                         f" to {until.strip()}" if until else "")
        intro = (f"{len(alerts)} alert(s){period}" + (", the latest 10" if len(alerts) > 10 else "") + ": "
                 + "; ".join(f"raised {a['raised_on']}: {_person_name(facts, a['person'])} in {_names(facts, [a['state']])} "
                             f"on {a['on_date']} ({label(a['answer'])})" for a in alerts[-10:]) + "."
                 if alerts else f"No alert{period}.") + (" Review with `iccwatch monitor review show <ID>`, then `iccwatch monitor review accept <ID>` or "
                                                 "`iccwatch monitor review reject <ID>` (the ID column); nothing reaches the record until a person accepts it.")
        options = [(s, label(s)) for s in MONITOR_STATUSES]
        return _table_page(request, "Monitor: candidate facts awaiting review", rows,
                           MONITOR_COLUMNS, sort, dir, "candidates",
                           [_filter("status", "Review status", status, options),
                            _filter("since", "Read or raised since", since, help="YYYY-MM-DD"),
                            _filter("until", "Until", until, help="YYYY-MM-DD")],
                           intro=intro,
                           # names, not the record's ids; an accepted candidate leads to the row of the record it wrote
                           links={"person_name": "/persons/{person}", "state_name": "/states/{state}", "record": "{record_url}",
                                  "document": "{document_url}"},
                           empty=("No candidate fact in the queue." if status == "all" else f"No candidate fact is {label(status)}."
                                  " The monitor adds candidates when it reads documents (`iccwatch monitor ingest`)."),
                           download_columns=MONITOR_DOWNLOAD_COLUMNS,
                           prose_keys=("evidence",),  # session 40: the evidence sentence keeps a reading width
                           page_size=PAGE_SIZE,  # round 26 (session 43): a queue of 50,000 was one page
                           paged=paged[1:] if paged else None)  # round 27: and sorted whole in Python for that page

    @app.get("/index", response_class=HTMLResponse, include_in_schema=False)
    def index_page(request: Request, year: Annotated[int, Query(ge=2002, le=2100)] = 2025, sort: str | None = None, dir: str = "asc",
                   group: str | None = None, format: str | None = None, region: str | None = None) -> Response:
        data = _index_data(request, year)
        groups = index_tables(data)
        if group is not None and group not in {g["id"] for g in groups}:
            raise FieldError("group", f"unknown group {group!r}: one of {', '.join(g['id'] for g in groups)}")
        # session 39: a region's States (data/lookups/regions.yaml), each still at its rank in its whole group, with the
        # region's median in each group: a diplomat comparing a State with its region
        from iccwatch.service.index_regions import region_named, region_standing, regions

        chosen_region = region_named(_facts(request), region) if region else None
        if chosen_region is not None:
            standing = {e["group"]: e for e in region_standing(data, chosen_region)}
            for g in groups:
                g["total"] = len(g["rows"])  # the group's size: the region's States are ranked in the whole group
                g["rows"] = [r for r in g["rows"] if r["iso3"] in set(chosen_region["states"])]
                g["region"] = standing.get(g["id"])
        _choice("format", format, ("csv",))
        columns = INDEX_COLUMNS
        by = {"interval": "rank_low"}.get(sort or "", sort)  # an interval sorts by its lower end
        for g in groups:
            g["rows"] = _sorted(g["rows"], by, dir, [*columns, ("rank_low", "")])
        if format == "csv":
            # one group's ranking per file; without a group, every State with its group named first
            chosen = [g for g in groups if group in (None, g["id"])]
            rows = [{**r, "group": g["id"]} for g in chosen for r in g["rows"]]
            return _csv(rows, ([] if group else [("group", "group")]) + INDEX_CSV_COLUMNS, f"index-{year}" + (f"-{group}" if group else ""), request)
        return _render(request, "index.html", title=f"Due-diligence index {year}" + (f": {chosen_region['name']}" if chosen_region else ""),
                       year=year, groups=groups, columns=columns,
                       sort=sort if sort in {c for c, _ in columns} else None, direction=dir,
                       filters=[_filter("year", "Year measured", year, numeric=True)], samples=data.get("samples"),
                       window=(data.get("window") or {}).get("description"), region=chosen_region,
                       regions=[r["name"] for r in regions(_facts(request))])

    @app.get("/index/compare", response_class=HTMLResponse, include_in_schema=False)
    def index_compare_page(request: Request, states: str | None = None, a: str | None = None, b: str | None = None,
                           year: Annotated[int, Query(ge=2002, le=2100)] = 2025, format: str | None = None) -> Response:
        """Two States side by side on the index (session 38): the form's two fields (``a``, ``b``) lead to the page's
        one address (``?states=A,B``); a State named wrongly is the error page with its "did you mean". ``format=csv``
        (session 40): the CLI's ``index compare --csv``, with each weight and normalised value, so that a reader can
        compute each points figure from the file."""
        _choice("format", format, ("csv",))
        facts = _facts(request)
        if states is None and (a or b):
            pair = ",".join((v or "").strip() for v in (a, b))
            return RedirectResponse(f"/index/compare?{urlencode({'states': pair, 'year': year}, safe=',')}", status_code=303)
        names = sorted((st.name for st in facts.records.states.values()), key=sort_key)
        d = None
        if states is not None:
            d = service.index_compare(facts, states, year, None, 1000, 42)
            found = [s["iso3"] for s in d["states"]]
            if states != ",".join(found):  # asked by names or in lower case: the page's one address, by codes
                return RedirectResponse(f"/index/compare?{urlencode({'states': ','.join(found), 'year': year}, safe=',')}", status_code=307)
        if format == "csv":
            if d is None:
                raise FieldError("states", "a download needs two States: states=A,B")
            pair = "-".join(s["iso3"] for s in d["states"])
            return Response(service.rows_to_csv(service.compare_csv_rows(d)), media_type="text/csv; charset=utf-8",
                            headers=cite.download_headers(f"index-compare-{pair}-{year}", "csv", _facts(request), _version(request)))
        title = (f"{d['states'][0]['name']} and {d['states'][1]['name']} on the index {year}" if d
                 else f"Compare two States on the index {year}")
        return _render(request, "compare.html", title=title, d=d, year=year, names=names,
                       a=d["states"][0] if d else None, b=d["states"][1] if d else None)

    @app.get("/index/report.{fmt}", include_in_schema=False)
    def index_report(request: Request, fmt: str, year: Annotated[int, Query(ge=2002, le=2100)] = 2025) -> Response:
        """The index of a year as the report `iccwatch report index` writes (HTML or PDF), from the index the
        page shows (same year, same draws, the app's index cache)."""
        build = _report_builder(request, fmt)
        if isinstance(build, Response):
            return build
        facts = _facts(request)
        cache = _record_cache(request)
        key = ("index-report", year, dt.date.today().isoformat())  # a report names the day it was generated
        return _report_response(request, cache, key, fmt,
                                lambda: build.render_html("index.html", {**build.index_report_data(facts, year, ranking=_index_data(request, year)),
                                                                         "method_url": _method_url(request)}),
                                f"/index/report.html?year={year}", f"iccwatch-index-{year}.pdf")

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_reference(request: Request) -> Response:
        """The API's operations as a plain page, drawn by the server from the OpenAPI schema: it opens at
        once, where Swagger UI (/docs) runs a 1.7 MB script first (seconds of a phone's or a loaded
        machine's CPU) before it shows anything."""
        return _render(request, "api.html", title="The REST API", operations=api_operations(request.app.openapi()))

    @app.get("/index/method", response_class=HTMLResponse, include_in_schema=False)
    def index_method(request: Request) -> Response:
        from iccwatch.settings import INDEX_METHOD_DOC

        body = render_method_doc(INDEX_METHOD_DOC.read_text(encoding="utf-8")) if INDEX_METHOD_DOC.is_file() else ""
        return _render(request, "method.html", title="The due-diligence index: method", body=body)


def api_operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The API's operations read from its OpenAPI schema, for the reference page: method, path, summary,
    description, parameters (name, place, required, type, description) and the answers' status codes."""
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            params = [{"name": p["name"], "in": p.get("in", ""), "required": bool(p.get("required")),
                       "type": _schema_type(p.get("schema") or {}), "description": p.get("description") or ""}
                      for p in op.get("parameters", [])]
            body = ((op.get("requestBody") or {}).get("content") or {})
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                        "description": op.get("description") or "", "parameters": params,
                        "body": ", ".join(body), "responses": sorted(op.get("responses", {})),
                        "tag": (op.get("tags") or ["other"])[0]})
    return ops


def _schema_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(dict.fromkeys(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null"))
    if schema.get("enum"):
        return "one of: " + ", ".join(map(str, schema["enum"]))
    return str(schema.get("type") or schema.get("format") or "")


#: The index table's columns (the CSV adds whether a rank is shared).
INDEX_COLUMNS = [("band", "Band"), ("rank", "Rank"), ("interval", "Rank interval"), ("name", "State"), ("score", "Score"),
                 ("coverage", "Cover\u00adage")]  # a soft hyphen: the header may break on a phone
INDEX_CSV_COLUMNS = [("band", "band"), ("rank", "rank"), ("tied", "tied"), ("rank_low", "rank_interval_low"),
                     ("rank_high", "rank_interval_high"), ("iso3", "iso3"), ("name", "name"), ("score", "score"), ("coverage", "coverage")]


def _index_data(request: Request, year: int) -> dict[str, Any]:
    """The default index of a year (1000 draws, seed 42), kept in the app's bounded index cache."""
    key = f"default:{year}:1000:42"
    cache = request.app.state.index_cache
    if key not in cache:
        cache[key] = service.index_ranking(_facts(request), year, None, 1000, 42)
    result: dict[str, Any] = cache[key]
    return result


def index_tables(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The index as one table per peer group: the groups are ranked apart, so no table ever ranks a State
    Party beside another State. Each group in rank order (a shared rank in the order of the names shown),
    its bands marked: a band holds the States the sensitivity draws do not put below its first (BAND_MEANING)."""
    meta = data.get("groups") or {}
    ids = list(meta) + sorted({str(r.get("group")) for r in data["states"]} - set(meta))
    out = []
    for gid in ids:
        rows = []
        members = [r for r in data["states"] if str(r.get("group")) == gid]
        members.sort(key=lambda r: (r.get("rank") is None, r.get("rank") or 0, sort_key(r.get("name"))))
        sizes: dict[Any, int] = {}
        for r in members:
            sizes[r.get("band")] = sizes.get(r.get("band"), 0) + 1
        for r in members:
            interval = r.get("rank_interval") or [None, None]
            rows.append({**r, "interval": f"{interval[0]}–{interval[1]}" if interval[0] is not None else "",
                         "rank_low": interval[0], "rank_high": interval[1], "band_size": sizes.get(r.get("band"), 0)})
        info = meta.get(gid) or {}
        out.append({"id": gid, "label": info.get("label") or INDEX_GROUP_TEXT.get(gid) or label(gid), "info": info, "rows": rows})
    return out


def index_rank_text(row: dict[str, Any]) -> str:
    """A rank as the index page writes it: "=17" when States share it."""
    if row.get("rank") is None:
        return "not ranked"
    return f"{'=' if row.get('tied') else ''}{row['rank']}"


TEMPLATES.env.filters["rank_text"] = index_rank_text
#: The bodies a finding of non-compliance goes to (Art. 87(7)), as stored ("ASP+UNSC") and in full.
FORUM_NAMES = {"ASP": "Assembly of States Parties", "UNSC": "Security Council"}


def forum_text(value: Any) -> Markup:
    """A forum code with each body's full name on hover and for screen readers (``<abbr title>``)."""
    if str(value or "") == "none":  # a finding referred to no body
        return Markup("not referred")
    parts = [p for p in str(value or "").split("+") if p]
    return Markup(" + ".join(f'<abbr title="{escape(FORUM_NAMES[p])}">{escape(p)}</abbr>' if p in FORUM_NAMES else str(escape(label(p)))
                             for p in parts))


TEMPLATES.env.filters["forum_text"] = forum_text
TEMPLATES.env.filters["forum_key"] = lambda values: forum_key(values or [])  # spelt out once: <abbr> shows only on hover
TEMPLATES.env.filters["forum_in_full"] = forum_in_full
TEMPLATES.env.filters["status_text"] = lambda v: STATUS_TEXT.get(str(v), label(v))
TEMPLATES.env.filters["real_doubts"] = lambda v: _real_doubts(list(v or []))



def warm_index_in_background(facts: Facts, year: int = 2025) -> threading.Thread:
    """Compute the index of ``year`` (the State and index pages' default) in the background, as the server
    starts: the first State page a reader opened waited for it (3.3 s on the loaded test machine, most of
    the page's 1.9 s; the index page, a State's HTML report too). Memoised on ``facts``, so the pages then
    read it; a page asked before it is done computes it as before."""
    thread = threading.Thread(target=service.index_ranking, args=(facts, year), name="iccwatch-warm-index", daemon=True)
    thread.start()
    return thread


def warm_report_renderer() -> None:
    """Start loading the PDF renderer in the background once per process (report.build.warm_up)."""
    try:
        from iccwatch.report.build import warm_up_in_background
    except ImportError:  # pragma: no cover - the report extra is not installed
        return
    warm_up_in_background()


def render_method_doc(markdown: str) -> str:
    """The method document as HTML: its tables and commands scroll inside their own box (a phone's width)."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    n = 0

    def wrap(_: re.Match[str]) -> str:
        nonlocal n
        n += 1
        return f'<div class="scroll" tabindex="0" role="region" aria-label="Table {n}"><table class="data">'

    html = re.sub(r"<table>", wrap, html).replace("</table>", "</table></div>")
    # commands and other preformatted lines scroll the same way
    return (html.replace("<pre>", '<div class="scroll" tabindex="0" role="region" aria-label="Example"><pre>')
            .replace("</pre>", "</pre></div>"))


def describe_hit(facts: Facts, hit: Any, query: str, names: dict[str, str] | None = None) -> dict[str, Any] | None:
    """A search hit as people read it (its kind, title, and where it matches ``query`` in the record's
    own words) and the page that shows it."""
    from iccwatch.service.search import readable_context
    from iccwatch.store.search import describe

    d = describe(facts.records, hit)
    if d is None:
        return None
    kind, key = hit.kind, hit.key
    if kind == "decisions":  # titled by its ruling in words, as the API and the CLI title it (session 38: "non compliance")
        from iccwatch.service.search import decision_title

        d["title"] = decision_title(facts, key, d["title"])
    d["snippet"] = readable_context(facts.records.of_kind(kind).get(key), query, d.get("title") or "", names)
    from iccwatch.service.search import hit_url

    d["url"] = hit_url(kind, key, d.get("state"), d.get("person"))
    return d
