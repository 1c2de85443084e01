"""The enforcement chain after a failure, and its gaps.

A failure to arrest can be followed by Court proceedings and a finding of non-compliance
(Art. 87(7)), a referral to the Assembly or the Security Council, and a response by that body. The
gaps are: failures with no finding, findings with no referral, and referrals with no recorded
response. Responses come from data/responses/: a response about a finding (``decision`` or
``related_decisions``) closes that gap; the Council's briefings and acts on a situation it referred
are listed beside the chain, by situation, as what the forum did. A referral without a recorded
response is a statement about the record as checked (see ``iccwatch data coverage``), not proof that
nothing happened.
"""

from __future__ import annotations

from typing import Any

from iccwatch.assess.events import assess_events, days_between
from iccwatch.facts import Facts
from iccwatch.model.court_number import number_kind
from iccwatch.model.dates import date_sort_key

#: What followed a failure, in one phrase (the dashboard's gaps table, the gaps report and `assess gaps`):
#: the Court's action where it made no finding, else the stage the finding reached.
COURT_ACTION_WORDS = {"none_recorded": "no court action recorded", "informed_only": "decision without finding"}
STAGE_WORDS = {"no_referral": "finding, no referral", "responded": "referred, response recorded",
               "no_response_recorded": "referred, no response recorded"}


def informed_words(forum: str) -> str:
    """A decision that informed the Assembly or the Council of a failure without a finding of
    non-compliance (the Chamber's early practice, e.g. the Al-Bashir visit decisions of 2010-2011), in
    words: "Court informed ASP and UNSC, no finding"; never "referred" (no Art. 87(7) finding went to them)."""
    return f"Court informed {forum.replace('+', ' and ')}, no finding"


def what_followed(court_action: str, stage: str, informed: str | None = None) -> str:
    """A failure's chain in words: "Court informed ASP and UNSC, no finding" (a decision that informed
    those bodies without a finding of non-compliance: ``informed`` names them), "decision without
    finding" (a ruling without a finding, informing no one), "finding, no referral", ..."""
    if court_action == "informed_only" and informed:
        return informed_words(informed)
    return COURT_ACTION_WORDS.get(court_action) or STAGE_WORDS.get(stage, stage.replace("_", " "))


def informed_forum(decisions: list[Any]) -> str | None:
    """The bodies the last of ``decisions`` without a finding informed (its ``referred_to``), or None."""
    told = [d.referred_to for d in decisions if d.finding == "no_finding" and d.referred_to not in (None, "none")]
    return told[-1] if told else None


#: The kinds of record the gaps' figures rest on: the figures are as at the earliest of their check dates.
GAPS_KINDS = ("events", "decisions", "responses")


def dates_sentence(as_at: str, law: str) -> str:
    """The gaps' two dates in one sentence, each said for what it is (session 39: the dashboard's footer named the
    law's check date alone while the figures were as at a later day): ``as_at`` the day the events, decisions and
    responses the figures count were checked through, ``law`` the day the law's facts (the States' participation, the
    warrants, the persons, the decisions and the positions) were checked through."""
    if as_at == law:
        return (f"Figures as at {as_at}: the record's events, decisions and responses, and the law's facts they are read "
                "under, checked through that day; facts after it may be missing.")
    return (f"Figures as at {as_at} (the record's events, decisions and responses checked through that day), read under "
            f"the law's facts (the States' participation, the warrants, the persons, the decisions and the positions) "
            f"checked through {law}; facts after either date may be missing.")


def enforcement_chain(facts: Facts) -> dict[str, Any]:
    chains: list[dict[str, Any]] = []
    for a in assess_events(facts):
        if a.outcome != "failed":
            continue
        e = a.event
        findings = [d for d in a.court_decisions if d.finding == "non_compliance"]
        final = findings[-1] if findings else None
        referral = final.referred_to if final else None
        responses = sorted((r for r in facts.records.responses.values() if final and final.id in r.about_decisions()), key=lambda r: date_sort_key(r.date))
        stage = "no_finding" if not final else "no_referral" if referral == "none" else "responded" if responses else "no_response_recorded"
        informed = [d for d in a.court_decisions if d.kind == "non_compliance"]
        court_action = "finding" if final else "informed_only" if informed else "none_recorded"
        told = informed_forum(informed) if court_action == "informed_only" else None
        chains.append({
            "event": e.id,
            "date": e.date,
            "state": e.state,
            "state_name": facts.records.states[e.state].name,
            "person": e.person,
            "person_name": facts.records.persons[e.person].name,
            "finding": final.id if final else None,
            "finding_date": final.date if final else None,
            # session 39: the finding's number in the Court's record, and what it numbers (a filing, or only the case or
            # the situation where the filing's own number was not found), so a reader can check each row
            "finding_record_number": final.record_number if final else None,
            "finding_record_number_kind": number_kind(final.record_number) if final else None,
            "days_to_finding": days_between(e.date, final.date) if final else None,
            "referred_to": referral,
            "responses": [_response_row(r) for r in responses],
            "days_to_response": days_between(final.date, responses[0].date) if final and responses else None,
            "gap": stage,
            "court_action": court_action,
            "informed": told,
            "what_followed": what_followed(court_action, stage, told),
            "decisions": [d.id for d in a.court_decisions],
            # every finding of non-compliance on the failure, by date (session 38: the chain asked of a past day takes
            # the latest made by then, e.g. a referral an appeal later reversed, or a finding a later decision referred)
            "findings": [{"id": d.id, "date": d.date, "referred_to": d.referred_to,
                          "responses": [_response_row(r) for r in sorted(facts.records.responses.values(),
                                                                          key=lambda r: date_sort_key(r.date))
                                        if d.id in r.about_decisions()]} for d in findings],
        })
    # Findings not tied to a recorded event (e.g. a State's failure on its own territory).
    linked = {d for c in chains for d in c["decisions"]}
    other_findings: list[dict[str, Any]] = [
        {"decision": d.id, "date": d.date, "state": d.state, "state_name": facts.records.states[d.state].name,
         "finding": d.finding, "referred_to": d.referred_to, "record_number": d.record_number}
        for d in sorted(facts.records.decisions.values(), key=lambda d: date_sort_key(d.date))
        if d.finding == "non_compliance" and d.id not in linked and d.state is not None
    ]
    summary = {
        "failures": len(chains),
        "failures_without_finding": sum(c["gap"] == "no_finding" for c in chains),
        "failures_without_any_court_action_recorded": sum(c["court_action"] == "none_recorded" for c in chains),
        "findings_without_referral": sum(c["gap"] == "no_referral" for c in chains),
        "referrals_without_recorded_response": sum(c["gap"] == "no_response_recorded" for c in chains),
        "referrals_with_a_response": sum(c["gap"] == "responded" for c in chains),
        "median_days_to_finding": _median([c["days_to_finding"] for c in chains if c["days_to_finding"] is not None]),
    }
    for f in other_findings:
        f["responses"] = [_response_row(r) for r in sorted(facts.records.responses.values(), key=lambda r: date_sort_key(r.date))
                          if f["decision"] in r.about_decisions()]
    by_situation: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(facts.records.responses.values(), key=lambda r: date_sort_key(r.date)):
        if r.situation:
            by_situation.setdefault(r.situation, []).append(_response_row(r))
    situation_responses = [
        {"situation": sid, "situation_name": facts.records.situations[sid].name if sid in facts.records.situations else sid,
         "responses": rows, "acted": sum(bool(x["acted"]) for x in rows), "not_acted": sum(x["acted"] is False for x in rows)}
        for sid, rows in sorted(by_situation.items())
    ]
    # The Assembly's general acts on cooperation (resolutions, plenary debates) tied to no one finding.
    general = [_response_row(r) for r in sorted(facts.records.responses.values(), key=lambda r: date_sort_key(r.date))
               if not r.about_decisions() and not r.situation]
    summary["responses_recorded"] = len(facts.records.responses)
    checked = facts.records.meta.checked_through_of("responses")
    note = ("Responses of the Assembly and the Security Council are those the record holds "
            f"({len(facts.records.responses)} recorded, checked through {checked}); a referral 'without recorded response' "
            "may have had one the record lacks.")
    as_at, law = facts.checked_through_of(GAPS_KINDS)[1], facts.checked_through_of(facts.DUTY_KINDS)[1]
    return {"summary": summary, "as_at": as_at, "law_checked_through": law, "dates": dates_sentence(as_at, law), "failures": chains, "other_findings": other_findings,
            "situation_responses": situation_responses, "general_responses": general, "note": note}


def _response_row(r: Any) -> dict[str, Any]:
    return {"id": r.id, "body": r.body, "date": r.date, "kind": r.kind, "document": r.document, "acted": r.acted,
            "states": list(r.states), "summary": r.summary,
            "sources": [s.model_dump(mode="json", exclude_none=True) for s in r.sources]}


def _median(values: list[int]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
