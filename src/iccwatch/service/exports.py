"""Exports: every kind of record as rows, and the one CSV flattener the CLI, the API and the web pages share."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from iccwatch.dataset.grading import grade_sources_in
from iccwatch.errors import InputError
from iccwatch.facts import Facts
from iccwatch.model import DateSpan, Participation
from iccwatch.model.dates import date_sort_key
from iccwatch.model.rome_statute import withdrawn_before_force
from iccwatch.model.state import CONSENT_ACTIONS

EXPORT_KINDS = (
    "states-parties", "states", "participation", "situations", "persons", "warrants", "decisions",
    "events", "statements", "statement-signatories", "instruments", "positions", "measures", "requests", "responses",
)
#: Export kinds that are the records of the kind of the same name, one row each.
_RECORD_KINDS = ("situations", "persons", "warrants", "decisions", "events", "statements", "instruments", "positions",
                 "measures", "requests", "responses")


def _acts(st_participation: list[Participation], action: str) -> list[Participation]:
    return sorted((a for a in st_participation if a.instrument == "rome-statute" and a.action == action),
                  key=lambda a: date_sort_key(a.date))


def _revokes(r: Participation, n: Participation) -> bool:
    """Whether revocation ``r`` may be on or after notification ``n``, by the days their dates can mean (a
    revocation dated by its month alone may follow a notification within that month)."""
    return not DateSpan.parse(r.date).surely_before(DateSpan.parse(n.date).first)


def states_parties_rows(facts: Facts) -> list[dict[str, Any]]:
    """Every State that is or was a party, one row each (the reference's columns, then more).

    ``withdrawal_notified`` holds a notification that was not revoked; ``withdrawal_effective`` a date
    the record does not dispute. A revoked notice and a disputed effective date have columns of their own.
    """
    rows = []
    for iso3, st in sorted(facts.records.states.items(), key=lambda kv: kv[1].name):
        # An instrument withdrawn before the Statute entered into force for the State never made it a party
        gone = [c for c, _ in withdrawn_before_force(st.participation)]
        consents = [a for a in st.participation if a.instrument == "rome-statute" and a.action in CONSENT_ACTIONS
                    and not any(a is c for c in gone)]
        if not consents:
            continue
        revoked = _acts(st.participation, "withdrawal_revoked")
        notified = [n for n in _acts(st.participation, "withdrawal_notified") if not any(_revokes(r, n) for r in revoked)]
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


def _cited(source: dict[str, Any]) -> str:
    """One source as a CSV reader sees it: who published it, its title in quotes and its date where the record gives
    them (session 37: a reader citing the row needs both), its grade and whether it is primary, its URL:
    'Publisher, “Title”, 2024-09-03 (grade A, primary) https://…'. A '|' in a title becomes '/', so that the cell still
    splits on ' | ' into one part per source."""
    who = source.get("publisher") or source.get("cited_publisher") or "unknown publisher"
    if source.get("title"):
        who += f", “{' '.join(str(source['title']).replace('|', '/').split())}”"
    if source.get("date"):
        who += f", {source['date']}"
    how = [f"grade {source['grade']}"] if source.get("grade") else []
    if "primary" in source:
        how.append("primary" if source["primary"] else "secondary")
    elif source.get("kind"):
        how.append(str(source["kind"]))
    return f"{who} ({', '.join(how)}) {source['url']}" if how else f"{who} {source['url']}"


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One row made CSV-ready: ``sources`` become ``source_urls`` (space-separated) and ``sources_cited``
    (each "publisher, “title”, date (grade X, primary|secondary) URL", title and date where recorded, in their order, primary first once graded, joined
    with ' | '), other lists are joined with '; ' (a mapping inside a list as compact JSON), nested
    mappings are dropped (but an event's ``surrendered``: its day, and ``surrendered_stated_by``, its sources' addresses,
    space-separated), None becomes ''."""
    flat: dict[str, Any] = {}
    for k, v in row.items():
        if k == "sources" and isinstance(v, list):
            flat["source_urls"] = " ".join(s["url"] for s in v)
            if any(s.get("publisher") or "grade" in s for s in v):
                flat["sources_cited"] = " | ".join(_cited(s) for s in v)
        elif isinstance(v, (list, tuple)):
            flat[k] = "; ".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else str(x)
                                for x in v)
        elif k == "surrendered" and isinstance(v, dict):  # an event's handover to the Court (session 33): its day, its sources
            flat["surrendered"] = v.get("date", "")
            flat["surrendered_stated_by"] = " ".join(str(x) for x in v.get("stated_by", []))
        elif isinstance(v, dict):
            continue
        else:
            flat[k] = "" if v is None else v
    return flat


def export_fields(kind: str) -> list[str]:
    """The CSV header of an export kind when it has no row: the record kind's fields in the model's order
    (``sources`` as ``source_urls`` and ``sources_cited``), after the columns the export puts first."""
    from iccwatch.dataset.records import KINDS

    first = {"participation": ["iso3", "state"], "statement-signatories": ["statement", "date", "iso3", "state", "stance", "title", "drafter",
                                                                    "list_complete", "source_urls", "sources_cited"],
             "states-parties": ["iso3", "state", "signed", "ratified_or_acceded", "entry_into_force", "withdrawal_notified",
                                "withdrawal_effective", "consent_type", "withdrawal_effective_disputed", "withdrawal_notice_revoked"]}
    if kind not in EXPORT_KINDS:
        raise InputError(f"unknown export kind {kind!r}; one of: {', '.join(EXPORT_KINDS)}")
    if kind in ("states-parties", "statement-signatories"):
        return first[kind]
    from iccwatch.model.common import Sourced

    model = KINDS["states" if kind == "states" else kind][0] if kind != "participation" else Participation
    names = [n for n in model.model_fields if not (kind == "states" and n == "participation")]
    # the record's own fields first (its key leads), then what every sourced record carries (confidence, doubt,
    # note), its sources last: a reader sees what the row is before how it is sourced
    common = [n for n in Sourced.model_fields if n in names and n != "sources"]
    names = [n for n in names if n not in common and n != "sources"] + common + (["sources"] if "sources" in names else [])
    fields: list[str] = list(first.get(kind, []))
    for n in names:
        fields += ["source_urls", "sources_cited"] if n == "sources" else ["surrendered", "surrendered_stated_by"] \
            if (kind, n) == ("events", "surrendered") else [n]
    return fields


def export_rows(facts: Facts, kind: str, flat: bool = False) -> list[dict[str, Any]]:
    """Rows of one export kind (see EXPORT_KINDS), their sources graded as every answer's are. ``flat``
    makes them CSV-ready."""
    r = facts.records
    rows: list[dict[str, Any]]
    if kind == "states-parties":
        rows = states_parties_rows(facts)
    elif kind == "participation":
        rows = [{"iso3": iso3, "state": st.name, **a.model_dump(mode="json", exclude_none=True)}
                for iso3, st in sorted(r.states.items()) for a in sorted(st.participation, key=lambda a: date_sort_key(a.date))]
    elif kind == "statement-signatories":
        # session 40: a diplomat listing the States that joined statements in support of the Court needs each row's
        # stance (support or against), the statement's title, whether the State drafted or led it, and the statement's
        # sources: the rows had none of them, so a support could not be told from a statement against the Court
        rows = []
        for s in r.statements.values():
            sources = s.model_dump(mode="json", include={"sources"}).get("sources") or []
            rows += [{"statement": s.id, "date": s.date or "", "iso3": iso, "state": r.states[iso].name, "stance": s.stance,
                      "title": s.title, "drafter": iso in s.drafters, "list_complete": s.complete, "sources": sources}
                     for iso in s.signatories]
    elif kind == "states":
        rows = [s.model_dump(mode="json", exclude_none=True, exclude={"participation"}) for s in r.states.values()]
    elif kind in _RECORD_KINDS:
        rows = [o.model_dump(mode="json", exclude_none=True) for o in r.of_kind(kind).values()]
        if kind == "events":  # the handover's sources by their addresses, not their positions (session 33)
            for row, e in zip(rows, r.events.values(), strict=True):
                if e.surrendered is not None:
                    row["surrendered"]["stated_by"] = [str(src.url) for src in e.handover_sources()]
    else:
        raise InputError(f"unknown export kind {kind!r}; one of: {', '.join(EXPORT_KINDS)}")
    # Every source as the other answers show it: publisher, class, grade, primary flag, primary first.
    rows = grade_sources_in(rows, facts.publishers)
    return [flat_row(row) for row in rows] if flat else rows


#: What every sourced record carries beside its own fields (``model.common.Sourced``), then its sources: a CSV of
#: records ends with them, in this order.
SOURCING_COLUMNS = ("confidence", "disputed", "primary_gap", "searched", "note", "source_urls", "sources_cited")


def record_order(fields: list[str]) -> list[str]:
    """A CSV of sourced records (it has ``source_urls``) as a reader reads it: the record's key (``id``) first, its own
    fields in their order, then how it is sourced (``SOURCING_COLUMNS``) last; rows of anything else as they are
    (an index's columns keep their documented order)."""
    if "source_urls" not in fields:
        return fields
    key = ["id"] if "id" in fields else []
    tail = [c for c in SOURCING_COLUMNS if c in fields]
    return key + [c for c in fields if c not in key and c not in tail] + tail


def csv_fields(rows: list[dict[str, Any]]) -> list[str]:
    """The CSV header of rows: every column met once they are made flat, in order."""
    return list(dict.fromkeys(k for r in rows for k in flat_row(r)))


def rows_to_csv(rows: list[dict[str, Any]], fields: list[str] | None = None, always: dict[str, str] | None = None) -> str:
    """CSV text of rows, each made flat by ``flat_row``; the header is ``fields``, then every other column met,
    in order (an export names its columns, so that its header does not follow whichever row comes first and two
    exports of one kind have the same columns). Without rows, the header is ``fields`` (a reader's program expects
    the columns of the same question with rows); without either, the text is empty. ``always``: columns in the header whether or not a row
    has them (an empty cell where none does), each after the column it names (``{"date_doubt": "date"}``),
    so that two exports of one list have the same columns."""
    flat = [flat_row(r) for r in rows]
    if not flat:
        fields = list(fields or [])
        if not fields:
            return ""
    else:  # ``fields`` in their order (an export's columns: the same whatever rows it holds), then any other column met
        fields = list(dict.fromkeys([*(fields or []), *(k for r in flat for k in r)]))
    for column, after in (always or {}).items():
        if column not in fields:
            fields.insert(fields.index(after) + 1 if after in fields else len(fields), column)
    fields = record_order(fields)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(flat)
    return buf.getvalue()
