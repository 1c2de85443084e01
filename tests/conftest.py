from __future__ import annotations

import fcntl
import gc
import os
import shutil
from pathlib import Path

import pytest

from iccwatch.dataset import Problem, RecordSet, check_dataset
from iccwatch.facts import Facts
from iccwatch.store import build_store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
# A small record (a checked subset of data/, closed under references) for tests that are not about the
# record itself: each check or build of it takes a fraction of the full record's time.
SMALL = Path(__file__).resolve().parent / "fixtures" / "record"
# A copy of the shared reference CSVs the tests compare against, so a clone runs its tests alone.
REFERENCE = Path(__file__).resolve().parent / "fixtures" / "reference"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``--dist loadgroup`` (scripts/test.sh), puts each test marked ``xdist_group`` in its group.

    pytest-xdist's scheduler reads a test's group from its node id (``<id>@<group>``), which the worker writes
    by setting ``item._nodeid``; pytest 9 keeps the id in ``item._id`` and never reads ``_nodeid``, so the mark
    alone grouped nothing (session 16: a group's tests ran on both workers, each computing what the group was
    to share). This writes the same id where pytest 9 reads it, as pytest-xdist's open pull request 1388 does
    (https://github.com/pytest-dev/pytest-xdist/pull/1388, for issue 1386); a pytest or xdist that already did is
    left alone, and this can go once the pinned pytest-xdist does it."""
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")})
        nodeid = item.nodeid
        if not names or nodeid.rfind("@") > nodeid.rfind("]"):
            continue
        grouped = f"{nodeid}@{'_'.join(names)}"
        if hasattr(item, "_id"):
            from _pytest.nodeid import coerce_node_id

            item._id = coerce_node_id(grouped)  # noqa: SLF001
        else:
            item._nodeid = grouped  # noqa: SLF001
        assert item.nodeid == grouped, f"could not name the xdist group in {nodeid}"


#: The group of the few tests that take seconds each (a law run over every State on many dates, the date caches filled
#: under tracemalloc, the API fuzzed, a Dask cluster, a CLI run per statement). Under ``--dist loadgroup`` a group is
#: handed out before the single tests, so these start first, on one worker, while the other takes the rest: none is
#: left to run alone at the end. Mark a test so when it takes over about 3 s of CPU on its own.
SLOW_GROUP = "slow"

_FROZEN_AT: list[object] = [None]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """At each new test module, collects what is garbage and moves every object still alive (the session's record,
    store, facts, caches, language models) out of the collector's reach (``gc.freeze``). A test process holds a few
    million objects by then, and each full collection walked them all: about a fifth of the suite's CPU time
    (session 19: 14 s of 74 s on tests/law, tests/assess, tests/api and the CLI tests). A collection now walks what
    was made since the module began; objects are still freed when unreferenced, and a cycle made within a module is
    still collected. What a test asserts is unchanged: only when the collector looks, and at what."""
    module = getattr(item, "module", None)
    if module is not _FROZEN_AT[0]:
        _FROZEN_AT[0] = module
        gc.collect()
        gc.freeze()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.fail(f"the reference fixtures are missing at {REFERENCE}")
    return REFERENCE


@pytest.fixture(scope="session")
def checked_record() -> tuple[RecordSet | None, list[Problem]]:
    """The real record read and checked once per session (records, problems): tests read, never change it."""
    return check_dataset(DATA)


@pytest.fixture(scope="session")
def records(checked_record: tuple[RecordSet | None, list[Problem]]) -> RecordSet:
    """The real record as read from the files (once per session)."""
    recs, problems = checked_record
    if recs is None:
        pytest.fail("the record does not load: " + "; ".join(map(str, problems[:5])))
    return recs


@pytest.fixture(scope="session")
def pristine_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the real record and never opened by a test (``store_copy`` copies it).

    Under pytest-xdist the workers share one build: the first to get here builds it in the run's common
    temporary folder (under a lock), the others wait for it and use it."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        db = tmp_path_factory.mktemp("pristine") / "iccwatch.sqlite"
        build_store(DATA, f"sqlite:///{db}")
        return db
    shared = tmp_path_factory.getbasetemp().parent  # the run's folder, above each worker's own
    db = shared / "pristine-iccwatch.sqlite"
    with open(shared / "pristine-iccwatch.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not db.exists():  # a build renames its file into place whole: a file there is a finished build
            build_store(DATA, f"sqlite:///{db}")
    return db


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory, pristine_store: Path) -> str:
    """The store of the real record that the session's app and read-only tests share."""
    db = tmp_path_factory.mktemp("store") / "iccwatch.sqlite"
    shutil.copy(pristine_store, db)
    return f"sqlite:///{db}"


@pytest.fixture
def store_copy(tmp_path: Path, pristine_store: Path) -> Path:
    """A writable copy of a freshly built store of the real record (the same bytes a build would give,
    without building again), for tests that ingest, review or rebuild."""
    db = tmp_path / "store.sqlite"
    shutil.copy(pristine_store, db)
    return db


@pytest.fixture(scope="session")
def facts(db_url: str) -> Facts:
    from iccwatch.store import read_records

    return Facts(read_records(db_url))


@pytest.fixture(scope="session")
def app(db_url: str):  # noqa: ANN201
    """The real application over a real store built from the record."""
    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    return create_app(Settings(data_dir=DATA, db_url=db_url))


@pytest.fixture(scope="session")
def client(app):  # noqa: ANN001, ANN201
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def small_dir() -> Path:
    """The small fixture record (tests/fixtures/record/README.md)."""
    return SMALL


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the small fixture record, for tests that break a record on purpose."""
    target = tmp_path / "data"
    shutil.copytree(SMALL, target)
    return target


@pytest.fixture
def full_data_copy(tmp_path: Path) -> Path:
    """A writable copy of the whole record, for tests about the record itself."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def cli(db_url: str):  # noqa: ANN201
    """The CLI run in process on the session's store: ``cli(*args)`` gives (exit code, stdout, stderr).
    (tests/test_cli.py keeps its own, which joins the two streams.)"""
    from typer.testing import CliRunner

    from iccwatch.cli import app

    runner = CliRunner()

    def run(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, [*args, "--db", db_url])
        return result.exit_code, result.stdout, result.stderr or ""

    return run


# ------------------------------------------------------------------ the reliability rounds' record and store


@pytest.fixture(scope="module")
def pristine_env(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> dict[str, Path]:
    """The reliability rounds' small record (a few real States, one person and his warrants, the tests' news source),
    checked, and its store, built once per module (tests/test_reliability_*.py); tests work on copies (``env``)."""
    from tests.test_reliability_review import make_env

    return make_env(tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1]), data_dir)


@pytest.fixture
def env(tmp_path: Path, pristine_env: dict[str, Path]) -> dict[str, Path]:
    """A writable copy of the module's small record and its store: ``data``, ``db`` and the test's folder ``tmp``. A
    module that needs another shape of ``env`` (tests/monitor/test_ingest.py) defines its own, which wins."""
    data, db = tmp_path / "data", tmp_path / "store.sqlite"
    shutil.copytree(pristine_env["data"], data)
    shutil.copy(pristine_env["db"], db)
    return {"data": data, "db": db, "tmp": tmp_path}
