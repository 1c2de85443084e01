"""The assessment: events judged against the law, the enforcement chain, and the due-diligence index."""

from __future__ import annotations

import re
from typing import Any

from iccwatch.assess.audit import audit
from iccwatch.assess.events import assess_events
from iccwatch.assess.gaps import enforcement_chain
from iccwatch.assess.index import compute_index, explain, load_weights, public, with_window
from iccwatch.facts import Facts
from iccwatch.service.common import graded


@graded
def assessed_events(facts: Facts, state: str | None = None, person: str | None = None,
                    host_party: bool | None = None) -> list[dict[str, Any]]:
    """Every recorded event (of ``state`` or ``person`` if given) with what the law asked and what was done, and the
    host's relation to the Statute on the event's day (``host_status``, as the events list gives it); ``host_party``:
    only events whose host was a State Party on the day (True) or was not (False)."""
    from iccwatch.service.events import host_kept, host_status

    out = []
    for a in assess_events(facts, state, person):
        row = a.as_dict(facts)
        e = facts.records.events[row["event"]]
        row["host_status"] = host_status(facts, e.state, e.date)
        if host_kept(row["host_status"], host_party):
            out.append(row)
    return out


@graded
def enforcement_gaps(facts: Facts) -> dict[str, Any]:
    """From a failure to arrest to a finding, a referral and what the Assembly or the Council did."""
    return enforcement_chain(facts)


def _index_weights(weights_path: Any, window: int | None) -> dict[str, Any]:
    weights = load_weights(weights_path)
    return with_window(weights, years=window) if window is not None else weights


def index_ranking(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The index for a year: every State with its peer group (``group``), score, rank, ``tied``, ``band``,
    ``rank_interval`` and coverage; States Parties and the others are ranked apart."""
    return public(compute_index(facts, year, _index_weights(weights_path, window), samples, seed))


@graded
def index_explain(facts: Facts, state: str, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42,
                  window: int | None = None) -> dict[str, Any]:
    """One State's index score indicator by indicator, with the records each value rests on; the notes
    and facts in words (a referral occasion ``ukraine@2022`` as "Ukraine (2022)", no file paths), each
    indicator with ``pillar_label`` and ``status_text``."""
    data = explain(facts, state, year, _index_weights(weights_path, window), samples, seed)
    data["pillar_labels"] = {p: p.replace("_", " ") for p in data.get("pillars") or {}}
    for i in data.get("indicators") or []:
        i["pillar_label"] = str(i.get("pillar") or "").replace("_", " ")
        i["status_text"] = INDICATOR_STATUS.get(str(i.get("status")), str(i.get("status") or "").replace("_", " "))
        i["counted_text"] = counted_text(i)
        i["note"] = readable_note(facts, i.get("note") or "")
        i["definition"] = readable_note(facts, i.get("definition") or "")
        for e in i.get("evidence") or []:
            e["what"] = readable_note(facts, e.get("what") or "")
    return data


#: An indicator's status as a reader reads it.
INDICATOR_STATUS = {"ok": "value recorded", "missing": "no value in the record", "not_applicable": "not applicable"}
def counted_text(indicator: dict[str, Any]) -> str:
    """Whether an indicator counts in this State's score, in words: "yes" only when it is scored in the
    State's group and the State has a value (a pillar is the mean of its scored indicators with data); an
    indicator scored in the group but not applicable to the State, or without a value, read "yes" beside
    "not applicable"."""
    if not indicator.get("scored"):
        return "no"
    if indicator.get("status") == "not_applicable":
        return "no: does not apply to this State"
    if indicator.get("raw") is None:
        return "no: no value in the record"
    return "yes"


#: An occasion named by its situation (or target) and year: ``ukraine@2022``.
_OCCASION = re.compile(r"\b([a-z0-9][a-z0-9-]*)@(\d{4})\b")
#: A record's identifier (``benjamin-netanyahu``) and a stored code (``no_arrest``) inside a fact's text.
_RECORD_ID = re.compile(r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b")
_SNAKE_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
#: A pointer to the record's own files (for its editors): ``; data/measures/*enforcement-of-sentences*``.
_FILE_POINTER = re.compile(r"(;\s*|\s*\()data/[^\s;)]+\)?")


def readable_note(facts: Facts, text: str) -> str:
    """An indicator's note or fact in words: occasions by their situation's name and year, persons by their
    names, stored codes in words, the record's file paths left out."""
    situations = facts.records.situations

    def occasion(m: re.Match[str]) -> str:  # a situation's id, or a short name (a State's, as a slug)
        sit = situations.get(m.group(1))
        name = sit.name if sit is not None else next(
            (st.name for st in facts.records.states.values() if re.sub(r"[^a-z0-9]+", "-", st.name.casefold()).strip("-") == m.group(1)),
            m.group(1).replace("-", " "))
        return f"{name} ({m.group(2)})"

    text = _OCCASION.sub(occasion, text)
    text = _FILE_POINTER.sub(lambda m: ")" if m.group(0).endswith(")") and m.group(1).strip() == ";" else "", text)
    persons = facts.records.persons  # a person's identifier as the person's name
    text = _RECORD_ID.sub(lambda m: persons[m.group(0)].name if m.group(0) in persons else m.group(0), text)
    return _SNAKE_CODE.sub(lambda m: m.group(0).replace("_", " "), text)  # a stored code in words: "no arrest"


def _words(code: Any) -> str:
    """A stored code in words (``visit_cancelled`` -> "visit cancelled", ``non_compliance`` -> "non-compliance")."""
    return re.sub(r"\bnon_", "non-", str(code or "")).replace("_", " ")


def event_texts(row: dict[str, Any]) -> tuple[str, str]:
    """An assessed event's action and outcome as the dashboard and the reports word them: a transit says so,
    and a cancelled trip is its own outcome, with who cancelled it; a planned visit says that the record holds
    no more of it (its day may have passed: "visit planned" alone read as a trip still to come)."""
    action = _words(row.get("action")) + (" (transit)" if row.get("trip") == "transit" else "")
    if row.get("action") == "visit_planned":
        action += " (not recorded as made or cancelled)"
    if row.get("trip") == "cancelled" or row.get("action") == "visit_cancelled":
        who = row.get("cancelled_by")
        return action, "visit cancelled" + (f" ({_words(who)})" if who and who != "unknown" else " (who cancelled not recorded)")
    return action, _words(row.get("outcome"))


def index_audit(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The JRC checks of the index (correlations, Cronbach's alpha, principal components, coverage, ties,
    sensitivity of ranks to weights, normalisation and window)."""
    return audit(facts, year, _index_weights(weights_path, window), samples, seed)
