"""Round 18 (session 21): a disputed fact said plainly, the competing-request what-if (Art. 90), and a State named as a
situation in a question in words. Each test is general: it runs over every disputed act of the record, or states its
own facts, and could fail."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.facts import Assumption, Facts
from iccwatch.law import arrest_obligation
from iccwatch.model import DateSpan
from iccwatch.service.question import read_question

PERSONS = ("benjamin-netanyahu", "vladimir-vladimirovich-putin", "omar-hassan-ahmad-al-bashir", "joseph-kony")


def _disputed_questions(facts: Facts) -> list[tuple[str, str, dt.date]]:
    """Questions around every disputed act of the record: the act's day, the day after, a month and a year later."""
    out = []
    for iso3, st in sorted(facts.records.states.items()):
        for act in st.participation:
            if not act.disputed or act.instrument != "rome-statute":
                continue
            day = DateSpan.parse(act.date).last
            for on in (day, day + dt.timedelta(days=1), day + dt.timedelta(days=30), day + dt.timedelta(days=365)):
                out += [(iso3, p, on) for p in PERSONS]
    return out


def test_every_disputed_fact_is_said_plainly(facts: Facts) -> None:
    """For every disputed fact an answer rests on: the doubt names the State and the date, says it is disputed, on
    whose word the record holds it, and the answer on the other view (or that it does not change)."""
    seen = 0
    for iso3, person, on in _disputed_questions(facts):
        det = arrest_obligation(facts, iso3, person, on)
        for dep in det.depends_on:
            seen += 1
            state = facts.records.states[iso3].name
            said = [d for d in det.doubts if "isputed: whether" in d and state in d]
            assert said, (iso3, person, on, det.doubts)
            text = said[0]
            assert "recorded from" in text or "recorded without a source" in text
            assert "the record marks it disputed" in text
            if dep.answer_if_not != dep.answer_if_recorded:
                assert f"it is {dep.answer_if_not.replace('_', ' ')}" in text, text
            else:
                assert "neither the answer nor its legal basis changes" in text or "changes the legal basis but not the answer" in text
    assert seen, "no question of the record rests on a disputed fact: the test would prove nothing"


def test_a_disputed_effect_the_statute_derives_gives_the_other_view(facts: Facts) -> None:
    """Hungary's withdrawal, recorded as taking effect on 2026-06-02 (disputed): the answer stands (Art. 127(1) derives
    the date from the notification), and the doubt gives the answer if it did not take effect (a State Party)."""
    det = arrest_obligation(facts, "HUN", "benjamin-netanyahu", dt.date(2026, 7, 1))
    assert det.answer == "obliged" and "RS art 127(2)" in det.basis
    text = next(d for d in det.doubts if "isputed: whether Hungary's withdrawal took effect on 2026-06-02" in d)
    assert "Art. 127(1) gives the same date" in text
    assert "still a State Party), obliged under Arts. 86, 89(1)" in text
    # the day before it: a State Party with its withdrawal pending (Art. 86), on either view
    before = arrest_obligation(facts, "HUN", "benjamin-netanyahu", dt.date(2026, 6, 1))
    assert "RS art 86" in before.basis and "RS art 127(2)" not in before.basis


@pytest.mark.parametrize("text, expected", [
    ("extradition Putin from MNG by UKR 2024-09-01", ("MNG", "UKR", "same_conduct", None)),
    ("extradition Putin from MNG by UKR 2024-09-01 other_conduct obligation", ("MNG", "UKR", "other_conduct", True)),
    ("extradition Putin from mng by ukr 2024-09 no_obligation", ("MNG", "UKR", "same_conduct", False)),
])
def test_an_extradition_request_is_read_and_written_back(text: str, expected: tuple[object, ...]) -> None:
    a = Assumption.parse(text)
    assert (a.iso3, a.counterparty, a.action, a.obligation) == expected
    assert Assumption.parse(str(a)) == a


@pytest.mark.parametrize("text", [
    "extradition Putin from MNG by MNG 2024-09-01",  # a State does not request itself
    "extradition Putin from MNG by UKR 2024-09-01 obligation no_obligation",  # said twice
    "extradition Putin from MNG by UKR 2024-09-01 maybe",
    "extradition Putin to MNG by UKR 2024-09-01",
    "extradition Putin from MNG by UKR 3 September",
])
def test_an_impossible_extradition_request_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Assumption.parse(text)


def test_an_assumed_request_reaches_the_rule_and_only_its_host(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("extradition khaled-mohamed-ali-el-hishri from DEU by ITA 2025-07-17")])
    host = arrest_obligation(f, "DEU", "khaled-mohamed-ali-el-hishri", dt.date(2025, 7, 20))
    cited = {c for s in host.reasoning.walk() for c in s.citations}
    assert {"RS art 90(1)", "RS art 90(2)"} <= cited and host.answer == "obliged"
    other = arrest_obligation(f, "FRA", "khaled-mohamed-ali-el-hishri", dt.date(2025, 7, 20))
    assert not {c for s in other.reasoning.walk() for c in s.citations} & {"RS art 90(1)", "RS art 90(2)"}
    assert "extradition khaled-mohamed-ali-el-hishri from DEU by ITA 2025-07-17" in host.assumptions


@pytest.mark.parametrize("text, state", [
    ("Must the United Kingdom cooperate with the ICC in the Ukraine investigation on 1 June 2024?", "GBR"),
    ("Must France arrest Putin on 1 June 2024 under the investigation in Ukraine?", "FRA"),
    # contrast: the situation's State alone is the State asked about
    ("Must Ukraine cooperate in the Ukraine investigation on 1 June 2024?", "UKR"),
])
def test_a_state_named_as_a_situation_is_not_asked_about(facts: Facts, text: str, state: str) -> None:
    assert read_question(facts, text, today=dt.date(2026, 12, 2))["state"] == state
