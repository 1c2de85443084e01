"""The lookup tables the loader shares between loads (one object per unchanged text) refuse a change in place."""

from __future__ import annotations

import copy
import pickle
import shutil
from pathlib import Path

import pytest

from iccwatch.dataset.loader import load_records

SMALL = Path(__file__).parents[1] / "fixtures" / "record"


def test_an_unchanged_table_is_one_shared_object_that_refuses_change(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SMALL, data)
    first, _ = load_records(data)
    second, _ = load_records(data)
    assert first is not None and second is not None and first.lookups
    for name, table in first.lookups.items():
        assert second.lookups[name] is table, name
    name, table = sorted(first.lookups.items())[0]
    with pytest.raises(TypeError, match="copy"):
        table["sources"] = []
    rows = next(v for v in table.values() if isinstance(v, list))
    with pytest.raises(TypeError, match="copy"):
        rows.append("x")
    for plain in (copy.deepcopy(table), pickle.loads(pickle.dumps(table))):
        assert plain == table and type(plain) is dict
        plain["sources"] = []  # a copy is the caller's own


def test_a_changed_table_is_read_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SMALL, data)
    first, _ = load_records(data)
    assert first is not None
    name = sorted(first.lookups)[0]
    path = data / "lookups" / f"{name}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    second, _ = load_records(data)
    assert second is not None and second.lookups[name] is not first.lookups[name] and second.lookups[name] == first.lookups[name]
