"""Round thirty-nine's other two doors (not a test; tests/dataset/ROUND39.md): for one case of each form of the sweep
(the first spot's), ``iccwatch data build`` onto a store built from the base and the API's load (``create_app``) with
the store already built and with no store yet. Each is "right" when it gives the check's named error (the same line,
file, record and field), changes nothing (the store's bytes, the record's files, no half-built file) and shows no
traceback.

    PYTHONPATH=src python -m tests.dataset.round39_build_api OUT.json
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

from tests.dataset import round39_sweep as r39


def _sample(cases: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for c in cases:
        if c.why not in seen:
            seen.add(c.why)
            out.append(c)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def door(c: Any, data: Path, store: Path) -> dict[str, Any]:
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from iccwatch.app import create_app
    from iccwatch.cli import app as cli
    from iccwatch.dataset import RecordError, check_dataset
    from iccwatch.settings import Settings

    snap = r38_snapshot(data)
    result: dict[str, Any] = {"id": c.id, "why": c.why, "valid": c.valid}
    try:
        assert c.edit is not None
        c.edit(data)
        record_before = _files(data)
        problems = [p for p in check_dataset(data)[1] if str(p) not in r39.r29._BASE[data]]
        check_class, _ = r39.classify(c, problems)
        files = {f"data/{f}" for f in c.files}
        named = [str(p) for p in problems if p.severity == "error" and p.file in files and p.record]
        result["check"] = check_class
        db = store.parent / "work.sqlite"
        shutil.copy(store, db)
        before = db.read_bytes()
        out = CliRunner().invoke(cli, ["data", "build", "--data", str(data), "--db", f"sqlite:///{db}"])
        printed = out.output
        result["build"] = _judge(c, out.exit_code != 0, printed, named, db.read_bytes() == before, record_before == _files(data),
                                 not list(db.parent.glob(".work.sqlite.building-*")))
        # the API's load on the store as built: answers from it, unchanged; then with no store yet: the check's errors
        try:
            client = TestClient(create_app(Settings.from_env(data_dir=data, db=f"sqlite:///{db}")))
            ok = client.get("/api/v1/states").status_code == 200
            same = db.read_bytes() == before and record_before == _files(data)
            result["api_built"] = ("right" if ok and (same or c.valid) else "changed the store" if ok else "failed")
            if ok and not same and not c.valid:
                result["api_built"] = "silent (rebuilt the store)"
        except Exception:
            result["api_built"] = "crash: " + traceback.format_exc()[-300:]
        fresh = store.parent / "fresh.sqlite"
        try:
            create_app(Settings(data_dir=data, db_url=f"sqlite:///{fresh}"))  # the default place: built on first use
            result["api_fresh"] = "silent" if not c.valid else "right"
        except RecordError as e:
            result["api_fresh"] = _judge(c, True, str(e), named, not fresh.exists(), record_before == _files(data), True)
        except Exception:
            result["api_fresh"] = "crash: " + traceback.format_exc()[-300:]
        finally:
            if fresh.exists():
                fresh.unlink()
    finally:
        r38_restore(data, snap)
    return result


def _judge(c: Any, refused: bool, printed: str, named: list[str], store_same: bool, record_same: bool, no_half: bool) -> str:
    if "Traceback" in printed:
        return "crash"
    if c.valid:  # built (the store changes, as it should)
        return "right" if not refused else "refused a valid record"
    if not refused:
        return "silent"
    if not (store_same and record_same and no_half):
        return "changed something"
    return "right" if any(n.removeprefix("error: ") in printed for n in named) else "named partly"


def r38_snapshot(data: Path) -> dict[Path, bytes]:
    return r39.r38._snapshot(data)


def r38_restore(data: Path, snap: dict[Path, bytes]) -> None:
    r39.r38._restore(data, snap)


def run(out: Path) -> None:
    from iccwatch.store import build_store

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        data = r39.base_copy(Path(tmp) / "data")
        store = Path(tmp) / "store" / "base.sqlite"
        store.parent.mkdir()
        build_store(data, f"sqlite:///{store}")
        from iccwatch.dataset import check_dataset

        r39.r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
        for c in _sample(r39.cases(data)):
            results.append(door(c, data, store))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    run(Path(sys.argv[1]))
