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


# ---- texts parsed once per process (load_yaml keeps what each text gave)

KINDS_OF_VALUE = "t: true\nn: 1\nf: 1.5\nz: null\ns: '1'\nb: !!binary aGk=\nset: !!set {a, b}\nl: [1, {k: [x]}]\nd: 2024-09\n"


def test_a_text_read_again_gives_an_equal_value_of_the_same_types_never_the_same_object() -> None:
    first, again = load_yaml(KINDS_OF_VALUE), load_yaml(KINDS_OF_VALUE)
    assert again == first == {"t": True, "n": 1, "f": 1.5, "z": None, "s": "1", "b": b"hi", "set": {"a", "b"},
                              "l": [1, {"k": ["x"]}], "d": "2024-09"}
    assert [type(v) for v in again.values()] == [type(v) for v in first.values()]  # True stays a bool, 1 an int
    assert again is not first and again["l"] is not first["l"] and again["l"][1]["k"] is not first["l"][1]["k"]
    again["l"][1]["k"].append("changed")  # a caller that changes what it got changes nothing for the next
    assert load_yaml(KINDS_OF_VALUE)["l"] == [1, {"k": ["x"]}]


def test_a_refused_text_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(yaml.YAMLError, match="duplicate key"):
            load_yaml("again: 1\nagain: 2\n")


def test_the_texts_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from iccwatch.dataset import yaml_io

    monkeypatch.setattr(yaml_io, "PARSED_MAX_CHARS", 100)
    monkeypatch.setattr(yaml_io, "_parsed", type(yaml_io._parsed)())
    monkeypatch.setattr(yaml_io, "_parsed_chars", 0)
    texts = [f"key{i}: {'v' * 30}\n" for i in range(10)]
    for text in texts:
        assert load_yaml(text) == {text.split(":")[0]: "v" * 30}
    assert list(yaml_io._parsed) == texts[-2:] and yaml_io._parsed_chars <= 100  # the least recently used went first
    assert load_yaml("big: " + "x" * 200 + "\n") == {"big": "x" * 200} and len(yaml_io._parsed) == 2  # too big to keep
