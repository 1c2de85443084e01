"""Session 21's statistical reader (monitor/learned.py): the trigger lexicon's classes as features, thresholds chosen by a
precision bar out of fold, and a proposal held to the same guards as a rule's candidate. Sentences written for the
purpose, not copied from the real-news set."""

from __future__ import annotations

import json

import pytest

from iccwatch.monitor import learned, learned_train, lexicon
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"


def _eager(kind: str) -> dict:
    """A model that proposes ``kind`` from any context: what then remains is only the guards' work."""
    return {"types": {kind: {"weights": {}, "bias": 10.0}}, "threshold": {kind: 0.5}}


def _contexts(spec, text: str, date: str = "2025-05-07", title: str | None = None) -> list[learned.Context]:  # noqa: ANN001
    sink: list[learned.Context] = []
    extract_candidates(make_document(text, date=date, title=title), spec, mode="rules", learned=False, sink=sink)
    return sink


def test_lexicon_classes_near_the_person_and_in_the_neighbours(spec) -> None:  # noqa: ANN001
    text = ("Police said a convoy was stopped at the border on Monday. Vladimir Putin was taken into custody by officers. "
            "He will travel to Mongolia next week.")
    ctxs = _contexts(spec, text)
    (mid,) = {c.index: c for c in ctxs if c.state is None and "taken into custody" in c.sent.text}.values()
    assert "lx=ARREST" in mid.features and "lxn=ARREST" in mid.features and "lxo=ARREST_after" in mid.features
    assert "lxx=TRAVEL_FUTURE" in mid.features  # the next sentence's trigger
    last = next(c for c in ctxs if c.state == "MNG")
    assert "lxp=ARREST" in last.features and "lxs=TRAVEL_FUTURE" in last.features  # the trigger between person and State
    assert "lxn=ARREST" not in last.features


def test_a_trigger_far_from_the_person_is_not_near(spec) -> None:  # noqa: ANN001
    assert learned.NEAR < 200
    far = "x " * 150
    # (read as a document is: the patterns that name gatherings read the spec's vocabulary, session 25)
    with lexicon.reading(None, lexicon.gatherings_for(spec.lexicon["gatherings"], None)):
        spans = learned._lex_spans(f"Officers arrested a driver {far} and then the man went home.")
    assert ("ARREST" in [n for n, _, _ in spans]) and all(b < 50 for n, _, b in spans if n == "ARREST")


def test_the_choice_keeps_only_types_whose_proposals_reach_the_bar() -> None:
    gain = {"visit": {0.3: (20, 10), 0.5: (12, 1), 0.7: (6, 0)},  # 0.5: 13/15 = 0.87 reaches 0.85; 0.3: 21/32 does not
            "refusal": {0.3: (5, 20), 0.6: (2, 3)},  # never precise enough: left out
            "arrest": {0.4: (3, 0), 0.8: (3, 0)}}  # 4/5 = 0.8 under the bar: too few to trust
    got = learned_train.choose({"tp": 100, "fp": 10, "fn": 50}, gain, 0.85)
    assert got == {"visit": 0.5}
    assert learned_train.choose({"tp": 100, "fp": 10, "fn": 50}, {"arrest": {0.4: (6, 0), 0.8: (6, 0)}}, 0.85) == {"arrest": 0.8}


def test_the_committed_model_records_its_bar_and_its_out_of_fold_figures() -> None:
    committed = json.loads(learned.WEIGHTS.read_text())
    assert committed["min_precision"] == learned_train.MIN_PRECISION
    cv = committed["cross_validation"]
    assert set(cv["nested"]) == {"rules", *learned_train.EARLIER, "pooled"}
    assert set(committed["types"]) == set(committed["threshold"])


@pytest.mark.parametrize(("kind", "text", "date", "free"), [
    # before the person's first warrant (2023-03-17): no arrest on the Court's warrant, as for a rule's candidate
    ("arrest", "Vladimir Putin spent Monday night in a cell in Minsk.", "2019-05-15", "2025-05-07"),
    # a trip before the first warrant is no trip of a person under a warrant
    ("visit", "Vladimir Putin laid a wreath in Ulaanbaatar on Tuesday alongside the Mongolian president.", "2019-05-15", "2025-05-07"),
    # a trip in one's own State is no visit
    ("visit", "Vladimir Putin laid a wreath in Moscow on Tuesday.", "2025-05-07", None),
    # a trip told only as supposed, and one cancelled anywhere in the document
    ("planned_visit", "Vladimir Putin may go to Mongolia next month. Officials said the trip had been cancelled.", "2025-05-07", None),
])
def test_a_proposal_passes_the_same_guards_as_a_rules_candidate(spec, kind: str, text: str, date: str, free: str | None) -> None:  # noqa: ANN001
    family = learned.TRIPS if kind in learned.TRIPS else (kind,)

    def proposed(day: str) -> list:
        got = extract_candidates(make_document(text, date=day), spec, mode="rules", learned=_eager(kind))
        return [c for c in got if c.type in family and c.person == PUTIN]

    assert proposed(date) == []
    if free:  # the same sentence on a day the guard does not cover: the proposal is made, so the guard is what removed it
        assert [c.method for c in proposed(free)] == ["learned"]


def test_a_proposal_the_guards_let_through_is_emitted_with_its_evidence(spec) -> None:  # noqa: ANN001
    doc = make_document("Vladimir Putin spent Monday night in a cell in Minsk.", date="2025-05-07")
    assert not [c for c in extract_candidates(doc, spec, mode="rules", learned=False) if c.type == "arrest"]
    (c,) = [c for c in extract_candidates(doc, spec, mode="rules", learned=_eager("arrest")) if c.method == "learned"]
    assert (c.type, c.person, c.date) == ("arrest", PUTIN, "2025-05-05")
    assert doc.text[c.evidence.start: c.evidence.end] == c.evidence.sentence


def test_refusals_are_not_proposed(spec) -> None:  # noqa: ANN001
    # written contrasts the refusal rule refuses (a pledge, a condition asked): the proposer does not read refusals at all
    assert "refusal" not in learned.LEARNED_TYPES and "refusal" not in learned.load_model()["types"]
    for text in ("Kenya said on Tuesday it would arrest Omar al-Bashir if he came.",
                 "Vladimir Putin would only travel to Brazil if guaranteed he would not be arrested."):
        got = extract_candidates(make_document(text, date="2025-05-07"), spec, mode="rules", learned=learned.load_model())
        assert not [c for c in got if c.type == "refusal"]
