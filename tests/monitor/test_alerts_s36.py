"""Alerts on unseen documents (session 36, issue 12): the cross-validation's folds grouped by batch on demand
(``mfilter_train.group_of``, ``fold_of``; by document by default), an alert needs a trip dated finer than its year (``alerts.alert_for``), and the evaluation counts the
candidates of trips a document's labels call denied, cancelled, declined or hypothetical (``evaluate.trap_note``,
``evaluate_realnews``'s ``traps``). Sentences and notes of our own."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from iccwatch.facts import Facts
from iccwatch.monitor import mfilter_train
from iccwatch.monitor.alerts import alert_for
from iccwatch.monitor.evaluate import evaluate_realnews, trap_note
from iccwatch.monitor.extract import Candidate, Evidence

PUTIN = "vladimir-vladimirovich-putin"


# --- folds grouped by batch ---------------------------------------------------------------------------------------


def _batches(root: Path) -> Path:
    (root / "batch-7.yaml").write_text("split: {rule: every_third}\ndocuments:\n  a-one: dev\n  a-two: dev\n  a-three: test\n")
    (root / "batch-8.yaml").write_text("documents:\n  b-one: dev\n")
    return root


def test_a_batch_s_documents_share_one_group_and_the_first_split_has_its_own(tmp_path: Path) -> None:
    assert mfilter_train.batch_of(_batches(tmp_path)) == {"a-one": "batch-7", "a-two": "batch-7", "a-three": "batch-7", "b-one": "batch-8"}


def test_a_document_listed_by_two_batches_is_an_error_naming_both(tmp_path: Path) -> None:
    _batches(tmp_path)
    (tmp_path / "batch-9.yaml").write_text("documents:\n  b-one: test\n")
    with pytest.raises(ValueError, match=r"batch-9\.yaml: documents\.b-one: already listed by batch-8\.yaml"):
        mfilter_train.batch_of(tmp_path)


def test_folds_by_batch_hold_a_batch_out_together_on_every_seed() -> None:
    batches = mfilter_train.batch_of()
    by_batch: dict[str, list[str]] = {}
    for name, batch in batches.items():
        by_batch.setdefault(batch, []).append(name)
    big = max(by_batch.values(), key=len)
    assert len(big) >= 10
    for seed in range(5):
        assert len({mfilter_train.fold_of(d, seed, by="batch") for d in big}) == 1
        # by document (the default) the same batch is spread over the folds
        assert len({mfilter_train.fold_of(d, seed) for d in big}) > 1
        assert mfilter_train.fold_of(big[0], seed) == mfilter_train.fold_of(big[0], seed, by="document")
    # the default folds are those every committed figure was measured with: the hash of the document's name
    assert mfilter_train.fold_of(big[0]) == int(hashlib.sha256(big[0].encode()).hexdigest(), 16) % mfilter_train.FOLDS
    assert mfilter_train.fold_of(big[0], 3) == int(hashlib.sha256(f"3:{big[0]}".encode()).hexdigest(), 16) % mfilter_train.FOLDS
    assert mfilter_train.group_of("a-name-in-no-batch", by="batch") == mfilter_train.FIRST_SPLIT
    assert mfilter_train.group_of("a-name-in-no-batch") == "a-name-in-no-batch"
    with pytest.raises(ValueError, match="fold grouping 'outlet'"):
        mfilter_train.group_of(big[0], by="outlet")


# --- an alert needs a trip dated finer than its year --------------------------------------------------------------


def _visit(type_: str, date: str | None, state: str = "MNG") -> Candidate:
    return Candidate(id="c", document="d", type=type_, person=PUTIN, state=state, date=date,
                     confidence=0.7, method="rules:visit", evidence=Evidence(sentence="s", start=0, end=1))


@pytest.mark.parametrize("type_", ["visit", "planned_visit"])
def test_a_trip_dated_only_to_its_year_raises_no_alert(type_: str, facts: Facts) -> None:
    # "Putin visited Mongolia this year" in a December page; "will visit Mongolia next year"
    assert alert_for(_visit(type_, "2024"), facts, "2024-12-10") is None
    assert alert_for(_visit(type_, "2025"), facts, "2024-12-10") is None
    # the contrast: the same trip dated to its day or its month alerts
    assert alert_for(_visit(type_, "2024-12-09"), facts, "2024-12-10") is not None
    assert alert_for(_visit(type_, "2024-12"), facts, "2024-12-10") is not None


# --- candidates of trips the labels call denied, cancelled or hypothetical ----------------------------------------


@pytest.mark.parametrize("note", [
    "'Will not attend the summit': a trip declined (nothing; trap).",
    "A hypothetical ('if he sets foot in'): no planned visit.",
    "The trip was cancelled at the last minute; nothing.",
    "Attended by video link: no trip.",
    "The visit was called off.",
])
def test_a_note_naming_a_trip_not_made_is_a_trap(note: str) -> None:
    assert trap_note(note)


@pytest.mark.parametrize("note", [
    "Arrived in Ulaanbaatar on Monday: a visit to a State Party (alert).",
    "The warrant of March 2023 is background (optional).",
    "",
    None,
])
def test_a_note_telling_a_trip_made_or_none_is_no_trap(note: str | None) -> None:
    assert not trap_note(note)


def _case(folder: Path, name: str, body: str, labels: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(f'---\nurl: "https://example.org/{name}"\ndate: "2024-09-03"\n---\n{body}\n')
    (folder / f"{name}.yaml").write_text(labels)


def test_the_evaluation_counts_trip_candidates_matching_no_label_in_a_trap_document(tmp_path: Path, facts: Facts, spec: object) -> None:
    body = "Vladimir Putin arrived in Ulaanbaatar on 2 September 2024 for a state visit to Mongolia."
    half = tmp_path / "dev"
    # a trap document whose labels give nothing: the candidate is one from a trip the labeller says was not made
    _case(half, "a", body, 'expected: []\nnote: "The trip was cancelled (nothing; trap)."\n')
    # the contrasts: the same wrong candidate in a document whose note names no trap; a trap document whose trip is labelled
    _case(half, "b", body, 'expected: []\nnote: "Other news."\n')
    label = f'  - {{type: visit, person: {PUTIN}, state: MNG, date: "2024-09-02", alert: true}}\n'
    _case(half, "c", body, f'expected:\n{label}note: "A later trip was cancelled (trap); this one was made."\n')
    r = evaluate_realnews(half, spec, facts, mode="rules")
    assert r["per_type"]["visit"]["fp"] == 2  # a and b: the candidate is there
    assert r["traps"] == {"documents": 2, "candidates": 1, "alerts": 1, "cases": ["a"]}


def test_a_page_listed_again_by_a_later_batch_under_repeated_belongs_to_the_first(tmp_path: Path) -> None:
    """Session 46: a page a later batch took again by mistake, named under ``repeated`` with the batch that lists it first,
    is that batch's; named with another batch, or not named, it is still the error naming both files."""
    (tmp_path / "batch-8.yaml").write_text("documents: {b-one: dev}\n", encoding="utf-8")
    (tmp_path / "batch-9.yaml").write_text("documents: {b-one: dev, b-two: test}\nrepeated: {b-one: batch-8}\n",
                                           encoding="utf-8")
    assert mfilter_train.batch_of(tmp_path) == {"b-one": "batch-8", "b-two": "batch-9"}
    (tmp_path / "batch-9.yaml").write_text("documents: {b-one: dev, b-two: test}\nrepeated: {b-one: batch-7}\n",
                                           encoding="utf-8")
    with pytest.raises(ValueError, match=r"batch-9\.yaml: documents\.b-one: already listed by batch-8\.yaml"):
        mfilter_train.batch_of(tmp_path)
