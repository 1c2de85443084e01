"""(session 33) The filter's and the alert model's weights were trained on the dev half as it is: a batch added to the
dev half without retraining (``python -m iccwatch.monitor.mfilter_train``) fails here, with a message naming the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iccwatch.monitor import mfilter, mfilter_train

DEV = Path(__file__).parent / "realnews" / "dev"


@pytest.mark.parametrize("weights", [mfilter.WEIGHTS, mfilter.ALERT_WEIGHTS], ids=["filter", "alerts"])
def test_the_shipped_weights_were_trained_on_todays_dev_half(weights: Path) -> None:
    message = mfilter_train.stale(weights, DEV)
    assert message is None, message


def test_the_training_table_is_todays_dev_half() -> None:
    names = [p.stem for p in DEV.glob("*.txt")]
    table = [r["doc"] for r in mfilter_train.read_table()]
    assert sorted(table) == sorted(names), f"the filter's table is not the dev half: run `{mfilter_train.RETRAIN_COMMAND}`"


def _weights(path: Path, names: list[str]) -> Path:
    path.write_text(json.dumps({"training": {"documents": len(names), "docs_sha256": mfilter_train.docs_digest(names)}}))
    return path


def test_a_dev_half_changed_since_training_is_named_with_the_command(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    for name in ("a", "b"):
        (dev / f"{name}.txt").write_text("x")
    (dev / "a.yaml").write_text("expected: []")  # only the texts' names count
    weights = _weights(tmp_path / "w.json", ["b", "a"])
    assert mfilter_train.stale(weights, dev) is None
    (dev / "c.txt").write_text("x")  # a document added
    message = mfilter_train.stale(weights, dev)
    assert message is not None and str(weights) in message and "trained on 2" in message and "holds 3" in message
    assert mfilter_train.RETRAIN_COMMAND in message
    (dev / "c.txt").rename(dev / "d.txt")
    (dev / "b.txt").unlink()  # the same count (a, d), other names
    message = mfilter_train.stale(weights, dev)
    assert message is not None and "other names" in message and mfilter_train.RETRAIN_COMMAND in message


def test_a_weights_file_without_its_training_record_is_stale(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    weights = tmp_path / "w.json"
    weights.write_text("{}")
    message = mfilter_train.stale(weights, tmp_path)
    assert message is not None and "trained on None" in message


def test_the_check_step_exits_1_when_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "a.txt").write_text("x")
    monkeypatch.setattr(mfilter, "WEIGHTS", _weights(tmp_path / "f.json", ["a"]))
    monkeypatch.setattr(mfilter, "ALERT_WEIGHTS", _weights(tmp_path / "al.json", ["a"]))
    assert mfilter_train.main(["check", "--realnews", str(tmp_path)]) == 0
    (dev / "b.txt").write_text("x")
    assert mfilter_train.main(["check", "--realnews", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "f.json" in out and "al.json" in out and mfilter_train.RETRAIN_COMMAND in out
