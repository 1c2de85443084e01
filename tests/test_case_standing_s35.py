"""A person's standing in a case (session 35): what the judgments and endings of the proceedings say, read from a
warrant's status history and the Court's rulings, beside the custody status. A release after an acquittal does not
hide the acquittal; the day the acquittal became final is the Appeals Chamber's, where one is recorded; a
termination says its ground (a death, charges not confirmed); a conviction reads "serving sentence" only in the
Court's custody with a sentence recorded, and "sentence completed" only where the release says so. Synthetic records:
no named person, each case with a contrast that must read otherwise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from iccwatch.model import Warrant
from iccwatch.model.decision import Decision
from iccwatch.service.persons import case_standing

SRC = [{"url": "https://example.org/a", "title": "t", "publisher": "International Criminal Court", "kind": "primary"}]


def _w(*history: tuple[str, str] | tuple[str, str, str]) -> Warrant:
    rows: list[dict[str, Any]] = []
    for h in history:
        row: dict[str, Any] = {"date": h[0], "status": h[1], "sources": SRC}
        if len(h) == 3:
            row["ground"] = h[2]
        rows.append(row)
    return Warrant.model_validate({"id": "p-1", "person": "p", "situation": "s", "kind": "arrest_warrant", "issued": "2010-01-01",
                                   "status_history": rows, "sources": SRC})


def _d(did: str, day: str, kind: str, outcome: str, appeal_of: str | None = None, person: str = "p") -> Decision:
    return Decision.model_validate({"id": did, "date": day, "chamber": "Trial Chamber I", "kind": kind, "outcome": outcome,
                                    "persons": [person], "situation": "s", "sources": SRC,
                                    **({"appeal_of": appeal_of} if appeal_of else {})})


CUSTODY = (("2010-01-01", "issued"), ("2010-02-01", "surrendered"))


def test_an_acquittal_then_a_release_reads_acquitted_with_the_final_day_and_the_release_apart() -> None:
    w = _w(*CUSTODY, ("2012-12-18", "acquitted"), ("2012-12-21", "released"))
    trial = _d("t", "2012-12-18", "acquittal", "acquitted")
    appeal = _d("a", "2015-02-27", "appeal_judgment", "acquittal confirmed", appeal_of="t")
    s = case_standing(w, [trial, appeal], None)
    assert s is not None and s["standing"] == "acquitted"
    assert s["since"] == "2012-12-18" and s["final_on"] == "2015-02-27" and s["released_on"] == "2012-12-21"
    # on a day before the appeal judgment, the acquittal is not yet final: the record says so, and does not say "final"
    before = case_standing(w, [trial, appeal], dt.date(2014, 1, 1))
    assert before is not None and before["standing"] == "acquitted" and before.get("final_on") is None
    assert "no appeal judgment" in before["final"]
    # contrast: without the appeal judgment, no final day is invented
    alone = case_standing(w, [trial], None)
    assert alone is not None and alone.get("final_on") is None


def test_an_acquittal_by_the_appeals_chamber_is_final_on_its_day() -> None:
    w = _w(*CUSTODY, ("2016-03-21", "convicted"), ("2018-06-08", "acquitted"), ("2018-06-13", "released"))
    appeal = _d("a", "2018-06-08", "appeal_judgment", "acquitted; conviction reversed")
    s = case_standing(w, [appeal], None)
    assert s is not None and (s["standing"], s["final_on"]) == ("acquitted", "2018-06-08")
    # contrast: on a day between the conviction and the appeal, the person stood convicted, in custody
    mid = case_standing(w, [appeal], dt.date(2017, 1, 1))
    assert mid is not None and mid["standing"].startswith("convicted")


def test_a_conviction_reads_serving_sentence_only_in_custody_with_a_sentence() -> None:
    w = _w(*CUSTODY, ("2014-03-07", "convicted"))
    sentence = _d("s1", "2014-05-23", "sentence", "12 years' imprisonment")
    assert case_standing(w, [sentence], None)["standing"] == "convicted, serving sentence"  # type: ignore[index]
    # contrast: before the sentence, and with none recorded, no sentence is said to be served
    assert case_standing(w, [sentence], dt.date(2014, 4, 1))["standing"] == "convicted, in the Court's custody"  # type: ignore[index]
    assert case_standing(w, [], None)["standing"] == "convicted, in the Court's custody"  # type: ignore[index]
    # a sentence pronounced in the conviction's own judgment counts
    both = _d("c", "2014-03-07", "conviction", "convicted; sentenced to 15 years' imprisonment")
    assert case_standing(w, [both], None)["standing"] == "convicted, serving sentence"  # type: ignore[index]
    # contrast: another person's sentence is not this person's
    other = _d("s2", "2014-05-23", "sentence", "12 years' imprisonment", person="q")
    assert case_standing(w, [other], None)["standing"] == "convicted, in the Court's custody"  # type: ignore[index]


def test_a_release_after_a_conviction_reads_sentence_completed_only_where_its_ground_says_so() -> None:
    done = _w(*CUSTODY, ("2014-03-07", "convicted"), ("2016-01-18", "released", "sentence_completed"))
    s = case_standing(done, [], None)
    assert s is not None and (s["standing"], s["since"]) == ("sentence completed", "2016-01-18")
    plain = _w(*CUSTODY, ("2014-03-07", "convicted"), ("2016-01-18", "released"))
    assert case_standing(plain, [], None)["standing"] == "convicted, released"  # type: ignore[index]
    # convicted while not in the Court's custody (released before the judgment): convicted, nothing said of a sentence served
    free = _w(*CUSTODY, ("2011-01-01", "released", "interim_release"), ("2016-10-19", "convicted"))
    assert case_standing(free, [], None)["standing"] == "convicted"  # type: ignore[index]


def test_a_termination_says_its_ground() -> None:
    died = _w(("2005-07-08", "issued"), ("2013-10-27", "deceased"), ("2015-09-10", "proceedings_terminated"))
    assert case_standing(died, [], None)["standing"] == "proceedings terminated (death)"  # type: ignore[index]
    stated = _w(("2005-07-08", "issued"), ("2015-09-10", "proceedings_terminated", "death"))
    assert case_standing(stated, [], None)["standing"] == "proceedings terminated (death)"  # type: ignore[index]
    declined = _w(*CUSTODY, ("2011-12-16", "proceedings_terminated", "charges_not_confirmed"), ("2011-12-23", "released"))
    s = case_standing(declined, [], None)
    assert s is not None and (s["standing"], s["since"], s["released_on"]) == ("charges not confirmed", "2011-12-16", "2011-12-23")
    # contrast: a termination with no ground and no death recorded says no ground
    bare = _w(*CUSTODY, ("2016-04-05", "proceedings_terminated"))
    assert case_standing(bare, [], None)["standing"] == "proceedings terminated"  # type: ignore[index]


def test_no_judgment_or_ending_no_standing() -> None:
    assert case_standing(_w(*CUSTODY), [], None) is None
    assert case_standing(_w(*CUSTODY, ("2014-03-07", "convicted")), [], dt.date(2013, 1, 1)) is None


@pytest.mark.parametrize(("status", "ground"), [("released", "death"), ("convicted", "sentence_completed"),
                                                ("proceedings_terminated", "sentence_completed"), ("released", "charges_not_confirmed")])
def test_a_ground_that_does_not_fit_its_status_is_refused(status: str, ground: str) -> None:
    with pytest.raises(ValidationError, match="ground"):
        _w(("2010-01-01", "issued"), ("2011-01-01", status, ground))


# -- the record, through the interfaces: every warrant an acquittal then a release ends, whoever it names


def _acquitted_then_released(facts: Any) -> list[Any]:
    out = []
    for w in facts.records.warrants.values():
        statuses = [h.status for h in w.status_history]
        if "acquitted" in statuses and statuses[-1] == "released" and "convicted" not in statuses[statuses.index("acquitted"):]:
            out.append(w)
    return out


def test_the_record_s_acquittals_read_acquitted_in_the_view_the_cli_the_api_and_the_page(facts: Any, cli: Any, client: Any) -> None:
    from iccwatch import service

    found = _acquitted_then_released(facts)
    if not found:
        pytest.skip("no warrant in the record ends with an acquittal then a release")
    for w in found:
        view = service.person_view(facts, w.person)
        row = next(x for x in view["warrants"] if x["id"] == w.id)
        assert row["status"] == "released"  # custody: the Court's word for the last status, unchanged
        assert row["standing"]["standing"] == "acquitted", (w.id, row.get("standing"))
        assert row["standing"]["released_on"] == str(w.status_history[-1].date)
        code, out, _ = cli("person", w.person)
        assert code == 0 and "standing in the case: acquitted on" in " ".join(out.split()), out
        api = client.get(f"/api/v1/persons/{w.person}").json()
        assert next(x for x in api["warrants"] if x["id"] == w.id)["standing"]["standing"] == "acquitted"
        page = client.get(f"/persons/{w.person}").text
        assert "Standing in the case:" in page and "acquitted on" in page


def test_the_record_s_convictions_in_custody_never_read_released_and_grounds_come_from_the_record(facts: Any) -> None:
    from iccwatch import service

    seen = 0
    for w in facts.records.warrants.values():
        s = case_standing(w, facts.decisions_naming(w.person), None)
        if s is None:
            continue
        seen += 1
        if s["standing"] == "sentence completed":  # only where a release says its ground
            assert any(h.status == "released" and h.ground == "sentence_completed" for h in w.status_history), w.id
        if s["standing"] == "charges not confirmed":
            assert any(h.ground == "charges_not_confirmed" for h in w.status_history), w.id
        assert service.person_view(facts, w.person) is not None
    assert seen > 0


def test_a_doubt_on_the_entry_the_standing_rests_on_is_said() -> None:
    from iccwatch.service.persons import standing_words

    w = _w(*CUSTODY, ("2016-09-27", "convicted"), ("2022-09-18", "released", "sentence_completed"))
    rows = [h.model_dump(mode="json", exclude_none=True) for h in w.status_history]
    rows[-1]["confidence"] = "medium"
    w = Warrant.model_validate({**w.model_dump(mode="json", exclude_none=True), "status_history": rows})
    s = case_standing(w, [], None)
    assert s is not None and s["doubt"] == "medium confidence" and "(medium confidence)" in standing_words(s)
    # contrast: the same record held with high confidence carries no doubt
    sure = case_standing(_w(*CUSTODY, ("2016-09-27", "convicted"), ("2022-09-18", "released", "sentence_completed")), [], None)
    assert sure is not None and "doubt" not in sure


def test_a_conviction_by_another_ruling_is_said_beside_an_acquittal_on_appeal() -> None:
    w = _w(*CUSTODY, ("2016-03-21", "convicted"), ("2016-10-19", "convicted"), ("2018-06-08", "acquitted"))
    main = _d("c1", "2016-03-21", "conviction", "convicted")
    other = _d("c2", "2016-10-19", "conviction", "convicted of offences against the administration of justice")
    appeal = _d("a", "2018-06-08", "appeal_judgment", "acquitted; conviction reversed", appeal_of="c1")
    s = case_standing(w, [main, other, appeal], None)
    assert s is not None and s["standing"] == "acquitted"
    assert s["other_convictions"] == [{"date": "2016-10-19", "ruling": "c2"}]
    # contrast: the conviction the appeal reversed is not another conviction
    alone = case_standing(_w(*CUSTODY, ("2016-03-21", "convicted"), ("2018-06-08", "acquitted")), [main, appeal], None)
    assert alone is not None and "other_convictions" not in alone


def test_the_persons_list_gives_each_person_s_standing_beside_the_status(facts: Any, cli: Any, client: Any) -> None:
    from iccwatch import service

    found = _acquitted_then_released(facts)
    if not found:
        pytest.skip("no warrant in the record ends with an acquittal then a release")
    rows = {r["id"]: r for r in service.persons_list(facts)}
    for w in found:
        assert rows[w.person]["status"] == "released" and rows[w.person]["standing"] == "acquitted", rows[w.person]
    # contrast: a person whose warrant has reached no judgment or ending has no standing
    open_ = [w.person for w in facts.records.warrants.values() if [h.status for h in w.status_history] in (["issued"], ["issued", "at_large"])]
    assert open_ and all(rows[p]["standing"] == "" for p in open_ if len(facts.warrants_of(p)) == 1)
    api = {r["id"]: r for r in client.get("/api/v1/persons?limit=500").json()["items"]}
    assert api[found[0].person]["standing"] == "acquitted"
    code, out, _ = cli("persons", "--csv")
    head = out.splitlines()[0].split(",")
    assert code == 0 and head[head.index("status") + 1] == "standing", head


def test_an_undated_release_counts_where_the_record_lists_it() -> None:
    w = _w(*CUSTODY, ("2016-10-19", "convicted"))
    rows = [h.model_dump(mode="json", exclude_none=True) for h in w.status_history]
    rows.insert(2, {"status": "released", "ground": "interim_release", "sources": SRC})  # between the surrender and the judgment
    undated = Warrant.model_validate({**w.model_dump(mode="json", exclude_none=True), "status_history": rows})
    s = case_standing(undated, [_d("s", "2017-03-22", "sentence", "two years' imprisonment")], None)
    assert s is not None and s["standing"] == "convicted"  # not in the Court's custody at the judgment: no sentence "served"
    # contrast: the same record without the release reads the person as held and serving
    held = case_standing(w, [_d("s", "2017-03-22", "sentence", "two years' imprisonment")], None)
    assert held is not None and held["standing"] == "convicted, serving sentence"


def test_an_undated_ending_listed_after_a_dated_one_leaves_no_earlier_day_unknown(facts: Any) -> None:
    import datetime as dt_

    from iccwatch.law.warrants import status_entry_on
    from iccwatch.model.dates import DateSpan

    seen = 0
    for w in facts.records.warrants.values():
        hist = w.status_history
        for i, h in enumerate(hist):
            if h.date or h.status != "released":
                continue
            ends = [p for p in hist[:i] if p.date and p.status in ("surrendered", "appeared_voluntarily")]
            if not ends or not w.issued:
                continue
            seen += 1
            before = DateSpan.parse(ends[0].date).first - dt_.timedelta(days=1)
            after = DateSpan.parse(ends[-1].date).last + dt_.timedelta(days=1)
            if before >= DateSpan.parse(w.issued).last:
                read = status_entry_on(facts, w, before)
                assert read.unknown is None or "without a date" not in read.unknown, (w.id, read.unknown)
            assert status_entry_on(facts, w, after).unknown is None, w.id
    if not seen:
        pytest.skip("no undated release listed after a surrender in the record")
