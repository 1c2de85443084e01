"""Review under concurrency, on a real SQLite store and a real copy of the record: no fact lost, none
written twice, a duplicate refused unless forced, a crash between write and mark reconciled, accepts
during a build kept, every --set checked, and each accept a git commit when data/ is a checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import read_yaml, write_yaml
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import Candidate, Evidence
from iccwatch.monitor.queue import Queue
from iccwatch.monitor.review import (
    ReviewError,
    accept,
    edit,
    parse_sets,
    record_path,
    reject,
    write_record,
)
from iccwatch.store import build_store

#: Runs per race in the suite: each run is a fresh race that can lose or double a write, so a regression
#: still fails here; benchmarks/bench_review_races.py runs the same races 20 times (or more) each.
RUNS = int(os.environ.get("ICCWATCH_RACE_RUNS", "4"))
STATE = "NLD"  # a State Party whose file the test adds (fictitious, test-only) withdrawal announcements to


def small_record(src: Path, dst: Path, states: tuple[str, ...] = ("NLD", "MNG", "RUS", "UKR")) -> Path:
    """A few real records (Rome Statute acts of four States, the Ukraine situation, one person and his
    warrants), so each accept's full check takes a fraction of a second and 20 runs stay cheap."""
    for d in ("lookups", "states", "persons", "warrants", "situations", "instruments"):
        (dst / d).mkdir(parents=True, exist_ok=True)
    shutil.copy(src / "meta.yaml", dst / "meta.yaml")
    (dst / "assertions.yaml").write_text("about: a small record for the tests\n")
    shutil.copy(src / "lookups" / "publishers.yaml", dst / "lookups" / "publishers.yaml")
    if (src / "lookups" / "search_routes.yaml").exists():  # the routes the facts' search logs name
        shutil.copy(src / "lookups" / "search_routes.yaml", dst / "lookups" / "search_routes.yaml")
    shutil.copy(src / "instruments" / "rome-statute.yaml", dst / "instruments" / "rome-statute.yaml")
    for iso3 in states:
        st = read_yaml(src / "states" / f"{iso3}.yaml")
        st["participation"] = [a for a in st["participation"] if a.get("instrument", "rome-statute") == "rome-statute"]
        write_yaml(dst / "states" / f"{iso3}.yaml", st)
    sit = read_yaml(src / "situations" / "ukraine.yaml")
    sit["referring_states"] = [s for s in sit.get("referring_states", []) if s in states]
    sit["states"] = [s for s in sit.get("states", []) if s in states]
    write_yaml(dst / "situations" / "ukraine.yaml", sit)
    shutil.copy(src / "persons" / "vladimir-vladimirovich-putin.yaml", dst / "persons")
    for w in src.glob("warrants/vladimir-vladimirovich-putin*.yaml"):
        shutil.copy(w, dst / "warrants")
    return dst


def make_env(tmp_path: Path, data_dir: Path) -> dict[str, Path]:
    """A small checked record with the test's news source, and a store built from it."""
    data = small_record(data_dir, tmp_path / "data")
    _, problems = check_dataset(data)
    assert [str(p) for p in problems if p.severity == "error"] == []
    with (data / "lookups" / "publishers.yaml").open("a", encoding="utf-8") as fh:  # the test's own news source
        fh.write("- domain: news.example.org\n  name: Test Wire\n  class: newspaper_or_broadcaster\n  grade: B\n  reason: the tests' news source\n")
    db = tmp_path / "store.sqlite"
    build_store(data, f"sqlite:///{db}")
    return {"data": data, "db": db}


def _candidate(q: Queue, n: int, kind: str = "withdrawal_announced", dup: str | None = None, **fields: str) -> str:
    text = f"Test document {n}: the government announced it would leave the Court."
    doc = make_document(text, url=f"https://news.example.org/item-{n}", title=f"Item {n}", publisher="Test Wire", date="2020-03-01")
    cid = f"{n:016x}"
    c = Candidate(id=cid, document=doc.id, type=kind, evidence=Evidence(sentence=text, start=0, end=len(text)),
                  confidence=0.9, method="test", **fields)
    q.add(doc, [(c, dup)])
    return cid


def _announcements(data: Path) -> list[str]:
    return [a["date"] for a in read_yaml(data / "states" / f"{STATE}.yaml")["participation"] if a["action"] == "withdrawal_announced"]


def _threads(*calls) -> list[object]:  # noqa: ANN002
    results: list[object] = [None] * len(calls)
    barrier = threading.Barrier(len(calls))

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except Exception as exc:  # the test inspects what each one got
            results[i] = exc

    ts = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


def test_two_accepts_for_one_state_at_once_keep_both(env) -> None:  # noqa: ANN001
    """Two accepts for one State's file at once (RUNS times): both facts are written, both audited, and the
    record still passes the check."""
    race_two_accepts_for_one_state_at_once_keep_both(env, RUNS)


def race_two_accepts_for_one_state_at_once_keep_both(env: dict[str, Path], runs: int) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    expected: list[str] = []
    for run in range(runs):
        day = f"2020-{1 + run // 10:02d}-{1 + 2 * (run % 10):02d}"
        other = f"2020-{1 + run // 10:02d}-{2 + 2 * (run % 10):02d}"
        a = _candidate(q, 2 * run, state=STATE, date=day)
        b = _candidate(q, 2 * run + 1, state=STATE, date=other)
        results = _threads(lambda a=a: accept(q, env["data"], a), lambda b=b: accept(q, env["data"], b))
        assert not [r for r in results if isinstance(r, Exception)], results
        expected += [day, other]
        assert sorted(_announcements(env["data"])) == sorted(expected)
    assert {r["id"] for r in q.entries("accepted")} == {f"{n:016x}" for n in range(2 * runs)}
    _, problems = check_dataset(env["data"])
    assert [p for p in problems if p.severity == "error"] == []


def test_the_same_candidate_twice_at_once_is_written_once(env) -> None:  # noqa: ANN001
    race_the_same_candidate_twice_at_once_is_written_once(env, RUNS)


def race_the_same_candidate_twice_at_once_is_written_once(env: dict[str, Path], runs: int) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    for run in range(runs):
        cid = _candidate(q, 100 + run, "visit", person="vladimir-vladimirovich-putin", state="MNG", date=f"2024-{1 + run // 10:02d}-{10 + run % 10:02d}")
        results = _threads(lambda cid=cid: accept(q, env["data"], cid), lambda cid=cid: accept(q, env["data"], cid))
        ok = [r for r in results if not isinstance(r, Exception)]
        refused = [r for r in results if isinstance(r, ReviewError)]
        assert len(ok) == 1 and len(refused) == 1 and "already accepted" in str(refused[0]), results
        files = [p for p in (env["data"] / "events").iterdir() if f"candidate {cid}" in p.read_text()]
        assert files == [ok[0].path]  # type: ignore[attr-defined]
    audit = [a for a in q.entries("accepted")]
    assert len(audit) == runs


def test_accept_during_a_build_keeps_the_fact_and_its_audit(env) -> None:  # noqa: ANN001
    """An accept racing a rebuild of the store (RUNS times): the fact is written, the candidate marked
    accepted, and after one more build the queue and its audit log still hold every accept."""
    race_accept_during_a_build_keeps_the_fact_and_its_audit(env, RUNS)


def race_accept_during_a_build_keeps_the_fact_and_its_audit(env: dict[str, Path], runs: int) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    url = f"sqlite:///{env['db']}"
    for run in range(runs):
        cid = _candidate(q, 200 + run, state=STATE, date=f"2021-{1 + run // 10:02d}-{1 + run % 10:02d}")
        results = _threads(lambda: build_store(env["data"], url), lambda cid=cid: accept(q, env["data"], cid))
        assert not [r for r in results if isinstance(r, Exception)], results
        row = Queue(url).get(cid)
        assert row["status"] == "accepted" and row["record_file"]
    dates = _announcements(env["data"])
    assert len(dates) == len(set(dates)) == runs
    # The queue, its audit log and the documents all survived every swap.
    build_store(env["data"], url)
    q2 = Queue(url)
    assert len(q2.entries("accepted")) == runs
    with q2.engine.connect() as conn:
        from sqlalchemy import func, select

        assert conn.execute(select(func.count()).select_from(q2.audit).where(q2.audit.c.action == "accepted")).scalar() == runs


def test_ingest_during_a_build_keeps_every_document(env) -> None:  # noqa: ANN001
    """A candidate queued while the store is rebuilt (RUNS times): every one is still pending after the swaps."""
    race_ingest_during_a_build_keeps_every_document(env, RUNS)


def race_ingest_during_a_build_keeps_every_document(env: dict[str, Path], runs: int) -> None:
    url = f"sqlite:///{env['db']}"
    q = Queue(url)
    for run in range(runs):
        _threads(lambda: build_store(env["data"], url), lambda run=run: _candidate(q, 300 + run, state=STATE, date=f"{2000 + run}-05-05"))  # a fact of its own each
    # (one date for all made runs 2..n the same fact as run 1: the queue now stores them as its duplicates, session 39)
    assert len({r["id"] for r in Queue(url).entries("pending")}) == runs


def _written(data: Path, cid: str) -> list[Path]:
    """The record files that name the candidate (an accept writes exactly one)."""
    return [p for p in data.glob("*/*.yaml") if f"candidate {cid}" in p.read_text(encoding="utf-8")]


def test_an_accept_and_a_reject_at_once_leave_the_record_and_the_queue_agreeing(env) -> None:  # noqa: ANN001
    race_an_accept_and_a_reject_at_once(env, RUNS)


def race_an_accept_and_a_reject_at_once(env: dict[str, Path], runs: int) -> None:
    """Two reviewers decide the same candidate at once, one accepting, one rejecting: exactly one wins,
    and a record is in data/ exactly when the candidate is accepted (a reject that landed between the
    accept's write and its mark used to leave a record for a rejected candidate)."""
    q = Queue(f"sqlite:///{env['db']}")
    for run in range(runs):
        cid = _candidate(q, 1000 + run, state=STATE, date=f"2019-{1 + run // 10:02d}-{1 + run % 10:02d}")
        results = _threads(lambda cid=cid: accept(q, env["data"], cid), lambda cid=cid: reject(q, env["data"], cid, "rumour"))
        ok = [r for r in results if not isinstance(r, Exception)]
        refused = [r for r in results if isinstance(r, ReviewError)]
        assert len(ok) == 1 and len(refused) == 1, results
        status = q.get(cid)["status"]
        assert status == ("accepted" if ok[0] is results[0] else "rejected")
        assert len(_written(env["data"], cid)) == (1 if status == "accepted" else 0)
    _, problems = check_dataset(env["data"])
    assert [p for p in problems if p.severity == "error"] == []


def test_reviewers_in_separate_processes_accepting_and_rejecting_agree_with_the_record(env) -> None:  # noqa: ANN001
    """The same race through the command line, in real processes against the real store."""
    import sys

    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 1100, state=STATE, date="2018-04-04")
    common = ["--data", str(env["data"]), "--db", str(env["db"])]
    envvars = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    procs = [subprocess.Popen([sys.executable, "-m", "iccwatch", "monitor", "review", verb, cid, *common, *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=envvars)
             for verb, extra in (("accept", []), ("reject", ["--reason", "rumour"]))]
    outs = [p.communicate(timeout=300) for p in procs]
    codes = [p.returncode for p in procs]
    assert sorted(codes) == [0, 2], (codes, outs)
    assert all("Traceback" not in err for _, err in outs)
    status = q.get(cid)["status"]
    assert status == ("accepted" if codes[0] == 0 else "rejected")
    assert len(_written(env["data"], cid)) == (1 if status == "accepted" else 0)


def test_a_decided_candidate_cannot_be_rejected_or_edited_and_nothing_changes(env) -> None:  # noqa: ANN001
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 1200, state=STATE, date="2017-05-05")
    common = ["--data", str(env["data"]), "--db", str(env["db"])]
    assert CliRunner().invoke(app, ["monitor", "review", "accept", cid, *common]).exit_code == 0
    before = q.get(cid)
    for args in (["reject", cid, "--reason", "changed my mind"], ["edit", cid, "--set", "date=2017-05-06"]):
        r = CliRunner().invoke(app, ["monitor", "review", *args, *common])
        out = r.stdout + (r.stderr or "")
        assert r.exit_code == 2 and "already accepted" in out and "Traceback" not in out, out
    after = q.get(cid)
    assert (after["status"], after["payload"], after["review_note"]) == (before["status"], before["payload"], before["review_note"])
    other = _candidate(q, 1201, state=STATE, date="2017-06-06")
    reject(q, env["data"], other, "rumour")
    with pytest.raises(ReviewError, match="already rejected"):
        reject(q, env["data"], other, "again")
    with pytest.raises(ReviewError, match="already rejected"):
        accept(q, env["data"], other)
    with pytest.raises(ReviewError, match="already rejected"):
        edit(q, env["data"], other, {"date": "2017-06-07"})
    assert q.get(other)["review_note"] == "rumour" and _written(env["data"], other) == []


def test_review_list_refuses_an_unknown_status(env) -> None:  # noqa: ANN001
    r = CliRunner().invoke(app, ["monitor", "review", "list", "--status", "acepted", "--db", str(env["db"])])
    out = r.stdout + (r.stderr or "")
    assert r.exit_code == 2 and "--status" in out and "accepted" in out


@pytest.mark.parametrize("content", [b"garbage, not a database", None])
def test_review_on_a_store_that_is_not_ours_is_refused_and_the_file_unchanged(tmp_path: Path, content: bytes | None) -> None:
    import sqlite3

    db = tmp_path / "other.sqlite"
    if content is None:  # another program's database
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE notes (x)")
        con.execute("INSERT INTO notes VALUES ('kept')")
        con.commit()
        con.close()
    else:
        db.write_bytes(content)
    before = db.read_bytes()
    for args in (["list"], ["show", "abc"], ["reject", "abc"]):
        r = CliRunner().invoke(app, ["monitor", "review", *args, "--db", str(db), "--data", str(tmp_path)])
        out = r.stdout + (r.stderr or "")
        assert r.exit_code == 2 and "--db" in out and "Traceback" not in out, out
    assert db.read_bytes() == before


def test_a_duplicate_is_refused_unless_forced_with_a_reason(env) -> None:  # noqa: ANN001
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 400, "visit", dup="events/2024-09-03-vladimir-vladimirovich-putin-mongolia", person="vladimir-vladimirovich-putin",
                     state="MNG", date="2024-09-04")
    with pytest.raises(ReviewError, match="duplicates"):
        accept(q, env["data"], cid)
    with pytest.raises(ReviewError, match="--reason"):
        accept(q, env["data"], cid, force=True)
    done = accept(q, env["data"], cid, force=True, reason="a second visit, not the one recorded")
    assert done.path.exists() and q.get(cid)["review_note"] == "a second visit, not the one recorded"


def test_a_crash_between_write_and_mark_is_reconciled_not_written_twice(env) -> None:  # noqa: ANN001
    from iccwatch.dataset.loader import load_records
    from iccwatch.monitor.review import record_for

    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 500, state=STATE, date="2022-02-02")
    row = q.get(cid)
    records, _ = load_records(env["data"])
    kind, key, rec = record_for(row["payload"], row["document"], records, {}, None)
    write_record(env["data"], kind, key, rec)  # ... and the process dies before marking the candidate
    assert q.get(cid)["status"] == "pending"
    other = _candidate(q, 501, state=STATE, date="2022-03-03")
    done = accept(q, env["data"], other)  # the next accept starts by reconciling
    assert done.reconciled == [cid] and q.get(cid)["status"] == "accepted"
    with pytest.raises(ReviewError, match="already accepted"):
        accept(q, env["data"], cid)
    assert _announcements(env["data"]).count("2022-02-02") == 1


def test_the_record_keeps_a_pinpoint_to_the_evidence(env) -> None:  # noqa: ANN001
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 600, "visit", person="vladimir-vladimirovich-putin", state="MNG", date="2025-01-05")
    done = accept(q, env["data"], cid)
    src = read_yaml(done.path)["sources"][0]
    assert src["pinpoint"].startswith("characters 0-") and f"candidate {cid}" in src["note"] and "announced" in src["note"]


@pytest.mark.parametrize(("setting", "message"), [
    ("state=../../../x", "ISO 3166-1"),
    ("person=../../etc/passwd", "lower-case"),
    ("announced_count=abc", "whole number"),
    ("date=٢٠٢٤-٠١-٠١", "ASCII"),
    ("date=2024-02-30", "real calendar date"),
    ("evil=1", "not a field you can set"),
    ("nofield", "FIELD=VALUE"),
])
def test_every_set_is_checked(setting: str, message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        parse_sets([setting])


def test_no_key_can_leave_data(tmp_path: Path) -> None:
    for key in ("../x", "a/../../b", "..", "x/y", "", "a" * 300):
        with pytest.raises(ReviewError):
            record_path(tmp_path, "events", key)


def test_cli_refuses_a_bad_set_without_traceback_and_changes_nothing(env) -> None:  # noqa: ANN001
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 700, state=STATE, date="2020-06-06")
    before = (env["data"] / "states" / f"{STATE}.yaml").read_bytes()
    for bad in ("state=../../../x", "announced_count=abc"):
        r = CliRunner().invoke(app, ["monitor", "review", "accept", cid, "--set", bad, "--data", str(env["data"]), "--db", str(env["db"])])
        out = r.stdout + (r.stderr or "")
        assert r.exit_code != 0 and "Traceback" not in out and "--set" in out
    assert (env["data"] / "states" / f"{STATE}.yaml").read_bytes() == before
    assert not list(env["data"].parent.glob("x*")) and q.get(cid)["status"] == "pending"


def test_an_accept_becomes_a_git_commit_by_the_reviewer(env) -> None:  # noqa: ANN001
    repo = env["data"].parent

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout

    git("init", "-q")
    git("-c", "user.name=Setup", "-c", "user.email=setup@localhost", "add", "data")
    git("-c", "user.name=Setup", "-c", "user.email=setup@localhost", "commit", "-qm", "the record")
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 800, "visit", person="vladimir-vladimirovich-putin", state="MNG", date="2025-02-07")
    done = accept(q, env["data"], cid, reviewer="Ada Reviewer")
    assert done.commit and done.git_note is None
    log = git("log", "-1", "--format=%an%n%B", "--name-only")
    assert log.startswith("Ada Reviewer\n") and f"Candidate: {cid}" in log and "Evidence" in log
    assert f"data/events/{done.path.name}" in log
    assert git("status", "--porcelain", "--", "data/events") == ""


def test_outside_a_checkout_the_accept_skips_git_cleanly(env) -> None:  # noqa: ANN001
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 900, "visit", person="vladimir-vladimirovich-putin", state="MNG", date="2025-03-07")
    done = accept(q, env["data"], cid)
    assert done.commit is None and done.git_note is None and done.path.exists()


def test_a_write_that_fails_changes_nothing_and_leaves_the_candidate_pending(env, monkeypatch) -> None:  # noqa: ANN001
    """A record file that cannot be written (here the disk refuses the final rename) is a clear error
    through the CLI; the State's file, the folder, the queue and the audit stay as they were."""
    import os

    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 1300, state=STATE, date="2016-07-07")
    target = env["data"] / "states" / f"{STATE}.yaml"
    before = target.read_bytes()
    files_before = sorted(p.name for p in target.parent.iterdir())

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", full)
        r = CliRunner().invoke(app, ["monitor", "review", "accept", cid, "--data", str(env["data"]), "--db", str(env["db"])])
    out = r.stdout + (r.stderr or "")
    assert r.exit_code == 2 and "cannot write" in out and "nothing was written" in out and "Traceback" not in out, out
    assert target.read_bytes() == before and q.get(cid)["status"] == "pending"
    assert sorted(p.name for p in target.parent.iterdir()) == files_before  # no temporary file left behind
    assert accept(q, env["data"], cid).path == target  # and it can be accepted once the disk takes it
