"""Session 49's trained reader (monitor/learned_reader_train.py, monitor/learned.py ``reader_features``): its table's labels
come from the dev labels, its folds are by document, its features hold no name, and the switch stays as it was. Sentences
written for the purpose, not copied from the real-news set."""

from __future__ import annotations

from pathlib import Path

import pytest

from iccwatch.monitor import learned, learned_reader_train, learned_train
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.mfilter_train import FOLDS, fold_of

PUTIN = "vladimir-vladimirovich-putin"
ARREST = {"type": "arrest", "person": PUTIN, "state": "MNG", "date": "2025-05-06"}


def test_a_context_is_labelled_from_the_labels_not_from_a_candidate() -> None:
    names = frozenset({"vladimir putin"})
    # the label's type, person and State: 1, whatever date the rules would pick (the date is not asked for)
    assert learned_reader_train.subject_label("arrest", PUTIN, "MNG", [ARREST], [], names) == 1
    # another State, another type, another person: 0
    assert learned_reader_train.subject_label("arrest", PUTIN, "HUN", [ARREST], [], names) == 0
    assert learned_reader_train.subject_label("surrender", PUTIN, "MNG", [ARREST], [], names) == 0
    assert learned_reader_train.subject_label("arrest", "someone-else", "MNG", [ARREST], [], names) == 0
    # a label naming no State: every context of the person
    warrant = {"type": "warrant_issued", "person": PUTIN, "date": "2023-03-17"}
    assert learned_reader_train.subject_label("warrant_issued", PUTIN, None, [warrant], [], names) == 1
    assert learned_reader_train.subject_label("warrant_issued", PUTIN, "UKR", [warrant], [], names) == 1
    # only a background label: left out of the fit
    assert learned_reader_train.subject_label("arrest", PUTIN, "MNG", [], [ARREST], names) == "bg"
    # a label written with the person's name
    by_name = {"type": "arrest", "person_name": "Vladimir Putin", "state": "MNG"}
    assert learned_reader_train.subject_label("arrest", PUTIN, "MNG", [by_name], [], names) == 1
    assert learned_reader_train.subject_label("arrest", PUTIN, "MNG", [by_name], [], frozenset({"other name"})) == 0


def test_the_table_is_labelled_from_the_dev_labels(spec, tmp_path: Path) -> None:  # noqa: ANN001
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "a-trip.txt").write_text("---\nurl: https://example.org/a-trip\ndate: \"2025-05-07\"\n---\nVladimir Putin laid a wreath in Ulaanbaatar on Tuesday. "
                                     "Officials in Kyiv said nothing.\n", encoding="utf-8")
    (dev / "a-trip.yaml").write_text("expected:\n  - {type: visit, person: vladimir-vladimirovich-putin, state: MNG, date: \"2025-05\"}\n",
                                     encoding="utf-8")
    rows = learned_reader_train.build_table(dev, spec)
    (row,) = rows
    assert row["doc"] == "a-trip" and row["expected"] == 1
    by_state = {c["state"]: c["labels"]["visit"][0] for c in row["contexts"] if c["person"] == PUTIN}
    assert by_state.get("MNG") == 1  # the sentence naming the label's subject, in its State
    assert all(v == 0 for s, v in by_state.items() if s != "MNG")
    assert all(c["labels"]["arrest"][0] == 0 for c in row["contexts"])  # no label of that type


def test_out_of_fold_probabilities_never_see_their_own_fold() -> None:
    # the same features everywhere, the label 1 in fold 0's documents only: a model that saw fold 0 would give them a
    # high probability; fitted without their fold, it gives them a low one
    docs = [f"doc-{n}" for n in range(60)]
    assert {fold_of(d, by="document") for d in docs} == set(range(FOLDS))

    def row(d: str) -> dict:
        y = int(fold_of(d, by="document") == 0)
        labels = {k: [y if k == "visit" else 0, k, None] for k in learned.LEARNED_TYPES}
        return {"doc": d, "expected": y, "rules": [], "contexts": [{"i": 0, "person": "p", "state": "MNG", "features": ["x", "y"],
                                                                  "labels": labels}]}

    rows = [row(d) for d in docs]
    probs = learned_train.oof_probs(rows, 1.0, ())
    held = [probs[(d, 0)]["visit"] for d in docs if fold_of(d, by="document") == 0]
    rest = [probs[(d, 0)]["visit"] for d in docs if fold_of(d, by="document") != 0]
    assert held and max(held) < 0.2
    # the in-sample fit, for contrast, puts fold 0's rate into the same features
    model = learned_train.fit(rows, 1.0, ())
    assert learned.score(model, "visit", ["x", "y"]) > max(held)
    assert rest  # every fold scored


def test_reader_features_hold_no_name_and_read_the_families(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin was arrested in Mongolia on Tuesday, officials in Ulaanbaatar said."
    sink = learned.ReaderSink()
    extract_candidates(make_document(text, date="2025-05-07", publisher="Steppe Courier"), spec, mode="rules", learned=False, sink=sink)
    assert sink
    names = {"vladimir", "putin", "mongolia", "steppe", "courier"}
    for c in sink:
        words = {f.split("=", 1)[1] for f in c.features if f.startswith(learned.WORD_PREFIXES)}
        assert not {part for w in words for part in w.split("_")} & names
        assert "fm=ARREST" in c.features and "fmn=ARREST" in c.features
    plain: list[learned.Context] = []
    extract_candidates(make_document(text, date="2025-05-07"), spec, mode="rules", learned=False, sink=plain)
    assert any(f == "w=putin" for c in plain for f in c.features)  # the control: the plain proposer's features keep it
    assert not any(f.startswith("fm=") for c in plain for f in c.features)


def test_a_french_sentence_is_read_with_the_french_families(spec) -> None:  # noqa: ANN001
    text = "Vladimir Poutine a été arrêté mardi en Mongolie, selon des responsables du pays."
    sink = learned.ReaderSink()
    doc = make_document(text, date="2025-05-07").model_copy(update={"language": "fr"})
    extract_candidates(doc, spec, mode="rules", learned=False, sink=sink)
    assert sink and all("fm=ARREST" in c.features for c in sink)


def test_the_switch_stays_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ICCWATCH_MONITOR_LEARNED", raising=False)
    assert learned.DEFAULT_ON is False and learned.enabled() is False
    monkeypatch.setenv("ICCWATCH_MONITOR_LEARNED", "maybe")
    with pytest.raises(ValueError, match="ICCWATCH_MONITOR_LEARNED"):
        learned.enabled()


def test_a_reader_model_reads_the_reader_features(spec) -> None:  # noqa: ANN001
    # the model's "features" field is the switch: "reader" computes the reader's features before scoring, else the plain ones
    model = {"types": {"surrender": {"weights": {}, "bias": -10.0}}, "threshold": {"surrender": 0.5}, "features": "reader"}
    text = "Officers detained Vladimir Putin in Mongolia on Tuesday."
    for kind, want in (("reader", True), ("plain", False)):
        sink: list[learned.Context] = []
        extract_candidates(make_document(text, date="2025-05-07"), spec, mode="rules", learned={**model, "features": kind}, sink=sink)
        assert sink and any(f.startswith("fm=") for c in sink for f in c.features) is want
        assert any(f == "w=putin" for c in sink for f in c.features) is not want


def test_the_script_names_a_bad_threshold_type(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        learned_reader_train.main(["check", "--table", str(table), "--thresholds", "lunch=0.5"])


def test_the_ranking_measure() -> None:
    assert learned_reader_train._auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]) == 1.0
    assert learned_reader_train._auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0]) == 0.0
    assert learned_reader_train._auc([0.5, 0.5], [1, 0]) == 0.5
    assert learned_reader_train._auc([0.5], [1]) is None
