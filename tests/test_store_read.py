"""The store read back two ways: a plain SQLite file with the standard library (the CLI's fast path)
and through SQLAlchemy (every other URL) give the same record."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tests.conftest import SLOW_GROUP

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


# ---- plain objects (read_records(url, plain=True)): what one CLI question reads, without pydantic


def test_the_plain_shapes_are_the_models_own() -> None:
    """SHAPES (which fields hold nested models) is written out so that reading needs no model class;
    it must be what the model says, and every model class must be one JSON rebuilds as it is."""
    from iccwatch.dataset.grading import SOURCE_FIELDS
    from iccwatch.model import Source
    from iccwatch.store.plain import SHAPES, derived_shapes

    assert derived_shapes() == SHAPES
    assert SOURCE_FIELDS == tuple(Source.model_fields)


def test_the_model_s_names_resolve_on_first_use() -> None:
    """iccwatch.model and KINDS import the model classes only when asked for one: each name resolves."""
    import iccwatch.model as model
    from iccwatch.dataset.records import KIND_KEYS, KINDS

    assert all(getattr(model, name) is not None for name in model.__all__)
    assert list(KINDS) == list(KIND_KEYS) and len(KINDS) == 12 and "states" in KINDS and "nothing" not in KINDS
    for kind, (cls, key) in KINDS.items():
        assert cls.__name__ == KIND_KEYS[kind][0] and key in cls.model_fields


def test_plain_objects_dump_and_compare_as_the_models_do(db_url: str) -> None:
    from iccwatch.dataset.records import KINDS

    plain, models = read_records(db_url, plain=True), read_records(db_url)
    assert plain.meta.model_dump(mode="json") == models.meta.model_dump(mode="json")
    for kind in KINDS:
        assert plain.of_kind(kind).keys() == models.of_kind(kind).keys()
        for key, obj in plain.of_kind(kind).items():
            model = models.of_kind(kind)[key]
            assert type(obj).__name__ == type(model).__name__
            for exclude_none in (False, True):
                assert obj.model_dump(mode="json", exclude_none=exclude_none) == model.model_dump(mode="json", exclude_none=exclude_none)
            for name in type(model).model_fields:  # nested objects are plain objects of the nested class
                value, expected = getattr(obj, name), getattr(model, name)
                assert type(value).__name__ == type(expected).__name__, (kind, key, name)
    for kind in KINDS:
        assert plain.meta.checked_through_of(kind) == models.meta.checked_through_of(kind)
    for key, r in plain.responses.items():
        assert r.about_decisions() == models.responses[key].about_decisions()


def test_plain_objects_are_frozen_equal_by_value_and_copied_with_updates(db_url: str) -> None:
    import pytest

    a, b = read_records(db_url, plain=True), read_records(db_url, plain=True)
    hun, hun_again = a.states["HUN"], b.states["HUN"]
    assert hun == hun_again and hun is not hun_again and hun != a.states["MNG"]
    with pytest.raises(TypeError):
        hun.name = "x"  # type: ignore[misc]
    changed = hun.model_copy(update={"participation": []})
    assert changed.participation == [] and hun.participation and changed.name == hun.name and changed != hun


def _answers(facts, persons: list[str] | None = None) -> list:  # noqa: ANN001
    """The travel map of every person with a warrant (every State's category), the arrest question
    with its reasoning and sources over a sample of States, and those States' duties, on two dates."""
    import datetime as dt

    from iccwatch import service

    persons = persons or sorted({w.person for w in facts.records.warrants.values()})
    states = [s for s in ("HUN", "MNG", "TJK", "SDN", "USA", "UKR", "PSE", "ISR", "RUS", "FRA", "ZAF", "PHL", "BDI")
              if s in facts.records.states]
    out = []
    for day in (dt.date(2011, 7, 22), dt.date(2024, 9, 3)):
        for p in persons:
            out.append(service.ask_travel(facts, p, day))
            out.extend(service.ask_arrest(facts, s, p, day) for s in states[:4])
        out.extend(service.ask_obligations(facts, s, day) for s in states)
    return out


@pytest.mark.xdist_group(SLOW_GROUP)  # seconds of CPU: started first (tests/conftest.py)
def test_the_laws_answers_are_the_same_on_plain_objects(db_url: str) -> None:
    """The law gives the same answers, reasoning and sources on the store's plain objects as on the
    validated models: every warranted person's travel map (each State's category) and arrest questions over
    a sample of States and their duties, on two dates, and again under four kinds of assumption. (Slow: about
    300 travel maps of every State, computed twice; the whole law on the real record.)"""
    from iccwatch.facts import Assumption, Facts

    plain, models = Facts(read_records(db_url, plain=True)), Facts(read_records(db_url))
    answers = _answers(plain)
    assert answers == _answers(models)
    assert sum(len(a.get("sources", ())) for a in answers) > 100  # the sources are compared, not absent
    assumptions = [Assumption.parse(a) for a in ("MNG withdrawal_notified 2023-01-01", 'custody "Omar Al Bashir" 2025-01-01',
                                                  "office 'Vladimir Putin' minister HUN 2020-01-01", "referral ukraine unsc 2022-03-01 obliging RUS")]
    for a in assumptions:
        person = [plain.person(a.person).id] if a.person else ["vladimir-vladimirovich-putin"]
        assert _answers(plain.with_assumptions([a]), person) == _answers(models.with_assumptions([a]), person), str(a)


def test_a_question_does_not_import_pydantic(db_url: str) -> None:
    """One CLI question reads the store's plain objects: neither pydantic nor the model classes load (the plain
    modules of dates, terms, the Statute's rules and the Court's numbers, which hold no model class, may)."""
    code = ("import sys; from iccwatch.cli import main; "
            f"main(['ask', 'arrest', '--state', 'MNG', '--person', 'Putin', '--on', '2024-09-03', '--db', {db_url!r}]); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic' or m.startswith('iccwatch.model.') "
            "and m not in ('iccwatch.model.dates', 'iccwatch.model.terms', 'iccwatch.model.rome_statute', "
            "'iccwatch.model.court_number')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
