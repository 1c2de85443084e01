"""The store read back two ways: a plain SQLite file with the standard library (the CLI's fast path)
and through SQLAlchemy (every other URL) give the same record."""

from __future__ import annotations

import subprocess
import sys

from iccwatch.store.read import _read_sqlalchemy, plain_sqlite_file, read_records


def test_both_read_paths_give_the_same_record(db_url: str) -> None:
    assert plain_sqlite_file(db_url) is not None
    fast, slow = read_records(db_url), _read_sqlalchemy(db_url)
    assert fast.counts() == slow.counts() and sum(fast.counts().values()) > 0
    for kind in fast.counts():
        assert fast.of_kind(kind) == slow.of_kind(kind), kind
    assert fast.meta == slow.meta and fast.lookups == slow.lookups and fast.files == slow.files


def test_only_plain_sqlite_urls_take_the_fast_path() -> None:
    assert plain_sqlite_file("sqlite:////tmp/x.sqlite") is not None
    assert plain_sqlite_file("sqlite:///:memory:") is None
    assert plain_sqlite_file("sqlite:////tmp/x.sqlite?mode=ro") is None
    assert plain_sqlite_file("postgresql+psycopg://u@h/db") is None


def test_a_question_does_not_import_sqlalchemy(db_url: str) -> None:
    code = ("import sys; from iccwatch.cli import app; from typer.testing import CliRunner; "
            f"r = CliRunner().invoke(app, ['ask', 'arrest', '--state', 'MNG', '--person', 'Putin', '--on', '2024-09-03', '--json', '--db', {db_url!r}]); "
            "assert r.exit_code == 0, r.output; print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_records_are_read_without_validation_as_validation_would_give_them(db_url: str, records) -> None:  # noqa: ANN001
    """The reader rebuilds what the build validated; the objects equal those loaded (and validated)
    from the YAML record (read and checked once per session), and those pydantic gives from the same JSON."""
    from iccwatch.dataset.records import KINDS

    read, loaded = read_records(db_url), records
    assert read.meta == loaded.meta
    for kind, (model, _) in KINDS.items():
        assert read.of_kind(kind) == loaded.of_kind(kind), kind
        for obj in read.of_kind(kind).values():
            assert type(obj) is model
            again = model.model_validate(obj.model_dump(mode="json"))
            assert again == obj and again.model_fields_set == obj.model_fields_set


def test_a_field_json_cannot_carry_or_an_incomplete_row_is_validated() -> None:
    import datetime as dt

    import pytest
    from pydantic import BaseModel, ValidationError

    from iccwatch.model import Source
    from iccwatch.store.read import trusted

    class Dated(BaseModel):
        on: dt.date

    assert trusted(Dated, {"on": "2024-09-03"}).on == dt.date(2024, 9, 3)  # validated, not kept as text
    src = {"url": "https://example.org/a", "title": None, "publisher": None, "date": None, "kind": "primary",
           "pinpoint": None, "copy_of": None, "note": None}
    assert trusted(Source, src) == Source.model_validate(src)
    with pytest.raises(ValidationError):  # a row missing a field is validated, and fails as validation would
        trusted(Source, {"url": "not a url", "kind": "primary"})


def test_a_kind_is_decoded_when_first_used_and_a_copy_has_every_kind(db_url: str) -> None:
    import dataclasses

    read = read_records(db_url)
    assert "events" not in vars(read) and "states" not in vars(read)
    assert len(read.states) == read.counts()["states"] > 0  # counts() decodes every kind
    assert {"states", "events", "measures"} <= vars(read).keys()
    fresh = read_records(db_url)
    copy = dataclasses.replace(fresh, states={})
    assert copy.states == {} and copy.events == read.events and copy.files == read.files
    assert fresh == read and copy != read
