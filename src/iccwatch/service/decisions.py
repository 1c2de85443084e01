"""The Court's decisions (Art. 87(7) findings, appeals, referrals), filtered by State, person, year or date."""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from iccwatch.facts import Facts
from iccwatch.model import Decision
from iccwatch.model.court_number import number_kind
from iccwatch.model.dates import date_sort_key
from iccwatch.model.decision import DecisionKind
from iccwatch.model.terms import FINDING_WORDS
from iccwatch.service.common import date_doubt, graded, on_or_before, year_not_after, year_of

# FINDING_WORDS, a finding in words, is kept in ``model.terms`` since session 39: the CLI's answer reads them without
# importing the validated model.


def ruling_text(d: Decision) -> str:
    """What a decision ruled, in words, whatever its kind: a finding's words, or the kind of ruling and
    its recorded outcome ("conviction: convicted of 18 counts"); lists show it in one column."""
    if d.kind == "non_compliance":
        if d.finding == "no_finding" and d.referred_to is not None and d.referred_to != "none":
            # the Chamber informed the bodies without a finding: not "no finding of non-compliance", which
            # reads as if the State had been found to comply (as the gaps table words it)
            # imported here: a question's import path loads no model
            from iccwatch.assess.gaps import informed_words

            return informed_words(d.referred_to)
        return FINDING_WORDS.get(d.finding or "", (d.finding or "non-compliance").replace("_", " "))
    kind = d.kind.replace("_", " ")
    if d.kind == "other":  # "other" names no kind: the outcome alone says what was ruled
        return d.outcome or "other ruling"
    return f"{kind}: {d.outcome}" if d.outcome else kind


#: The kinds of decision a list can be filtered by (the record's own words: ``model.decision.DecisionKind``).
DECISION_KINDS: tuple[str, ...] = get_args(DecisionKind)


def check_kind(kind: str | None) -> None:
    """Refuse a kind of decision the record does not know, naming the field and the kinds (an unknown kind gave no
    error where a filter existed elsewhere, and an empty list reads as "none recorded")."""
    if kind is not None and kind not in DECISION_KINDS:
        from iccwatch.errors import FieldError

        raise FieldError("kind", f"{kind!r} is not one of: {', '.join(DECISION_KINDS)}")


@graded
def decisions_list(facts: Facts, state: str | None = None, person: str | None = None, year: int | None = None,
                   on: dt.date | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Decisions in date order, with the State's and persons' names; ``kind`` keeps one kind of decision
    (``non_compliance``: the findings under Art. 87(7) and the decisions around them)."""
    check_kind(kind)
    year_not_after(year, on)
    iso3 = facts.state(state).iso3 if state else None
    pid = facts.person(person).id if person else None
    out = []
    for d in sorted(facts.records.decisions.values(), key=lambda d: date_sort_key(d.date)):
        if iso3 and d.state != iso3 or pid and pid not in d.persons or year and year_of(d.date) != year:
            continue
        if kind and d.kind != kind:
            continue
        if not on_or_before(d.date, on):
            continue
        row = d.model_dump(mode="json", exclude_none=True)
        if doubt := date_doubt(d.date, on):
            row["date_doubt"] = doubt
        row["state_name"] = facts.records.states[d.state].name if d.state else None
        row["person_names"] = [facts.records.persons[p].name for p in d.persons]
        row["ruling"] = ruling_text(d)
        if d.record_number:  # a filing number names one document; a case or situation number only the proceedings
            row["record_number_kind"] = number_kind(d.record_number)
        out.append(row)
    return out
