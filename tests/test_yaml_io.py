from __future__ import annotations

import re

import pytest
import yaml

from iccwatch.dataset.yaml_io import dump_yaml, load_yaml


def test_dates_stay_text_and_only_true_false_are_booleans() -> None:
    assert load_yaml("d: 2005-07-08\nc: NO\nb: yes\nt: true\n") == {"d": "2005-07-08", "c": "NO", "b": "yes", "t": True}


def test_duplicate_keys_are_errors() -> None:
    with pytest.raises(yaml.YAMLError, match="duplicate key"):
        load_yaml("a: 1\na: 2\n")


def test_round_trip_quotes_ambiguous_strings() -> None:
    data = {"date": "2024-10-24", "code": "NO", "n": "on", "x": "plain text"}
    text = dump_yaml(data)
    assert '"2024-10-24"' in text and '"NO"' in text
    assert load_yaml(text) == data
    assert yaml.safe_load(text) == data  # a YAML 1.1 reader agrees


@pytest.mark.parametrize(("text", "message"), [
    ("? [a, b]\n: c\n", "a list or mapping cannot be a key"),
    ("{? {a: 1} : c}\n", "a list or mapping cannot be a key"),
    ("base: &b {x: 1}\nother:\n  <<: *b\n", "merge keys (<<:) are not allowed"),
    ("other:\n  <<: {x: 1}\n", "merge keys (<<:) are not allowed"),
])
def test_keys_that_are_not_field_names_are_errors_not_crashes(text: str, message: str) -> None:
    with pytest.raises(yaml.YAMLError, match=re.escape(message)):
        load_yaml(text)


def test_a_lone_equals_sign_is_text() -> None:
    assert load_yaml("occasion: =\n") == {"occasion": "="}


def test_a_failed_write_leaves_the_file_and_the_folder_as_they_were(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """write_yaml is atomic: a failure while writing or renaming keeps the old file and leaves no temporary file."""
    import os

    from iccwatch.dataset.yaml_io import write_yaml

    target = tmp_path / "record.yaml"
    write_yaml(target, {"id": "a", "n": 1})
    before = target.read_text(encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_yaml(target, {"id": "a", "n": 2})
    monkeypatch.undo()
    with pytest.raises(yaml.representer.RepresenterError):
        write_yaml(target, {"id": object()})
    assert target.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.yaml"]
    write_yaml(target, {"id": "a", "n": 3})
    assert load_yaml(target.read_text(encoding="utf-8")) == {"id": "a", "n": 3}
