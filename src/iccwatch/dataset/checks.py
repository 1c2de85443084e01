"""Checks across records: references, the treaty's date arithmetic, date order, consistency of
reported facts with the record, and the data assertions in ``data/assertions.yaml``."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from iccwatch.caching import BoundedCache
from iccwatch.dataset.address_checks import (
    address_spellings,
    archive_and_session_addresses,
    empty_marks,
    followed_addresses,
    other_addresses,
    page_addresses,
    pasted_addresses,
    same_page_addresses,
)
from iccwatch.dataset.alias_checks import (
    alias_forms,
    aliases_differing_in_case,
    aliases_of_others,
    shared_aliases,
    shared_names,
    variants_already_names,
    variants_of_others,
)
from iccwatch.dataset.citation_checks import facts_and_their_sources
from iccwatch.dataset.consistency_checks import consistency_problems
from iccwatch.dataset.contradiction_checks import contradiction_problems
from iccwatch.dataset.copy_of_checks import copy_of_loops, copy_of_originals
from iccwatch.dataset.coverage_checks import coverage_lists_twice, coverage_problems
from iccwatch.dataset.cross_record_checks import cross_record_problems
from iccwatch.dataset.custody_checks import (
    custody_across_warrants,
    custody_spells,
    requests_and_offices_in_custody,
    surrender_hands,
    surrenders_by_the_holder,
    transfers,
    trips_into_custody,
)
from iccwatch.dataset.cutoff_checks import cutoff_problems, cutoffs_not_full_days, future_dates
from iccwatch.dataset.date_text_checks import texts_only_a_date
from iccwatch.dataset.document_number_checks import document_numbers, numbers_on_news_pages
from iccwatch.dataset.identity_checks import (
    dates_inside_ids,
    identities,
    ids_as_file_names,
    recorded_twice,
)
from iccwatch.dataset.instrument_checks import (
    article_16_requests,
    council_fields,
    council_responses,
    resolution_numbers,
)
from iccwatch.dataset.integrity_checks import MAX_STATES
from iccwatch.dataset.linked_date_checks import linked_date_problems
from iccwatch.dataset.lookup_name_checks import (
    court_place_tables,
    demonyms_of_other_states,
    demonyms_that_are_codes,
    lookup_entries,
    monitor_word_lists,
    names_that_are_codes,
    null_island,
    place_names,
    places_named_as_states,
    places_under_two_cases,
    question_month_tables,
    question_patterns,
    question_state_name_tables,
    question_words,
    region_tables,
    regions_named_as_states,
    spaced_words,
)
from iccwatch.dataset.measure_checks import measure_authors
from iccwatch.dataset.names_checks import names_problems
from iccwatch.dataset.notes_checks import notes_problems
from iccwatch.dataset.occasion_checks import occasion_elsewhere
from iccwatch.dataset.participation_checks import (
    consent_to_the_statute,
    declaration_124_withdrawals,
    kampala_entry_into_force,
    participation_instruments,
    withdrawal_retractions,
    withdrawals_announced_after_leaving,
    withdrawals_revoked_then_effective,
    withdrawals_without_consent,
)
from iccwatch.dataset.parties import parties_on
from iccwatch.dataset.pinpoint_checks import negative_pinpoints, pages_of_sources, pinpoint_ranges
from iccwatch.dataset.position_checks import position_persons, position_problems, position_scopes
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.provenance_checks import provenance_problems
from iccwatch.dataset.publisher_checks import publisher_grades
from iccwatch.dataset.read_notes import read_days
from iccwatch.dataset.record_walks import KINDS_WITH_SOURCES, sources_of
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.referral_checks import (
    referral_target_typos,
    referral_targets_not_ids,
    referral_targets_of_other_kinds,
)
from iccwatch.dataset.ruling_checks import (
    appeal_and_follows,
    appearances_before_custody,
    chambers,
    confirmations_after_verdicts,
    conviction_before_confirmation,
    decisions_before_investigation,
    findings_before_bound,
    findings_before_requests,
    findings_on_compliance,
    findings_on_ended_warrants,
    gaps_on_rulings,
    outcome_persons,
    postponements,
    response_gaps_answered,
    responses_naming_other_states,
    rulings_after_death,
)
from iccwatch.dataset.search_log_checks import search_log_entries, search_log_problems
from iccwatch.dataset.situation_checks import (
    authorisations_of_referrals,
    authorising_chambers,
    council_deferrals,
    deferral_dates,
    jurisdiction_from,
)
from iccwatch.dataset.sources_policy import check_sources
from iccwatch.dataset.standing_checks import sentences_completed, verdicts_in_order
from iccwatch.dataset.state_checks import (
    acts_before_the_state,
    cooperation_laws,
    ended_states,
    facts_after_the_state,
    facts_before_the_state,
    heads_of_two_states,
    legislation_twice,
    named_before_the_state,
    shared_state_names,
    since_without_primary,
)
from iccwatch.dataset.statement_checks import counts_in_words, parties_statements, title_counts
from iccwatch.dataset.text_checks import (
    bylines,
    html_entities,
    odd_texts,
    placeholder_problem,
    placeholders,
    prose_fields,
)
from iccwatch.dataset.trip_checks import (
    long_overflights,
    long_stays,
    no_arrest_on_arrest_day,
    overlapping_trips,
    travel_gaps_beside_trips,
    trips_after_death,
    trips_dated_by_later_sources,
    trips_inside_custody_spells,
    trips_while_arrested_by_a_state,
    trips_without_a_warrant,
)
from iccwatch.dataset.trip_id_checks import trip_ids
from iccwatch.dataset.unread_primary_checks import unread_primary_problems
from iccwatch.dataset.walked import walked
from iccwatch.dataset.warrant_checks import (
    at_large_on_summons,
    challenges_on_the_warrant,
    challenges_out_of_time,
    coarse_statuses,
    issued_after_death,
    requests_after_death,
    statuses_twice,
)
from iccwatch.model import DateSpan, Participation, State
from iccwatch.model.apic_dates import apic_entry_into_force_for
from iccwatch.model.rome_statute import (
    ADOPTED,
    ENTRY_INTO_FORCE,
    entry_into_force_for,
    party_intervals,
    withdrawal_takes_effect,
    withdrawn_before_force,
)
from iccwatch.model.state import CONSENT_ACTIONS


def _first(value: str) -> dt.date:
    return DateSpan.parse(value).first


def _last(value: str) -> dt.date:
    return DateSpan.parse(value).last


#: The checks that read the records alone, in the order they report (each module says what it checks and why; the order is
#: the one the bad-input rounds wrote them in, which the order of reports keeps).
CHECKS: tuple[Callable[[RecordSet], Iterable[Problem]], ...] = (
    participation_instruments, resolution_numbers, council_fields, measure_authors, requests_and_offices_in_custody,
    trips_without_a_warrant, no_arrest_on_arrest_day, long_overflights, findings_on_compliance, aliases_of_others,
    page_addresses, findings_on_ended_warrants, requests_after_death, title_counts, parties_statements, recorded_twice,
    trips_dated_by_later_sources, trips_while_arrested_by_a_state, overlapping_trips, facts_and_their_sources,
    withdrawal_retractions, declaration_124_withdrawals, withdrawals_announced_after_leaving, long_stays,
    cutoffs_not_full_days, facts_before_the_state, pasted_addresses, variants_already_names, coarse_statuses,
    unread_primary_problems, followed_addresses, publisher_grades, acts_before_the_state, deferral_dates, position_persons,
    at_large_on_summons, places_named_as_states, places_under_two_cases, html_entities, since_without_primary, variants_of_others, statuses_twice,
    consent_to_the_statute, chambers, findings_before_requests, custody_spells, conviction_before_confirmation,
    postponements, challenges_out_of_time, jurisdiction_from, identities, heads_of_two_states,
    responses_naming_other_states, address_spellings, odd_texts, demonyms_of_other_states, ids_as_file_names,
    withdrawals_revoked_then_effective, surrenders_by_the_holder, trips_inside_custody_spells, trips_after_death,
    archive_and_session_addresses, counts_in_words, alias_forms, dates_inside_ids, council_responses, council_deferrals,
    issued_after_death, empty_marks, bylines, lookup_entries, aliases_differing_in_case, prose_fields,
    authorisations_of_referrals, gaps_on_rulings, challenges_on_the_warrant, position_scopes, coverage_lists_twice,
    travel_gaps_beside_trips, article_16_requests, search_log_entries, cooperation_laws, authorising_chambers,
    other_addresses, transfers, kampala_entry_into_force, placeholders, region_tables, question_state_name_tables,
    question_month_tables, spaced_words, place_names,
    trip_ids, custody_across_warrants, copy_of_loops, shared_aliases,
    same_page_addresses, response_gaps_answered, shared_state_names, legislation_twice, named_before_the_state,
    ended_states, facts_after_the_state,  # round 40: a State's end and its successors
    position_problems,  # the editorial rule for States' positions
    trips_into_custody, findings_before_bound, withdrawals_without_consent, pinpoint_ranges, names_that_are_codes, null_island,
    negative_pinpoints, pages_of_sources, regions_named_as_states, question_words, demonyms_that_are_codes,
    referral_targets_not_ids, copy_of_originals, referral_targets_of_other_kinds, decisions_before_investigation, surrender_hands,
    referral_target_typos, texts_only_a_date, appeal_and_follows, rulings_after_death, outcome_persons, appearances_before_custody,
    occasion_elsewhere, confirmations_after_verdicts, verdicts_in_order, sentences_completed, question_patterns,
    monitor_word_lists,
    names_problems,
    cross_record_problems,  # the record against itself (dataset/cross_record_checks.py)
    linked_date_problems,  # a record's dates against the records it is linked to (dataset/linked_date_checks.py)
    document_numbers,  # the document numbers sources' pinpoints open with (dataset/document_number_checks.py)
    numbers_on_news_pages,  # round 34: a document's number as the pinpoint of a news page (dataset/document_number_checks.py)
    court_place_tables, shared_names,  # round 35: the Court's places table; two persons of one name
)


def check_records(records: RecordSet, assertions: dict[str, Any] | None = None, today: dt.date | None = None) -> list[Problem]:
    """Every cross-record problem in ``records`` (schema problems are found by the loader). ``today``
    (default: the current date) bounds what may already have happened."""
    problems: list[Problem] = []
    problems += list(_references(records))
    for iso3, state in records.states.items():
        problems += _participation_of(records.files[("states", iso3)], state)
    problems += list(_dates(records))
    problems += list(cutoff_problems(records, (today or dt.datetime.now(dt.UTC).date()) + FUTURE_MARGIN))
    problems += list(_deaths(records))
    problems += list(_situation_dates(records))
    problems += list(_deferrals(records))
    problems += list(_decision_subjects(records))
    problems += list(_listed_twice(records))
    problems += list(_lookup_codes(records))
    problems += list(_name_variants(records))
    problems += list(_impossible(records, today or dt.datetime.now(dt.UTC).date()))
    problems += list(_reported_party_status(records))
    if "publishers" in records.lookups:
        problems += check_sources(records)
        problems += provenance_problems(records)
        problems += contradiction_problems(records)
    else:  # every source would be reported ungraded: one problem says why instead
        problems.append(Problem("data/lookups/publishers.yaml", "publishers", None,
                                "the publishers table did not load, so no source was graded: fix or restore it first"))
    problems += list(coverage_problems(records))
    problems += list(notes_problems(records))
    problems += list(search_log_problems(records, today or dt.datetime.now(dt.UTC).date()))
    problems += consistency_problems(records, today)
    for check in CHECKS:  # each names the module of one topic that holds it
        problems += check(records)
    if assertions is not None:
        problems += list(check_assertions(records, assertions))
    return problems


# ---------------------------------------------------------------------------------- references


def _references(r: RecordSet) -> Iterator[Problem]:
    def missing(kind: str, key: str | None, file: str, record: str, field: str) -> Iterator[Problem]:
        if key is not None and key not in r.of_kind(kind):
            label = {"states": "state code"}.get(kind, kind.rstrip("s"))
            yield Problem(file, record, field, f"unknown {label} {key!r} (no data/{kind}/{key}.yaml)")

    def each_missing(kind: str, keys: Iterable[str], file: str, record: str, field: str) -> Iterator[Problem]:
        """``missing`` for each key of a list field, each named by its place in the list (``states[2]``)."""
        for i, ref in enumerate(keys):
            yield from missing(kind, ref, file, record, f"{field}[{i}]")

    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        for i, act in enumerate(st.participation):
            yield from missing("instruments", act.instrument, f, iso3, f"participation[{i}].instrument")
            yield from missing("situations", act.situation, f, iso3, f"participation[{i}].situation")
            yield from missing("states", act.counterparty, f, iso3, f"participation[{i}].counterparty")
    for key, ins in r.instruments.items():
        f = r.files[("instruments", key)]
        yield from missing("situations", ins.situation, f, key, "situation")
        yield from each_missing("states", ins.obliges_states, f, key, "obliges_states")
    for key, sit in r.situations.items():
        f = r.files[("situations", key)]
        yield from each_missing("states", sit.states, f, key, "states")
        yield from each_missing("states", sit.referring_states, f, key, "referring_states")
        if sit.unsc_resolution:
            yield from missing("instruments", sit.unsc_resolution, f, key, "unsc_resolution")
            resolution = r.instruments.get(sit.unsc_resolution)
            if resolution and resolution.kind != "unsc_resolution":
                yield Problem(f, key, "unsc_resolution", f"{sit.unsc_resolution!r} is not a Security Council resolution")
    for key, p in r.persons.items():
        f = r.files[("persons", key)]
        yield from each_missing("states", p.nationality, f, key, "nationality")
        for i, o in enumerate(p.offices):
            yield from missing("states", o.state, f, key, f"offices[{i}].state")
        if not any(w.person == key for w in r.warrants.values()):
            yield Problem(f, key, None, "orphan person: no warrant, summons or application refers to it")
    for key, w in r.warrants.items():
        f = r.files[("warrants", key)]
        yield from missing("persons", w.person, f, key, "person")
        yield from missing("situations", w.situation, f, key, "situation")
        for i, sc in enumerate(w.status_history):
            yield from missing("states", sc.by_state, f, key, f"status_history[{i}].by_state")
        for i, ch in enumerate(w.admissibility_challenges):
            yield from missing("states", ch.by_state, f, key, f"admissibility_challenges[{i}].by_state")
        for i, cu in enumerate(w.custody):
            yield from missing("states", cu.held_by, f, key, f"custody[{i}].held_by")
    for key, d in r.decisions.items():
        f = r.files[("decisions", key)]
        yield from missing("states", d.state, f, key, "state")
        yield from missing("situations", d.situation, f, key, "situation")
        yield from each_missing("persons", d.persons, f, key, "persons")
        yield from each_missing("events", d.events, f, key, "events")
        yield from missing("decisions", d.appeal_of, f, key, "appeal_of")
        yield from missing("decisions", d.follows, f, key, "follows")
    for key, e in r.events.items():
        f = r.files[("events", key)]
        yield from missing("persons", e.person, f, key, "person")
        yield from missing("states", e.state, f, key, "state")
    for key, rs in r.responses.items():
        f = r.files[("responses", key)]
        yield from missing("decisions", rs.decision, f, key, "decision")
        dec = r.decisions.get(rs.decision) if rs.decision else None
        if dec and rs.body not in (dec.referred_to or "").split("+"):
            yield Problem(f, key, "body", f"decision {dec.id} was not referred to the {rs.body} (referred to: {dec.referred_to})")
        if dec and dec.state and rs.states and dec.state not in rs.states:  # round 41: the finding is about another State
            yield Problem(f, key, "decision", f"decision {dec.id} is a finding about {dec.state}, but this response names "
                          f"{', '.join(rs.states)} (states): name the finding the response answers, or add {dec.state} to states")
        if dec and _last(rs.date) < _first(dec.date):
            yield Problem(f, key, "date", f"a response of {rs.date} cannot precede the referral of {dec.date}")
        for i, did in enumerate(rs.related_decisions):
            other = r.decisions.get(did)
            if other and _last(rs.date) < _first(other.date):
                yield Problem(f, key, f"related_decisions[{i}]", f"a response of {rs.date} cannot precede the referral of {other.date}")
    for key, ms in r.measures.items():
        yield from missing("states", ms.state, r.files[("measures", key)], key, "state")
    for key, rq in r.requests.items():
        f = r.files[("requests", key)]
        yield from missing("persons", rq.person, f, key, "person")
        yield from missing("states", rq.requested_state, f, key, "requested_state")
        if rq.requesting != "ICC":
            yield from missing("states", rq.requesting, f, key, "requesting")
        else:
            issued = [_first(w.issued) for w in r.warrants.values() if w.person == rq.person and w.issued]
            if issued and _last(rq.date) < min(issued):
                yield Problem(f, key, "date", f"the Court's request of {rq.date} precedes every warrant for {rq.person} (first issued {min(issued)})")
    for key, pos in r.positions.items():
        yield from each_missing("states", pos.states, r.files[("positions", key)], key, "states")
        yield from each_missing("persons", pos.persons, r.files[("positions", key)], key, "persons")
        yield from each_missing("situations", pos.situations, r.files[("positions", key)], key, "situations")
    for key, stmt in r.statements.items():
        f = r.files[("statements", key)]
        yield from each_missing("states", stmt.signatories, f, key, "signatories")
        yield from each_missing("states", stmt.drafters, f, key, "drafters")
        yield from each_missing("states", stmt.open_to, f, key, "open_to")


# ------------------------------------------------------------- participation: arts. 126 and 127


#: The problems of each State's participation (``_participation``), kept per State object (``held_for``): they depend
#: on the State's own record and its file alone, and a record read again from an unchanged file is the same object
#: (the loader's ``_VALIDATED``), so a check of a record with most files unchanged finds them once.
_PARTICIPATION = BoundedCache(4096)


def _participation_of(file: str, state: State) -> tuple[Problem, ...]:
    return _PARTICIPATION.held_for((state,), ("participation", file), lambda: tuple(_participation(file, state)))


def _participation(file: str, state: State) -> Iterator[Problem]:
    by_instrument: dict[str, list[tuple[int, Participation]]] = defaultdict(list)
    for i, act in enumerate(state.participation):
        by_instrument[act.instrument].append((i, act))
    for instrument, acts in by_instrument.items():
        if instrument == "rome-statute":
            yield from _rome_statute_acts(file, state.iso3, acts)
        yield from _derived_acts(file, state.iso3, instrument, acts)


#: The treaty rules a derived date may follow: (instrument, action) -> (the rule, the article as its
#: citation must name it, a pattern for that citation's pinpoint).
_DERIVING_RULES: dict[tuple[str, str], tuple[Callable[[dt.date], dt.date], str, re.Pattern[str]]] = {
    ("rome-statute", "entry_into_force"): (entry_into_force_for, "art. 126", re.compile(r"\bart(icle)?\.?\s*126\b", re.I)),
    ("rome-statute", "withdrawal_effective"): (withdrawal_takes_effect, "art. 127(1)", re.compile(r"\bart(icle)?\.?\s*127\s*\(1\)", re.I)),
    ("apic", "entry_into_force"): (apic_entry_into_force_for, "art. 35", re.compile(r"\bart(icle)?\.?\s*35\b", re.I)),
}


def _rome_statute_acts(file: str, iso3: str, acts: list[tuple[int, Participation]]) -> Iterator[Problem]:
    def field(i: int, name: str = "date") -> str:
        return f"participation[{i}].{name}"

    # An instrument withdrawn before the Statute entered into force for the State never enters into force,
    # and the notification withdrawing it takes effect at once (it needs no withdrawal_effective).
    withdrawn = withdrawn_before_force([a for _, a in acts])
    gone = {id(c) for c, _ in withdrawn} | {id(n) for _, n in withdrawn}
    all_consents = [(i, a) for i, a in acts if a.action in CONSENT_ACTIONS]
    consents = [(i, a) for i, a in all_consents if id(a) not in gone]
    eifs = [(i, a) for i, a in acts if a.action == "entry_into_force"]
    signatures = [(i, a) for i, a in acts if a.action == "signature"]
    if len(consents) != len(eifs):
        why, at = "", "participation"
        if withdrawn and len(eifs) > len(consents):  # round fifteen: say which instrument the count leaves out, and why
            c, n = withdrawn[0]
            why = (f" (the {c.action} of {c.date} is not counted: the withdrawal notified on {n.date} came before the Statute entered "
                   "into force for the State, so that instrument never entered into force; correct the withdrawal's date, or leave "
                   "out the entry into force)")
            # round 32: the problem names the withdrawal it is about (it named only the list)
            at = next((field(i) for i, a in acts if a is n), at)
        yield Problem(
            file, iso3, at,
            f"{len(consents)} instrument(s) of ratification/accession/succession but {len(eifs)} entry into force{why}",
        )
    for (ic, consent), (ie, eif) in zip(sorted(consents, key=lambda x: x[1].date), sorted(eifs, key=lambda x: x[1].date), strict=False):
        for i, a in ((ic, consent), (ie, eif)):
            if _first(a.date) != _last(a.date):
                yield Problem(file, iso3, field(i), f"{a.action} needs an exact day, not {a.date!r}")
        if _first(consent.date) != _last(consent.date) or _first(eif.date) != _last(eif.date):
            continue
        deposited, in_force = _first(consent.date), _first(eif.date)
        if consent.action == "succession":
            # A successor State is bound from the date of succession, which precedes the notification.
            if in_force > deposited:
                yield Problem(file, iso3, field(ie), "on succession the Statute applies from the date of succession, which cannot follow the notification")
            continue
        expected = entry_into_force_for(deposited)
        if in_force != expected:
            yield Problem(
                file, iso3, field(ie),
                f"entry into force {in_force} does not follow Art. 126 from the deposit on {deposited}: expected {expected}",
            )
    for i, s in signatures:
        for _, c in all_consents:
            if _first(s.date) > _last(c.date):
                yield Problem(file, iso3, field(i), f"signature {s.date} after {c.action} {c.date}")
    for i, a in acts:
        if a.action == "signature_withdrawn" and not signatures:
            yield Problem(file, iso3, field(i, "action"), "signature withdrawn, but no signature is recorded")
        if a.action == "signature_withdrawn" and all_consents:
            yield Problem(file, iso3, field(i, "action"), "a State that ratified or acceded cannot withdraw its signature; use withdrawal_notified")
    notified = sorted(((i, a) for i, a in acts if a.action == "withdrawal_notified"), key=lambda x: x[1].date)
    effective = [(i, a) for i, a in acts if a.action == "withdrawal_effective"]
    revoked = [(i, a) for i, a in acts if a.action == "withdrawal_revoked"]
    announced = [(i, a) for i, a in acts if a.action == "withdrawal_announced"]
    for i, e in effective:
        prior = [n for _, n in notified if n.date < e.date]
        if not prior:
            yield Problem(file, iso3, field(i), "withdrawal takes effect, but no notification precedes it (Art. 127(1))")
            continue
        n = prior[-1]
        if _first(n.date) != _last(n.date):
            continue
        expected = withdrawal_takes_effect(_first(n.date))
        if _first(e.date) < expected:
            yield Problem(
                file, iso3, field(i),
                f"withdrawal effective {e.date} is less than one year after the notification of {n.date} (Art. 127(1)): earliest {expected}",
            )
        elif _first(e.date) > expected and not (e.note and "later date" in e.note):
            yield Problem(
                file, iso3, field(i),
                f"withdrawal effective {e.date} but Art. 127(1) gives {expected}; if the notification named a later date, say so in the note ('later date')",
            )
    for i, n in notified:
        closes = [a for _, a in effective + revoked if a.date > n.date]
        if not closes and id(n) not in gone:
            yield Problem(file, iso3, field(i), "a withdrawal notification needs its effective date (withdrawal_effective, scheduled if need be) or its revocation")
        if not all_consents:
            yield Problem(file, iso3, field(i, "action"), "withdrawal notified by a State that never became a party")
    for i, v in revoked:
        if not [a for _, a in notified + announced if a.date <= v.date]:
            yield Problem(file, iso3, field(i), "withdrawal revoked, but no notification or announcement precedes it")
        if [a for _, a in effective if a.date <= v.date and not a.disputed]:
            yield Problem(file, iso3, field(i), "a withdrawal cannot be revoked after it has taken effect")


def _derived_acts(file: str, iso3: str, instrument: str, acts: list[tuple[int, Participation]]) -> Iterator[Problem]:
    """A date derived by a treaty's own rule names an act the State recorded, follows from it exactly,
    and cites the article (a primary source whose pinpoint names it)."""
    for i, act in acts:
        if not act.derived_from:
            continue
        where = f"participation[{i}].derived_from"
        rule = _DERIVING_RULES.get((instrument, act.action))
        if rule is None:
            known = ", ".join(f"{a} of {ins}" for ins, a in _DERIVING_RULES)
            yield Problem(file, iso3, where, f"no treaty rule derives a {act.action} of {instrument!r}; derived dates are: {known}")
            continue
        base = [a for _, a in acts if a.action == act.derived_from and a.date <= act.date]
        if not base:
            yield Problem(file, iso3, where, f"derived from a {act.derived_from}, but none is recorded before {act.date}")
            continue
        day = base[-1].date
        if _first(day) != _last(day) or _first(act.date) != _last(act.date):
            yield Problem(file, iso3, where, "a derived date needs exact days, both its own and its act's")
            continue
        derive, label, pattern = rule
        expected = derive(_first(day))
        if _first(act.date) != expected:
            yield Problem(file, iso3, where, f"{act.action} {act.date} is marked derived, but the rule gives {expected} from the {act.derived_from} of {day}")
        if not any(s.kind == "primary" and s.pinpoint and pattern.search(s.pinpoint) for s in act.sources):
            yield Problem(file, iso3, where, f"a date derived by the treaty must cite it: a primary source with pinpoint {label!r}")


# -------------------------------------------------------------------------------- date order


def _dates(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        f = r.files[("warrants", key)]
        if w.issued:
            for i, sc in enumerate(w.status_history):
                # A death can precede the warrant when it was unconfirmed at the time (the Court issued it anyway).
                if sc.date and sc.status not in ("requested", "deceased") and _last(sc.date) < _first(w.issued):
                    yield Problem(f, key, f"status_history[{i}].date", f"{sc.status} on {sc.date}, before the warrant was issued on {w.issued}")
        sit = r.situations.get(w.situation)
        opened = sit.investigation_opened if sit else None
        if w.issued and opened and _last(w.issued) < _first(opened):
            yield Problem(f, key, "issued", f"issued on {w.issued}, before the investigation of the situation {w.situation!r} opened on {opened} (Art. 58)")
    for key, p in r.persons.items():
        for i, o in enumerate(p.offices):
            if o.start and o.end and _last(o.end) < _first(o.start):
                yield Problem(r.files[("persons", key)], key, f"offices[{i}].end", f"ends ({o.end}) before it starts ({o.start})")
    for key, ms in r.measures.items():
        if ms.end_date and _last(ms.end_date) < _first(ms.date):
            yield Problem(r.files[("measures", key)], key, "end_date", f"ends ({ms.end_date}) before it starts ({ms.date})")
    for key, e in r.events.items():
        f = r.files[("events", key)]
        if e.end_date and _last(e.end_date) < _first(e.date):
            yield Problem(f, key, "end_date", f"ends ({e.end_date}) before it starts ({e.date})")
        issued = [_first(w.issued) for w in r.warrants.values() if w.person == e.person and w.issued]
        if issued and _last(e.date) < min(issued):
            yield Problem(f, key, "date", f"event on {e.date} precedes every warrant for {e.person} (first issued {min(issued)})")
    for key, d in r.decisions.items():
        f = r.files[("decisions", key)]
        for fld in ("appeal_of", "follows"):
            other = r.decisions.get(getattr(d, fld) or "")
            if other and _first(other.date) > _last(d.date):
                yield Problem(f, key, fld, f"{fld} {other.id} is dated after this decision")
        for i, eid in enumerate(d.events):
            ev = r.events.get(eid)
            if ev and _first(ev.date) > _last(d.date):
                yield Problem(f, key, f"events[{i}]", f"decision of {d.date} cannot concern an event of {ev.date}")
        if d.effective_until and _last(d.effective_until) < _first(d.date):
            yield Problem(f, key, "effective_until", f"lapses ({d.effective_until}) before the decision was made ({d.date})")
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        for i, a in enumerate(st.participation):
            if a.covers_from and a.covers_to and _first(a.covers_to) < _first(a.covers_from):
                yield Problem(f, iso3, f"participation[{i}].covers_to", "period ends before it starts")


#: How far past today a date may lie (time zones, a decision dated the next morning); a scheduled
#: withdrawal is checked by Art. 127 instead.
FUTURE_MARGIN = dt.timedelta(days=2)
_WITHDRAWALS = ("withdrawal_notified", "withdrawal_effective")


def _impossible(r: RecordSet, today: dt.date) -> Iterator[Problem]:
    """Records that cannot be true: acts under the Statute before it existed, withdrawals that cannot
    follow from the State's acts, acts recorded twice, dates in the future, a warrant unsealed before
    it was issued, decisions that appeal or follow each other in a circle.

    The rules on a State's acts, on a record's dates and on its sources each read one record alone (and the
    date that bounds the future), so their problems are kept per record object (``_per_record``): a check of a
    record of which one file changed applies them to that record only. Same problems, same order."""
    latest = today + FUTURE_MARGIN
    for iso3, st in r.states.items():
        yield from _per_record("acts", "states", iso3, r.files[("states", iso3)], st, latest)
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            yield from _per_record("dates", kind, key, r.files[(kind, key)], obj, latest)
    for at, v in [("checked_through", r.meta.checked_through)] + [
            (f"coverage.{k}.checked_through", c.checked_through) for k, c in r.meta.coverage.items()]:
        if _first(v) > latest:
            yield Problem("data/meta.yaml", "meta", at, f"{v} is in the future: the record cannot have been checked through it")
    yield from _table_sources(r.lookups, latest)
    for key, w in r.warrants.items():
        if w.unsealed and w.issued and _last(w.unsealed) < _first(w.issued):
            yield Problem(r.files[("warrants", key)], key, "unsealed", f"unsealed on {w.unsealed}, before the warrant was issued on {w.issued}")
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            yield from _per_record("sources", kind, key, r.files[(kind, key)], obj, latest)
    for key, ins in r.instruments.items():
        if ins.text_url and _hides_host(ins.text_url):
            yield Problem(r.files[("instruments", key)], key, "text_url", f"{ins.text_url!r} hides the host it opens: cite the plain address")
    yield from _decision_cycles(r)


#: (rule, kind, key, file, the latest date not in the future, the record's id) -> its problems, held by
#: ``BoundedCache.held_for``.
_IMPOSSIBLE = BoundedCache(65536)


def _per_record(rule: str, kind: str, key: str, f: str, obj: Any, latest: dt.date) -> tuple[Problem, ...]:
    walk = _PER_RECORD_RULES[rule]
    return _IMPOSSIBLE.held_for((obj,), (rule, kind, key, f, latest), lambda: tuple(walk(kind, key, f, obj, latest)))


def _state_acts(kind: str, iso3: str, f: str, st: Any, latest: dt.date) -> Iterator[Problem]:
    seen: dict[tuple[Any, ...], int] = {}
    for i, a in enumerate(st.participation):
        same = (a.instrument, a.action, a.date, a.situation, a.counterparty)
        if same in seen:
            yield Problem(f, iso3, f"participation[{i}]", f"{a.action} of {a.date} is recorded twice (also participation[{seen[same]}])")
        seen.setdefault(same, i)
    acts = sorted(((i, a) for i, a in enumerate(st.participation) if a.instrument == "rome-statute"), key=lambda x: _first(x[1].date))
    for i, a in acts:
        if _last(a.date) < ADOPTED:
            yield Problem(f, iso3, f"participation[{i}].date", f"{a.action} on {a.date}, before the Statute was adopted on {ADOPTED}")
    party = False
    pending = False
    for i, a in acts:
        if a.action in CONSENT_ACTIONS:
            party, pending = True, False
        elif a.action in _WITHDRAWALS and not party:
            when = "before the State ratified or acceded" if not any(b.action in CONSENT_ACTIONS for _, b in acts) or _first(a.date) < min(
                _first(b.date) for _, b in acts if b.action in CONSENT_ACTIONS) else "after the State had left"
            yield Problem(f, iso3, f"participation[{i}].action", f"{a.action} on {a.date}, {when}")
        elif a.action == "withdrawal_announced" and not any(
                b.action in CONSENT_ACTIONS and _first(b.date) <= _first(a.date) for _, b in acts):
            # round 32: a government announces leaving a treaty it is bound by; before any ratification or accession there
            # is nothing to leave (a signatory's "unsigning" is signature_withdrawn)
            yield Problem(f, iso3, f"participation[{i}].action", f"{a.action} on {a.date}, before the State ratified or acceded: "
                          "a State leaves only what it is bound by (a signatory's notice that it will not ratify is "
                          "signature_withdrawn), or correct the date")
        elif a.action == "withdrawal_notified":
            if pending:
                yield Problem(f, iso3, f"participation[{i}].action", f"a second withdrawal notified on {a.date} while the first is pending")
            pending = True
        elif a.action == "withdrawal_revoked":
            pending = False
        elif a.action == "withdrawal_effective" and not a.disputed:
            party, pending = False, False


def _record_dates(kind: str, key: str, f: str, obj: Any, latest: dt.date) -> Iterator[Problem]:
    earliest = _EARLIEST.get(kind)
    for at, v in future_dates(obj):
        if _first(v) > latest:
            yield Problem(f, key, at, f"{v} is in the future")
        elif earliest and _last(v) < earliest[0]:
            yield Problem(f, key, at, f"{v} is {earliest[1]}")


def _record_sources(kind: str, key: str, f: str, obj: Any, latest: dt.date) -> Iterator[Problem]:
    for at, src in sources_of(obj):
        if src.date and _first(src.date) > latest:
            yield Problem(f, key, f"{at}.date", f"source dated {src.date}, in the future")
        if _hides_host(src.url):
            yield Problem(f, key, f"{at}.url", f"{src.url!r} hides the host it opens (a backslash, or a "
                          "name before '@'): cite the plain address")
        if src.note:
            yield from _read_days(f, key, at, src.date, src.note, latest)


def _read_days(f: str, key: str, at: str, date: str | None, note: str, latest: dt.date) -> Iterator[Problem]:
    """Round 38: the day a source's own note says it was read (``read (2026-12-02)``, ``read on ...``: ``read_days``)
    before the source's own date (the first day that date can mean: a source dated 2013-03 may be read on 2013-03-01), or
    after today (with the future rule's margin). Either is impossible: a document is read after it is dated, and not
    yet tomorrow; one of the two days is wrong (a page's later update given as its date, a day mistyped)."""
    for day in read_days(note):
        try:
            read = dt.date.fromisoformat(day)
        except ValueError:
            yield Problem(f, key, f"{at}.note", f"the note says the source was read on {day}, which is not a day: write the day "
                          "it was read as YYYY-MM-DD")
            continue
        if date and read < _first(date):
            yield Problem(f, key, f"{at}.note", f"the note says the source was read on {day}, before its own date ({date}): a "
                          "document is read only once it exists; correct the day read or the source's date (the date of the "
                          "version read)")
        elif read > latest:
            yield Problem(f, key, f"{at}.note", f"the note says the source was read on {day}, in the future: write the day it "
                          "was read")


def _table_sources(lookups: dict[str, Any], latest: dt.date) -> Iterator[Problem]:
    """Round 27: the sources rule on a lookup table's sources (a table's sources are read by its model, as a record's
    are, but were not dated against today): one dated in the future, or an address that hides its host. Round 28: every
    ``sources`` list of the table (an entry's own, ``lists.kampala.sources``), not only the table's."""
    for stem, table in sorted(lookups.items()):
        for at, src in _SOURCE_LISTS.held_for((table,), stem, functools.partial(_table_source_list, table)):
            date, url = src.get("date"), src.get("url")
            if isinstance(date, str) and date and _first(date) > latest:
                yield Problem(f"data/lookups/{stem}.yaml", stem, f"{at}.date", f"source dated {date}, in the future")
            if isinstance(url, str) and _hides_host(url):
                yield Problem(f"data/lookups/{stem}.yaml", stem, f"{at}.url", f"{url!r} hides the host it opens (a backslash, or a "
                              "name before '@'): cite the plain address")
            for name in ("title", "publisher", "note"):  # round 39: a placeholder (``nan``, ``TODO``), as in a record's source
                text = src.get(name)
                if isinstance(text, str) and text and (why := placeholder_problem(name, text)):
                    yield Problem(f"data/lookups/{stem}.yaml", stem, f"{at}.{name}", why)
            note = src.get("note")
            if isinstance(note, str) and note:  # round 38: its read date, as a record's source's
                yield from _read_days(f"data/lookups/{stem}.yaml", stem, at, date if isinstance(date, str) and date else None,
                                      note, latest)


#: A lookup table's sources, each with its place (``lists.kampala.sources[0]``), kept by the (frozen, shared) table.
_SOURCE_LISTS = BoundedCache(256)


def _sources_in(node: Any, at: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            here = f"{at}.{key}" if at else str(key)
            if key == "sources" and isinstance(value, (list, tuple)):
                yield from ((f"{here}[{i}]", src) for i, src in enumerate(value) if isinstance(src, Mapping))
            elif isinstance(value, (Mapping, list, tuple)):
                yield from _sources_in(value, here)
    elif isinstance(node, (list, tuple)):
        for i, value in enumerate(node):
            if isinstance(value, (Mapping, list, tuple)):
                yield from _sources_in(value, f"{at}[{i}]")


def _table_source_list(table: Any) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    """Every source of a lookup table with its place (what ``_SOURCE_LISTS`` keeps)."""
    return tuple(_sources_in(table, ""))


_PER_RECORD_RULES: dict[str, Callable[[str, str, str, Any, dt.date], Iterator[Problem]]] = {
    "acts": _state_acts, "dates": _record_dates, "sources": _record_sources}


#: The earliest a record of each kind can be dated: nothing the Court did, and no trip of a person it
#: wants, before the Statute entered into force; no statement on it, position on it or measure
#: implementing it before it was adopted. (Offices, instruments and State acts have their own rules.)
_EARLIEST = {kind: (ENTRY_INTO_FORCE, f"before the Statute entered into force on {ENTRY_INTO_FORCE}")
             for kind in ("warrants", "decisions", "events", "responses", "requests")} | {
             kind: (ADOPTED, f"before the Rome Statute was adopted on {ADOPTED}") for kind in ("statements", "positions", "measures")}


@functools.lru_cache(maxsize=65536)  # a pure function of the text; a record's addresses are checked on every check
def _hides_host(url: str) -> bool:
    """True when a browser would open another host than the one the address seems to name: a backslash
    (read as '/' by browsers, not by URL parsers) or user information before '@' in the authority."""
    authority = re.split(r"[/?#]", url.split("://", 1)[-1], maxsplit=1)[0]
    return "\\" in url or "@" in authority





def _decision_cycles(r: RecordSet) -> Iterator[Problem]:
    """A decision cannot, through ``appeal_of`` and ``follows``, lead back to itself."""
    edges = {k: [x for x in (d.appeal_of, d.follows) if x and x in r.decisions] for k, d in r.decisions.items()}
    reported: set[str] = set()
    for start in sorted(edges):
        if start in reported:
            continue
        # Depth-first, without recursion: (node, path to it) pairs.
        stack: list[tuple[str, list[str]]] = [(x, [start]) for x in edges[start]]
        seen: set[str] = set()
        while stack:
            at, path = stack.pop()
            if at == start:
                loop = [*path, start]
                reported.update(path)
                yield Problem(r.files[("decisions", start)], start, "appeal_of/follows",
                              "decisions refer to each other in a circle: " + " → ".join(loop))
                break
            if at in seen:
                continue
            seen.add(at)
            stack.extend((x, [*path, at]) for x in edges[at])


#: What a dead person cannot do or undergo (proceedings end with the death; a warrant may still be
#: issued, or the death confirmed, later).
_NOT_AFTER_DEATH = ("arrested", "surrendered", "appeared_voluntarily", "released", "convicted", "acquitted")
#: Events in which the person was present (a cancelled or planned trip may follow a death).
_PRESENT = ("no_arrest", "arrest", "surrender", "arrest_and_release")


def _deaths(r: RecordSet) -> Iterator[Problem]:
    """Nothing a person does or undergoes after a death the record states (not disputed)."""
    died: dict[str, str] = {}
    for w in r.warrants.values():
        for sc in w.status_history:
            if sc.status == "deceased" and sc.date and not sc.disputed and (w.person not in died or _last(sc.date) < _last(died[w.person])):
                died[w.person] = sc.date
    for key, w in r.warrants.items():
        death = died.get(w.person)
        if not death:
            continue
        for i, sc in enumerate(w.status_history):
            if sc.status in _NOT_AFTER_DEATH and sc.date and _first(sc.date) > _last(death):
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}].status",
                              f"{sc.status} on {sc.date}, after the death recorded on {death}")
    for key, e in r.events.items():
        death = died.get(e.person)
        if death and e.action in _PRESENT and _first(e.date) > _last(death):
            yield Problem(r.files[("events", key)], key, "date", f"a trip on {e.date}, after the death of {e.person} recorded on {death}")
    for pid, death in died.items():
        person = r.persons.get(pid)
        for i, o in enumerate(person.offices if person else []):
            if not o.end:
                yield Problem(r.files[("persons", pid)], pid, f"offices[{i}].end",
                              f"'{o.title}' has no end, but the record states the holder's death on {death}: end it at the "
                              "latest then (say so in the note), or earlier where a source says")
            elif _first(o.end) > _last(death):
                yield Problem(r.files[("persons", pid)], pid, f"offices[{i}].end",
                              f"'{o.title}' ends on {o.end}, after the holder's death recorded on {death}")


def _situation_dates(r: RecordSet) -> Iterator[Problem]:
    """A situation's steps in order, none before the Statute entered into force (the Court's existence):
    preliminary examination, referral or authorisation, investigation."""
    for key, s in r.situations.items():
        f = r.files[("situations", key)]
        steps = [("preliminary_examination.opened", "preliminary examination opened", s.preliminary_examination.opened if s.preliminary_examination else None),
                 ("referral_date", "referral", s.referral_date),
                 ("authorisation.date", "authorisation", s.authorisation.date if s.authorisation else None),
                 ("investigation_opened", "investigation opened", s.investigation_opened)]
        for at, label, v in steps:
            if v and _last(v) < ENTRY_INTO_FORCE:
                yield Problem(f, key, at, f"{label} on {v}, before the Statute entered into force on {ENTRY_INTO_FORCE}")
        if s.referring_states and s.trigger != "state_referral":
            yield Problem(f, key, "referring_states", f"only a State referral (trigger state_referral) has referring States; this one is {s.trigger}")
        if s.trigger == "state_referral" and not s.referring_states:
            yield Problem(f, key, "referring_states", "a State referral names the referring State(s)")
        if s.referral_date and s.trigger == "proprio_motu":
            yield Problem(f, key, "referral_date", "a situation opened proprio motu (Art. 15) has no referral date")
        inv = s.investigation_opened
        for _at, label, v in steps[:3]:
            if v and inv and _last(inv) < _first(v):
                yield Problem(f, key, "investigation_opened", f"investigation opened on {inv}, before the {label.removesuffix(' opened')} of {v}")
        pe, auth = steps[0][2], steps[2][2]
        if pe and auth and _last(auth) < _first(pe):
            yield Problem(f, key, "authorisation.date", f"authorisation of {auth}, before the preliminary examination opened on {pe}")


def _deferrals(r: RecordSet) -> Iterator[Problem]:
    """A deferral request under Art. 18(2): by a State of the situation, made after the investigation opened
    (the Prosecutor's notification under Art. 18(1) follows the opening), notified to the Chamber no earlier
    than made, ruled on no earlier than made; its decision a record of the same situation and State, dated
    the day of the ruling."""
    for key, s in r.situations.items():
        f = r.files[("situations", key)]
        opened = s.investigation_opened or (s.authorisation.date if s.authorisation else None)
        for i, d in enumerate(s.deferrals):
            at = f"deferrals[{i}]"
            if d.state not in s.states:
                yield Problem(f, key, f"{at}.state", f"{d.state} requested a deferral but is not among the situation's States {s.states}")
            if opened and _last(d.requested) < _first(opened):
                yield Problem(f, key, f"{at}.requested", f"deferral requested on {d.requested}, before the investigation opened on {opened}")
            if d.notified and _last(d.notified) < _first(d.requested):
                yield Problem(f, key, f"{at}.notified", f"notified to the Chamber on {d.notified}, before the request of {d.requested}")
            if d.outcome_date and _last(d.outcome_date) < _first(d.requested):
                yield Problem(f, key, f"{at}.outcome_date", f"ruled on {d.outcome_date}, before the request of {d.requested}")
            if d.decision is None:
                continue
            dec = r.decisions.get(d.decision)
            if dec is None:
                yield Problem(f, key, f"{at}.decision", f"unknown decision {d.decision!r}")
                continue
            if dec.situation != key or (dec.state and dec.state != d.state):
                yield Problem(f, key, f"{at}.decision", f"decision {d.decision} concerns {dec.situation}/{dec.state}, not {key}/{d.state}")
            if d.outcome_date and dec.date != d.outcome_date:
                yield Problem(f, key, f"{at}.outcome_date", f"{d.outcome_date}, but decision {d.decision} is dated {dec.date}")


def _decision_subjects(r: RecordSet) -> Iterator[Problem]:
    """A decision's events took place in the State it rules on and concern its persons; each person has a
    warrant, summons or application in the decision's situation."""
    for key, d in r.decisions.items():
        f = r.files[("decisions", key)]
        for i, eid in enumerate(d.events):
            ev = r.events.get(eid)
            if ev is None:
                continue
            if d.state and ev.state != d.state:
                yield Problem(f, key, f"events[{i}]", f"event {eid} took place in {ev.state}, not in {d.state}, the State the decision rules on")
            if ev.person not in d.persons:
                yield Problem(f, key, f"events[{i}]", f"event {eid} concerns {ev.person}, who is not among the decision's persons")
        for i, pid in enumerate(d.persons):
            if pid in r.persons and not any(w.person == pid and w.situation == d.situation for w in r.warrants.values()):
                yield Problem(f, key, f"persons[{i}]", f"{pid} has no warrant, summons or application in the situation {d.situation!r}")
            issued = [_first(w.issued) for w in r.warrants.values() if w.person == pid and w.issued]
            if issued and _last(d.date) < min(issued):
                yield Problem(f, key, f"persons[{i}]", f"decision of {d.date} precedes every warrant for {pid} (first issued {min(issued)})")


def _repeats(obj: Any, at: str = "") -> Iterator[tuple[str, str, str]]:
    """(field path, value, path of its first listing) of every text listed twice in one list of a record."""
    if isinstance(obj, list):
        first: dict[str, int] = {}
        for i, v in enumerate(obj):
            if isinstance(v, str):
                if v in first:
                    yield f"{at}[{i}]", v, f"{at}[{first[v]}]"
                first.setdefault(v, i)
            else:
                yield from _repeats(v, f"{at}[{i}]")
    elif hasattr(obj, "__pydantic_fields__"):
        for name in type(obj).__pydantic_fields__:
            v = getattr(obj, name)
            if isinstance(v, list) or hasattr(v, "__pydantic_fields__"):
                yield from _repeats(v, f"{at}.{name}" if at else name)


def _listed_twice(r: RecordSet) -> Iterator[Problem]:
    """A State, person, event, decision or name listed twice in one list (a slip that counts it twice)."""
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            for at, v, earlier in walked(_repeats, obj):
                yield Problem(r.files[(kind, key)], key, at, f"{v!r} is listed twice (also {earlier.rsplit('.', 1)[-1]})")


def _codes_in_lookups(lookups: dict[str, Any]) -> Iterator[tuple[str, str, object]]:
    """(table, field path, code) of every State code the lookup tables map text to."""
    names = lookups.get("state_names") or {}
    for code in names.get("names") or {}:
        yield "state_names", f"names.{code}", code
    monitor = names.get("monitor") or {}
    for code in monitor.get("extra_names") or {}:
        yield "state_names", f"monitor.extra_names.{code}", code
    for name, entry in (monitor.get("ambiguous") or {}).items():
        for i, code in enumerate(entry.get("codes") or []):
            yield "state_names", f"monitor.ambiguous.{name}.codes[{i}]", code
    for i, entry in enumerate(monitor.get("context") or []):
        yield "state_names", f"monitor.context[{i}].choose", entry.get("choose")
    for i, code in enumerate((monitor.get("situation_states") or {}).get("codes") or []):
        yield "state_names", f"monitor.situation_states.codes[{i}]", code
    demonyms = lookups.get("demonyms") or {}
    for field in ("demonyms", "monitor_extra"):
        for code in demonyms.get(field) or {}:
            yield "demonyms", f"{field}.{code}", code
    for place, code in ((lookups.get("places") or {}).get("places") or {}).items():
        yield "places", f"places.{place}", code
    for i, region in enumerate((lookups.get("regions") or {}).get("regions") or []):
        for j, code in enumerate(region.get("members") or [] if isinstance(region, dict) else []):
            yield "regions", f"regions[{i}].members[{j}]", code
    airports = lookups.get("airports") or {}
    for place, code in (airports.get("airports") or {}).items():
        yield "airports", f"airports.{place}", code
    for place, codes in (airports.get("shared") or {}).items():
        for i, code in enumerate(codes or []):
            yield "airports", f"shared.{place}[{i}]", code
    for code in (lookups.get("map_points") or {}).get("points") or {}:
        yield "map_points", f"points.{code}", code
    for i, entry in enumerate((lookups.get("court_places") or {}).get("places") or []):
        if isinstance(entry, dict):  # (session 34) the State of each of the Court's places
            yield "court_places", f"places[{i}].state", entry.get("state")
    for lang, entry in ((lookups.get("monitor_words") or {}).get("languages") or {}).items():
        for code in ((entry or {}).get("demonyms") or {}).get("states") or {}:
            yield "monitor_words", f"languages.{lang}.demonyms.states.{code}", code
        for code in ((entry or {}).get("demonyms") or {}).get("left_out") or {}:
            yield "monitor_words", f"languages.{lang}.demonyms.left_out.{code}", code
    for lang, names in ((lookups.get("question_state_names") or {}).get("languages") or {}).items():
        for code in names or {}:  # round sixteen: these codes were not checked
            yield "question_state_names", f"languages.{lang}.{code}", code


@functools.cache
def _iso_alpha3() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, lower case: a code is one when ``pycountry.countries.get(alpha_3=code)``
    finds it (that lookup folds case the same way), without that lookup's cost per code of a table."""
    import pycountry

    return frozenset(c.alpha_3.lower() for c in pycountry.countries)


def _lookup_codes(r: RecordSet) -> Iterator[Problem]:
    """A lookup table maps text only to a State of the record, or (for a partial record) to another
    ISO 3166-1 code: a code that is neither would make the monitor name a State that does not exist."""
    iso = _iso_alpha3()
    for table, at, code in _codes_in_lookups(r.lookups):
        if isinstance(code, str) and code not in r.states and code.lower() not in iso:
            yield Problem(f"data/lookups/{table}.yaml", table, at, f"unknown state code {code!r}: neither a State of the record nor an ISO 3166-1 code")


def _name_variants(r: RecordSet) -> Iterator[Problem]:
    """``name_variants.yaml`` names only persons of the record, and gives no spelling to two groups nor one
    variant to two persons (a name would then mean either)."""
    from iccwatch.dataset.names import fold_token, name_key, normalise_name, spelling_table

    table = r.lookups.get("name_variants") or {}
    file = "data/lookups/name_variants.yaml"
    seen: dict[str, int] = {}
    for i, group in enumerate(table.get("spellings") or []):
        for s in group.get("spellings") or []:
            form = fold_token(normalise_name(s).replace(" ", ""))
            if form in seen and seen[form] != i:
                yield Problem(file, "name_variants", f"spellings[{i}]", f"{s!r} is also in spellings[{seen[form]}]: a spelling belongs to one group")
            seen.setdefault(form, i)
    spellings = spelling_table(table)
    owner: dict[tuple[str, ...], str] = {}
    for pid, variants in (table.get("persons") or {}).items():
        if pid not in r.persons:
            yield Problem(file, "name_variants", f"persons.{pid}", f"unknown person {pid!r}: not a person of the record")
            continue
        for j, v in enumerate(variants or []):
            key = name_key(v.get("name") or "", spellings)
            if key in owner and owner[key] != pid:
                yield Problem(file, "name_variants", f"persons.{pid}[{j}]", f"{v.get('name')!r} is also a variant of {owner[key]!r}")
            owner.setdefault(key, pid)


def _reported_party_status(r: RecordSet) -> Iterator[Problem]:
    """A source's statement that the host was (not) a party must agree with the record's dates."""
    for key, e in r.events.items():
        if e.host_party_reported is None or e.state not in r.states:
            continue
        intervals = party_intervals(r.states[e.state].participation)
        span = DateSpan.parse(e.date)
        first, last = span.first, span.last
        at_first = any(iv.contains(first) for iv in intervals)
        at_last = any(iv.contains(last) for iv in intervals)
        if at_first == at_last and at_first != e.host_party_reported:
            yield Problem(
                r.files[("events", key)], key, "host_party_reported",
                f"source says the host was {'a party' if e.host_party_reported else 'not a party'} on {e.date}, "
                f"but the record's participation dates for {e.state} say the opposite",
            )


# ------------------------------------------------------------------------------- assertions


def check_assertions(r: RecordSet, assertions: dict[str, Any], file: str = "data/assertions.yaml") -> Iterator[Problem]:
    """Compare the record with what ``data/assertions.yaml`` says sane looks like."""
    known = {"counts", "parties_on", "un_status", "sources", "about"}
    for key in assertions:
        if key not in known:
            yield Problem(file, None, key, f"unknown assertion kind; known: {', '.join(sorted(known))}")
    for kind, bounds in (assertions.get("counts") or {}).items():
        try:
            n = len(r.of_kind(kind))
        except KeyError as exc:
            yield Problem(file, "counts", kind, str(exc))
            continue
        if kind == "states":  # round 33: a bound no record of States can reach (10**20) is a typing slip, not a bound
            for which in ("min", "max"):
                if isinstance(bounds.get(which), int) and bounds[which] > MAX_STATES:
                    yield Problem(file, "counts", kind, f"an asserted {which}imum of {bounds[which]:,} States: more than there are "
                                  f"({MAX_STATES} ISO 3166-1 codes)")
        if bounds.get("min") is not None and n < bounds["min"]:  # round 28: a bound written null (the model allows it) is none
            yield Problem(file, "counts", kind, f"{n} records, fewer than the asserted minimum {bounds['min']}")
        if bounds.get("max") is not None and n > bounds["max"]:
            yield Problem(file, "counts", kind, f"{n} records, more than the asserted maximum {bounds['max']}")
    for status, expected in (assertions.get("un_status") or {}).items():
        n = sum(st.un_status == status for st in r.states.values())
        if isinstance(expected, int) and expected > MAX_STATES:  # round 33
            yield Problem(file, "un_status", str(status), f"{expected:,} States with UN status {status!r} asserted: more than there "
                          f"are States ({MAX_STATES} ISO 3166-1 codes)")
        elif n != expected:
            yield Problem(file, "un_status", str(status), f"the record gives {n} States with UN status {status!r}, the assertion {expected}")
    for day, expected in (assertions.get("parties_on") or {}).items():
        try:
            span = DateSpan.parse(str(day))
        except ValueError as exc:
            yield Problem(file, "parties_on", str(day), str(exc))
            continue
        if not span.exact:  # a month or a year has no one count: the States Parties change within it
            yield Problem(file, "parties_on", str(day), f"{day!r} is not one day: a count of States Parties is on a day (YYYY-MM-DD)")
            continue
        d = span.first
        n = len(parties_on(r, d))
        if isinstance(expected, int) and expected > MAX_STATES:  # round 33: as the count of States above
            yield Problem(file, "parties_on", str(day), f"{expected:,} States Parties asserted on {day}: more than there are States "
                          f"({MAX_STATES} ISO 3166-1 codes)")
        elif n != expected:
            yield Problem(file, "parties_on", str(day), f"the record gives {n} States Parties on {day}, the assertion {expected}")
