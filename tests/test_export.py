"""Exports: states-parties agrees with the reference for every State and date."""

from __future__ import annotations

import csv
from pathlib import Path

from iccwatch.facts import Facts
from iccwatch.service import EXPORT_KINDS, export_rows

COLUMNS = ["iso3", "state", "signed", "ratified_or_acceded", "entry_into_force", "withdrawal_notified", "withdrawal_effective"]


def test_states_parties_agrees_with_reference(facts: Facts, reference_dir: Path) -> None:
    with (reference_dir / "states_parties.csv").open(encoding="utf-8") as fh:
        reference = {r["iso3"]: r for r in csv.DictReader(fh)}
    ours = {r["iso3"]: r for r in export_rows(facts, "states-parties")}
    assert set(ours) == set(reference)
    diffs = {(iso, c, reference[iso][c], ours[iso][c]) for iso in reference for c in COLUMNS if ours[iso][c] != reference[iso][c]}
    # Where the record corrects the reference on a primary source, the correction is written down with its reason.
    with (reference_dir / "corrections.csv").open(encoding="utf-8") as fh:
        corrections = {(r["iso3"], r["column"], r["reference"], r["record"]) for r in csv.DictReader(fh) if r["reason"].strip()}
    assert diffs == corrections
    assert ours["HUN"]["withdrawal_effective_disputed"] == "2026-06-02"
    assert ours["ZAF"]["withdrawal_notice_revoked"] == "2017-03-07"


#: Kinds the record does not hold yet (the rules and the export work; the data has none so far).
EMPTY_SO_FAR = {"requests", "responses"}
#: Export kinds that list the records of the kind of the same name, one row each.
ONE_ROW_PER_RECORD = {"states", "situations", "persons", "warrants", "decisions", "events", "statements",
                      "instruments", "positions", "measures", "requests", "responses"}


def test_every_export_kind_has_rows(facts: Facts) -> None:
    for kind in EXPORT_KINDS:
        rows = export_rows(facts, kind, flat=True)
        assert isinstance(rows, list)
        assert rows or kind in EMPTY_SO_FAR, kind
        if kind in ONE_ROW_PER_RECORD:
            assert len(rows) == len(facts.records.of_kind(kind)), kind
        assert all(not isinstance(v, (dict, list)) for r in rows for v in r.values()), kind


def test_exported_sources_are_graded_primary_first_as_every_answer(facts: Facts) -> None:
    """An export shows each source as the other answers do: publisher, grade, primary flag, primary first;
    its CSV names them too (sources_cited), in the order of source_urls."""
    for kind in ("decisions", "events", "situations", "warrants", "measures"):
        rows = export_rows(facts, kind)
        flat = export_rows(facts, kind, flat=True)
        with_sources = [(r, f) for r, f in zip(rows, flat, strict=True) if r.get("sources")]
        assert with_sources, kind
        for row, frow in with_sources:
            sources = row["sources"]
            assert all("grade" in s and "primary" in s for s in sources), (kind, row.get("id"))
            flags = [s["primary"] for s in sources]
            assert flags == sorted(flags, reverse=True), (kind, row.get("id"))  # primary first
            cited = frow["sources_cited"].split(" | ")
            assert len(cited) == len(sources) == len(frow["source_urls"].split(" "))
            for text, s in zip(cited, sources, strict=True):
                assert text.endswith(s["url"]) and f"grade {s['grade']}" in text
                assert ("primary" if s["primary"] else "secondary") in text


def _with_acts(facts: Facts, iso3: str, *acts: tuple[str, str]) -> Facts:
    """The facts with a State's participation extended by ``(action, date)`` acts (test data)."""
    from dataclasses import replace

    from iccwatch.model import Participation

    st = facts.records.states[iso3]
    added = [Participation(instrument="rome-statute", action=action, date=date, sources=list(st.sources)) for action, date in acts]
    return Facts(replace(facts.records, states={**facts.records.states, iso3: st.model_copy(update={"participation": [*st.participation, *added]})}))


def test_a_revocation_dated_by_its_month_revokes_a_notice_within_it(facts: Facts) -> None:
    # Partial dates are compared as the days they can mean, not as strings ("2020-03" < "2020-03-10" as text).
    from iccwatch.service.exports import states_parties_rows

    iso3 = next(r["iso3"] for r in states_parties_rows(facts) if not r["withdrawal_notified"] and not r["withdrawal_notice_revoked"]
                and not any(a.action.startswith("withdrawal") for a in facts.records.states[r["iso3"]].participation))

    def row(*acts: tuple[str, str]) -> dict[str, str]:
        return next(r for r in states_parties_rows(_with_acts(facts, iso3, *acts)) if r["iso3"] == iso3)

    revoked = row(("withdrawal_notified", "2020-03-10"), ("withdrawal_revoked", "2020-03"))
    assert revoked["withdrawal_notified"] == "" and revoked["withdrawal_notice_revoked"] == "2020-03"
    standing = row(("withdrawal_notified", "2020-03-10"), ("withdrawal_revoked", "2020-02"))
    assert standing["withdrawal_notified"] == "2020-03-10"
