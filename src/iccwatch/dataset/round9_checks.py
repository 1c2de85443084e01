"""Round nine of the checker (``tests/dataset/ROUND9.md``): what a hurried contributor writes across every kind
of record and the loader lets through.

Errors:

* a **withdrawal announcement retracted before it was made**, or **retracted on or after a notification**
  that followed it (once notified, only a ``withdrawal_revoked`` ends a withdrawal);
* a **withdrawal announced after the State's withdrawal took effect** (with no consent to be bound deposited
  between them: a State that has left has nothing to withdraw from);
* an **Art. 124 declaration withdrawn** by a State that made none before under the same instrument;
* the record's **cut-off** (``checked_through`` of meta.yaml, or of a kind's coverage) **not a full day**: a
  cut-off is the last day checked, and a month would leave its last weeks neither checked nor open;
* an address whose **host ends in a dot** (the fully qualified form of the same host, which hides one page
  cited twice), or that **ends in pasted punctuation** (a ``)`` or ``]`` it does not open, or ``,``, ``;``,
  ``.``, a quote);
* a **fact of a State dated before the State existed** (its ``since``): a trip to it, a finding, response or
  request about it, a measure, a statement it signed, a position it holds, an office in it, an act of its own;
* a source **title that is a web address** (the address belongs in ``url``; the title says what the
  document is).

Warnings (the record may be right and must then say why):

* a **name variant that is already the person's name or alias** (``name_variants.yaml``), after the code's
  general normalisation (accents, case, hyphens, the article): it adds nothing;
* a **trip lasting more than three months** (``end_date`` over 92 days after ``date``): a stay that long is a
  residence, not a trip, or the ``end_date`` is mistyped (a note saying why it is one trip is enough);
* a warrant's **status dated more coarsely than the one before it, within its period** (``2005`` after
  ``2005-07-08``), **with no note**: the order of the two cannot be told from the dates (a note saying why
  the day is not known is enough).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import per_record_problems, record_sources
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan, is_exact

_PASTED_END = re.compile(r"[,;.'\"\u2018\u2019\u201c\u201d\u00ab\u00bb]$")  # (round 23: a typographic quote or guillemet too)


def round9_problems(r: RecordSet) -> list[Problem]:
    return [*_retractions(r), *_declaration_124_withdrawn(r), *_announced_after_leaving(r), *_long_stays(r), *_cutoffs(r), *_before_the_state(r), *_addresses(r),
            *_variants_already_names(r), *_coarse_statuses(r)]


def _retractions(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        for i, a in enumerate(st.participation):
            if a.action != "withdrawal_announced" or a.retracted is None:
                continue
            made, back = DateSpan.parse(a.date), DateSpan.parse(a.retracted)
            if back.last < made.first:
                yield Problem(f, iso3, f"participation[{i}].retracted",
                              f"the announcement of {a.date} is said to be retracted on {a.retracted}, before it was made")
                continue
            notified = sorted(n.date for n in st.participation if n.instrument == a.instrument and n.action == "withdrawal_notified"
                              and DateSpan.parse(n.date).first >= made.first)
            if notified and DateSpan.parse(notified[0]).last <= back.first:
                yield Problem(f, iso3, f"participation[{i}].retracted",
                              f"retracted on {a.retracted}, after the withdrawal notified on {notified[0]} that followed the announcement: "
                              "a notified withdrawal is ended only by a withdrawal_revoked (record that act, with its sources)")


def _declaration_124_withdrawn(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if a.action != "declaration_124_withdrawn":
                continue
            made = [d for d in st.participation if d.action == "declaration_124" and d.instrument == a.instrument
                    and DateSpan.parse(d.date).first <= DateSpan.parse(a.date).last]
            if not made:
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].action",
                              f"an Art. 124 declaration withdrawn on {a.date}, but the record holds no Art. 124 declaration by {iso3} "
                              "made before it: record the declaration (with its sources), or correct the action")


def _announced_after_leaving(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.model.terms import CONSENT_ACTIONS

    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if a.action != "withdrawal_announced":
                continue
            day = DateSpan.parse(a.date).first
            left = sorted(e.date for e in st.participation if e.instrument == a.instrument and e.action == "withdrawal_effective"
                          and DateSpan.parse(e.date).last < day)
            if left and not any(c.instrument == a.instrument and c.action in CONSENT_ACTIONS
                                and DateSpan.parse(left[-1]).last < DateSpan.parse(c.date).first <= day for c in st.participation):
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].date",
                              f"a withdrawal announced on {a.date}, after the State's withdrawal took effect on {left[-1]}: it was no "
                              "longer a party (correct the date or the action, or record the new instrument it deposited)")


#: A trip (not planned or cancelled) whose end is this many days after its start is no trip.
LONG_STAY_DAYS = 92


def _long_stays(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if e.end_date is None or e.note or e.action in ("visit_cancelled", "visit_planned"):
            continue
        days = (DateSpan.parse(e.end_date).last - DateSpan.parse(e.date).first).days
        if days > LONG_STAY_DAYS:
            yield Problem(r.files[("events", key)], key, "end_date",
                          f"a trip from {e.date} to {e.end_date}, {days} days: a stay that long is a residence, not a trip (or the "
                          "end_date is mistyped); record the trips, or say in a note why it is one", severity="warning")


def _cutoffs(r: RecordSet) -> Iterator[Problem]:
    f = "data/meta.yaml"
    if not is_exact(r.meta.checked_through):
        yield Problem(f, "meta", "checked_through", f"the record's cut-off {r.meta.checked_through!r} is not a full day "
                      "(YYYY-MM-DD): a cut-off names the last day checked")
    for kind, c in (r.meta.coverage or {}).items():
        if not is_exact(c.checked_through):
            yield Problem(f, "meta", f"coverage.{kind}.checked_through", f"{kind}'s cut-off {c.checked_through!r} is not a full day "
                          "(YYYY-MM-DD): a cut-off names the last day checked")


def _before_the_state(r: RecordSet) -> Iterator[Problem]:
    written = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    since = {iso3: DateSpan.parse(text).first for iso3, text in written.items()}
    if not since:
        return

    def early(iso3: str | None, date: str | None) -> bool:
        return iso3 in since and date is not None and DateSpan.parse(date).last < since[iso3]

    def problem(kind: str, key: str, field: str, iso3: str, date: str) -> Problem:
        return Problem(r.files[(kind, key)], key, field, f"{iso3} is dated from {written[iso3]} (its since), but this is dated "
                       f"{date}, before it existed: the State then was another (record it under that State), or correct the date")

    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if early(iso3, a.date):
                yield problem("states", iso3, f"participation[{i}].date", iso3, a.date)
    for key, e in r.events.items():
        if early(e.state, e.date):
            yield problem("events", key, "state", e.state, e.date)
    for key, d in r.decisions.items():
        if early(d.state, d.date):
            yield problem("decisions", key, "state", d.state or "", d.date)
    for key, m in r.measures.items():
        if early(m.state, m.date):
            yield problem("measures", key, "state", m.state or "", m.date)
    for key, q in r.requests.items():
        if early(q.requested_state, q.date):
            yield problem("requests", key, "requested_state", q.requested_state, q.date)
    for key, st_ in r.statements.items():
        for i, iso3 in enumerate(st_.signatories):
            if early(iso3, st_.date):
                yield problem("statements", key, f"signatories[{i}]", iso3, st_.date or "")
    for kind in ("responses", "positions"):
        for key, rec in r.of_kind(kind).items():
            for i, iso3 in enumerate(rec.states):
                if early(iso3, rec.date):
                    yield problem(kind, key, f"states[{i}]", iso3, rec.date or "")
    for key, p in r.persons.items():
        for i, o in enumerate(p.offices):
            if early(o.state, o.start):
                yield problem("persons", key, f"offices[{i}].start", o.state, o.start or "")


@functools.lru_cache(maxsize=65536)  # a pure function of the address; every check of the record asks it for every citation
def _address_problem(url: str) -> str | None:
    host = url.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    if host.endswith("."):
        return f"the host {host!r} ends in a dot: write it without (one page, one address)"
    for close, opener in ((")", "("), ("]", "[")):
        if url.endswith(close) and url.count(opener) < url.count(close):
            return f"{url[-40:]!r} ends in a {close!r} it does not open: punctuation pasted with the address? remove it"
    if _PASTED_END.search(url):
        return f"{url[-40:]!r} ends in {url[-1]!r}: punctuation pasted with the address? remove it"
    return None


def _addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _address_findings)


def _address_findings(obj: Any) -> Iterator[tuple[str, str]]:
    """(field path, message) of what ``_addresses`` finds in one record's sources, each source once (as ``each_source``
    gives them): it depends on the record alone, so it is kept per record object (``walked``)."""
    for at, src in record_sources(obj):
        if (msg := _address_problem(src.url)) is not None:
            yield f"{at}.url", msg
        if src.title and re.match(r"^\s*(?:https?://|www\.)", src.title, re.I):
            yield f"{at}.title", f"the title {src.title[:60]!r} is a web address: the address belongs in url; give the document's title, or none"


def _variants_already_names(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.dataset.names import name_key

    table = r.lookups.get("name_variants") or {}
    if not isinstance(table, dict) or not isinstance(table.get("persons"), dict):
        return
    for pid, variants in table["persons"].items():
        person = r.persons.get(pid)
        if person is None or not isinstance(variants, list):
            continue
        own = {name_key(n, {}): n for n in (person.name, *person.aliases)}
        for j, v in enumerate(variants):
            name = v.get("name") if isinstance(v, dict) else None
            if isinstance(name, str) and name.strip() and (k := name_key(name, {})) in own:
                yield Problem("data/lookups/name_variants.yaml", "name_variants", f"persons.{pid}[{j}]",
                              f"{name!r} is already matched as the person's name or alias {own[k]!r}: the variant adds nothing",
                              severity="warning")


def _coarse_statuses(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        hist = w.status_history
        for i in range(1, len(hist)):
            if hist[i - 1].date is None or hist[i].date is None:  # an undated status (the model allows it) is not ordered here
                continue
            before, now = DateSpan.parse(hist[i - 1].date), DateSpan.parse(hist[i].date)
            if (now.first, now.last) != (before.first, before.last) and now.first <= before.first and before.last <= now.last \
                    and now.first < now.last and not hist[i].note:
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}].date",
                              f"{hist[i].status} dated only {hist[i].date}, after {hist[i - 1].status} on {hist[i - 1].date} within that "
                              "period, and no note: the order of the two cannot be told; give the day the source states, or say in a note why it is not known",
                              severity="warning")
