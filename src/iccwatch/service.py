"""The one service layer that the CLI, the REST API and the web pages share.

Every function returns plain JSON-ready data (dicts and lists), so all interfaces give the same shapes.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from iccwatch.dataset.grading import grade_sources_in
from iccwatch.dataset.names import normalise_name
from iccwatch.facts import Facts
from iccwatch.law import party_status
from iccwatch.law.citations import citation_url
from iccwatch.law.reasoning import Step
from iccwatch.model import Participation, Source, parse_partial_date
from iccwatch.model.state import CONSENT_ACTIONS
from iccwatch.settings import Settings
from iccwatch.store.read import StoreMissing, read_records


def open_facts(settings: Settings, on_build: Callable[[str], None] | None = None) -> Facts:
    """The facts from the store; builds the store from the bundled record first if it is missing."""
    try:
        return Facts(read_records(settings.db_url))
    except StoreMissing:
        if on_build:
            on_build(f"no store yet at {settings.db_url}: building it from {settings.data_dir}")
        from iccwatch.store.build import build_store

        build_store(settings.data_dir, settings.db_url)
        return Facts(read_records(settings.db_url))


_F = TypeVar("_F", bound=Callable[..., Any])


def _graded(fn: _F) -> _F:
    """Grade every source in what ``fn(facts, ...)`` returns: publisher, class, grade, primary first."""

    @functools.wraps(fn)
    def wrapper(facts: Facts, *args: Any, **kwargs: Any) -> Any:
        return grade_sources_in(fn(facts, *args, **kwargs), facts.publishers)

    return wrapper  # type: ignore[return-value]


def _sources_of(step: Step) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for s in step.walk():
        for f in s.facts:
            for src in f.sources:
                seen.setdefault(src.url, src.model_dump(mode="json", exclude_none=True))
    return list(seen.values())


def _citations(step: Step) -> list[dict[str, str | None]]:
    seen: dict[str, str | None] = {}
    for s in step.walk():
        for c in s.citations:
            seen.setdefault(c, citation_url(c))
    return [{"citation": c, "url": u} for c, u in seen.items()]


def _source_list(sources: list[Source]) -> list[dict[str, Any]]:
    return [s.model_dump(mode="json", exclude_none=True) for s in sources]


def _participation_row(a: Participation) -> dict[str, Any]:
    return a.model_dump(mode="json", exclude_none=True, exclude_defaults=False)


# ------------------------------------------------------------------------------------ states


@_graded
def state_relation(facts: Facts, code: str, on: dt.date) -> dict[str, Any]:
    """A State's relation to the Rome Statute on a date, with its reasoning and sources."""
    ps = party_status(facts, code, on)
    st = facts.state(ps.iso3)
    return {
        "iso3": st.iso3,
        "name": st.name,
        "on": on.isoformat(),
        "party": ps.party,
        "status": ps.status,
        "since": ps.since,
        "until": ps.until,
        "certain": not ps.doubts,
        "doubts": list(ps.doubts),
        "conclusion": ps.step.conclusion,
        "article_12_3_declarations": [_participation_row(d) for d in ps.declarations],
        "withdrawal_announcements": [_participation_row(a) for a in ps.announcements],
        "reasoning": ps.step.as_dict(),
        "citations": _citations(ps.step),
        "sources": _sources_of(ps.step),
        "assumptions": [str(a) for a in facts.assumptions],
        "record_checked_through": facts.records.meta.checked_through,
    }


@_graded
def state_timeline(facts: Facts, code: str) -> list[dict[str, Any]]:
    st = facts.state(code)
    return [_participation_row(a) for a in sorted(st.participation, key=lambda a: a.date)]


def states_list(facts: Facts, on: dt.date, party: bool | None = None, status: str | None = None) -> list[dict[str, Any]]:
    rows = []
    for iso3, st in sorted(facts.records.states.items()):
        ps = party_status(facts, iso3, on)
        if party is not None and ps.party != party:
            continue
        if status and ps.status != status:
            continue
        rows.append(
            {"iso3": iso3, "name": st.name, "on": on.isoformat(), "party": ps.party, "status": ps.status,
             "since": ps.since, "until": ps.until, "certain": not ps.doubts}
        )
    return rows


# ----------------------------------------------------------------------------------- persons


def _on_or_before(date: str | None, on: dt.date | None) -> bool:
    return on is None or date is None or parse_partial_date(date)[0] <= on


def _status_on(w: Any, on: dt.date | None) -> str | None:
    history = [h for h in w.status_history if on is None or (h.date is not None and parse_partial_date(h.date)[1] <= on)
               or (h.date is None and h.status in ("issued", "requested") and _on_or_before(w.issued, on))]
    if on is not None and w.issued and parse_partial_date(w.issued)[0] > on:
        return None
    return history[-1].status if history else None


@_graded
def person_view(facts: Facts, query: str, on: dt.date | None = None) -> dict[str, Any]:
    """A person's warrants with their status (on ``on`` if given, else the latest), travels and decisions."""
    from iccwatch.law.warrants import warrant_status

    p = facts.person(query)
    warrants = [w for w in facts.records.warrants.values() if w.person == p.id]
    ws = warrant_status(facts, p, on or facts.checked_through)
    return {
        "id": p.id,
        "name": p.name,
        "aliases": p.aliases,
        "nationality": p.nationality,
        "offices": [o.model_dump(mode="json", exclude_none=True) for o in p.offices],
        "warrants": [
            {
                **w.model_dump(mode="json", exclude_none=True, exclude={"status_history", "sources"}),
                "situation_name": facts.records.situations[w.situation].name,
                "status": _status_on(w, on),
                "outstanding": w in ws.outstanding,
                "status_history": [h.model_dump(mode="json", exclude_none=True) for h in w.status_history],
                "sources": _source_list(w.sources),
            }
            for w in sorted(warrants, key=lambda w: w.issued or "")
        ],
        "on": (on or facts.checked_through).isoformat(),
        "events": events_list(facts, person=p.id, on=on),
        "decisions": decisions_list(facts, person=p.id, on=on),
        "sources": _source_list(p.sources),
    }


def persons_list(facts: Facts, query: str | None = None, on: dt.date | None = None) -> list[dict[str, Any]]:
    people = facts.find_persons(query) if query else list(facts.records.persons.values())
    out = []
    for p in sorted(people, key=lambda p: normalise_name(p.name)):
        ws = [w for w in facts.records.warrants.values() if w.person == p.id]
        out.append(
            {"id": p.id, "name": p.name, "nationality": p.nationality,
             "situations": sorted({facts.records.situations[w.situation].name for w in ws}),
             "status": _status_on(ws[-1], on) if ws else None}
        )
    return out


# ------------------------------------------------------------------------ decisions, events, statements


def _year_of(d: str | None) -> int | None:
    return int(d[:4]) if d else None


@_graded
def decisions_list(facts: Facts, state: str | None = None, person: str | None = None, year: int | None = None,
                   on: dt.date | None = None) -> list[dict[str, Any]]:
    iso3 = facts.state(state).iso3 if state else None
    pid = facts.person(person).id if person else None
    out = []
    for d in sorted(facts.records.decisions.values(), key=lambda d: d.date):
        if iso3 and d.state != iso3 or pid and pid not in d.persons or year and _year_of(d.date) != year:
            continue
        if not _on_or_before(d.date, on):
            continue
        row = d.model_dump(mode="json", exclude_none=True)
        row["state_name"] = facts.records.states[d.state].name if d.state else None
        row["person_names"] = [facts.records.persons[p].name for p in d.persons]
        out.append(row)
    return out


@_graded
def events_list(facts: Facts, state: str | None = None, person: str | None = None, year: int | None = None,
                on: dt.date | None = None) -> list[dict[str, Any]]:
    iso3 = facts.state(state).iso3 if state else None
    pid = facts.person(person).id if person else None
    out = []
    for e in sorted(facts.records.events.values(), key=lambda e: e.date):
        if iso3 and e.state != iso3 or pid and e.person != pid or year and _year_of(e.date) != year:
            continue
        if not _on_or_before(e.date, on):
            continue
        row = e.model_dump(mode="json", exclude_none=True)
        row["state_name"] = facts.records.states[e.state].name
        row["person_name"] = facts.records.persons[e.person].name
        out.append(row)
    return out


@_graded
def statements_list(facts: Facts, state: str | None = None, year: int | None = None, on: dt.date | None = None) -> list[dict[str, Any]]:
    iso3 = facts.state(state).iso3 if state else None
    out = []
    for s in sorted(facts.records.statements.values(), key=lambda s: s.date or ""):
        if iso3 and iso3 not in s.signatories or year and _year_of(s.date) != year:
            continue
        if not _on_or_before(s.date, on):
            continue
        row = s.model_dump(mode="json", exclude_none=True)
        row["signatory_count"] = len(s.signatories)
        out.append(row)
    return out


@_graded
def situations_list(facts: Facts, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Situations (those referred, examined or opened by ``on`` if given)."""
    out = []
    for s in sorted(facts.records.situations.values(), key=lambda s: s.investigation_opened or ""):
        first = min((d for d in (s.referral_date, s.investigation_opened,
                                 s.preliminary_examination.opened if s.preliminary_examination else None) if d), default=None)
        if _on_or_before(first, on):
            out.append(s.model_dump(mode="json", exclude_none=True))
    return out


# ------------------------------------------------------------------------------------- export


def _acts(st_participation: list[Participation], action: str) -> list[Participation]:
    return sorted((a for a in st_participation if a.instrument == "rome-statute" and a.action == action), key=lambda a: a.date)


def states_parties_rows(facts: Facts) -> list[dict[str, Any]]:
    """Every State that is or was a party, one row each (the reference's columns, then more).

    ``withdrawal_notified`` holds a notification that was not revoked; ``withdrawal_effective`` a date
    the record does not dispute. A revoked notice and a disputed effective date have columns of their own.
    """
    rows = []
    for iso3, st in sorted(facts.records.states.items(), key=lambda kv: kv[1].name):
        consents = [a for a in st.participation if a.instrument == "rome-statute" and a.action in CONSENT_ACTIONS]
        if not consents:
            continue
        revoked = _acts(st.participation, "withdrawal_revoked")
        notified = [n for n in _acts(st.participation, "withdrawal_notified") if not any(r.date >= n.date for r in revoked)]
        effective = _acts(st.participation, "withdrawal_effective")
        sig = _acts(st.participation, "signature")
        eif = _acts(st.participation, "entry_into_force")
        rows.append(
            {
                "iso3": iso3,
                "state": st.name,
                "signed": sig[0].date if sig else "",
                "ratified_or_acceded": consents[-1].date,
                "entry_into_force": eif[-1].date if eif else "",
                "withdrawal_notified": notified[-1].date if notified else "",
                "withdrawal_effective": next((e.date for e in effective if not e.disputed), ""),
                "consent_type": consents[-1].action,
                "withdrawal_effective_disputed": next((e.date for e in effective if e.disputed), ""),
                "withdrawal_notice_revoked": revoked[-1].date if revoked else "",
            }
        )
    return rows


def _flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten lists and nested values for CSV: lists joined with '; ', sources as their URLs."""
    out = []
    for r in rows:
        flat = {}
        for k, v in r.items():
            if k == "sources" and isinstance(v, list):
                flat["source_urls"] = " ".join(s["url"] for s in v)
            elif isinstance(v, list):
                flat[k] = "; ".join(x if isinstance(x, str) else str(x) for x in v)
            elif isinstance(v, dict):
                continue
            else:
                flat[k] = "" if v is None else v
        out.append(flat)
    return out


EXPORT_KINDS = (
    "states-parties", "states", "participation", "situations", "persons", "warrants", "decisions",
    "events", "statements", "statement-signatories", "instruments", "positions", "measures", "requests", "responses",
)


def export_rows(facts: Facts, kind: str, flat: bool = False) -> list[dict[str, Any]]:
    """Rows of one export kind (see EXPORT_KINDS). ``flat`` makes them CSV-ready."""
    r = facts.records
    if kind == "states-parties":
        return states_parties_rows(facts)
    if kind == "participation":
        rows = []
        for iso3, st in sorted(r.states.items()):
            for a in sorted(st.participation, key=lambda a: a.date):
                rows.append({"iso3": iso3, "state": st.name, **a.model_dump(mode="json", exclude_none=True)})
        return _flat(rows) if flat else rows
    if kind == "statement-signatories":
        return [
            {"statement": s.id, "date": s.date or "", "iso3": iso, "state": r.states[iso].name, "list_complete": s.complete}
            for s in r.statements.values() for iso in s.signatories
        ]
    if kind == "states":
        rows = [s.model_dump(mode="json", exclude_none=True, exclude={"participation"}) for s in r.states.values()]
    elif kind in ("situations", "persons", "warrants", "decisions", "events", "statements", "instruments", "positions", "measures", "requests", "responses"):
        rows = [o.model_dump(mode="json", exclude_none=True) for o in r.of_kind(kind).values()]
    else:
        raise ValueError(f"unknown export kind {kind!r}; one of: {', '.join(EXPORT_KINDS)}")
    return _flat(rows) if flat else rows


def rows_to_csv(rows: list[dict[str, Any]]) -> str:
    """CSV text of rows: nested mappings dropped, lists of plain values joined with '; '."""
    import csv
    import io

    if not rows:
        return ""
    fields: list[str] = []
    for r in rows:
        for k in r:
            if k not in fields:
                fields.append(k)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if v is None else v) for k, v in r.items() if not isinstance(v, (dict, list))} | {
            k: "; ".join(map(str, v)) for k, v in r.items() if isinstance(v, list) and all(not isinstance(x, dict) for x in v)
        })
    return buf.getvalue()


def parse_day(text: str | None, today: dt.date | None = None) -> dt.date:
    """A query date: exact ISO day (YYYY-MM-DD), default today."""
    if text is None:
        return today or dt.date.today()
    first, last = parse_partial_date(text)
    if first != last:
        raise ValueError(f"{text!r}: give a day (YYYY-MM-DD)")
    return first


# --------------------------------------------------------------------------------- the law engine


#: The record kinds the law engine's answers rest on (for the coverage notice).
LAW_KINDS = ("states", "instruments", "situations", "persons", "warrants", "decisions")


def _with_notice(answer: dict[str, Any], facts: Facts, on: dt.date, kinds: tuple[str, ...] = LAW_KINDS) -> dict[str, Any]:
    from iccwatch.dataset.coverage import coverage_notice

    notice = coverage_notice(facts.records, on, kinds)
    if notice:
        answer["coverage_notice"] = notice
    return answer


@_graded
def ask_arrest(facts: Facts, state: str, person: str, on: dt.date) -> dict[str, Any]:
    from iccwatch.law import arrest_obligation

    return _with_notice(arrest_obligation(facts, state, person, on).as_dict(), facts, on)


@_graded
def ask_obligations(facts: Facts, state: str, on: dt.date) -> dict[str, Any]:
    from iccwatch.law.obligations import state_obligations

    return _with_notice(state_obligations(facts, state, on), facts, on)


@_graded
def ask_travel(facts: Facts, person: str, on: dt.date) -> dict[str, Any]:
    from iccwatch.law.travel import travel_map

    return _with_notice(travel_map(facts, person, on), facts, on, (*LAW_KINDS, "events"))


def coverage(facts: Facts, today: dt.date | None = None) -> dict[str, Any]:
    """Kind by kind: how many records, the period covered, checked_through, the list checked against,
    and what the coverage policy says is incomplete (the "About the data" page)."""
    from iccwatch.dataset.coverage import coverage as kinds_coverage

    return kinds_coverage(facts.records, today or dt.date.today())


# --------------------------------------------------------------------------------- the assessment


@_graded
def assessed_events(facts: Facts, state: str | None = None, person: str | None = None) -> list[dict[str, Any]]:
    from iccwatch.assess.events import assess_events

    return [a.as_dict(facts) for a in assess_events(facts, state, person)]


@_graded
def enforcement_gaps(facts: Facts) -> dict[str, Any]:
    from iccwatch.assess.gaps import enforcement_chain

    return enforcement_chain(facts)


def _index_weights(weights_path: Any, window: int | None) -> dict[str, Any]:
    from iccwatch.assess.index import load_weights, with_window

    weights = load_weights(weights_path)
    return with_window(weights, years=window) if window is not None else weights


def index_ranking(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The index for a year: every State with its peer group (``group``), score, rank, ``tied``, ``band``,
    ``rank_interval`` and coverage; States Parties and the others are ranked apart."""
    from iccwatch.assess.index import compute_index, public

    return public(compute_index(facts, year, _index_weights(weights_path, window), samples, seed))


@_graded
def index_explain(facts: Facts, state: str, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42,
                  window: int | None = None) -> dict[str, Any]:
    from iccwatch.assess.index import explain

    return explain(facts, state, year, _index_weights(weights_path, window), samples, seed)


def index_audit(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The JRC checks of the index (correlations, Cronbach's alpha, principal components, coverage, ties,
    sensitivity of ranks to weights, normalisation and window)."""
    from iccwatch.assess.audit import audit

    return audit(facts, year, _index_weights(weights_path, window), samples, seed)
